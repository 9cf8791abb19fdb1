import request from 'supertest';
import { openCase } from '../factories/cases.factory';
import { insertAction, insertAllegation, insertStatement, insertSubject } from '../factories/domain-rows.factory';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { createTestApp, type TestApp } from '../support/test-app';

/** PRODUCT.md: a restricted case is invisible to all but its team and auditors, and executives see its summary only. */
describe("an executive's view of a restricted case", () => {
  let t: TestApp;
  let lead: TestUser;
  let executive: TestUser;

  const get = (path: string) => request(t.http).get(`/api/v1${path}`).set(bearer(executive));

  /** A case with an allegation, an action proposed and one executed, a draft and a published statement. */
  async function caseWithRecords(restricted: boolean) {
    const opened = await openCase(t, lead, {
      restricted,
      summary: 'Names the whistleblower and the unit.',
      region: 'EMEA',
      tags: ['surveillance'],
    });
    const subjectId = await insertSubject(t);
    const action = { caseId: opened.id, subjectId, proposedBy: lead.id, proposedAt: new Date() };
    return {
      caseId: opened.id,
      subjectId,
      allegationId: await insertAllegation(t, { caseId: opened.id, createdBy: lead.id, reporterName: 'A. Source' }),
      proposedId: await insertAction(t, action),
      executedId: await insertAction(t, { ...action, status: 'executed', executedAt: new Date() }),
      draftId: await insertStatement(t, { caseId: opened.id, authorId: lead.id, direction: 'issued' }),
      publishedId: await insertStatement(t, {
        caseId: opened.id,
        authorId: lead.id,
        direction: 'issued',
        status: 'published',
        publishedAt: new Date(),
      }),
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    [lead, executive] = await Promise.all([signedInUser(t, 'lead'), signedInUser(t, 'executive')]);
  });
  afterAll(() => t.close());

  it('shows its summary fields and leaves its details empty, in the case and in lists', async () => {
    const { caseId } = await caseWithRecords(true);
    const detail = (await get(`/cases/${caseId}`).expect(200)).body;
    expect(detail).toMatchObject({ id: caseId, restricted: true, status: 'intake', severity: 'medium', outcome: null });
    expect(detail.reference).toMatch(/^ETH-/);
    expect(detail).toMatchObject({
      summary: null,
      region: null,
      tags: [],
      products: [],
      leadId: null,
      createdBy: null,
      memberIds: [],
      counts: null,
    });
    const listed = (await get(`/cases?q=${encodeURIComponent(detail.title)}`).expect(200)).body.items;
    expect(listed.find((item: { id: string }) => item.id === caseId)).toMatchObject({ summary: null, tags: [] });
  });

  it('lists only the actions taken and the statements published, and hides the rest (404)', async () => {
    const r = await caseWithRecords(true);
    const ofPage = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
    expect(ofPage((await get(`/cases/${r.caseId}/actions`).expect(200)).body)).toEqual([r.executedId]);
    expect(ofPage((await get(`/cases/${r.caseId}/statements`).expect(200)).body)).toEqual([r.publishedId]);
    await get(`/cases/${r.caseId}/actions/${r.executedId}`).expect(200);
    await get(`/cases/${r.caseId}/statements/${r.publishedId}`).expect(200);
    await get(`/cases/${r.caseId}/actions/${r.proposedId}`).expect(404);
    await get(`/cases/${r.caseId}/statements/${r.draftId}`).expect(404);
    expect(ofPage((await get(`/actions?caseId=${r.caseId}`).expect(200)).body)).toEqual([r.executedId]);
    const subject = (await get(`/subjects/${r.subjectId}`).expect(200)).body;
    expect(subject.actions.map((a: { id: string }) => a.id)).toEqual([r.executedId]);
    expect(subject.cases).toEqual([expect.objectContaining({ id: r.caseId, via: ['action'] })]);
    // A subject only an allegation names: the link is beyond the summary.
    const named = await insertSubject(t);
    await t.dataSource.query('INSERT INTO allegation_subjects (allegation_id, subject_id) VALUES ($1, $2)', [
      r.allegationId,
      named,
    ]);
    expect((await get(`/subjects/${named}`).expect(200)).body.cases).toEqual([]);
    // Asking for a status beyond the summary finds nothing rather than failing.
    expect(ofPage((await get(`/cases/${r.caseId}/actions?status=proposed`).expect(200)).body)).toEqual([]);

    for (const beyond of [
      '/allegations',
      `/allegations/${r.allegationId}`,
      '/evidence',
      '/members',
      '/findings',
      '/timeline',
    ]) {
      expect([beyond, (await get(`/cases/${r.caseId}${beyond}`)).status]).toEqual([beyond, 404]);
    }
  });

  it('changes nothing on unrestricted cases', async () => {
    const r = await caseWithRecords(false);
    const detail = (await get(`/cases/${r.caseId}`).expect(200)).body;
    expect(detail).toMatchObject({ summary: 'Names the whistleblower and the unit.', tags: ['surveillance'] });
    expect(detail.counts).toMatchObject({ actions: 2, statements: 2 });
    expect((await get(`/cases/${r.caseId}/actions`).expect(200)).body.items).toHaveLength(2);
    expect((await get(`/cases/${r.caseId}/statements`).expect(200)).body.items).toHaveLength(2);
    await get(`/cases/${r.caseId}/allegations`).expect(200);
    await get(`/cases/${r.caseId}/timeline`).expect(200);
  });
});
