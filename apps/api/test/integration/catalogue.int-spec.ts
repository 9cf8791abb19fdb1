import request from 'supertest';
import { createClause, createSubject } from '../factories/catalogue.factory';
import { openCase } from '../factories/cases.factory';
import { bearer, signedInUser, signedInUsers, type TestUser } from '../factories/users.factory';
import { createTestApp, type TestApp } from '../support/test-app';

describe('policies and subjects', () => {
  let t: TestApp;
  let admin: TestUser;
  let reviewer: TestUser;
  let lead: TestUser;
  let auditor: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, reviewer, lead, auditor] = await signedInUsers(t, ['admin', 'reviewer', 'lead', 'auditor']);
  });
  afterAll(() => t.close());

  it('versions a clause instead of editing it', async () => {
    const first = await createClause(t, admin);
    expect(first).toMatchObject({ version: 1, isCurrent: true });
    const second = await createClause(t, admin, {
      code: first.code,
      text: 'Stricter wording.',
      reason: 'legal review',
    });
    expect(second).toMatchObject({ code: first.code, version: 2, isCurrent: true, text: 'Stricter wording.' });

    const old = await request(t.http).get(`/api/v1/policies/${first.id}`).set(bearer(reviewer)).expect(200);
    expect(old.body).toMatchObject({ version: 1, isCurrent: false });
    expect(old.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const current = await request(t.http).get(`/api/v1/policies?code=${first.code}`).set(bearer(reviewer)).expect(200);
    expect(current.body.items.map((c: { version: number }) => c.version)).toEqual([2]);
    const all = await request(t.http)
      .get(`/api/v1/policies?code=${first.code}&allVersions=true`)
      .set(bearer(reviewer))
      .expect(200);
    expect(all.body.items).toHaveLength(2);

    const events = await request(t.http)
      .get(`/api/v1/audit/events?entityType=policy_clause&action=policy.clause_versioned`)
      .set(bearer(auditor))
      .expect(200);
    expect(events.body.items[0]).toMatchObject({ entityId: second.id, reason: 'legal review' });
  });

  it('lets only admins write the catalogue', async () => {
    await request(t.http)
      .post('/api/v1/policies')
      .set(bearer(lead))
      .send({ code: 'X-1', document: 'd', title: 't', text: 'x', effectiveFrom: '2026-01-01' })
      .expect(403);
    await request(t.http)
      .post('/api/v1/policies')
      .set(bearer(admin))
      .send({ code: '../etc', document: 'd', title: 't', text: 'x', effectiveFrom: 'soon' })
      .expect(400);
  });

  it('keeps a subject tree and refuses impossible parents', async () => {
    const ministry = await createSubject(t, reviewer, { name: 'Ministry of Examples', type: 'organisation' });
    const unit = await createSubject(t, reviewer, { name: 'Unit 0000', type: 'unit', parentId: ministry.id });
    const account = await createSubject(t, lead, { name: 'Tenant 42', type: 'account', parentId: unit.id });
    await request(t.http)
      .post('/api/v1/subjects')
      .set(bearer(reviewer))
      .send({ name: 'Sub-account', type: 'unit', parentId: account.id })
      .expect(422);
    await request(t.http)
      .post('/api/v1/subjects')
      .set(bearer(reviewer))
      .send({ name: 'Orphan', type: 'unit', parentId: '00000000-0000-4000-8000-000000000000' })
      .expect(422);
    await request(t.http).post('/api/v1/subjects').set(bearer(admin)).send({ name: 'x', type: 'unit' }).expect(403);

    const detail = await request(t.http).get(`/api/v1/subjects/${account.id}`).set(bearer(reviewer)).expect(200);
    expect(detail.body.ancestors.map((s: { id: string }) => s.id)).toEqual([ministry.id, unit.id]);
    const parent = await request(t.http).get(`/api/v1/subjects/${unit.id}`).set(bearer(reviewer)).expect(200);
    expect(parent.body.children.map((s: { id: string }) => s.id)).toEqual([account.id]);

    const found = await request(t.http).get('/api/v1/subjects?q=unit 00&type=unit').set(bearer(reviewer)).expect(200);
    expect(found.body.items.map((s: { id: string }) => s.id)).toContain(unit.id);
  });

  it("keeps a subject's country as its ISO code and refuses anything off the list", async () => {
    const kept = await createSubject(t, reviewer, { name: 'Example Holdings', country: 'GB' });
    const read = await request(t.http).get(`/api/v1/subjects/${kept.id}`).set(bearer(reviewer)).expect(200);
    expect(read.body.country).toBe('GB');

    // "UN" is what a name cut to two letters looks like: the right shape, but no country.
    for (const country of ['UN', 'United Kingdom', 'gb']) {
      const refused = await request(t.http)
        .post('/api/v1/subjects')
        .set(bearer(reviewer))
        .send({ name: 'Refused Country Ltd', type: 'organisation', country })
        .expect(400);
      expect(refused.body.errors).toEqual([
        { field: 'country', message: 'country must be chosen from the list of countries' },
      ]);
    }
    const stored = await request(t.http).get('/api/v1/subjects?q=Refused Country').set(bearer(reviewer)).expect(200);
    expect(stored.body.items).toEqual([]);
  });

  it("shows a subject's cases, only those the caller may see", async () => {
    const subject = await createSubject(t, lead, { name: 'Restricted customer' });
    const open = await openCase(t, reviewer);
    const secret = await openCase(t, lead, { restricted: true });
    for (const [user, caseId] of [
      [reviewer, open.id],
      [lead, secret.id],
    ] as const) {
      await request(t.http)
        .post(`/api/v1/cases/${caseId}/allegations`)
        .set(bearer(user))
        .send({ description: 'Misuse', sourceType: 'press', subjectIds: [subject.id] })
        .expect(201);
    }
    const outsider = await signedInUser(t, 'reviewer');
    const seen = await request(t.http).get(`/api/v1/subjects/${subject.id}`).set(bearer(outsider)).expect(200);
    expect(seen.body.cases.map((c: { id: string }) => c.id)).toEqual([open.id]);
    const all = await request(t.http).get(`/api/v1/subjects/${subject.id}`).set(bearer(auditor)).expect(200);
    expect(all.body.cases.map((c: { id: string }) => c.id).sort()).toEqual([open.id, secret.id].sort());
  });
});
