import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../src/app.setup';
import { createTestApp, type TestApp } from '../support/test-app';

/** The committed document the API client is generated from (libs/api-client). */
const COMMITTED = join(__dirname, '../../../../libs/api-client/openapi.json');

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('is committed as the code generates it (UPDATE_OPENAPI=1 rewrites it)', () => {
    const generated = `${JSON.stringify(buildOpenApiDocument(t.app), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(COMMITTED, generated);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(generated);
  });
});
