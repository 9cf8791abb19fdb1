import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { createRootLogger } from '../../src/common/logger';
import { loadConfig } from '../../src/config/app-config';
import { DEMO_REQUEST_ID } from '../../src/database/seeds/demo-story';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/database/seeds/demo-users';
import { startServer, type RunningServer } from '../../src/server';
import { chainProblems } from '../support/audit-chain';

/** What `npm start` does on a fresh machine: embedded database, migrations, demo data. */
describe('start-up on a fresh embedded database', () => {
  let server: RunningServer;
  let http: App;
  const tokens = new Map<string, string>();
  let seededBefore: Date;

  beforeAll(async () => {
    seededBefore = new Date();
    const dataDir = mkdtempSync(join(tmpdir(), 'ethics-start-up-'));
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
    server = await startServer(config, createRootLogger('silent'));
    await server.app.init();
    http = server.app.getHttpServer();
    for (const user of DEMO_USERS) {
      const response = await request(http)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: DEMO_PASSWORD })
        .expect(200);
      tokens.set(
        user.role === 'reviewer' ? user.email : user.role,
        (response.body as { accessToken: string }).accessToken,
      );
    }
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  const as = (who: string) => ({ Authorization: `Bearer ${tokens.get(who)}` });

  it('is healthy, on the embedded database, and every demo user signs in', async () => {
    expect(server.database.embedded).not.toBeNull();
    await expect(request(http).get('/api/v1/health')).resolves.toMatchObject({ status: 200 });
    expect(tokens.size).toBe(6);
  });

  it('finds the article case by searching "surveillance", complete, for its team, auditors and executives', async () => {
    for (const who of ['reviewer@demo.test', 'lead', 'auditor', 'executive']) {
      const found = await request(http).get('/api/v1/cases?q=surveillance').set(as(who)).expect(200);
      const titles = (found.body.items as { title: string }[]).map((c) => c.title);
      expect(titles).toContain('Defence ministry unit using cloud storage and AI services for mass surveillance');
    }
    const found = await request(http).get('/api/v1/cases?q=surveillance').set(as('lead')).expect(200);
    const article = (found.body.items as { id: string; title: string }[]).find((c) => c.title.startsWith('Defence'))!;
    const detail = await request(http).get(`/api/v1/cases/${article.id}`).set(as('lead')).expect(200);
    expect(detail.body).toMatchObject({
      status: 'closed',
      outcome: 'substantiated',
      restricted: true,
      counts: { allegations: 2, openAllegations: 0, evidence: 3, findings: 2, actions: 3, statements: 3 },
    });
  });

  it('keeps the restricted article case from the reviewer who is a member of no case', async () => {
    const found = await request(http).get('/api/v1/cases?q=surveillance').set(as('reviewer2@demo.test')).expect(200);
    const titles = (found.body.items as { title: string }[]).map((c) => c.title);
    expect(titles).not.toContain('Defence ministry unit using cloud storage and AI services for mass surveillance');
  });

  it('has cases in every status and outcome, with a valid audit chain', async () => {
    const dataSource = server.app.get(DataSource);
    const statuses = await dataSource.query<{ status: string }[]>('SELECT DISTINCT status::text FROM cases');
    expect(statuses.map((row) => row.status).sort()).toEqual(
      ['actioning', 'closed', 'dismissed', 'findings', 'intake', 'investigating', 'triage'].sort(),
    );
    const outcomes = await dataSource.query<{ outcome: string }[]>(
      'SELECT DISTINCT outcome::text FROM cases WHERE outcome IS NOT NULL',
    );
    expect(outcomes).toHaveLength(5);
    // Four eyes in the demo too: nobody approved their own proposal.
    const selfApproved = await dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM enforcement_actions WHERE decided_by = proposed_by',
    );
    expect(selfApproved[0].n).toBe(0);
    await expect(chainProblems(server.app)).resolves.toEqual([]);
  });

  it("dates the demo story's updates and memberships on its own days, not at seeding time", async () => {
    const dataSource = server.app.get(DataSource);
    const storyRowsDatedNow = (table: string, column: string) =>
      dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${table} WHERE created_at < $1 AND ${column} >= $1`,
        [seededBefore],
      );
    for (const table of ['cases', 'allegations', 'review_tasks', 'enforcement_actions', 'users']) {
      await expect(storyRowsDatedNow(table, 'updated_at')).resolves.toEqual([{ n: 0 }]);
    }
    await expect(storyRowsDatedNow('case_members m JOIN cases c ON c.id = m.case_id', 'm.added_at')).resolves.toEqual([
      { n: 0 },
    ]);
    const updatedLater = await dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM cases WHERE updated_at > created_at AND created_at < $1',
      [seededBefore],
    );
    expect(updatedLater[0].n).toBeGreaterThan(0);
  });

  it('seeds audit events in the shapes requests write: for every action, the same payload keys', async () => {
    const dataSource = server.app.get(DataSource);
    const idOf = async (email: string) =>
      (await dataSource.query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [email]))[0].id;
    const [leadId, reviewerId, reviewer2Id] = await Promise.all(
      ['lead@demo.test', 'reviewer@demo.test', 'reviewer2@demo.test'].map(idOf),
    );
    const call = async (who: string, method: 'post' | 'patch' | 'get', path: string, body?: object) => {
      const response = await request(http)[method](`/api/v1${path}`).set(as(who)).send(body);
      expect([200, 201, 204]).toContain(response.status);
      return response.body as { id: string; version: number };
    };
    const reason = 'checking the shapes of audit events';

    // A small story over HTTP that takes every step the demo story takes.
    await call('admin', 'post', '/users', {
      email: 'shapes@demo.test',
      name: 'Shape Checker',
      role: 'reviewer',
      password: 'a-long-enough-password',
    });
    await call('admin', 'post', '/policies', {
      code: 'SHAPE-1',
      document: 'Shapes',
      title: 'Shapes',
      text: 'Shapes.',
      effectiveFrom: '2024-01-01',
    });
    const subject = await call('lead', 'post', '/subjects', { type: 'organisation', name: 'Shapes Ltd' });
    const opened = await call('reviewer@demo.test', 'post', '/cases', {
      title: 'Shapes of audit events',
      summary: 'Shapes.',
      severity: 'low',
    });
    const path = `/cases/${opened.id}`;
    await call('lead', 'patch', path, { version: opened.version, leadId, reason });
    await call('lead', 'post', `${path}/members`, { userId: reviewer2Id, reason });
    const allegation = await call('reviewer@demo.test', 'post', `${path}/allegations`, {
      description: 'Shapes.',
      sourceType: 'press',
      subjectIds: [subject.id],
    });
    const evidence = await call('reviewer@demo.test', 'post', `${path}/evidence`, {
      title: 'Shapes',
      kind: 'press_article',
      capturedText: 'Shapes.',
      allegationIds: [allegation.id],
      relation: 'supports',
    });
    await call('lead', 'patch', `${path}/evidence/${evidence.id}`, {
      version: evidence.version,
      legalHold: true,
      reason,
    });
    // Done in time, and done late (`overdue` then changes too), as in the demo. A request cannot
    // set a due date in the past, so the late task's date is moved back as time would move it.
    for (const late of [false, true]) {
      const dueAt = late ? new Date().toISOString() : null;
      const task = await call('lead', 'post', `${path}/tasks`, { title: 'Shapes', assigneeId: reviewerId, dueAt });
      if (late) await dataSource.query(`UPDATE review_tasks SET due_at = '2024-01-01' WHERE id = $1`, [task.id]);
      await call('reviewer@demo.test', 'patch', `${path}/tasks/${task.id}`, { version: task.version, status: 'done' });
    }
    await call('lead', 'post', `${path}/transitions`, { to: 'triage', reason });
    const finding = await call('lead', 'post', `${path}/findings`, {
      allegationId: allegation.id,
      conclusion: 'substantiated',
      rationale: 'Shapes.',
    });
    const proposal = {
      subjectId: subject.id,
      type: 'warning',
      services: ['compute'],
      scope: 'Shapes',
      rationale: 'Shapes.',
    };
    const taken = await call('reviewer@demo.test', 'post', `${path}/actions`, {
      ...proposal,
      findingIds: [finding.id],
    });
    const refused = await call('reviewer@demo.test', 'post', `${path}/actions`, proposal);
    await call('lead', 'post', `${path}/actions/${taken.id}/approve`, { reason });
    await call('lead', 'post', `${path}/actions/${taken.id}/execute`, { executionReference: 'CHG-SHAPES', reason });
    await call('lead', 'post', `${path}/actions/${refused.id}/reject`, { reason });
    const statement = await call('reviewer@demo.test', 'post', `${path}/statements`, {
      direction: 'issued',
      audience: 'press',
      body: 'Shapes.',
    });
    await call('reviewer@demo.test', 'post', `${path}/statements/${statement.id}/submit`, { reason });
    await call('executive', 'post', `${path}/statements/${statement.id}/approve`, { reason });
    await call('lead', 'post', `${path}/statements/${statement.id}/publish`, { reason });
    await call('reviewer@demo.test', 'post', `${path}/statements`, {
      direction: 'received',
      audience: 'public',
      source: 'Shapes',
      body: 'Shapes.',
    });
    const { version } = await call('lead', 'get', path);
    await call('lead', 'patch', path, { version, restricted: true, reason });

    const events = await dataSource.query<
      { action: string; before: object | null; after: object | null; metadata: object | null; seeded: boolean }[]
    >('SELECT action, before, after, metadata, request_id = $1 AS seeded FROM audit_events', [DEMO_REQUEST_ID]);
    const keys = (payload: object | null) => (payload === null ? null : Object.keys(payload).sort());
    const shapes = (seeded: boolean) =>
      new Set(
        events
          .filter((event) => event.seeded === seeded)
          .map((event) => `${event.action} ${JSON.stringify([event.before, event.after, event.metadata].map(keys))}`),
      );
    const requested = shapes(false);
    const seeded = [...shapes(true)];
    expect(seeded.length).toBeGreaterThan(20);
    expect(seeded.filter((shape) => !requested.has(shape))).toEqual([]);
  });
});
