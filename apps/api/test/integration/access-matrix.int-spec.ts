import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createClause, createSubject } from '../factories/catalogue.factory';
import { openCase } from '../factories/cases.factory';
import { bearer, signInCast, signedInUser, type TestUser } from '../factories/users.factory';
import { declaredRoutes } from '../support/declared-routes';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Every route × every caller, each cell's expected answer written down:
 * anonymous; a reviewer who is a member of the case; a reviewer who is not; a
 * lead who is not a member; an executive; an auditor; an admin. "allow" means
 * authorisation let the request through (any answer but 401, 403 and 404);
 * "forbidden" is 403 and "not found" 404, told apart: every route of a case is
 * then run again on a restricted case, where whoever may not see the case must
 * get exactly the answer a case that does not exist gets (never a 403 that
 * gives its existence away).
 */
type Caller = 'anonymous' | 'member' | 'outsider' | 'lead' | 'executive' | 'auditor' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'member', 'outsider', 'lead', 'executive', 'auditor', 'admin'];
const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');

/** A case and one record of each kind on it. */
interface CaseRecords {
  caseId: string;
  allegationId: string;
  evidenceId: string;
  taskId: string;
  actionId: string;
  statementId: string;
}

interface World extends CaseRecords {
  subjectId: string;
  clauseId: string;
  userId: string;
  newMemberId: string;
}

interface Cell {
  route: string;
  path: (w: World) => string;
  body?: (w: World) => object;
  allow: Caller[];
}

const READERS: Caller[] = ['member', 'outsider', 'lead', 'executive', 'auditor'];
const WORKERS: Caller[] = ['member', 'lead'];
const c = (w: World) => `/cases/${w.caseId}`;

