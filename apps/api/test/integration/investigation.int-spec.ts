import request from 'supertest';
import { createClause, createSubject } from '../factories/catalogue.factory';
import { openCase } from '../factories/cases.factory';
import { bearer, signedInUsers, type TestUser } from '../factories/users.factory';
import { createTestApp, type TestApp } from '../support/test-app';

const DAY = 86_400_000;

describe('allegations, tasks and findings', () => {
  let t: TestApp;
  let admin: TestUser;
  let reviewer: TestUser;
  let outsider: TestUser;
  let lead: TestUser;
  let executive: TestUser;
  let auditor: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, reviewer, outsider, lead, executive, auditor] = await signedInUsers(t, [
      'admin',
      'reviewer',
      'reviewer',
      'lead',
      'executive',
      'auditor',
    ]);
  });
  afterAll(() => t.close());

  it('records allegations with clauses and subjects, hides reporters from executives', async () => {
    const clause = await createClause(t, admin);
    const subject = await createSubject(t, reviewer);
    const opened = await openCase(t, reviewer, { title: 'Telemetry anomaly' });
    const created = await request(t.http)
      .post(`/api/v1/cases/${opened.id}/allegations`)
      .set(bearer(reviewer))
      .send({
        description: 'Call recordings stored for a dragnet surveillance programme',
        sourceType: 'whistleblower',
        reporterName: 'Jane Source',
        reporterContact: 'jane@example.org',
        receivedAt: '2026-08-06T00:00:00Z',
        policyClauseIds: [clause.id],
        subjectIds: [subject.id],
      })
      .expect(201);
    expect(created.body).toMatchObject({
      findingStatus: 'open',
      policyClauseIds: [clause.id],
      subjectIds: [subject.id],
      reporterName: 'Jane Source',
      version: 1,
    });

    const seenByExec = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/allegations`)
      .set(bearer(executive))
      .expect(200);
    expect(seenByExec.body.items[0]).toMatchObject({ reporterName: null, reporterContact: null });
    expect(seenByExec.body.items[0].description).toMatch(/dragnet/);
    const seenByAuditor = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/allegations`)
      .set(bearer(auditor))
      .expect(200);
    expect(seenByAuditor.body.items[0]).toMatchObject({ reporterName: 'Jane Source' });

    // The case's full-text search covers its allegations.
    const search = await request(t.http).get('/api/v1/cases?q=dragnet').set(bearer(reviewer)).expect(200);
    expect(search.body.items.map((c: { id: string }) => c.id)).toContain(opened.id);

    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/allegations`)
      .set(bearer(outsider))
      .send({ description: 'x', sourceType: 'press' })
      .expect(403);
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/allegations`)
      .set(bearer(reviewer))
      .send({ description: 'x', sourceType: 'rumour', policyClauseIds: ['nope'] })
      .expect(400);
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/allegations`)
      .set(bearer(reviewer))
      .send({ description: 'x', sourceType: 'press', subjectIds: ['00000000-0000-4000-8000-000000000000'] })
      .expect(422);
  });

  it('edits allegations with versions and requires a rationale for a conclusion', async () => {
    const opened = await openCase(t, reviewer);
    const created = await request(t.http)
      .post(`/api/v1/cases/${opened.id}/allegations`)
      .set(bearer(reviewer))
      .send({ description: 'Original', sourceType: 'press' })
      .expect(201);
    const url = `/api/v1/cases/${opened.id}/allegations/${created.body.id}`;
    await request(t.http)
      .patch(url)
      .set(bearer(reviewer))
      .send({ version: 1, findingStatus: 'inconclusive' })
      .expect(422);
    const edited = await request(t.http)
      .patch(url)
      .set(bearer(reviewer))
      .send({ version: 1, description: 'Clarified' })
      .expect(200);
    expect(edited.body).toMatchObject({ description: 'Clarified', version: 2 });
    await request(t.http).patch(url).set(bearer(reviewer)).send({ version: 1, description: 'Stale' }).expect(409);
  });

  it('assigns tasks to members only and marks them done', async () => {
    const opened = await openCase(t, lead);
    const created = await request(t.http)
      .post(`/api/v1/cases/${opened.id}/tasks`)
      .set(bearer(lead))
      .send({ title: 'Interview the account owner', assigneeId: lead.id, dueAt: new Date().toISOString() })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'open', version: 1 });
    // A due date cannot be set in the past, so time passes here the only way it can in a test.
    await t.dataSource.query(`UPDATE review_tasks SET due_at = '2020-01-01T00:00:00Z' WHERE id = $1`, [
      created.body.id,
    ]);
    const late = await request(t.http).get(`/api/v1/cases/${opened.id}/tasks`).set(bearer(lead)).expect(200);
    expect(late.body.items[0]).toMatchObject({ id: created.body.id, overdue: true });
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/tasks`)
      .set(bearer(lead))
      .send({ title: 'x', assigneeId: outsider.id })
      .expect(422);
    const done = await request(t.http)
      .patch(`/api/v1/cases/${opened.id}/tasks/${created.body.id}`)
      .set(bearer(lead))
      .send({ version: 1, status: 'done' })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'done', overdue: false, version: 2 });
    expect(done.body.completedAt).toEqual(expect.any(String));
    const list = await request(t.http).get(`/api/v1/cases/${opened.id}/tasks`).set(bearer(auditor)).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('refuses an allegation received in the future, created or edited, and accepts one received now', async () => {
    const opened = await openCase(t, reviewer);
    const url = `/api/v1/cases/${opened.id}/allegations`;
    const tomorrow = new Date(Date.now() + DAY).toISOString();
    const refused = await request(t.http)
      .post(url)
      .set(bearer(reviewer))
      .send({ description: 'From the future', sourceType: 'press', receivedAt: tomorrow })
      .expect(400);
    expect(refused.body.errors).toEqual([{ field: 'receivedAt', message: 'must not be in the future' }]);
    const created = await request(t.http)
      .post(url)
      .set(bearer(reviewer))
      .send({ description: 'Just now', sourceType: 'press', receivedAt: new Date().toISOString() })
      .expect(201);
    const edit = await request(t.http)
      .patch(`${url}/${created.body.id}`)
      .set(bearer(reviewer))
      .send({ version: 1, receivedAt: tomorrow })
      .expect(400);
    expect(edit.body.errors).toEqual([{ field: 'receivedAt', message: 'must not be in the future' }]);
    const list = await request(t.http).get(url).set(bearer(reviewer)).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ description: 'Just now', version: 1 })]);
  });

  it('refuses a task due in the past, created or moved, and accepts one due now', async () => {
    const opened = await openCase(t, lead);
    const url = `/api/v1/cases/${opened.id}/tasks`;
    const yesterday = new Date(Date.now() - DAY).toISOString();
    const refused = await request(t.http)
      .post(url)
      .set(bearer(lead))
      .send({ title: 'Too late', dueAt: yesterday })
      .expect(400);
    expect(refused.body.errors).toEqual([{ field: 'dueAt', message: 'must not be in the past' }]);
    const created = await request(t.http)
      .post(url)
      .set(bearer(lead))
      .send({ title: 'Due now', dueAt: new Date().toISOString() })
      .expect(201);
    const moved = await request(t.http)
      .patch(`${url}/${created.body.id}`)
      .set(bearer(lead))
      .send({ version: 1, dueAt: yesterday })
      .expect(400);
    expect(moved.body.errors).toEqual([{ field: 'dueAt', message: 'must not be in the past' }]);
    // Other edits of a task whose date has passed keep that date.
    await request(t.http)
      .patch(`${url}/${created.body.id}`)
      .set(bearer(lead))
      .send({ version: 1, title: 'Renamed', dueAt: created.body.dueAt })
      .expect(200);
    const list = await request(t.http).get(url).set(bearer(lead)).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ title: 'Renamed', dueAt: created.body.dueAt })]);
  });

  it('concludes allegations with findings, and only then lets the case close', async () => {
    const clause = await createClause(t, admin);
    const opened = await openCase(t, lead);
    const allegation = await request(t.http)
      .post(`/api/v1/cases/${opened.id}/allegations`)
      .set(bearer(lead))
      .send({ description: 'Mass surveillance', sourceType: 'press' })
      .expect(201);
    for (const to of ['triage', 'investigating', 'findings']) {
      await request(t.http)
        .post(`/api/v1/cases/${opened.id}/transitions`)
        .set(bearer(lead))
        .send({ to, reason: 'next' })
        .expect(200);
    }
    const close = () =>
      request(t.http)
        .post(`/api/v1/cases/${opened.id}/transitions`)
        .set(bearer(lead))
        .send({ to: 'closed', reason: 'done', outcome: 'substantiated', outcomeSummary: 'Proven' });
    const refused = await close().expect(422);
    expect(refused.body.detail).toMatch(/allegation/);

    const other = await openCase(t, lead);
    await request(t.http)
      .post(`/api/v1/cases/${other.id}/findings`)
      .set(bearer(lead))
      .send({ allegationId: allegation.body.id, conclusion: 'substantiated', rationale: 'x' })
      .expect(422);

    const finding = await request(t.http)
      .post(`/api/v1/cases/${opened.id}/findings`)
      .set(bearer(lead))
      .send({
        allegationId: allegation.body.id,
        conclusion: 'substantiated',
        rationale: 'The review supports the reports.',
        policyClauseIds: [clause.id],
        externalReviewer: 'Outside counsel',
      })
      .expect(201);
    expect(finding.body).toMatchObject({ conclusion: 'substantiated', policyClauseIds: [clause.id] });
    const concluded = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/allegations/${allegation.body.id}`)
      .set(bearer(lead))
      .expect(200);
    expect(concluded.body).toMatchObject({ findingStatus: 'substantiated', version: 2 });

    const closed = await close().expect(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      counts: { allegations: 1, openAllegations: 0, findings: 1 },
    });
    const findings = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/findings`)
      .set(bearer(executive))
      .expect(200);
    expect(findings.body.items).toHaveLength(1);
  });
});
