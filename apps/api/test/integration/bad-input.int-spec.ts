import fc from 'fast-check';
import request from 'supertest';
import { openCase } from '../factories/cases.factory';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { chainProblems } from '../support/audit-chain';
import { createTestApp, type TestApp } from '../support/test-app';

/** How many generated requests; QUALITY.md asks for at least 10,000 in CI. */
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 10_000);

const LEAKS = /(\bat [\w$.<>]+ \(|node_modules|QueryFailedError|\bSELECT\b|\bINSERT INTO\b|syntax error at|\.ts:\d+)/;
const TABLES = [
  'users',
  'cases',
  'case_members',
  'allegations',
  'evidence',
  'review_tasks',
  'findings',
  'enforcement_actions',
  'statements',
  'subjects',
  'policy_clauses',
];

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE cases; --',
    '$1',
    '../../etc/passwd',
    '\u0000',
    '\ud800',
    '🙈'.repeat(200),
    'a'.repeat(70_000),
    '{"$gt": ""}',
    '<script>alert(1)</script>',
    '9'.repeat(400),
    '-1',
    'NaN',
    '1e309',
    '2026-13-45T99:99:99Z',
    '00000000-0000-4000-8000-000000000000',
  ),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(nasty, tie('any'), { maxKeys: 4 }),
  ),
})).any;

describe('malformed, oversized and hostile requests', () => {
  let t: TestApp;
  let users: TestUser[];
  let caseId: string;

  beforeAll(async () => {
    // One trusted hop: each request's single X-Forwarded-For entry is its own client address, so
    // refused sign-ins never throttle the address other specs sign in from.
    t = await createTestApp({ trustProxy: 1 });
    users = await Promise.all(
      (['reviewer', 'lead', 'executive', 'auditor', 'admin'] as const).map((r) => signedInUser(t, r)),
    );
    caseId = (await openCase(t, users[1])).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => {
          const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
          return [table, n] as const;
        }),
      ),
    );

  it(`never answers ≥ 500 or leaks internals, and rejected requests change nothing (${RUNS} requests)`, async () => {
    const before = await counts();
    let accepted = 0;
    const paths = [
      '/api/v1/cases',
      `/api/v1/cases/${caseId}`,
      `/api/v1/cases/${caseId}/transitions`,
      `/api/v1/cases/${caseId}/members`,
      `/api/v1/cases/${caseId}/allegations`,
      `/api/v1/cases/${caseId}/evidence`,
      `/api/v1/cases/${caseId}/tasks`,
      `/api/v1/cases/${caseId}/findings`,
      `/api/v1/cases/${caseId}/actions`,
      `/api/v1/cases/${caseId}/statements`,
      `/api/v1/cases/${caseId}/timeline`,
      '/api/v1/actions',
      '/api/v1/subjects',
      '/api/v1/policies',
      '/api/v1/users',
      '/api/v1/audit/events',
      '/api/v1/metrics/outcomes',
      '/api/v1/auth/login',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.constant(''),
          nasty.map((s) => `/${encodeURIComponent(s.toWellFormed())}`),
          fc
            .uint8Array({ maxLength: 12 })
            .map((bytes) => `/${[...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`),
        ),
        fc.constantFrom('get', 'post', 'patch', 'delete', 'put'),
        fc.dictionary(
          fc.constantFrom('limit', 'cursor', 'q', 'status', 'severity', 'from', 'to', 'caseId', 'format', 'member'),
          nasty,
          { maxKeys: 3 },
        ),
        fc.oneof(value, fc.string()),
        fc.nat(users.length),
        fc.boolean(),
        async (path, suffix, method, query, body, who, rawBody) => {
          const agent = request(t.http);
          const req = agent[method](path + suffix)
            .query(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v.toWellFormed()])))
            .set('X-Forwarded-For', `10.${who}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
          if (who < users.length) req.set(bearer(users[who]));
          if (method !== 'get' && method !== 'delete') {
            // Raw strings test the JSON parser; everything else goes as the JSON of any value.
            req
              .set('Content-Type', 'application/json')
              .send(rawBody && typeof body === 'string' ? body : JSON.stringify(body));
          }
          const response = await req;
          if (response.status < 300) accepted += 1;
          expect(response.status).toBeLessThan(500);
          expect(response.text).not.toMatch(LEAKS);
        },
      ),
      { numRuns: RUNS, seed: Number(process.env.BAD_INPUT_SEED ?? Date.now() % 2 ** 31) },
    );
    const after = await counts();
    // Anything that changed rows must have been accepted (2xx); with none accepted nothing may move.
    if (accepted === 0) expect(after).toEqual(before);
    else for (const table of TABLES) expect(after[table]).toBeGreaterThanOrEqual(before[table]);
    await expect(chainProblems(t.app)).resolves.toEqual([]);
  }, 600_000);
});