const CELLS: Cell[] = [
  { route: 'GET /health', path: () => '/health', allow: CALLERS },
  { route: 'GET /auth/me', path: () => '/auth/me', allow: SIGNED_IN },
  // A malformed sign-in (400) shows that the route is open to all.
  { route: 'POST /auth/login', path: () => '/auth/login', body: () => ({ email: 'x', password: '' }), allow: CALLERS },
  { route: 'GET /cases', path: () => '/cases', allow: READERS },
  {
    route: 'POST /cases',
    path: () => '/cases',
    body: () => ({ title: 't', summary: 's', severity: 'low' }),
    allow: ['member', 'outsider', 'lead'],
  },
  { route: 'GET /cases/:id', path: c, allow: READERS },
  { route: 'PATCH /cases/:id', path: c, body: () => ({ version: 1, summary: 'edited' }), allow: WORKERS },
  {
    route: 'POST /cases/:id/transitions',
    path: (w) => `${c(w)}/transitions`,
    body: () => ({ to: 'triage', reason: 'r' }),
    allow: ['lead'],
  },
  { route: 'GET /cases/:id/members', path: (w) => `${c(w)}/members`, allow: READERS },
  {
    route: 'POST /cases/:id/members',
    path: (w) => `${c(w)}/members`,
    body: (w) => ({ userId: w.newMemberId }),
    allow: ['lead'],
  },
  {
    route: 'DELETE /cases/:id/members/:userId',
    path: (w) => `${c(w)}/members/${w.newMemberId}?reason=r`,
    allow: ['lead'],
  },
  { route: 'GET /cases/:id/allegations', path: (w) => `${c(w)}/allegations`, allow: READERS },
  {
    route: 'POST /cases/:id/allegations',
    path: (w) => `${c(w)}/allegations`,
    body: () => ({ description: 'd', sourceType: 'press' }),
    allow: WORKERS,
  },
  { route: 'GET /cases/:id/allegations/:aid', path: (w) => `${c(w)}/allegations/${w.allegationId}`, allow: READERS },
  {
    route: 'PATCH /cases/:id/allegations/:aid',
    path: (w) => `${c(w)}/allegations/${w.allegationId}`,
    body: () => ({ version: 99, description: 'd' }),
    allow: WORKERS,
  },
  { route: 'GET /cases/:id/evidence', path: (w) => `${c(w)}/evidence`, allow: READERS },
  {
    route: 'POST /cases/:id/evidence',
    path: (w) => `${c(w)}/evidence`,
    body: () => ({ title: 't', kind: 'other', capturedText: 'text' }),
    allow: WORKERS,
  },
  { route: 'GET /cases/:id/evidence/:eid', path: (w) => `${c(w)}/evidence/${w.evidenceId}`, allow: READERS },
  {
    route: 'PATCH /cases/:id/evidence/:eid',
    path: (w) => `${c(w)}/evidence/${w.evidenceId}`,
    body: () => ({ version: 99, title: 't' }),
    allow: WORKERS,
  },
  {
    route: 'DELETE /cases/:id/evidence/:eid',
    path: (w) => `${c(w)}/evidence/${w.evidenceId}?reason=r`,
    // A stale version: allowed callers get 409 and the item stays for the other rows.
    body: () => ({ version: 99 }),
    allow: ['lead'],
  },
  {
    route: 'GET /cases/:id/evidence/:eid/content',
    path: (w) => `${c(w)}/evidence/${w.evidenceId}/content`,
    allow: ['member', 'outsider', 'lead', 'auditor'],
  },
  {
    route: 'GET /cases/:id/evidence/:eid/custody',
    path: (w) => `${c(w)}/evidence/${w.evidenceId}/custody`,
    allow: READERS,
  },
  {
    route: 'POST /cases/:id/evidence/:eid/verify',
    path: (w) => `${c(w)}/evidence/${w.evidenceId}/verify`,
    body: () => ({}),
    allow: READERS,
  },
  {
    route: 'POST /cases/:id/evidence/:eid/links',
    path: (w) => `${c(w)}/evidence/${w.evidenceId}/links`,
    body: (w) => ({ allegationId: w.allegationId, relation: 'supports' }),
    allow: WORKERS,
  },
  { route: 'GET /cases/:id/tasks', path: (w) => `${c(w)}/tasks`, allow: ['member', 'outsider', 'lead', 'auditor'] },
  { route: 'POST /cases/:id/tasks', path: (w) => `${c(w)}/tasks`, body: () => ({ title: 't' }), allow: WORKERS },
  {
    route: 'PATCH /cases/:id/tasks/:tid',
    path: (w) => `${c(w)}/tasks/${w.taskId}`,
    body: () => ({ version: 99, title: 't' }),
    allow: WORKERS,
  },
  { route: 'GET /cases/:id/findings', path: (w) => `${c(w)}/findings`, allow: READERS },
  {
    route: 'POST /cases/:id/findings',
    path: (w) => `${c(w)}/findings`,
    body: (w) => ({ allegationId: w.allegationId, conclusion: 'inconclusive', rationale: 'r' }),
    allow: WORKERS,
  },
  { route: 'GET /cases/:id/actions', path: (w) => `${c(w)}/actions`, allow: READERS },
  { route: 'GET /cases/:id/actions/:aid', path: (w) => `${c(w)}/actions/${w.actionId}`, allow: READERS },
  {
    route: 'POST /cases/:id/actions',
    path: (w) => `${c(w)}/actions`,
    body: (w) => ({ subjectId: w.subjectId, type: 'warning', services: ['support'], scope: 's', rationale: 'r' }),
    allow: WORKERS,
  },
  {
    route: 'POST /cases/:id/actions/:aid/approve',
    path: (w) => `${c(w)}/actions/${w.actionId}/approve`,
    body: () => ({ reason: 'r', version: 99 }),
    allow: ['lead'],
  },
  {
    route: 'POST /cases/:id/actions/:aid/reject',
    path: (w) => `${c(w)}/actions/${w.actionId}/reject`,
    body: () => ({ reason: 'r', version: 99 }),
    allow: ['lead'],
  },
  {
    route: 'POST /cases/:id/actions/:aid/execute',
    path: (w) => `${c(w)}/actions/${w.actionId}/execute`,
    body: () => ({ reason: 'r', executionReference: 'x', version: 99 }),
    allow: ['lead'],
  },
  {
    route: 'POST /cases/:id/actions/:aid/reverse',
    path: (w) => `${c(w)}/actions/${w.actionId}/reverse`,
    body: () => ({ reason: 'r', version: 99 }),
    allow: ['lead'],
  },
  { route: 'GET /cases/:id/statements', path: (w) => `${c(w)}/statements`, allow: READERS },
  { route: 'GET /cases/:id/statements/:sid', path: (w) => `${c(w)}/statements/${w.statementId}`, allow: READERS },
  {
    route: 'POST /cases/:id/statements',
    path: (w) => `${c(w)}/statements`,
    body: () => ({ direction: 'received', audience: 'public', body: 'b' }),
    allow: WORKERS,
  },
  {
    route: 'PATCH /cases/:id/statements/:sid',
    path: (w) => `${c(w)}/statements/${w.statementId}`,
    body: () => ({ version: 99, body: 'b' }),
    allow: WORKERS,
  },
  {
    route: 'POST /cases/:id/statements/:sid/submit',
    path: (w) => `${c(w)}/statements/${w.statementId}/submit`,
    body: () => ({ reason: 'r', version: 99 }),
    allow: WORKERS,
  },
  {
    route: 'POST /cases/:id/statements/:sid/approve',
    path: (w) => `${c(w)}/statements/${w.statementId}/approve`,
    body: () => ({ reason: 'r', version: 99 }),
    allow: ['lead', 'executive'],
  },
  {
    route: 'POST /cases/:id/statements/:sid/publish',
    path: (w) => `${c(w)}/statements/${w.statementId}/publish`,
    body: () => ({ reason: 'r', version: 99 }),
    allow: ['lead'],
  },
  { route: 'GET /cases/:id/timeline', path: (w) => `${c(w)}/timeline`, allow: READERS },
  { route: 'GET /actions', path: () => '/actions', allow: READERS },
  { route: 'GET /subjects', path: () => '/subjects', allow: READERS },
  {
    route: 'POST /subjects',
    path: () => '/subjects',
    body: () => ({ name: 'n', type: 'organisation' }),
    allow: ['member', 'outsider', 'lead'],
  },
  { route: 'GET /subjects/:id', path: (w) => `/subjects/${w.subjectId}`, allow: READERS },
  { route: 'GET /policies', path: () => '/policies', allow: [...READERS, 'admin'] },
  {
    route: 'POST /policies',
    path: () => '/policies',
    body: () => ({ code: 'M-1', document: 'd', title: 't', text: 'x', effectiveFrom: '2026-01-01' }),
    allow: ['admin'],
  },
  { route: 'GET /policies/:id', path: (w) => `/policies/${w.clauseId}`, allow: [...READERS, 'admin'] },
  { route: 'GET /users', path: () => '/users', allow: ['auditor', 'admin'] },
  {
    route: 'POST /users',
    path: () => '/users',
    body: () => ({ email: 'x@y.test', name: 'n', role: 'reviewer', password: 'long-enough-password' }),
    allow: ['admin'],
  },
  { route: 'GET /users/:id', path: (w) => `/users/${w.userId}`, allow: ['auditor', 'admin'] },
  {
    route: 'PATCH /users/:id',
    path: (w) => `/users/${w.userId}`,
    body: () => ({ version: 99, name: 'n' }),
    allow: ['admin'],
  },
  {
    route: 'POST /users/:id/unlock',
    path: (w) => `/users/${w.userId}/unlock`,
    body: () => ({ reason: 'Owner locked out' }),
    allow: ['admin'],
  },
  { route: 'GET /audit/events', path: () => '/audit/events', allow: ['auditor'] },
  { route: 'GET /audit/export', path: (w) => `/audit/export?format=ndjson&caseId=${w.caseId}`, allow: ['auditor'] },
  { route: 'GET /audit/verify', path: () => '/audit/verify', allow: ['auditor'] },
  { route: 'GET /audit/checkpoints', path: () => '/audit/checkpoints', allow: ['auditor'] },
  { route: 'GET /audit/public-key', path: () => '/audit/public-key', allow: ['auditor'] },
  { route: 'GET /actions/export', path: () => '/actions/export?format=csv', allow: ['auditor'] },
  { route: 'GET /metrics/outcomes', path: () => '/metrics/outcomes', allow: ['lead', 'executive', 'auditor'] },
  { route: 'GET /settings/service-catalogue', path: () => '/settings/service-catalogue', allow: SIGNED_IN },
];

