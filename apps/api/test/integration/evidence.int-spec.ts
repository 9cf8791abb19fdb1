import { chmod, writeFile } from 'node:fs/promises';
import request from 'supertest';
import {
  addEvidence,
  insertAllegation,
  pngBytes,
  recordEvidence,
  sha256Of,
  storedObjectPath,
  uniqueText,
  uploadEvidence,
} from '../factories/evidence.factory';
import { openCase, type CreatedCase } from '../factories/cases.factory';
import { bearer, startWithCast, type Cast } from '../factories/users.factory';
import type { TestApp } from '../support/test-app';

describe('evidence', () => {
  let t: TestApp;
  let cast: Cast;
  let theCase: CreatedCase;
  const url = (caseId = theCase.id) => `/api/v1/cases/${caseId}/evidence`;

  beforeAll(async () => {
    ({ t, cast } = await startWithCast());
    theCase = await openCase(t, cast.reviewer);
  });
  afterAll(() => t.close());

  const auditEvents = async (caseId: string, action: string) =>
    (
      await request(t.http)
        .get(`/api/v1/audit/events?caseId=${caseId}&action=${action}`)
        .set(bearer(cast.auditor))
        .expect(200)
    ).body.items as Record<string, unknown>[];

  it('shows metadata with the sniffed type and a size in bytes', async () => {
    const png = pngBytes();
    const created = await addEvidence(t, cast.reviewer, theCase.id, { content: png, filename: 'console.png' });
    const shown = await request(t.http).get(`${url()}/${created.id}`).set(bearer(cast.executive)).expect(200);
    expect(shown.body).toMatchObject({
      id: created.id,
      sha256: sha256Of(png),
      sizeBytes: png.length,
      mediaType: 'image/png',
      originalFilename: 'console.png',
      collectedBy: cast.reviewer.id,
      legalHold: false,
      version: 1,
      links: [],
    });
    await request(t.http).get(`${url()}/${created.id}`).set(bearer(cast.admin)).expect(403);
  });

  it('lists a case’s items newest first, a page at a time, without withdrawn ones unless asked', async () => {
    const own = await openCase(t, cast.reviewer);
    const first = await recordEvidence(t, cast.reviewer, own.id, { collectedAt: '2025-01-01T00:00:00.000Z' });
    const second = await recordEvidence(t, cast.reviewer, own.id, { collectedAt: '2025-02-01T00:00:00.000Z' });
    const third = await recordEvidence(t, cast.reviewer, own.id, { collectedAt: '2025-03-01T00:00:00.000Z' });
    await request(t.http)
      .delete(`${url(own.id)}/${second.id}`)
      .set(bearer(cast.lead))
      .send({ reason: 'Duplicate' })
      .expect(204);

    const page1 = await request(t.http)
      .get(`${url(own.id)}?limit=1`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(page1.body.items.map((i: { id: string }) => i.id)).toEqual([third.id]);
    const page2 = await request(t.http)
      .get(`${url(own.id)}?limit=1&cursor=${page1.body.nextCursor}`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(page2.body).toMatchObject({ items: [{ id: first.id }], nextCursor: null });

    const all = await request(t.http)
      .get(`${url(own.id)}?includeWithdrawn=true`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual([third.id, second.id, first.id]);
    expect(all.body.items[1].withdrawnAt).toEqual(expect.any(String));
    await request(t.http)
      .get(`${url(own.id)}?includeWithdrawn=maybe`)
      .set(bearer(cast.reviewer))
      .expect(400);
  });

  it('supersedes an item with a corrected one, in custody and audit, only once', async () => {
    const original = await addEvidence(t, cast.reviewer, theCase.id, { content: Buffer.from(uniqueText('draft')) });
    const corrected = await addEvidence(t, cast.reviewer, theCase.id, {
      content: Buffer.from(uniqueText('final')),
      fields: { title: 'Corrected contract', kind: 'contract', supersedesId: original.id, reason: 'Wrong page' },
    });
    const old = await request(t.http).get(`${url()}/${original.id}`).set(bearer(cast.reviewer)).expect(200);
    expect(old.body).toMatchObject({ supersededById: corrected.id, version: 2 });
    const fresh = await request(t.http).get(`${url()}/${corrected.id}`).set(bearer(cast.reviewer)).expect(200);
    expect(fresh.body).toMatchObject({ supersedesId: original.id, supersededById: null });

    const custody = await request(t.http).get(`${url()}/${original.id}/custody`).set(bearer(cast.auditor)).expect(200);
    expect(custody.body.items.map((e: { event: string }) => e.event)).toEqual(['received', 'superseded']);
    expect(custody.body.items[1].details).toEqual({ supersededById: corrected.id });
    const events = await auditEvents(theCase.id, 'evidence.superseded');
    expect(events[0]).toMatchObject({
      entityId: original.id,
      metadata: { supersededById: corrected.id },
      reason: 'Wrong page',
    });

    const again = await uploadEvidence(
      t,
      cast.reviewer,
      theCase.id,
      { fields: { title: 'Third try', kind: 'contract', supersedesId: original.id } },
      422,
    );
    expect(again.body).toMatchObject({ status: 422, type: '/problems/domain-rule' });
    const elsewhere = await openCase(t, cast.reviewer);
    await uploadEvidence(
      t,
      cast.reviewer,
      elsewhere.id,
      { fields: { title: 'x', kind: 'other', supersedesId: corrected.id } },
      422,
    );
  });

  it('lets leads, not reviewers, place a legal hold, which forbids withdrawal', async () => {
    const item = await addEvidence(t, cast.reviewer, theCase.id);
    const refused = await request(t.http)
      .patch(`${url()}/${item.id}`)
      .set(bearer(cast.reviewer))
      .send({ version: 1, legalHold: true })
      .expect(403);
    expect(refused.body.detail).toMatch(/legalHold/);

    const edited = await request(t.http)
      .patch(`${url()}/${item.id}`)
      .set(bearer(cast.reviewer))
      .send({ version: 1, title: 'Signed contract', description: 'Page 4 is the annex' })
      .expect(200);
    expect(edited.body).toMatchObject({ title: 'Signed contract', version: 2, sha256: item.sha256 });
    const [updated] = await auditEvents(theCase.id, 'evidence.updated');
    expect(updated).toMatchObject({
      entityId: item.id,
      before: { title: 'Leaked storage contract', description: null },
      after: { title: 'Signed contract', description: 'Page 4 is the annex' },
    });

    const held = await request(t.http)
      .patch(`${url()}/${item.id}`)
      .set(bearer(cast.lead))
      .set('If-Match', '"2"')
      .send({ legalHold: true, reason: 'Litigation expected' })
      .expect(200);
    expect(held.body).toMatchObject({ legalHold: true, version: 3 });

    const blocked = await request(t.http)
      .delete(`${url()}/${item.id}`)
      .set(bearer(cast.lead))
      .send({ reason: 'Not relevant' })
      .expect(422);
    expect(blocked.body.detail).toMatch(/legal hold/);
    await request(t.http).delete(`${url()}/${item.id}?reason=mine`).set(bearer(cast.reviewer)).expect(403);

    await request(t.http)
      .patch(`${url()}/${item.id}`)
      .set(bearer(cast.lead))
      .send({ version: 3, legalHold: false })
      .expect(200);
    await request(t.http).delete(`${url()}/${item.id}`).set(bearer(cast.lead)).expect(400);
    await request(t.http).delete(`${url()}/${item.id}?reason=Not%20relevant`).set(bearer(cast.lead)).expect(204);
    const withdrawn = await request(t.http).get(`${url()}/${item.id}`).set(bearer(cast.reviewer)).expect(200);
    expect(withdrawn.body.withdrawnAt).toEqual(expect.any(String));
    const [event] = await auditEvents(theCase.id, 'evidence.withdrawn');
    expect(event).toMatchObject({ entityId: item.id, reason: 'Not relevant', actorId: cast.lead.id });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const item = await addEvidence(t, cast.reviewer, theCase.id);
    await request(t.http)
      .patch(`${url()}/${item.id}`)
      .set(bearer(cast.reviewer))
      .send({ version: 1, title: 'A' })
      .expect(200);
    const stale = await request(t.http)
      .patch(`${url()}/${item.id}`)
      .set(bearer(cast.reviewer))
      .send({ version: 1, title: 'B' })
      .expect(409);
    expect(stale.body).toMatchObject({ status: 409, type: '/problems/version-conflict' });
    const shown = await request(t.http).get(`${url()}/${item.id}`).set(bearer(cast.reviewer)).expect(200);
    expect(shown.body).toMatchObject({ title: 'A', version: 2 });
    await request(t.http).patch(`${url()}/${item.id}`).set(bearer(cast.reviewer)).send({ title: 'C' }).expect(400);
    const contentEdit = await request(t.http)
      .patch(`${url()}/${item.id}`)
      .set(bearer(cast.reviewer))
      .send({ version: 2, sha256: sha256Of('forged') })
      .expect(400);
    expect(contentEdit.body.errors).toEqual([expect.objectContaining({ field: 'sha256' })]);
  });

  it('records a download in custody and audit before sending the bytes', async () => {
    const png = pngBytes();
    const item = await addEvidence(t, cast.reviewer, theCase.id, { content: png, filename: 'résumé;final.png' });
    const download = await request(t.http)
      .get(`${url()}/${item.id}/content`)
      .set(bearer(cast.lead))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(download.body).toEqual(png);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="resume_final.png"; filename*=UTF-8''r%C3%A9sum%C3%A9%3Bfinal.png`,
    );

    const custody = await request(t.http).get(`${url()}/${item.id}/custody`).set(bearer(cast.reviewer)).expect(200);
    expect(custody.body.items.map((e: { event: string }) => e.event)).toEqual(['received', 'downloaded']);
    expect(custody.body.items[1]).toMatchObject({
      actorId: cast.lead.id,
      actorRole: 'lead',
      requestId: download.headers['x-request-id'],
    });
    const [event] = await auditEvents(theCase.id, 'evidence.downloaded');
    expect(event).toMatchObject({
      entityId: item.id,
      actorId: cast.lead.id,
      metadata: { sha256: sha256Of(png) },
      requestId: download.headers['x-request-id'],
    });
  });

  it('never gives evidence content to executives or admins', async () => {
    const item = await addEvidence(t, cast.reviewer, theCase.id);
    await request(t.http).get(`${url()}/${item.id}/content`).set(bearer(cast.executive)).expect(403);
    await request(t.http).get(`${url()}/${item.id}/content`).set(bearer(cast.admin)).expect(403);
    const custody = await request(t.http).get(`${url()}/${item.id}/custody`).set(bearer(cast.auditor)).expect(200);
    expect(custody.body.items.map((e: { event: string }) => e.event)).toEqual(['received']);
  });

  it('verifies stored bytes against their hash and notices tampering', async () => {
    const bytes = Buffer.from(uniqueText('telemetry summary'));
    const item = await addEvidence(t, cast.reviewer, theCase.id, { content: bytes });
    const ok = await request(t.http).post(`${url()}/${item.id}/verify`).set(bearer(cast.auditor)).expect(200);
    expect(ok.body).toMatchObject({ sha256: sha256Of(bytes), computedSha256: sha256Of(bytes), matches: true });
    expect(ok.body.checkedAt).toEqual(expect.any(String));

    const path = storedObjectPath(t, item.sha256);
    await chmod(path, 0o644);
    await writeFile(path, Buffer.concat([bytes, Buffer.from('tampered')]));
    const tampered = await request(t.http).post(`${url()}/${item.id}/verify`).set(bearer(cast.auditor)).expect(200);
    expect(tampered.body).toMatchObject({ sha256: item.sha256, matches: false });
    expect(tampered.body.computedSha256).not.toBe(item.sha256);

    const custody = await request(t.http).get(`${url()}/${item.id}/custody`).set(bearer(cast.auditor)).expect(200);
    expect(custody.body).toMatchObject({ nextCursor: null });
    expect(custody.body.items).toEqual([
      expect.objectContaining({ event: 'received', actorId: cast.reviewer.id }),
      expect.objectContaining({
        event: 'verified',
        actorRole: 'auditor',
        details: expect.objectContaining({ matches: true }),
      }),
      expect.objectContaining({
        event: 'verified',
        details: { matches: false, computed: tampered.body.computedSha256 },
      }),
    ]);
    const events = await auditEvents(theCase.id, 'evidence.verified');
    expect(events.slice(0, 2).map((e) => e.metadata)).toEqual([
      { sha256: item.sha256, matches: false },
      { sha256: item.sha256, matches: true },
    ]);
  });

  it('hides restricted cases’ evidence (404) from reviewers who are not members', async () => {
    const restricted = await openCase(t, cast.lead, { restricted: true });
    const item = await recordEvidence(t, cast.lead, restricted.id);
    await request(t.http).get(url(restricted.id)).set(bearer(cast.outsider)).expect(404);
    await request(t.http)
      .get(`${url(restricted.id)}/${item.id}`)
      .set(bearer(cast.outsider))
      .expect(404);
    await request(t.http)
      .get(`${url(restricted.id)}/${item.id}/content`)
      .set(bearer(cast.outsider))
      .expect(404);
    await request(t.http)
      .post(`${url(restricted.id)}/${item.id}/verify`)
      .set(bearer(cast.outsider))
      .expect(404);
    await uploadEvidence(t, cast.outsider, restricted.id, {}, 404);
    await request(t.http)
      .get(`${url(restricted.id)}/${item.id}`)
      .set(bearer(cast.auditor))
      .expect(200);
  });

  it('lets non-member reviewers read but not write an open case’s evidence', async () => {
    const item = await addEvidence(t, cast.reviewer, theCase.id);
    await request(t.http).get(url()).set(bearer(cast.outsider)).expect(200);
    await uploadEvidence(t, cast.outsider, theCase.id, {}, 403);
    await request(t.http)
      .patch(`${url()}/${item.id}`)
      .set(bearer(cast.outsider))
      .send({ version: 1, title: 'x' })
      .expect(403);
    // Ids are checked against the case in the path.
    const other = await openCase(t, cast.reviewer);
    await request(t.http)
      .get(`${url(other.id)}/${item.id}`)
      .set(bearer(cast.reviewer))
      .expect(404);
    await request(t.http).get(`${url()}/not-a-uuid`).set(bearer(cast.reviewer)).expect(400);
  });

  it('links items to allegations of the same case only', async () => {
    const allegationId = await insertAllegation(t, theCase.id, cast.reviewer.id);
    const other = await openCase(t, cast.reviewer);
    const foreignAllegation = await insertAllegation(t, other.id, cast.reviewer.id);
    const item = await addEvidence(t, cast.reviewer, theCase.id);

    const linked = await request(t.http)
      .post(`${url()}/${item.id}/links`)
      .set(bearer(cast.reviewer))
      .send({ allegationId, relation: 'supports' })
      .expect(200);
    expect(linked.body.links).toEqual([{ allegationId, relation: 'supports' }]);
    const requalified = await request(t.http)
      .post(`${url()}/${item.id}/links`)
      .set(bearer(cast.reviewer))
      .send({ allegationId, relation: 'refutes' })
      .expect(200);
    expect(requalified.body.links).toEqual([{ allegationId, relation: 'refutes' }]);
    const [event] = await auditEvents(theCase.id, 'evidence.updated');
    expect(event).toMatchObject({
      entityId: item.id,
      before: { links: [{ allegationId, relation: 'supports' }] },
      after: { links: [{ allegationId, relation: 'refutes' }] },
    });

    await request(t.http)
      .post(`${url()}/${item.id}/links`)
      .set(bearer(cast.reviewer))
      .send({ allegationId: foreignAllegation, relation: 'supports' })
      .expect(422);
    await request(t.http)
      .post(`${url()}/${item.id}/links`)
      .set(bearer(cast.reviewer))
      .send({ allegationId, relation: 'maybe' })
      .expect(400);

    const uploaded = await uploadEvidence(t, cast.reviewer, theCase.id, {
      fields: { title: 'Both', kind: 'email', allegationIds: [allegationId], relation: 'supports' },
    });
    expect(uploaded.body.links).toEqual([{ allegationId, relation: 'supports' }]);
    await uploadEvidence(
      t,
      cast.reviewer,
      theCase.id,
      {
        fields: {
          title: 'Foreign',
          kind: 'email',
          allegationIds: `${allegationId},${foreignAllegation}`,
          relation: 'refutes',
        },
      },
      422,
    );
    const noRelation = await uploadEvidence(
      t,
      cast.reviewer,
      theCase.id,
      { fields: { title: 'No relation', kind: 'email', allegationIds: allegationId } },
      400,
    );
    expect(noRelation.body.errors).toEqual([expect.objectContaining({ field: 'relation' })]);
  });
});
