import request from 'supertest';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestApp, testDatabaseUrl, type TestApp } from '../support/test-app';

describe('when the database goes away', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let reviewer: TestUser;

  beforeAll(async () => {
    const target = new URL(testDatabaseUrl());
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const viaProxy = new URL(testDatabaseUrl());
    viaProxy.port = String(proxy.port);
    t = await createTestApp({}, viaProxy.toString());
    reviewer = await signedInUser(t, 'reviewer');
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await t.close();
    await proxy.cut();
  });

  it('answers 503 on health and requests, then recovers by itself', async () => {
    await request(t.http).get('/api/v1/health').expect(200);
    await proxy.cut();

    const health = await request(t.http).get('/api/v1/health').expect(503);
    expect(health.body).toEqual({ status: 'error', database: 'down' });
    const list = await request(t.http).get('/api/v1/cases').set(bearer(reviewer));
    expect(list.status).toBe(503);
    expect(list.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(list.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);

    await proxy.restore();
    let recovered = 0;
    for (let attempt = 0; attempt < 20 && recovered !== 200; attempt += 1) {
      recovered = (await request(t.http).get('/api/v1/health')).status;
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered).toBe(200);
    await request(t.http).get('/api/v1/cases').set(bearer(reviewer)).expect(200);
  });
});
