import { DeleteObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import request from 'supertest';
import type { S3StoreConfig } from '../../src/config/app-config';
import { findOrphans } from '../../src/modules/evidence/evidence-orphans';
import { EVIDENCE_STORE, type EvidenceStore } from '../../src/modules/evidence/storage/evidence-store';
import { createS3Client, objectKey } from '../../src/modules/evidence/storage/s3-evidence-store';
import { openCase, type CreatedCase } from '../factories/cases.factory';
import {
  addEvidence,
  countEvidence,
  pngBytes,
  sha256Of,
  uniqueText,
  uploadEvidence,
} from '../factories/evidence.factory';
import { bearer, signedInUsers, type TestUser } from '../factories/users.factory';
import { S3TestServer } from '../support/s3-test-server';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestApp, type TestApp } from '../support/test-app';

const MB = 1024 * 1024;

/** The whole evidence journey with EVIDENCE_STORE=s3, through the HTTP API, on a real S3 protocol server. */
describe('evidence in an S3-compatible bucket', () => {
  let server: S3TestServer;
  /** Between the API and the S3 server, so that a test can cut the line in the middle of a transfer. */
  let proxy: TcpProxy;
  let bucket: S3StoreConfig;
  let inspector: S3Client;
  let t: TestApp;
  let reviewer: TestUser;
  let lead: TestUser;
  let auditor: TestUser;
  let theCase: CreatedCase;
  const url = (caseId = theCase.id) => `/api/v1/cases/${caseId}/evidence`;

  beforeAll(async () => {
    server = await S3TestServer.start();
    bucket = await server.newBucket();
    inspector = createS3Client(bucket);
    proxy = new TcpProxy('127.0.0.1', server.port);
    await proxy.start();
    t = await createTestApp({
      evidenceStore: { kind: 's3', ...bucket, endpoint: `http://127.0.0.1:${proxy.port}` },
      evidenceMaxBytes: 32 * MB,
    });
    [reviewer, lead, auditor] = await signedInUsers(t, ['reviewer', 'lead', 'auditor']);
    theCase = await openCase(t, reviewer);
  });
  afterAll(async () => {
    await t.close();
    inspector.destroy();
    await proxy.cut();
    await server.stop();
  });

  const keys = async () =>
    ((await inspector.send(new ListObjectsV2Command({ Bucket: bucket.bucket }))).Contents ?? []).map((o) => o.Key!);
  const download = (id: string, user = lead) =>
    request(t.http)
      .get(`${url()}/${id}/content`)
      .set(bearer(user))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const custodyOf = async (id: string) =>
    (await request(t.http).get(`${url()}/${id}/custody`).set(bearer(auditor)).expect(200)).body.items.map(
      (entry: { event: string }) => entry.event,
    );
  const trail = async () => {
    const [row] = await t.dataSource.query<{ evidence: number; custody: number; audit: number }[]>(
      `SELECT (SELECT count(*)::int FROM evidence) AS evidence,
              (SELECT count(*)::int FROM evidence_custody) AS custody,
              (SELECT count(*)::int FROM audit_events WHERE entity_type = 'evidence') AS audit`,
    );
    return row;
  };

  it('uploads into the bucket under the SHA-256, downloads, verifies, and keeps custody', async () => {
    const png = pngBytes();
    const item = await addEvidence(t, reviewer, theCase.id, { content: png, filename: 'console.png' });
    expect(item).toMatchObject({ sha256: sha256Of(png), sizeBytes: png.length, mediaType: 'image/png' });
    expect(await keys()).toContain(objectKey(sha256Of(png)));

    const downloaded = await download(item.id).expect(200);
    expect(downloaded.body).toEqual(png);
    expect(downloaded.headers['content-length']).toBe(String(png.length));
    const verified = await request(t.http).post(`${url()}/${item.id}/verify`).set(bearer(auditor)).expect(200);
    expect(verified.body).toMatchObject({ sha256: item.sha256, computedSha256: item.sha256, matches: true });
    expect(await custodyOf(item.id)).toEqual(['received', 'downloaded', 'verified']);
  });

  it('keeps captured text in the bucket too', async () => {
    const text = uniqueText('article');
    const created = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .send({ title: 'Press article', kind: 'press_article', capturedText: text })
      .expect(201);
    expect(await keys()).toContain(objectKey(sha256Of(text)));
    expect((await download(created.body.id).expect(200)).body).toEqual(Buffer.from(text));
  });

  it('stores the same bytes uploaded twice as one object, for two items', async () => {
    const bytes = Buffer.from(uniqueText('same contract'));
    const first = await addEvidence(t, reviewer, theCase.id, { content: bytes });
    const second = await addEvidence(t, reviewer, theCase.id, { content: bytes });
    expect(second.id).not.toBe(first.id);
    expect((await keys()).filter((key) => key === objectKey(sha256Of(bytes)))).toHaveLength(1);
    expect((await download(second.id).expect(200)).body).toEqual(bytes);
  });

  it('notices bytes changed or removed behind its back', async () => {
    const bytes = Buffer.from(uniqueText('telemetry summary'));
    const item = await addEvidence(t, reviewer, theCase.id, { content: bytes });
    const key = objectKey(item.sha256);
    await inspector.send(new PutObjectCommand({ Bucket: bucket.bucket, Key: key, Body: Buffer.from('tampered') }));
    const tampered = await request(t.http).post(`${url()}/${item.id}/verify`).set(bearer(auditor)).expect(200);
    expect(tampered.body).toMatchObject({ matches: false, computedSha256: sha256Of('tampered') });

    await inspector.send(new DeleteObjectCommand({ Bucket: bucket.bucket, Key: key }));
    const gone = await request(t.http).post(`${url()}/${item.id}/verify`).set(bearer(auditor)).expect(200);
    expect(gone.body).toMatchObject({ matches: false, computedSha256: null });
    await download(item.id).expect(404);
    expect(await custodyOf(item.id)).toEqual(['received', 'verified', 'verified']);
  });

  it('answers 503 while the bucket is unreachable, recording nothing, and works again after', async () => {
    const kept = await addEvidence(t, reviewer, theCase.id);
    const bytes = Buffer.from(uniqueText('during the outage'));
    const before = await trail();
    await server.stop();
    try {
      const refused = await uploadEvidence(t, reviewer, theCase.id, { content: bytes }, 503);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({
        status: 503,
        detail: expect.stringMatching(/evidence store is unavailable/),
      });
      expect(JSON.stringify(refused.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      await request(t.http)
        .post(url())
        .set(bearer(reviewer))
        .send({ title: 'Press article', kind: 'press_article', capturedText: uniqueText('article') })
        .expect(503);
      await download(kept.id).expect(503);
      await request(t.http).post(`${url()}/${kept.id}/verify`).set(bearer(auditor)).expect(503);
      expect(await trail()).toEqual(before);
    } finally {
      await server.restart();
    }
    expect(await custodyOf(kept.id)).toEqual(['received']);
    const retried = await uploadEvidence(t, reviewer, theCase.id, { content: bytes });
    expect(retried.body.sha256).toBe(sha256Of(bytes));
  });

  it('answers 503 when the bucket goes away in the middle of an upload, recording nothing', async () => {
    const bytes = randomBytes(20 * MB);
    const before = await trail();
    // Past the first of three parts: the multipart upload is under way when the connection drops.
    const cut = proxy.cutAfter(12 * MB);
    const refused = await uploadEvidence(t, reviewer, theCase.id, { content: bytes }, 503);
    await cut;
    expect(refused.headers['retry-after']).toBe('5');
    expect(await trail()).toEqual(before);
    expect(await keys()).not.toContain(objectKey(sha256Of(bytes)));

    await proxy.restore();
    const retried = await uploadEvidence(t, reviewer, theCase.id, { content: bytes });
    expect(retried.body).toMatchObject({ sha256: sha256Of(bytes), sizeBytes: bytes.length });
    expect(await keys()).toContain(objectKey(sha256Of(bytes)));
  });

  it('lists objects no item refers to as orphans', async () => {
    const store = t.app.get<EvidenceStore>(EVIDENCE_STORE);
    const referenced = await addEvidence(t, reviewer, theCase.id);
    const orphan = await store.put(Readable.from([Buffer.from(uniqueText('stored, never recorded'))]), 1000);
    const evidenceBefore = await countEvidence(t);
    const orphans: string[] = [];
    for await (const object of findOrphans(store, t.dataSource)) orphans.push(object.sha256);
    expect(orphans).toContain(orphan.sha256);
    expect(orphans).not.toContain(referenced.sha256);
    expect(await countEvidence(t)).toBe(evidenceBefore);
  });
});
