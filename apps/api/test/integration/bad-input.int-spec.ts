import { ROLES, type Role } from '@ethics/domain';
import { defineAbilityFor } from '@ethics/authz';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createClause, createSubject } from '../factories/catalogue.factory';
import { openCase } from '../factories/cases.factory';
import { proposeAction } from '../factories/actions.factory';
import { recordEvidence } from '../factories/evidence.factory';
import { createStatement } from '../factories/statements.factory';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { chainProblems } from '../support/audit-chain';
import { declaredRoutes } from '../support/declared-routes';
import {
  canBePoisoned,
  hostileRequests,
  nasty,
  SchemaReader,
  type HostileRequest,
  type OpenApiDocument,
} from '../support/hostile-requests';
import { tableCounts } from '../support/table-counts';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Every operation of the OpenAPI document, as every role that may call it and as callers with no
 * or a forged token, gets generated requests that break the document's schema somewhere (see
 * hostile-requests.ts). Each must be refused with a 4xx problem-details body that shows no stack
 * or SQL, and no table may gain or lose a row. Operations with nothing to break (a GET of a fixed
 * resource) get hostile extras instead and must still answer below 500.
 *
 * BAD_INPUT_RUNS: requests per operation and role (anonymous and forged callers get a fifth);
 * BAD_INPUT_SEED replays a run.
 */
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 20);
const SEED = Number(process.env.BAD_INPUT_SEED ?? Date.now() % 2 ** 31);

/** The committed document, which openapi-document.int-spec.ts keeps equal to the generated one. */
const DOCUMENT = JSON.parse(
  readFileSync(join(__dirname, '../../../../libs/api-client/openapi.json'), 'utf8'),
) as OpenApiDocument;
const API_PREFIX = '/api/v1';
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;
type Method = (typeof METHODS)[number];
const OPERATIONS = Object.entries(DOCUMENT.paths)
  .flatMap(([path, operations]) =>
    METHODS.filter((method) => operations[method]).map((method) => ({
      name: `${method.toUpperCase()} ${path}`,
      method,
      path,
      operation: operations[method],
    })),
  )
  // Each operation and caller its own sequence, all replayed from the one seed.
  .map((entry, index) => ({ ...entry, seed: SEED + index * 16 }));