/** Ends each caller's session, so it runs last. */
const LOGOUT: Cell = { route: 'POST /auth/logout', path: () => '/auth/logout', body: () => ({}), allow: SIGNED_IN };

/** Callers who see all of the restricted case: refusing them an action may say so (403). */
const SEE_RESTRICTED: Caller[] = ['member', 'auditor'];

/**
 * An executive sees a restricted case's summary: the case, the actions taken and the statements
 * published (the restricted case's action is proposed and its statement a draft, so those two are
 * hidden), and is told 403 where their role may not act on the case they see. Everything else
 * answers as for a case that does not exist.
 */
const EXECUTIVE_ON_RESTRICTED: Record<string, string> = {
  'GET /cases/:id': 'allow',
  'GET /cases/:id/actions': 'allow',
  'GET /cases/:id/statements': 'allow',
  'POST /cases/:id/statements/:sid/approve': 'forbidden',
};

/** Every route of one case, run again on a restricted case. */
const RESTRICTED_CELLS = CELLS.filter((cell) => cell.route.includes(' /cases/:id'));

describe('access: every route × every caller', () => {
  let t: TestApp;
  let callers: Record<Exclude<Caller, 'anonymous'>, TestUser>;
  let world: World;
  let restrictedWorld: World;
  let missingWorld: World;

  beforeAll(async () => {
    // One trusted hop: each caller's X-Forwarded-For is its own client address.
    t = await createTestApp({ trustProxy: 1 });
    const [cast, newcomer] = await Promise.all([signInCast(t), signedInUser(t, 'reviewer')]);
    const { reviewer: member, outsider, lead, otherLead: owner, executive, auditor, admin } = cast;
    callers = { member, outsider, lead, executive, auditor, admin };
    const as = (user: TestUser) => ({ ...bearer(user) });
    const open = await openCase(t, owner);
    const restricted = await openCase(t, owner, { restricted: true });
    for (const caseId of [open.id, restricted.id]) {
      await request(t.http)
        .post(`/api/v1/cases/${caseId}/members`)
        .set(as(owner))
        .send({ userId: member.id })
        .expect(201);
    }
    const subject = await createSubject(t, owner);
    const clause = await createClause(t, admin);
    const recordsOn = async (caseId: string): Promise<CaseRecords> => {
      const post = async (path: string, body: object) =>
        (await request(t.http).post(`/api/v1/cases/${caseId}${path}`).set(as(member)).send(body).expect(201)).body as {
          id: string;
        };
      const allegation = await post('/allegations', { description: 'Misuse', sourceType: 'press' });
      const evidence = await post('/evidence', { title: 'Report', kind: 'press_article', capturedText: 'captured' });
      const task = await post('/tasks', { title: 'Look into it' });
      const action = await post('/actions', {
        subjectId: subject.id,
        type: 'warning',
        services: ['support'],
        scope: 's',
        rationale: 'r',
      });
      const statement = await post('/statements', { direction: 'issued', audience: 'internal', body: 'Draft' });
      return {
        caseId,
        allegationId: allegation.id,
        evidenceId: evidence.id,
        taskId: task.id,
        actionId: action.id,
        statementId: statement.id,
      };
    };
    const common = { subjectId: subject.id, clauseId: clause.id, userId: newcomer.id, newMemberId: newcomer.id };
    world = { ...(await recordsOn(open.id)), ...common };
    restrictedWorld = { ...(await recordsOn(restricted.id)), ...common };
    // The same records' ids under a case id that does not exist.
    missingWorld = { ...restrictedWorld, caseId: randomUUID() };
  }, 120_000);
  afterAll(() => t.close());

  it('has a row for every route of the application', () => {
    const covered = new Set([...CELLS, LOGOUT].map((cell) => cell.route));
    const missing = declaredRoutes(t.app)
      .map((entry) => entry.route)
      .filter((route) => !covered.has(route));
    expect(missing).toEqual([]);
  });

  async function outcome(caller: Caller, method: string, path: string, body?: object): Promise<string> {
    const agent = request(t.http);
    const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    const call = agent[verb](`/api/v1${path}`).set('X-Forwarded-For', `192.0.2.${CALLERS.indexOf(caller) + 1}`);
    if (caller !== 'anonymous') call.set(bearer(callers[caller]));
    if (body) call.send(body);
    const response = await call;
    if (response.status >= 500) return `error ${response.status}`;
    if (response.status === 401) return 'unauthenticated';
    if (response.status === 403) return 'forbidden';
    if (response.status === 404) return 'not found';
    return 'allow';
  }

  // Nothing on an unrestricted case is hidden from a signed-in caller, so every refusal there is a 403.
  const expected = (cell: { allow: Caller[] }, caller: Caller) =>
    cell.allow.includes(caller) ? 'allow' : caller === 'anonymous' ? 'unauthenticated' : 'forbidden';

  it.each(CELLS.map((cell) => [cell.route, cell] as const))('%s', async (_route, cell) => {
    const [method] = cell.route.split(' ');
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const caller of CALLERS) {
      got[caller] = await outcome(caller, method, cell.path(world), cell.body?.(world));
      want[caller] = expected(cell, caller);
    }
    expect(got).toEqual(want);
  });

  it.each(RESTRICTED_CELLS.map((cell) => [cell.route, cell] as const))('restricted: %s', async (_route, cell) => {
    const [method] = cell.route.split(' ');
    const allowed = cell.allow.filter((caller) => SEE_RESTRICTED.includes(caller));
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const caller of CALLERS) {
      got[caller] = await outcome(caller, method, cell.path(restrictedWorld), cell.body?.(restrictedWorld));
      if (allowed.includes(caller)) want[caller] = 'allow';
      else if (SEE_RESTRICTED.includes(caller)) want[caller] = 'forbidden';
      else if (caller === 'executive' && EXECUTIVE_ON_RESTRICTED[cell.route])
        want[caller] = EXECUTIVE_ON_RESTRICTED[cell.route];
      else want[caller] = await outcome(caller, method, cell.path(missingWorld), cell.body?.(missingWorld));
    }
    expect(got).toEqual(want);
    // A lead who is not a member may do all of this on cases they see, so only "not found" hides the case.
    if (!allowed.includes('lead')) expect(got.lead).toBe('not found');
  });

  it(LOGOUT.route, async () => {
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const caller of CALLERS) {
      got[caller] = await outcome(caller, 'POST', LOGOUT.path(world), LOGOUT.body?.(world));
      want[caller] = expected(LOGOUT, caller);
    }
    expect(got).toEqual(want);
  });
});
