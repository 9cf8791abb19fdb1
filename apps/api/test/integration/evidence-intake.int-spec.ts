import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import request from 'supertest';
import {
  countEvidence,
  evidenceDir,
  pngBytes,
  recordEvidence,
  sha256Of,
  storedObjectPath,
  uniqueText,
  uploadEvidence,
} from '../factories/evidence.factory';
import { openCase, type CreatedCase } from '../factories/cases.factory';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { createTestApp, type TestApp } from '../support/test-app';

const MiB = 1024 * 1024;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Every file under a directory, recursively, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** Polls `read` until it returns `expected` (or a second has passed), and returns what it last read. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  let value = await read();
  for (let i = 0; i < 20 && JSON.stringify(value) !== JSON.stringify(expected); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

describe('evidence intake', () => {
  let t: TestApp;
  let reviewer: TestUser;
  let auditor: TestUser;
  let theCase: CreatedCase;
  const url = () => `/api/v1/cases/${theCase.id}/evidence`;

  beforeAll(async () => {
    t = await createTestApp();
    [reviewer, auditor] = await Promise.all([signedInUser(t, 'reviewer'), signedInUser(t, 'auditor')]);
    theCase = await openCase(t, reviewer);
  });
  afterAll(() => t.close());

  it('stores an upload under its SHA-256, sniffs its media type and ignores a path in its name', async () => {
    const png = pngBytes();
    const response = await uploadEvidence(t, reviewer, theCase.id, {
      content: png,
      filename: '../../../etc/passwd.png',
      contentType: 'text/plain',
      fields: { title: 'Screenshot of the console', kind: 'screenshot', source: 'Whistleblower' },
    });
    expect(response.body).toMatchObject({
      caseId: theCase.id,
      title: 'Screenshot of the console',
      kind: 'screenshot',
      sha256: sha256Of(png),
      hasContent: true,
      sizeBytes: png.length,
      mediaType: 'image/png',
      originalFilename: 'passwd.png',
      source: 'Whistleblower',
      collectedBy: reviewer.id,
      legalHold: false,
      supersedesId: null,
      supersededById: null,
      withdrawnAt: null,
      version: 1,
      links: [],
    });
    await expect(readFile(storedObjectPath(t, sha256Of(png)))).resolves.toEqual(png);
    // Nothing was written anywhere but the content-addressed object; the staging area is empty again.
    await expect(filesUnder(evidenceDir(t))).resolves.toEqual([
      join('objects', sha256Of(png).slice(0, 2), sha256Of(png)),
    ]);
    expect(existsSync(join(dirname(evidenceDir(t)), 'etc'))).toBe(false);

    const events = await request(t.http)
      .get(`/api/v1/audit/events?caseId=${theCase.id}&action=evidence.added`)
      .set(bearer(auditor))
      .expect(200);
    expect(events.body.items[0]).toMatchObject({
      action: 'evidence.added',
      entityType: 'evidence',
      entityId: response.body.id,
      actorId: reviewer.id,
      metadata: { sha256: sha256Of(png), hasContent: true },
      requestId: response.headers['x-request-id'],
    });
    const custody = await request(t.http).get(`${url()}/${response.body.id}/custody`).set(bearer(reviewer)).expect(200);
    expect(custody.body.items).toEqual([
      expect.objectContaining({ event: 'received', actorId: reviewer.id, actorRole: 'reviewer' }),
    ]);
  });

  it('calls UTF-8 text text/plain and anything unrecognised application/octet-stream', async () => {
    const text = await uploadEvidence(t, reviewer, theCase.id, {
      content: Buffer.from(`Notes — ${uniqueText()}`),
      contentType: 'image/png',
    });
    expect(text.body.mediaType).toBe('text/plain');
    const binary = await uploadEvidence(t, reviewer, theCase.id, {
      content: Buffer.concat([Buffer.from('abc\u0000'), randomBytes(64)]),
      contentType: 'text/plain',
    });
    expect(binary.body.mediaType).toBe('application/octet-stream');
  });

  it('accepts an empty file, with the SHA-256 of no bytes', async () => {
    const response = await uploadEvidence(t, reviewer, theCase.id, { content: Buffer.alloc(0), filename: 'empty.bin' });
    expect(response.body).toMatchObject({ sha256: EMPTY_SHA256, sizeBytes: 0, hasContent: true });
  });

  it('refuses a file over the limit with 413 and stores nothing', async () => {
    const before = await countEvidence(t);
    const objectsBefore = await filesUnder(evidenceDir(t));
    // Several times: refusing the file races the parser's own view of the cut-off stream, and the
    // size must win that race every time.
    for (let attempt = 0; attempt < 8; attempt++) {
      const streamed = await uploadEvidence(t, reviewer, theCase.id, { content: Buffer.alloc(6 * MiB, 7) }, 413);
      expect(streamed.body).toMatchObject({ status: 413, type: '/problems/too-large' });
      expect(streamed.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    // Far over the limit, the declared length alone is enough to refuse.
    const declared = await uploadEvidence(t, reviewer, theCase.id, { content: Buffer.alloc(12 * MiB, 8) }, 413);
    expect(declared.body).toMatchObject({ status: 413 });
    expect(await countEvidence(t)).toBe(before);
    await expect(filesUnder(evidenceDir(t))).resolves.toEqual(objectsBefore);
    // The connection and the app are fine afterwards.
    await uploadEvidence(t, reviewer, theCase.id, { content: Buffer.alloc(5 * MiB, 9) });
  });

  it('keeps nothing from an upload aborted half way, and stays up', async () => {
    const before = await countEvidence(t);
    const address = t.app.getHttpServer().listening
      ? (t.app.getHttpServer().address() as AddressInfo)
      : await new Promise<AddressInfo>((resolve) => {
          const server = t.app.getHttpServer().listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
        });
    const boundary = 'abortedboundary';
    await new Promise<void>((resolve) => {
      const call = httpRequest({
        host: '127.0.0.1',
        port: address.port,
        method: 'POST',
        path: url(),
        headers: {
          ...bearer(reviewer),
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(4 * MiB),
        },
      });
      call.on('error', () => resolve());
      call.on('close', () => resolve());
      call.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nHalf\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.bin"\r\n\r\n`,
      );
      call.write(Buffer.alloc(MiB, 1), () => setTimeout(() => call.destroy(), 200));
    });
    await request(t.http).get('/api/v1/health').expect(200);
    expect(await countEvidence(t)).toBe(before);
    // The staged half is removed once the aborted stream has unwound, which may take a moment.
    await expect(eventually(() => filesUnder(join(evidenceDir(t), 'tmp')), [])).resolves.toEqual([]);
  });

  it('lists every invalid field of an upload in one 400 and stores nothing', async () => {
    const before = await countEvidence(t);
    const invalid = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .field('kind', 'rumour')
      .field('sourceUrl', 'javascript:alert(1)')
      .field('surprise', 'x')
      .attach('file', Buffer.from(uniqueText()), 'a.txt')
      .expect(400);
    const fields = (invalid.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'kind', 'sourceUrl', 'surprise']));

    const noFile = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .field('title', 'No file')
      .field('kind', 'other')
      .expect(400);
    expect(noFile.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);

    const twoFiles = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .field('title', 'Two files')
      .field('kind', 'other')
      .attach('file', Buffer.from(uniqueText()), 'a.txt')
      .attach('file', Buffer.from(uniqueText()), 'b.txt')
      .expect(400);
    expect(twoFiles.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);

    const nul = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .field('title', 'bad\u0000title')
      .field('kind', 'other')
      .attach('file', Buffer.from(uniqueText()), 'a.txt')
      .expect(400);
    expect(nul.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'title' })]));

    const tooLong = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .field('title', 'Long')
      .field('kind', 'other')
      .field('description', 'x'.repeat(200 * 1024))
      .attach('file', Buffer.from(uniqueText()), 'a.txt')
      .expect(400);
    expect(tooLong.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'description' })]));

    const endsInsideFile = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send(
        '--xyz\r\nContent-Disposition: form-data; name="title"\r\n\r\nCut\r\n' +
          '--xyz\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n' +
          '--xyz\r\nContent-Disposition: form-data; name="file"; filename="cut.bin"\r\n\r\npartial bytes',
      )
      .expect(400);
    expect(endsInsideFile.body).toMatchObject({ status: 400 });

    const broken = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send('--xyz\r\nContent-Disposition: form-data; name="title"\r\n\r\nunterminated')
      .expect(400);
    expect(broken.body).toMatchObject({ status: 400 });

    expect(await countEvidence(t)).toBe(before);
    await expect(filesUnder(join(evidenceDir(t), 'tmp'))).resolves.toEqual([]);
  });

  it('documents both forms of the intake in the OpenAPI document', async () => {
    const document = await request(t.http).get('/api/docs-json').expect(200);
    const content = document.body.paths['/api/v1/cases/{id}/evidence'].post.requestBody.content;
    expect(Object.keys(content).sort()).toEqual(['application/json', 'multipart/form-data']);
    expect(document.body.components.schemas.UploadEvidenceFormDto.properties.file).toMatchObject({ format: 'binary' });
  });

  it('answers a body that is neither multipart nor JSON with 415', async () => {
    const response = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .set('Content-Type', 'text/plain')
      .send('just some text')
      .expect(415);
    expect(response.body).toMatchObject({ status: 415, type: '/problems/unsupported-media-type' });
  });

  it('records evidence without a file from captured text, kept as text/plain', async () => {
    const text = uniqueText('Ministry declines to comment');
    const created = await recordEvidence(t, reviewer, theCase.id, {
      title: 'Statement to the press',
      sourceUrl: 'https://news.example/article',
      capturedText: text,
      collectedAt: '2025-08-06T10:00:00.000Z',
    });
    expect(created).toMatchObject({
      sha256: sha256Of(text),
      hasContent: true,
      mediaType: 'text/plain',
      sizeBytes: Buffer.byteLength(text),
      originalFilename: null,
    });
    const content = await request(t.http).get(`${url()}/${created.id}/content`).set(bearer(reviewer)).expect(200);
    expect(content.text).toBe(text);
  });

  it('records a bare hash of content kept elsewhere, with nothing to download or verify', async () => {
    const hash = sha256Of(uniqueText('kept by counsel'));
    const created = await recordEvidence(t, reviewer, theCase.id, {
      kind: 'counsel_report',
      capturedText: undefined,
      sha256: hash.toUpperCase(),
    });
    expect(created).toMatchObject({ sha256: hash, hasContent: false, sizeBytes: null, mediaType: null });
    await request(t.http).get(`${url()}/${created.id}/content`).set(bearer(reviewer)).expect(404);
    const verify = await request(t.http).post(`${url()}/${created.id}/verify`).set(bearer(auditor)).expect(422);
    expect(verify.body.detail).toMatch(/nothing stored to verify/);
  });

  it('validates a JSON record', async () => {
    const missing = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .send({ title: 'Nothing', kind: 'other' })
      .expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'capturedText' })]);
    const mismatch = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .send({ title: 'Mismatch', kind: 'other', capturedText: 'a', sha256: sha256Of('b') })
      .expect(400);
    expect(mismatch.body.errors).toEqual([expect.objectContaining({ field: 'sha256' })]);
    const wrong = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .send({ kind: 'nope', sha256: 'xyz', collectedAt: '2999-01-01T00:00:00Z', sizeBytes: 3 })
      .expect(400);
    const fields = (wrong.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'kind', 'sha256', 'sizeBytes']));
    const future = await request(t.http)
      .post(url())
      .set(bearer(reviewer))
      .send({ title: 'Tomorrow', kind: 'other', capturedText: 'x', collectedAt: '2999-01-01T00:00:00Z' })
      .expect(400);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'collectedAt' })]);
  });
});
