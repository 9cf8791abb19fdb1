import request from 'supertest';
import { openCase } from '../factories/cases.factory';
import { bearer, startWithCast, signedInUser, type Cast } from '../factories/users.factory';
import type { TestApp } from '../support/test-app';

describe('cases', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => ({ t, cast } = await startWithCast()));
  afterAll(() => t.close());

  it('lets a reviewer open a case, whose audit event an auditor sees', async () => {
    const created = await request(t.http)
      .post('/api/v1/cases')
      .set(bearer(cast.reviewer))
      .send({ title: 'Storage used for surveillance', summary: 'Press report.', severity: 'high' })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'intake',
      severity: 'high',
      version: 1,
      restricted: false,
      memberIds: [cast.reviewer.id],
      counts: { members: 1, allegations: 0, evidence: 0 },
    });
    expect(created.body.reference).toMatch(/^ETH-\d{4}-\d{4,}$/);

    const events = await request(t.http)
      .get(`/api/v1/audit/events?caseId=${created.body.id}`)
      .set(bearer(cast.auditor))
      .expect(200);
    expect(events.body.items).toHaveLength(1);
    expect(events.body.items[0]).toMatchObject({
      action: 'case.created',
      actorId: cast.reviewer.id,
      actorRole: 'reviewer',
      entityType: 'case',
      entityId: created.body.id,
      caseId: created.body.id,
      requestId: created.headers['x-request-id'],
    });
    expect(events.body.items[0].after).toMatchObject({ title: 'Storage used for surveillance' });
  });

  it('refuses an executive who opens a case (403) and records the refusal', async () => {
    const refused = await request(t.http)
      .post('/api/v1/cases')
      .set(bearer(cast.executive))
      .send({ title: 'Nope', summary: 'Nope', severity: 'low' })
      .expect(403);
    expect(refused.body).toMatchObject({ status: 403, type: '/problems/forbidden' });
    const events = await request(t.http)
      .get(`/api/v1/audit/events?actorId=${cast.executive.id}&action=access.denied`)
      .set(bearer(cast.auditor))
      .expect(200);
    expect(events.body.items[0]).toMatchObject({
      action: 'access.denied',
      actorRole: 'executive',
      metadata: { method: 'POST', path: '/api/v1/cases' },
    });
  });

  it('refuses admins any case content', async () => {
    await request(t.http).get('/api/v1/cases').set(bearer(cast.admin)).expect(403);
  });

  it('answers a stale edit with 409 and changes nothing', async () => {
    const opened = await openCase(t, cast.reviewer);
    const edited = await request(t.http)
      .patch(`/api/v1/cases/${opened.id}`)
      .set(bearer(cast.reviewer))
      .send({ version: 1, title: 'Renamed', reason: 'clearer title' })
      .expect(200);
    expect(edited.body).toMatchObject({ title: 'Renamed', version: 2 });
    const stale = await request(t.http)
      .patch(`/api/v1/cases/${opened.id}`)
      .set(bearer(cast.reviewer))
      .send({ version: 1, title: 'Lost update' })
      .expect(409);
    expect(stale.body).toMatchObject({ status: 409, type: '/problems/version-conflict' });
    const current = await request(t.http).get(`/api/v1/cases/${opened.id}`).set(bearer(cast.reviewer)).expect(200);
    expect(current.body).toMatchObject({ title: 'Renamed', version: 2 });
  });

  it('lets exactly one of 50 concurrent edits at the same version win', async () => {
    const opened = await openCase(t, cast.reviewer);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        request(t.http)
          .patch(`/api/v1/cases/${opened.id}`)
          .set(bearer(cast.reviewer))
          .send({ version: 1, title: `Edit ${i}` }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
  });

  it('keeps reviewers from editing cases they are not members of, and from restricting', async () => {
    const opened = await openCase(t, cast.reviewer);
    await request(t.http)
      .patch(`/api/v1/cases/${opened.id}`)
      .set(bearer(cast.outsider))
      .send({ version: 1, title: 'Hijack' })
      .expect(403);
    await request(t.http)
      .patch(`/api/v1/cases/${opened.id}`)
      .set(bearer(cast.reviewer))
      .send({ version: 1, restricted: true })
      .expect(403);
    await request(t.http)
      .post('/api/v1/cases')
      .set(bearer(cast.reviewer))
      .send({ title: 'x', summary: 'y', severity: 'low', restricted: true })
      .expect(403);
  });

  it('hides a restricted case from a non-member reviewer (404, absent from lists), not from auditors', async () => {
    const secret = await openCase(t, cast.lead, { restricted: true, title: 'Restricted matter zebra' });
    await request(t.http).get(`/api/v1/cases/${secret.id}`).set(bearer(cast.outsider)).expect(404);
    await request(t.http)
      .patch(`/api/v1/cases/${secret.id}`)
      .set(bearer(cast.outsider))
      .send({ version: 1, title: 'x' })
      .expect(404);
    const list = await request(t.http).get('/api/v1/cases?q=zebra').set(bearer(cast.outsider)).expect(200);
    expect(list.body.items).toHaveLength(0);

    for (const reader of [cast.auditor, cast.executive, cast.lead]) {
      const seen = await request(t.http).get('/api/v1/cases?q=zebra').set(bearer(reader)).expect(200);
      expect(seen.body.items.map((c: { id: string }) => c.id)).toContain(secret.id);
      await request(t.http).get(`/api/v1/cases/${secret.id}`).set(bearer(reader)).expect(200);
    }
    const otherLead = await signedInUser(t, 'lead');
    await request(t.http).get(`/api/v1/cases/${secret.id}`).set(bearer(otherLead)).expect(404);

    await request(t.http)
      .post(`/api/v1/cases/${secret.id}/members`)
      .set(bearer(cast.lead))
      .send({ userId: cast.outsider.id, reason: 'needs to help' })
      .expect(201);
    await request(t.http).get(`/api/v1/cases/${secret.id}`).set(bearer(cast.outsider)).expect(200);
  });

  it('lets a lead restrict a case they are not a member of: they join its team in the same transaction', async () => {
    const opened = await openCase(t, cast.reviewer);
    const restricted = await request(t.http)
      .patch(`/api/v1/cases/${opened.id}`)
      .set(bearer(cast.lead))
      .send({ version: 1, restricted: true, reason: 'Names a whistleblower' })
      .expect(200);
    expect(restricted.body).toMatchObject({ id: opened.id, restricted: true, version: 2 });
    expect(restricted.body.memberIds).toEqual([cast.reviewer.id, cast.lead.id]);
    await request(t.http).get(`/api/v1/cases/${opened.id}`).set(bearer(cast.lead)).expect(200);

    const events = await request(t.http)
      .get(`/api/v1/audit/events?caseId=${opened.id}`)
      .set(bearer(cast.auditor))
      .expect(200);
    const written = events.body.items.filter(
      (event: { requestId: string }) => event.requestId === restricted.headers['x-request-id'],
    );
    expect(written.map((event: { action: string }) => event.action).sort()).toEqual([
      'case.member_added',
      'case.updated',
    ]);
    expect(written.find((event: { action: string }) => event.action === 'case.member_added')).toMatchObject({
      actorId: cast.lead.id,
      entityType: 'case_member',
      entityId: cast.lead.id,
      after: { userId: cast.lead.id, role: 'lead' },
    });
  });

  it('moves a case through its lifecycle, refusing illegal moves and closing without an outcome', async () => {
    const opened = await openCase(t, cast.lead);
    const move = (to: string, extra: Record<string, unknown> = {}) =>
      request(t.http)
        .post(`/api/v1/cases/${opened.id}/transitions`)
        .set(bearer(cast.lead))
        .send({ to, reason: `to ${to}`, ...extra });

    const illegal = await move('closed').expect(409);
    expect(illegal.body).toMatchObject({ type: '/problems/illegal-transition' });
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/transitions`)
      .set(bearer(cast.lead))
      .send({ to: 'triage' })
      .expect(400);
    await move('triage').expect(200);
    await move('investigating').expect(200);
    await move('findings').expect(200);
    await move('closed').expect(422);
    const closed = await move('closed', { outcome: 'substantiated', outcomeSummary: 'Proven.' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'substantiated', outcomeSummary: 'Proven.' });
    expect(closed.body.closedAt).toEqual(expect.any(String));
    const reopened = await move('investigating').expect(200);
    expect(reopened.body).toMatchObject({ status: 'investigating', outcome: null, closedAt: null });

    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/transitions`)
      .set(bearer(cast.reviewer))
      .send({ to: 'findings', reason: 'reviewers may not' })
      .expect(403);

    const events = await request(t.http)
      .get(`/api/v1/audit/events?caseId=${opened.id}&action=case.transitioned&order=asc`)
      .set(bearer(cast.auditor))
      .expect(200);
    expect(events.body.items.map((e: { metadata: { to: string } }) => e.metadata.to)).toEqual([
      'triage',
      'investigating',
      'findings',
      'closed',
      'investigating',
    ]);
    expect(events.body.items[0].reason).toBe('to triage');
  });

  it('manages the case team', async () => {
    const opened = await openCase(t, cast.lead);
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/members`)
      .set(bearer(cast.lead))
      .send({ userId: cast.reviewer.id })
      .expect(201);
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/members`)
      .set(bearer(cast.lead))
      .send({ userId: cast.reviewer.id })
      .expect(409);
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/members`)
      .set(bearer(cast.lead))
      .send({ userId: cast.auditor.id })
      .expect(422);
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/members`)
      .set(bearer(cast.reviewer))
      .send({ userId: cast.outsider.id })
      .expect(403);
    const members = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/members`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(members.body.items.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [cast.lead.id, cast.reviewer.id].sort(),
    );

    await request(t.http)
      .delete(`/api/v1/cases/${opened.id}/members/${cast.reviewer.id}`)
      .set(bearer(cast.lead))
      .expect(400);
    await request(t.http)
      .delete(`/api/v1/cases/${opened.id}/members/${cast.reviewer.id}`)
      .set(bearer(cast.lead))
      .send({ reason: 'moved to another case' })
      .expect(204);
    await request(t.http)
      .delete(`/api/v1/cases/${opened.id}/members/${cast.lead.id}`)
      .set(bearer(cast.lead))
      .send({ reason: 'leaving' })
      .expect(422);
  });

  it('filters, searches and pages by keyset', async () => {
    const marker = `quokka${Date.now()}`;
    for (let i = 0; i < 5; i += 1) {
      await openCase(t, cast.reviewer, { title: `${marker} case ${i}`, severity: i % 2 === 0 ? 'critical' : 'low' });
    }
    const first = await request(t.http).get(`/api/v1/cases?q=${marker}&limit=2`).set(bearer(cast.reviewer)).expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await request(t.http)
      .get(`/api/v1/cases?q=${marker}&limit=2&cursor=${first.body.nextCursor}`)
      .set(bearer(cast.reviewer))
      .expect(200);
    const third = await request(t.http)
      .get(`/api/v1/cases?q=${marker}&limit=2&cursor=${second.body.nextCursor}`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(third.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items, ...third.body.items].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(5);

    const critical = await request(t.http)
      .get(`/api/v1/cases?q=${marker}&severity=critical&status=intake`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(critical.body.items).toHaveLength(3);
    const mine = await request(t.http)
      .get(`/api/v1/cases?q=${marker}&member=me`)
      .set(bearer(cast.outsider))
      .expect(200);
    expect(mine.body.items).toHaveLength(0);
    const future = await request(t.http)
      .get(`/api/v1/cases?q=${marker}&openedFrom=2999-01-01T00:00:00Z`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(future.body.items).toHaveLength(0);

    await request(t.http).get('/api/v1/cases?cursor=garbage').set(bearer(cast.reviewer)).expect(400);
    await request(t.http).get('/api/v1/cases?limit=0').set(bearer(cast.reviewer)).expect(400);
    await request(t.http).get('/api/v1/cases?limit=201').set(bearer(cast.reviewer)).expect(400);
    await request(t.http).get('/api/v1/cases?status=nonsense').set(bearer(cast.reviewer)).expect(400);
  });

  it('gives unique references under concurrent intake', async () => {
    const opened = await Promise.all(Array.from({ length: 10 }, () => openCase(t, cast.reviewer)));
    expect(new Set(opened.map((c) => c.reference)).size).toBe(10);
  });
});
