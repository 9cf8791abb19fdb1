import { pendingSchemaChanges } from '../../src/database/schema-drift';
import { createTestApp, type TestApp } from '../support/test-app';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('leave nothing for the entities to add (no schema drift)', async () => {
    await expect(pendingSchemaChanges(t.dataSource)).resolves.toEqual([]);
  });
});
