import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { insertAction, insertAllegation, insertCase, insertSubject } from '../factories/domain-rows.factory';
import { visibleCaseSql } from '../../src/modules/cases/case-visibility';
import { bearer, signedInUsers, type TestUser } from '../factories/users.factory';
import { createTestApp, type TestApp } from '../support/test-app';
import { uniqueWindow } from '../support/unique-window';

type Caller = 'reviewer' | 'lead' | 'executive' | 'auditor' | 'admin';

/**
 * One restricted case (and an unrestricted one beside it, to show each route
 * answers at all) fed to every list, search, export, aggregate and timeline
 * route, read by a caller of each role who is not on its team: where does
 * each caller find it?
 */
describe('a restricted case in every list, search, export, metric and timeline', () => {
  let t: TestApp;
  let callers: Record<Caller, TestUser>;
  const w = uniqueWindow();
  const marker = `vis${randomBytes(5).toString('hex')}`;
  let subjectId: string;
  let names: Map<string, string>;
  let secretId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const [owner, reviewer, lead, executive, auditor, admin] = await signedInUsers(t, [
      'lead',
      'reviewer',
      'lead',
      'executive',
      'auditor',
      'admin',
    ]);
    callers = { reviewer, lead, executive, auditor, admin };
    subjectId = await insertSubject(t);
    const closedCase = (title: string, restricted: boolean, minute: number) =>
      insertCase(t, {
        createdBy: owner.id,
        title,
        restricted,
        memberIds: [owner.id],
        status: 'closed',
        outcome: 'substantiated',
        openedAt: w.at(minute),
        closedAt: w.at(minute + 30),
      });
    const open = await closedCase(`Open matter ${marker}`, false, 1);
    const secret = await closedCase(`Secret matter ${marker}`, true, 2);
    secretId = secret.id;
    names = new Map([
      [open.id, 'open'],
      [secret.id, 'secret'],
    ]);
    for (const caseId of [open.id, secret.id]) {
      await insertAction(t, {
        caseId,
        subjectId,
        proposedBy: owner.id,
        proposedAt: w.at(10),
        status: 'executed',
        executedAt: w.at(20),
      });
      await insertAllegation(t, { caseId, createdBy: owner.id, reporterName: 'A. Source' });
    }
  });
  afterAll(() => t.close());

  /** The cases of `ids` by name, in a stable order; other tests' cases are left out. */
  const named = (ids: string[]) =>
    ids
      .map((id) => names.get(id))
      .filter((name): name is string => name !== undefined)
      .sort();

  async function read<T>(caller: Caller, path: string, pick: (body: T, text: string) => unknown) {
    const response = await request(t.http).get(`/api/v1${path}`).set(bearer(callers[caller]));
    return response.status === 200 ? pick(response.body as T, response.text) : `status ${response.status}`;
  }

  /** Where the caller finds the cases, route by route. */
  async function sightings(caller: Caller) {
    type Page = { items: { id: string; caseId?: string }[] };
    const window = `openedFrom=${w.from.toISOString()}&openedTo=${w.to.toISOString()}`;
    return {
      list: await read<Page>(caller, `/cases?${window}`, (body) => named(body.items.map((c) => c.id))),
      search: await read<Page>(caller, `/cases?q=${marker}`, (body) => named(body.items.map((c) => c.id))),
      subjectCases: await read<{ cases: { id: string }[] }>(caller, `/subjects/${subjectId}`, (body) =>
        named(body.cases.map((c) => c.id)),
      ),
      subjectActions: await read<{ actions: { caseId: string }[] }>(caller, `/subjects/${subjectId}`, (body) =>
        named(body.actions.map((a) => a.caseId)),
      ),
      actionHistory: await read<Page>(caller, `/actions?subjectId=${subjectId}`, (body) =>
        named(body.items.map((a) => a.caseId!)),
      ),
      actionExport: await read(caller, `/actions/export?format=ndjson&subjectId=${subjectId}`, (_body, text) =>
        named(
          text
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => (JSON.parse(line) as { caseId?: string }).caseId ?? ''),
        ),
      ),
      metrics: await read<{ totals: { closedCases: number; actions: number } }>(
        caller,
        `/metrics/outcomes?${w.query}`,
        (body) => ({ closedCases: body.totals.closedCases, actions: body.totals.actions }),
      ),
      timeline: await read<Page>(caller, `/cases/${secretId}/timeline`, () => 'seen'),
    };
  }

  const both = ['open', 'secret'];
  const openOnly = ['open'];
  const notTheirs = {
    list: openOnly,
    search: openOnly,
    subjectCases: openOnly,
    subjectActions: openOnly,
    actionHistory: openOnly,
    actionExport: 'status 403',
    timeline: 'status 404',
  };

  it('keeps it from a reviewer who is not a member', async () => {
    expect(await sightings('reviewer')).toEqual({ ...notTheirs, metrics: 'status 403' });
  });

  it('keeps it, and its counts, from a lead who is not a member', async () => {
    expect(await sightings('lead')).toEqual({ ...notTheirs, metrics: { closedCases: 1, actions: 1 } });
  });

  it('gives an executive its summary: in lists, search, metrics and as actions taken, never its timeline', async () => {
    expect(await sightings('executive')).toEqual({
      list: both,
      search: both,
      subjectCases: both,
      subjectActions: both,
      actionHistory: both,
      actionExport: 'status 403',
      metrics: { closedCases: 2, actions: 2 },
      timeline: 'status 404',
    });
  });

  it('shows it everywhere to an auditor', async () => {
    expect(await sightings('auditor')).toEqual({
      list: both,
      search: both,
      subjectCases: both,
      subjectActions: both,
      actionHistory: both,
      actionExport: both,
      metrics: { closedCases: 2, actions: 2 },
      timeline: 'seen',
    });
  });

  it('gives an admin none of these routes', async () => {
    const refused = 'status 403';
    expect(await sightings('admin')).toEqual({
      list: refused,
      search: refused,
      subjectCases: refused,
      subjectActions: refused,
      actionHistory: refused,
      actionExport: refused,
      metrics: refused,
      timeline: refused,
    });
  });

  it("probes a busy caller's membership per restricted row instead of hashing all of their memberships", async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // 2,000 memberships are enough for the planner to prefer hashing them all, unless told not to.
      const busy = randomUUID();
      await runner.query(
        `INSERT INTO users (id, email, name, role, password_hash) VALUES ($1, $2, 'Busy lead', 'lead', 'x')`,
        [busy, `${busy}@plan.test`],
      );
      await runner.query(
        `WITH opened AS (
           INSERT INTO cases (reference, title, summary, severity, restricted, created_by, opened_at)
           SELECT 'PLAN-' || g || '-' || $2, 'Case ' || g, 's', 'low', g % 10 = 0, $1, now() - g * interval '1 minute'
             FROM generate_series(1, 2000) g RETURNING id)
         INSERT INTO case_members (case_id, user_id) SELECT id, $1 FROM opened`,
        [busy, marker],
      );
      await runner.query('ANALYZE cases');
      await runner.query('ANALYZE case_members');
      const params: unknown[] = [];
      const predicate = visibleCaseSql('unrestricted-or-member', busy, 'c', params);
      const rows = (await runner.query(
        `EXPLAIN (COSTS OFF) SELECT c.id FROM cases c WHERE ${predicate}
          ORDER BY c.opened_at DESC, c.id DESC LIMIT 51`,
        params,
      )) as { 'QUERY PLAN': string }[];
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).not.toMatch(/hashed SubPlan/i);
      expect(plan).toMatch(/Index (Only )?Scan using "PK_[0-9a-f]+" on case_members/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
