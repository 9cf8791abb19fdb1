import { declaredRoutes } from '../support/declared-routes';
import { createTestApp, type TestApp } from '../support/test-app';

describe('route access policies', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('declares a policy on every route', () => {
    const undeclared = declaredRoutes(t.app).filter((entry) => entry.policy === 'UNDECLARED');
    expect(undeclared).toEqual([]);
  });

  // A change in this snapshot is a permission change: review it as one.
  it('matches the reviewed snapshot', () => {
    const table = declaredRoutes(t.app).map((entry) => `${entry.route.padEnd(48)} ${entry.policy}`);
    expect(table).toMatchSnapshot();
  });
});
