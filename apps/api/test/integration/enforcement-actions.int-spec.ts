import request from 'supertest';
import {
  insertFinding,
  insertPolicyClause,
  insertSubject,
  proposeAction,
  type InsertedSubject,
} from '../factories/actions.factory';
import { openCase } from '../factories/cases.factory';
import { bearer, startWithCast, type Cast, type TestUser } from '../factories/users.factory';
import { declaredRoutes } from '../support/declared-routes';
import { caseAuditEvents } from '../support/case-audit';
import { fieldsOf } from '../support/problem-fields';
import type { TestApp } from '../support/test-app';

describe('enforcement actions', () => {
  let t: TestApp;
  let cast: Cast;
  let subject: InsertedSubject;

  beforeAll(async () => {
    ({ t, cast } = await startWithCast());
    subject = await insertSubject(t, { name: 'Unit 8200', type: 'unit' });
  });
  afterAll(() => t.close());

  const command = (user: TestUser, caseId: string, actionId: string, name: string, body: Record<string, unknown>) =>
    request(t.http).post(`/api/v1/cases/${caseId}/actions/${actionId}/${name}`).set(bearer(user)).send(body);

  it('lets a member reviewer propose an action, and records the proposal', async () => {
    const opened = await openCase(t, cast.reviewer);
    const findingId = await insertFinding(t, opened.id, cast.reviewer.id);
    const clauseId = await insertPolicyClause(t);
    const proposed = await request(t.http)
      .post(`/api/v1/cases/${opened.id}/actions`)
      .set(bearer(cast.reviewer))
      .send({
        subjectId: subject.id,
        type: 'disable_service',
        services: ['cloud-storage', 'ai-services'],
        scope: 'All subscriptions of the unit',
        rationale: 'Mass surveillance of civilians.',
        effectiveFrom: '2026-03-01T00:00:00Z',
        effectiveUntil: '2027-03-01T00:00:00Z',
        findingIds: [findingId],
        policyClauseIds: [clauseId],
        reason: 'Findings substantiated',
      })
      .expect(201);
    expect(proposed.body).toMatchObject({
      caseId: opened.id,
      caseReference: opened.reference,
      subject: { id: subject.id, name: 'Unit 8200', type: 'unit' },
      type: 'disable_service',
      services: ['cloud-storage', 'ai-services'],
      status: 'proposed',
      effectiveFrom: '2026-03-01T00:00:00.000Z',
      effectiveUntil: '2027-03-01T00:00:00.000Z',
      proposedBy: cast.reviewer.id,
      decidedBy: null,
      executedBy: null,
      reversedBy: null,
      findingIds: [findingId],
      policyClauseIds: [clauseId],
      version: 1,
    });
    expect(proposed.body.proposedAt).toEqual(expect.any(String));

    const listed = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/actions`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(listed.body).toEqual({ items: [proposed.body], nextCursor: null });
    const single = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/actions/${proposed.body.id}`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(single.body).toEqual(proposed.body);

    const [event] = await caseAuditEvents(t, cast.auditor, opened.id, 'action.proposed');
    expect(event).toMatchObject({
      actorId: cast.reviewer.id,
      entityType: 'enforcement_action',
      entityId: proposed.body.id,
      reason: 'Findings substantiated',
      after: { status: 'proposed', subjectId: subject.id, services: ['cloud-storage', 'ai-services'] },
    });
  });

  it('refuses malformed proposals with 400, listing the fields, and stores nothing', async () => {
    const opened = await openCase(t, cast.reviewer);
    const valid = { subjectId: subject.id, type: 'warning', services: ['support'], scope: 'Account', rationale: 'R' };
    const propose = (body: Record<string, unknown>) =>
      request(t.http).post(`/api/v1/cases/${opened.id}/actions`).set(bearer(cast.reviewer)).send(body).expect(400);

    const unknownService = await propose({ ...valid, services: ['cloud-storage', 'teleportation'] });
    expect(unknownService.body).toMatchObject({ status: 400, type: '/problems/validation' });
    expect(fieldsOf(unknownService.body)).toEqual(['services[1]']);
    expect(fieldsOf((await propose({ ...valid, services: [] })).body)).toContain('services');
    expect(fieldsOf((await propose({ ...valid, services: ['support', 'support'] })).body)).toContain('services');
    const backwards = await propose({
      ...valid,
      effectiveFrom: '2026-05-01T00:00:00Z',
      effectiveUntil: '2026-04-01T00:00:00Z',
    });
    expect(fieldsOf(backwards.body)).toEqual(['effectiveUntil']);
    const missing = await propose({ subjectId: 'not-a-uuid', type: 'nuke' });
    expect(fieldsOf(missing.body)).toEqual(
      expect.arrayContaining(['subjectId', 'type', 'services', 'scope', 'rationale']),
    );
    expect(fieldsOf((await propose({ ...valid, status: 'executed' })).body)).toContain('status');
    expect(fieldsOf((await propose({ ...valid, findingIds: ['x'] })).body)).toContain('findingIds');

    const listed = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/actions`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(listed.body.items).toHaveLength(0);
  });

  it('refuses proposals whose subject, findings or clauses do not hold (422)', async () => {
    const opened = await openCase(t, cast.reviewer);
    const elsewhere = await openCase(t, cast.reviewer);
    const foreignFinding = await insertFinding(t, elsewhere.id, cast.reviewer.id);
    const propose = (fields: Record<string, unknown>) =>
      request(t.http)
        .post(`/api/v1/cases/${opened.id}/actions`)
        .set(bearer(cast.reviewer))
        .send({ subjectId: subject.id, type: 'warning', services: ['support'], scope: 'S', rationale: 'R', ...fields })
        .expect(422);

    const unknownSubject = await propose({ subjectId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownSubject.body).toMatchObject({ type: '/problems/domain-rule' });
    await propose({ findingIds: [foreignFinding] });
    await propose({ policyClauseIds: ['00000000-0000-4000-8000-000000000001'] });
  });

  it('runs the whole lifecycle, recording who, when and why at each step', async () => {
    const opened = await openCase(t, cast.reviewer);
    const action = await proposeAction(t, cast.reviewer, opened.id, subject.id);

    await command(cast.reviewer, opened.id, action.id, 'approve', { reason: 'self' }).expect(403);
    await command(cast.lead, opened.id, action.id, 'approve', {}).expect(400);
    const approved = await command(cast.lead, opened.id, action.id, 'approve', {
      reason: 'Proportionate',
      version: 1,
    }).expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decidedBy: cast.lead.id,
      decisionReason: 'Proportionate',
      version: 2,
    });
    expect(approved.body.decidedAt).toEqual(expect.any(String));

    const noReference = await command(cast.lead, opened.id, action.id, 'execute', { reason: 'Done' }).expect(400);
    expect(fieldsOf(noReference.body)).toEqual(['executionReference']);
    await command(cast.lead, opened.id, action.id, 'execute', { executionReference: 'CHG-1' }).expect(400);
    await command(cast.lead, opened.id, action.id, 'execute', {
      reason: 'Done',
      executionReference: 'CHG-1',
      executedAt: '2999-01-01T00:00:00Z',
    }).expect(400);
    const executed = await command(cast.lead, opened.id, action.id, 'execute', {
      reason: 'Storage and AI disabled',
      executionReference: 'CHG-4711',
    }).expect(200);
    expect(executed.body).toMatchObject({
      status: 'executed',
      executedBy: cast.lead.id,
      executionReference: 'CHG-4711',
      executionReason: 'Storage and AI disabled',
      decidedBy: cast.lead.id,
      version: 3,
    });

    await command(cast.otherLead, opened.id, action.id, 'reverse', {}).expect(400);
    const reversed = await command(cast.otherLead, opened.id, action.id, 'reverse', { reason: 'Court order' }).expect(
      200,
    );
    expect(reversed.body).toMatchObject({
      status: 'reversed',
      reversedBy: cast.otherLead.id,
      reversalReason: 'Court order',
      executedBy: cast.lead.id,
      version: 4,
    });
    expect(reversed.body.reversedAt).toEqual(expect.any(String));

    const [approvedEvent] = await caseAuditEvents(t, cast.auditor, opened.id, 'action.approved');
    expect(approvedEvent).toMatchObject({
      actorId: cast.lead.id,
      actorRole: 'lead',
      entityId: action.id,
      reason: 'Proportionate',
      before: { status: 'proposed', decidedBy: null, version: 1 },
      after: { status: 'approved', decidedBy: cast.lead.id, decisionReason: 'Proportionate', version: 2 },
    });
    const [executedEvent] = await caseAuditEvents(t, cast.auditor, opened.id, 'action.executed');
    expect(executedEvent).toMatchObject({
      reason: 'Storage and AI disabled',
      after: { status: 'executed', executionReference: 'CHG-4711' },
    });
    const [reversedEvent] = await caseAuditEvents(t, cast.auditor, opened.id, 'action.reversed');
    expect(reversedEvent).toMatchObject({
      actorId: cast.otherLead.id,
      reason: 'Court order',
      before: { status: 'executed' },
      after: { status: 'reversed' },
    });
  });

  it('keeps four eyes: a lead may not approve or reject their own proposal, another lead may', async () => {
    const opened = await openCase(t, cast.lead);
    const action = await proposeAction(t, cast.lead, opened.id, subject.id);

    const own = await command(cast.lead, opened.id, action.id, 'approve', { reason: 'mine' }).expect(422);
    expect(own.body).toMatchObject({ status: 422, type: '/problems/domain-rule' });
    await command(cast.lead, opened.id, action.id, 'reject', { reason: 'mine' }).expect(422);
    await command(cast.otherLead, opened.id, action.id, 'approve', { reason: 'Second pair of eyes' }).expect(200);
    // Carrying out an action someone else approved is fine, proposer or not.
    await command(cast.lead, opened.id, action.id, 'execute', { reason: 'Go', executionReference: 'CHG-2' }).expect(
      200,
    );
    expect(await caseAuditEvents(t, cast.auditor, opened.id, 'action.approved')).toHaveLength(1);
  });

  it('answers illegal moves with 409', async () => {
    const opened = await openCase(t, cast.reviewer);
    const action = await proposeAction(t, cast.reviewer, opened.id, subject.id);

    const early = await command(cast.lead, opened.id, action.id, 'execute', {
      reason: 'too soon',
      executionReference: 'CHG-3',
    }).expect(409);
    expect(early.body).toMatchObject({ type: '/problems/illegal-transition' });
    await command(cast.lead, opened.id, action.id, 'reverse', { reason: 'nothing to reverse' }).expect(409);
    const rejected = await command(cast.lead, opened.id, action.id, 'reject', { reason: 'Disproportionate' }).expect(
      200,
    );
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decidedBy: cast.lead.id,
      decisionReason: 'Disproportionate',
    });
    await command(cast.otherLead, opened.id, action.id, 'approve', { reason: 'overrule' }).expect(409);
    await command(cast.lead, opened.id, action.id, 'reject', { reason: 'again' }).expect(409);
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const opened = await openCase(t, cast.reviewer);
    const action = await proposeAction(t, cast.reviewer, opened.id, subject.id);
    const stale = await command(cast.lead, opened.id, action.id, 'approve', { reason: 'ok', version: 7 }).expect(409);
    expect(stale.body).toMatchObject({ type: '/problems/version-conflict' });
    const current = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/actions/${action.id}`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(current.body).toMatchObject({ status: 'proposed', version: 1, decidedBy: null });
    expect(await caseAuditEvents(t, cast.auditor, opened.id, 'action.approved')).toHaveLength(0);
  });

  it('lets only members propose, and executives read without proposing or deciding', async () => {
    const opened = await openCase(t, cast.reviewer);
    const body = { subjectId: subject.id, type: 'warning', services: ['support'], scope: 'S', rationale: 'R' };
    await request(t.http).post(`/api/v1/cases/${opened.id}/actions`).set(bearer(cast.outsider)).send(body).expect(403);
    await request(t.http).post(`/api/v1/cases/${opened.id}/actions`).set(bearer(cast.executive)).send(body).expect(403);
    const action = await proposeAction(t, cast.reviewer, opened.id, subject.id);
    await command(cast.executive, opened.id, action.id, 'approve', { reason: 'exec' }).expect(403);
    await command(cast.outsider, opened.id, action.id, 'approve', { reason: 'outsider' }).expect(403);

    const caseList = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/actions`)
      .set(bearer(cast.executive))
      .expect(200);
    expect(caseList.body.items.map((a: { id: string }) => a.id)).toEqual([action.id]);
    const history = await request(t.http)
      .get(`/api/v1/actions?caseId=${opened.id}`)
      .set(bearer(cast.executive))
      .expect(200);
    expect(history.body.items.map((a: { id: string }) => a.id)).toEqual([action.id]);
    await request(t.http).get('/api/v1/actions').set(bearer(cast.admin)).expect(403);
    await request(t.http).get(`/api/v1/cases/${opened.id}/actions`).set(bearer(cast.admin)).expect(403);
  });

  it('hides a restricted case’s actions from outsiders (404) and from their history', async () => {
    const secret = await openCase(t, cast.lead, { restricted: true });
    const hidden = await insertSubject(t);
    const action = await proposeAction(t, cast.lead, secret.id, hidden.id);

    await request(t.http).get(`/api/v1/cases/${secret.id}/actions`).set(bearer(cast.outsider)).expect(404);
    await request(t.http).get(`/api/v1/cases/${secret.id}/actions/${action.id}`).set(bearer(cast.outsider)).expect(404);
    await request(t.http)
      .post(`/api/v1/cases/${secret.id}/actions`)
      .set(bearer(cast.outsider))
      .send({ subjectId: hidden.id, type: 'warning', services: ['support'], scope: 'S', rationale: 'R' })
      .expect(404);
    await command(cast.otherLead, secret.id, action.id, 'approve', { reason: 'not my case' }).expect(404);

    for (const reader of [cast.outsider, cast.otherLead]) {
      const history = await request(t.http)
        .get(`/api/v1/actions?subjectId=${hidden.id}`)
        .set(bearer(reader))
        .expect(200);
      expect(history.body.items).toHaveLength(0);
    }
    for (const reader of [cast.auditor, cast.lead]) {
      const history = await request(t.http)
        .get(`/api/v1/actions?subjectId=${hidden.id}`)
        .set(bearer(reader))
        .expect(200);
      expect(history.body.items.map((a: { id: string }) => a.id)).toEqual([action.id]);
    }
    // Executives see the actions taken on a restricted case, and this one is only proposed.
    const forExecutive = await request(t.http)
      .get(`/api/v1/actions?subjectId=${hidden.id}`)
      .set(bearer(cast.executive))
      .expect(200);
    expect(forExecutive.body.items).toHaveLength(0);
  });

  it('answers 404 for an action of another case or none at all', async () => {
    const first = await openCase(t, cast.reviewer);
    const second = await openCase(t, cast.reviewer);
    const action = await proposeAction(t, cast.reviewer, first.id, subject.id);
    await request(t.http).get(`/api/v1/cases/${second.id}/actions/${action.id}`).set(bearer(cast.reviewer)).expect(404);
    await command(cast.lead, second.id, action.id, 'approve', { reason: 'wrong case' }).expect(404);
    await command(cast.lead, first.id, '00000000-0000-4000-8000-000000000000', 'approve', { reason: 'none' }).expect(
      404,
    );
    await command(cast.lead, first.id, 'not-a-uuid', 'approve', { reason: 'bad id' }).expect(400);
    const untouched = await request(t.http)
      .get(`/api/v1/cases/${first.id}/actions/${action.id}`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(untouched.body).toMatchObject({ status: 'proposed', version: 1 });
  });

  // Four eyes holds only if what is approved is what was proposed: no route edits a proposal.
  it('changes an action only through its lifecycle commands', async () => {
    const writes = declaredRoutes(t.app)
      .map((entry) => entry.route)
      .filter((route) => !route.startsWith('GET ') && /\/actions(\/|$)/.test(route));
    expect(writes).toEqual([
      'POST /cases/:id/actions',
      'POST /cases/:id/actions/:aid/approve',
      'POST /cases/:id/actions/:aid/execute',
      'POST /cases/:id/actions/:aid/reject',
      'POST /cases/:id/actions/:aid/reverse',
    ]);

    const opened = await openCase(t, cast.reviewer);
    const action = await proposeAction(t, cast.reviewer, opened.id, subject.id, { scope: 'Storage of the unit' });
    const url = `/api/v1/cases/${opened.id}/actions/${action.id}`;
    const rewrite = { version: 1, scope: 'Every account of the ministry', type: 'terminate_contract' };
    await request(t.http).patch(url).set(bearer(cast.lead)).send(rewrite).expect(404);
    await request(t.http).put(url).set(bearer(cast.lead)).send(rewrite).expect(404);
    await request(t.http).delete(url).set(bearer(cast.lead)).send({ reason: 'gone' }).expect(404);
    const untouched = await request(t.http).get(url).set(bearer(cast.reviewer)).expect(200);
    expect(untouched.body).toMatchObject({
      status: 'proposed',
      scope: 'Storage of the unit',
      type: 'disable_service',
      version: 1,
    });
  });

  it('refuses proposals on a dismissed case (422)', async () => {
    const opened = await openCase(t, cast.reviewer);
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/transitions`)
      .set(bearer(cast.lead))
      .send({ to: 'dismissed', reason: 'No basis' })
      .expect(200);
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/actions`)
      .set(bearer(cast.reviewer))
      .send({ subjectId: subject.id, type: 'warning', services: ['support'], scope: 'S', rationale: 'R' })
      .expect(422);
  });

  it('filters the action history and pages it by keyset, newest first', async () => {
    const target = await insertSubject(t, { type: 'organisation' });
    const first = await openCase(t, cast.reviewer);
    const second = await openCase(t, cast.reviewer);
    const types = ['disable_service', 'warning', 'suspend_account', 'warning', 'account_review'];
    const created: string[] = [];
    for (const [index, type] of types.entries()) {
      const action = await proposeAction(t, cast.reviewer, index < 3 ? first.id : second.id, target.id, { type });
      created.push(action.id);
    }
    await command(cast.lead, first.id, created[0], 'approve', { reason: 'ok' }).expect(200);

    const history = (query: string) =>
      request(t.http).get(`/api/v1/actions?subjectId=${target.id}&${query}`).set(bearer(cast.auditor)).expect(200);
    const pages: string[] = [];
    let cursor: string | null = null;
    let calls = 0;
    do {
      const page = await history(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.body.items.map((a: { id: string }) => a.id));
      cursor = page.body.nextCursor as string | null;
      calls += 1;
    } while (cursor);
    expect(calls).toBe(3);
    expect(pages).toEqual([...created].reverse());

    const [item] = (await history('limit=1')).body.items;
    expect(item).toMatchObject({
      id: created[4],
      caseId: second.id,
      caseReference: second.reference,
      subject: { id: target.id, name: target.name, type: 'organisation' },
      type: 'account_review',
      proposedBy: cast.reviewer.id,
    });

    const ids = async (query: string) =>
      (await history(query)).body.items.map((a: { id: string }) => a.id).sort() as string[];
    expect(await ids('type=warning')).toEqual([created[1], created[3]].sort());
    expect(await ids('type=warning,disable_service')).toEqual([created[0], created[1], created[3]].sort());
    expect(await ids('status=approved')).toEqual([created[0]]);
    expect(await ids('status=proposed')).toHaveLength(4);
    expect(await ids(`caseId=${second.id}`)).toEqual([created[3], created[4]].sort());
    expect(await ids('from=2999-01-01T00:00:00Z')).toEqual([]);
    expect(await ids('to=2000-01-01T00:00:00Z')).toEqual([]);
    expect(await ids('from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z')).toHaveLength(5);

    await request(t.http).get('/api/v1/actions?cursor=garbage').set(bearer(cast.auditor)).expect(400);
    await request(t.http).get('/api/v1/actions?type=nuke').set(bearer(cast.auditor)).expect(400);
    await request(t.http).get('/api/v1/actions?limit=0').set(bearer(cast.auditor)).expect(400);
    await request(t.http).get('/api/v1/actions?subjectId=nope').set(bearer(cast.auditor)).expect(400);
    await request(t.http).get('/api/v1/actions?from=yesterday').set(bearer(cast.auditor)).expect(400);
  });

  it('lets exactly one of several concurrent approvals pass', async () => {
    const opened = await openCase(t, cast.reviewer);
    const action = await proposeAction(t, cast.reviewer, opened.id, subject.id);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        command(i % 2 === 0 ? cast.lead : cast.otherLead, opened.id, action.id, 'approve', { reason: `approval ${i}` }),
      ),
    );
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(7);
    expect(await caseAuditEvents(t, cast.auditor, opened.id, 'action.approved')).toHaveLength(1);
  });
});
