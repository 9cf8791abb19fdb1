import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import request from 'supertest';
import { openCase } from '../factories/cases.factory';
import { bearer, signedInUser } from '../factories/users.factory';
import { listeningUrl, streamGet } from '../support/http-download';
import { S3TestServer } from '../support/s3-test-server';
import { createTestApp, type TestApp } from '../support/test-app';

const MB = 1024 * 1024;
const FILE_BYTES = 300 * MB;
/** Well below the file: an API that held the upload (or the download) in memory could not stay under it. */
const RSS_GROWTH_LIMIT = 120 * MB;

/** The highest resident set size seen while it runs, sampled as it goes. */
class RssWatch {
  peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => this.sample(), 20).unref();
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

/**
 * A multipart upload of `bytes` generated as it is sent, never held whole: one chunk of random
 * bytes repeated. Returns the body as a stream, its length and the SHA-256 of the file.
 */
function generatedUpload(bytes: number) {
  const boundary = `----large-${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nServer image\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="image.bin"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = randomBytes(MB);
  const hash = createHash('sha256');
  for (let sent = 0; sent < bytes; sent += MB) hash.update(chunk.subarray(0, Math.min(MB, bytes - sent)));
  function* body() {
    yield head;
    for (let sent = 0; sent < bytes; sent += MB) yield chunk.subarray(0, Math.min(MB, bytes - sent));
    yield tail;
  }
  return {
    body: Readable.from(body(), { objectMode: false }),
    length: head.length + bytes + tail.length,
    contentType: `multipart/form-data; boundary=${boundary}`,
    sha256: hash.digest('hex'),
  };
}

function post(url: string, headers: Record<string, string | number>, body: Readable) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (text += part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    pipeline(body, req).catch(reject);
  });
}

describe('a large evidence file in an S3-compatible bucket', () => {
  let server: S3TestServer;
  let t: TestApp;

  beforeAll(async () => {
    server = await S3TestServer.start();
    t = await createTestApp({
      evidenceStore: { kind: 's3', ...(await server.newBucket()) },
      evidenceMaxBytes: 400 * MB,
    });
  });
  afterAll(async () => {
    await t.close();
    await server.stop();
  });

  // 300 MB goes through four times (up, into the bucket, down, re-hashed): a busy machine needs time.
  it('streams 300 MB up, into the bucket and back down with the API’s memory flat', async () => {
    const reviewer = await signedInUser(t, 'reviewer');
    const theCase = await openCase(t, reviewer);
    const path = `/api/v1/cases/${theCase.id}/evidence`;
    const base = `${await listeningUrl(t)}${path}`;
    const upload = generatedUpload(FILE_BYTES);
    const baseline = process.memoryUsage().rss;

    const watch = new RssWatch();
    const created = await post(
      base,
      { ...bearer(reviewer), 'Content-Type': upload.contentType, 'Content-Length': upload.length },
      upload.body,
    );
    expect(created.status).toBe(201);
    const item = JSON.parse(created.body) as { id: string; sha256: string; sizeBytes: number };
    expect(item).toMatchObject({ sha256: upload.sha256, sizeBytes: FILE_BYTES });

    const hash = createHash('sha256');
    const downloaded = await streamGet(`${base}/${item.id}/content`, bearer(reviewer), (chunk) => {
      hash.update(chunk);
    });
    expect(downloaded).toMatchObject({ status: 200, bytes: FILE_BYTES });
    expect(hash.digest('hex')).toBe(upload.sha256);

    const verified = await request(t.http).post(`${path}/${item.id}/verify`).set(bearer(reviewer));
    expect(verified.body).toMatchObject({ matches: true });
    const growth = watch.stop() - baseline;
    expect(growth).toBeLessThan(RSS_GROWTH_LIMIT);
  }, 180_000);
});
