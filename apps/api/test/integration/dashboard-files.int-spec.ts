import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app';

/** A built dashboard as `vite build` leaves it: index.html, and each hashed asset with its .br and .gz. */
function builtDashboard(script: string): string {
  const dist = mkdtempSync(join(tmpdir(), 'ethics-web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-Ab12.js"></script>');
  const asset = join(dist, 'assets', 'index-Ab12.js');
  writeFileSync(asset, script);
  writeFileSync(`${asset}.br`, brotliCompressSync(script));
  writeFileSync(`${asset}.gz`, gzipSync(script));
  return dist;
}

describe('the dashboard files', () => {
  const script = `console.log(${JSON.stringify('case tracker '.repeat(500))});`;
  let t: TestApp;

  beforeAll(async () => (t = await createTestApp({ webDistDir: builtDashboard(script) })));
  afterAll(() => t.close());

  const asset = (acceptEncoding: string) =>
    request(t.http).get('/assets/index-Ab12.js').set('Accept-Encoding', acceptEncoding);

  it('sends the Brotli copy to a browser that accepts it, cached for good', async () => {
    const response = await asset('gzip, deflate, br').expect(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The prepared copy as it lies on disk (supertest decodes it again for `text`).
    expect(Number(response.headers['content-length'])).toBe(brotliCompressSync(script).length);
    expect(response.text).toBe(script);
  });

  it('sends the gzip copy when Brotli is not accepted, and the plain file when neither is', async () => {
    const gzipped = await asset('gzip').expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(Number(gzipped.headers['content-length'])).toBe(gzipSync(script).length);
    expect(gzipped.text).toBe(script);

    const plain = await asset('identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(script));
    expect(plain.text).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps a missing asset a 404 and pages on index.html that is never cached', async () => {
    await asset('br').expect(200);
    await request(t.http).get('/assets/missing-Zz99.js').set('Accept-Encoding', 'br').expect(404);
    const page = await request(t.http).get('/cases/some-case').expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('/assets/index-Ab12.js');
  });
});