const LEAKS = /(\bat [\w$.<>]+ \(|node_modules|QueryFailedError|\bSELECT\b|\bINSERT INTO\b|syntax error at|\.ts:\d+)/;
const FORGED_TOKENS = fc.oneof(
  nasty.map((text) => text.replace(/[^\x21-\x7e]/g, '')),
  fc.constantFrom(
    'eyJhbGciOiJub25lIn0.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiYWRtaW4ifQ.',
    'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJl',
  ),
);

type Caller = Role | 'anonymous' | 'forged';

describe('hostile requests to every route of the OpenAPI document', () => {
  let t: TestApp;
  let users: Record<Role, TestUser>;
  let idsBySegment: Record<string, string[]>;
  let policies: Map<string, string>;
  const reader = new SchemaReader(DOCUMENT);

  beforeAll(async () => {
    t = await createTestApp();
    const signedIn = await Promise.all(ROLES.map((role) => signedInUser(t, role)));
    users = Object.fromEntries(signedIn.map((user) => [user.role, user])) as Record<Role, TestUser>;
    const { reviewer, lead, admin, executive } = users;
    // A case the reviewer opened (so is a member of) with one of everything beneath it.
    const opened = await openCase(t, reviewer);
    const post = async (path: string, body: object) =>
      (
        (await request(t.http).post(`${API_PREFIX}/cases/${opened.id}${path}`).set(bearer(reviewer)).send(body))
          .body as { id: string }
      ).id;
    const subject = await createSubject(t, lead);
    const clause = await createClause(t, admin);
    idsBySegment = {
      cases: [opened.id],
      allegations: [await post('/allegations', { description: 'Misuse', sourceType: 'press' })],
      evidence: [(await recordEvidence(t, reviewer, opened.id)).id],
      tasks: [await post('/tasks', { title: 'Look into it' })],
      actions: [(await proposeAction(t, reviewer, opened.id, subject.id)).id],
      statements: [(await createStatement(t, reviewer, opened.id)).id],
      members: [reviewer.id],
      users: [executive.id],
      policies: [clause.id],
      subjects: [subject.id],
    };
    idsBySegment['*'] = Object.values(idsBySegment).flat();
    policies = new Map(declaredRoutes(t.app).map(({ route, policy }) => [route, policy]));
  }, 120_000);
  afterAll(() => t.close());

  /** The roles the route's declared access decision lets through to validation. */
  const permittedRoles = (method: Method, path: string): Caller[] => {
    const route = `${method.toUpperCase()} ${path.slice(API_PREFIX.length).replace(/\{(\w+)\}/g, ':$1')}`;
    const policy = policies.get(route);
    if (policy === undefined) throw new Error(`${route} is in the document but declares no access decision`);
    if (policy === 'public') return ['anonymous', ...ROLES];
    if (policy === 'signed-in') return [...ROLES];
    const [action, subject] = policy.split(' ') as Parameters<ReturnType<typeof defineAbilityFor>['can']>;
    return ROLES.filter((role) => defineAbilityFor({ id: users[role].id, role }).can(action, subject));
  };

  const send = (method: Method, hostile: HostileRequest, caller: Caller, token: string) => {
    const req = request(t.http)[method](hostile.url).set(hostile.headers);
    if (caller === 'forged') req.set('Authorization', `Bearer ${token}`);
    else if (caller !== 'anonymous') req.set(bearer(users[caller]));
    if (hostile.body) req.set('Content-Type', hostile.body.contentType).send(hostile.body.payload);
    return req;
  };

  const problemIn = (response: request.Response, refused: boolean): string | null => {
    if (response.status >= 500) return 'a server error';
    if (LEAKS.test(response.text)) return 'internals in the body';
    if (refused && (response.status < 400 || response.status > 499)) return 'not refused with a 4xx';
    if (response.status < 400) return null;
    const body = response.body as { status?: unknown; title?: unknown };
    if (!String(response.headers['content-type']).startsWith('application/problem+json')) return 'no problem+json';
    if (body.status !== response.status || typeof body.title !== 'string') return 'not problem details';
    return null;
  };

  it.each(OPERATIONS)(
    '$name',
    async ({ method, path, operation, seed }) => {
      const before = await tableCounts(t.dataSource);
      const idsFor = (segment: string) => idsBySegment[segment] ?? idsBySegment['*'];
      const canPoison = canBePoisoned(reader, path, operation);
      // Poisoned wherever possible; the credentials alone refuse the anonymous and forged callers.
      const generated = hostileRequests(reader, path, operation, idsFor, canPoison);
      const secured = (operation.security ?? []).length > 0;
      const permitted = permittedRoles(method, path);
      const rounds: { callers: Caller[]; runs: number; refused: boolean }[] = [];
      if (canPoison) rounds.push({ callers: permitted, runs: RUNS, refused: true });
      // Nothing to break: only reads may be let through; a write is called without valid credentials.
      else if (method === 'get') rounds.push({ callers: permitted, runs: RUNS, refused: false });
      if (secured) rounds.push({ callers: ['anonymous', 'forged'], runs: Math.ceil(RUNS / 5), refused: true });

      for (const { callers, runs, refused } of rounds) {
        for (const caller of callers) {
          const sequence = seed + (refused ? 0 : 8) + callers.indexOf(caller);
          await fc.assert(
            fc.asyncProperty(generated, FORGED_TOKENS, async (hostile, token) => {
              const response = await send(method, hostile, caller, token);
              const problem = problemIn(response, refused);
              if (problem) {
                throw new Error(
                  `${method.toUpperCase()} ${hostile.url} as ${caller} (${hostile.poisons.join('; ') || 'no poison'}): ` +
                    `${problem}: ${response.status} ${response.text.slice(0, 500)}`,
                );
              }
            }),
            { numRuns: runs, seed: sequence, endOnFailure: true },
          );
        }
      }
      expect(await tableCounts(t.dataSource)).toEqual(before);
    },
    300_000,
  );

  it('refuses a field named like a member of Object.prototype as it refuses any unknown field', async () => {
    const before = await tableCounts(t.dataSource);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const response = await request(t.http)
        .post(`${API_PREFIX}/auth/login`)
        .set('Content-Type', 'application/json')
        .send(`{"email":"nobody@example.org","password":"wrong","${name}":{"role":"admin"}}`);
      expect({ name, status: response.status, field: response.body.errors?.[0]?.field }).toEqual({
        name,
        status: 400,
        field: name,
      });
    }
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('leaves the audit chain whole', async () => {
    await expect(chainProblems(t.app)).resolves.toEqual([]);
  });
});
