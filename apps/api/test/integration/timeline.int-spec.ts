import request from 'supertest';
import { openCase } from '../factories/cases.factory';
import {
  insertAction,
  insertAllegation,
  insertEvidence,
  insertFinding,
  insertStatement,
  insertSubject,
  insertTask,
} from '../factories/domain-rows.factory';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { createTestApp, type TestApp } from '../support/test-app';

const HOUR = 3_600_000;
const REPORTER = 'Jane Whistleblower';
const REPORTER_CONTACT = 'jane@reporter.example';
const FILE_NAME = 'leaked-contract.pdf';

interface Entry {
  id: string;
  at: string;
  kind: string;
  title: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  reason: string | null;
  details?: Record<string, unknown>;
}

describe('case timeline', () => {
  let t: TestApp;
  let reviewer: TestUser;
  let teammate: TestUser;
  let outsider: TestUser;
  let lead: TestUser;
  let executive: TestUser;
  let auditor: TestUser;
  let admin: TestUser;
  let caseId: string;
  const ids: Record<string, string> = {};

  const timeline = (user: TestUser, id: string, query = '') =>
    request(t.http).get(`/api/v1/cases/${id}/timeline${query}`).set(bearer(user));

  /** A case opened and moved through the API, then given dated records straight in the tables. */
  async function buildStory(): Promise<void> {
    const opened = await openCase(t, reviewer, { title: 'Cloud storage used for surveillance' });
    caseId = opened.id;
    await request(t.http)
      .post(`/api/v1/cases/${caseId}/members`)
      .set(bearer(lead))
      .send({ userId: teammate.id, reason: 'Second reviewer' })
      .expect(201);
    await request(t.http)
      .post(`/api/v1/cases/${caseId}/transitions`)
      .set(bearer(lead))
      .send({ to: 'triage', reason: 'Credible press report' })
      .expect(200);

    const [{ opened_at: openedAt }] = await t.dataSource.query<{ opened_at: Date }[]>(
      'SELECT opened_at FROM cases WHERE id = $1',
      [caseId],
    );
    // Records dated after the API calls (which happen "now"), except the report that started it all.
    const at = (hours: number) => new Date(Date.now() + HOUR + hours * HOUR);
    ids.pressReport = await insertAllegation(t, {
      caseId,
      createdBy: reviewer.id,
      sourceType: 'whistleblower',
      receivedAt: new Date(new Date(openedAt).getTime() - 48 * HOUR),
      reporterName: REPORTER,
      reporterContact: REPORTER_CONTACT,
    });
    ids.evidence = await insertEvidence(t, {
      caseId,
      collectedBy: reviewer.id,
      collectedAt: at(1),
      title: 'Signed contract',
      kind: 'contract',
      originalFilename: FILE_NAME,
      withdrawnAt: at(12),
    });
    ids.task = await insertTask(t, { caseId, createdBy: lead.id, createdAt: at(2), completedAt: at(5) });
    ids.lateAllegation = await insertAllegation(t, { caseId, createdBy: reviewer.id, createdAt: at(3) });
    ids.finding = await insertFinding(t, {
      caseId,
      allegationId: ids.pressReport,
      authorId: reviewer.id,
      createdAt: at(4),
    });
    const subjectId = await insertSubject(t, 'Ministry unit 8200');
    ids.executedAction = await insertAction(t, {
      caseId,
      subjectId,
      proposedBy: reviewer.id,
      proposedAt: at(6),
      status: 'reversed',
      decidedBy: lead.id,
      decidedAt: at(7),
      decisionReason: 'Findings support it',
      executedBy: lead.id,
      executedAt: at(8),
      executionReason: 'Done in the console',
      reversedBy: lead.id,
      reversedAt: at(9),
      reversalReason: 'Court order',
    });
    ids.rejectedAction = await insertAction(t, {
      caseId,
      subjectId,
      type: 'terminate_contract',
      proposedBy: reviewer.id,
      proposedAt: at(6.5),
      status: 'rejected',
      decidedBy: lead.id,
      decidedAt: at(7.5),
      decisionReason: 'Disproportionate',
    });
    ids.reply = await insertStatement(t, {
      caseId,
      authorId: reviewer.id,
      direction: 'received',
      audience: 'internal',
      source: 'The ministry',
      statedAt: at(10),
    });
    ids.issued = await insertStatement(t, {
      caseId,
      authorId: reviewer.id,
      direction: 'issued',
      status: 'published',
      approvedBy: executive.id,
      approvedAt: at(10.5),
      publishedBy: lead.id,
      publishedAt: at(11),
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    [reviewer, teammate, outsider, lead, executive, auditor, admin] = await Promise.all([
      signedInUser(t, 'reviewer'),
      signedInUser(t, 'reviewer', 'Tess Teammate'),
      signedInUser(t, 'reviewer'),
      signedInUser(t, 'lead'),
      signedInUser(t, 'executive'),
      signedInUser(t, 'auditor'),
      signedInUser(t, 'admin'),
    ]);
    await buildStory();
  });
  afterAll(() => t.close());

  it('tells the story oldest first, from records and audit events', async () => {
    const response = await timeline(auditor, caseId, '?limit=500').expect(200);
    const items = response.body.items as Entry[];
    expect(response.body.nextCursor).toBeNull();
    expect(items.map((entry) => [entry.kind, entry.entityId])).toEqual([
      ['allegation.received', ids.pressReport],
      ['case.opened', caseId],
      ['case.member_added', teammate.id],
      ['case.transitioned', caseId],
      ['evidence.collected', ids.evidence],
      ['task.created', ids.task],
      ['allegation.received', ids.lateAllegation],
      ['finding.recorded', ids.finding],
      ['task.completed', ids.task],
      ['action.proposed', ids.executedAction],
      ['action.proposed', ids.rejectedAction],
      ['action.approved', ids.executedAction],
      ['action.rejected', ids.rejectedAction],
      ['action.executed', ids.executedAction],
      ['action.reversed', ids.executedAction],
      ['statement.received', ids.reply],
      ['statement.approved', ids.issued],
      ['statement.published', ids.issued],
      ['evidence.withdrawn', ids.evidence],
    ]);
    const times = items.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const byKind = (kind: string) => items.find((entry) => entry.kind === kind)!;
    expect(byKind('case.opened')).toMatchObject({ entityType: 'case', actorId: reviewer.id, reason: null });
    expect(byKind('case.transitioned')).toMatchObject({
      title: 'Status changed from intake to triage',
      actorId: lead.id,
      reason: 'Credible press report',
      details: { from: 'intake', to: 'triage' },
    });
    expect(byKind('case.member_added')).toMatchObject({
      entityType: 'case_member',
      title: 'Tess Teammate added to the case team',
      actorId: lead.id,
      reason: 'Second reviewer',
    });
    expect(byKind('action.rejected')).toMatchObject({
      entityType: 'enforcement_action',
      actorId: lead.id,
      reason: 'Disproportionate',
      title: 'Rejected terminate contract action on Ministry unit 8200',
    });
    expect(byKind('action.reversed')).toMatchObject({ reason: 'Court order', actorId: lead.id });
    expect(byKind('statement.received')).toMatchObject({ title: 'Statement received from The ministry' });
    expect(byKind('task.completed').actorId).toBeNull();
  });

  it('pages with a keyset cursor that yields the same story', async () => {
    const all = ((await timeline(auditor, caseId, '?limit=500').expect(200)).body.items as Entry[]).map((e) => e.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=4&cursor=${encodeURIComponent(cursor)}` : '?limit=4';
      const response = await timeline(auditor, caseId, query).expect(200);
      paged.push(...(response.body.items as Entry[]).map((entry) => entry.id));
      cursor = response.body.nextCursor as string | null;
      pages += 1;
    } while (cursor && pages < 20);
    expect(pages).toBe(Math.ceil(all.length / 4));
    expect(paged).toEqual(all);
  });

  it('shows auditors everything, reporters and file names included', async () => {
    const items = (await timeline(auditor, caseId, '?limit=500').expect(200)).body.items as Entry[];
    const report = items.find((entry) => entry.entityId === ids.pressReport)!;
    expect(report.details).toMatchObject({ reporterName: REPORTER, reporterContact: REPORTER_CONTACT });
    const evidence = items.find((entry) => entry.kind === 'evidence.collected')!;
    expect(evidence.details).toMatchObject({ title: 'Signed contract', kind: 'contract', originalFilename: FILE_NAME });
    const moved = items.find((entry) => entry.kind === 'case.transitioned')!;
    expect(moved.details).toMatchObject({ before: { status: 'intake' }, after: { status: 'triage' } });
  });

  it('shows executives the story without reporter data, evidence detail, audit values or tasks', async () => {
    const response = await timeline(executive, caseId, '?limit=500').expect(200);
    const items = response.body.items as Entry[];
    expect(JSON.stringify(response.body)).not.toContain(REPORTER);
    expect(JSON.stringify(response.body)).not.toContain(REPORTER_CONTACT);
    expect(JSON.stringify(response.body)).not.toContain(FILE_NAME);

    const report = items.find((entry) => entry.entityId === ids.pressReport)!;
    expect(report.details).toEqual({
      sourceType: 'whistleblower',
      description: expect.any(String),
      findingStatus: 'open',
    });
    for (const entry of items.filter((e) => e.entityType === 'evidence')) {
      expect(entry.details).toEqual({ title: 'Signed contract', kind: 'contract' });
    }
    const moved = items.find((entry) => entry.kind === 'case.transitioned')!;
    expect(moved.details).toEqual({ from: 'intake', to: 'triage' });
    expect(items.some((entry) => entry.kind.startsWith('task.'))).toBe(false);
    expect(items.map((entry) => entry.kind)).toEqual(
      expect.arrayContaining(['case.opened', 'action.executed', 'statement.published', 'finding.recorded']),
    );
  });

  it('answers 404 for a restricted case to a reviewer outside it and to executives, the story to its readers', async () => {
    const restricted = await openCase(t, lead, { restricted: true });
    const outsiderResponse = await timeline(outsider, restricted.id).expect(404);
    expect(outsiderResponse.body).toMatchObject({ status: 404, type: '/problems/not-found' });
    // Executives read a restricted case's summary only; its story is beyond it.
    await timeline(executive, restricted.id).expect(404);
    await timeline(auditor, restricted.id).expect(200);
    await timeline(lead, restricted.id).expect(200);
  });

  it('lets a reviewer read an unrestricted case they are not on, and refuses admins', async () => {
    await timeline(outsider, caseId).expect(200);
    await timeline(admin, caseId).expect(403);
    await request(t.http).get(`/api/v1/cases/${caseId}/timeline`).expect(401);
  });

  it('refuses bad input with 400 and an unknown case with 404', async () => {
    await timeline(auditor, caseId, '?limit=0').expect(400);
    await timeline(auditor, caseId, '?limit=501').expect(400);
    await timeline(auditor, caseId, '?order=desc').expect(400);
    await timeline(auditor, caseId, '?cursor=not-a-cursor').expect(400);
    const forged = Buffer.from(JSON.stringify(['yesterday', 'case.opened', caseId])).toString('base64url');
    await timeline(auditor, caseId, `?cursor=${forged}`).expect(400);
    await timeline(auditor, 'not-a-uuid').expect(400);
    await timeline(auditor, '00000000-0000-4000-8000-000000000000').expect(404);
  });
});
