import request from 'supertest';
import { bearer, startSignedIn, type TestUser } from '../factories/users.factory';
import type { TestApp } from '../support/test-app';

describe('the HTTP edge', () => {
  let t: TestApp;
  let reviewer: TestUser;

  beforeAll(async () => ({ t, user: reviewer } = await startSignedIn('reviewer')));
  afterAll(() => t.close());

  const countCases = async () =>
    (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM cases'))[0].n;

  it('answers health with the database state', async () => {
    const response = await request(t.http).get('/api/v1/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('echoes a given X-Request-Id and makes one up otherwise', async () => {
    const echoed = await request(t.http).get('/api/v1/health').set('X-Request-Id', 'trace-abc.123');
    expect(echoed.headers['x-request-id']).toBe('trace-abc.123');
    const made = await request(t.http).get('/api/v1/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await request(t.http).get('/api/v1/health').set('X-Request-Id', 'bad id with spaces');
    expect(refused.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('lists every invalid field and changes nothing', async () => {
    const before = await countCases();
    const response = await request(t.http)
      .post('/api/v1/cases')
      .set(bearer(reviewer))
      .send({ title: '', severity: 'apocalyptic', unknownField: 1 })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = (response.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'summary', 'severity', 'unknownField']));
    expect(await countCases()).toBe(before);
  });

  it('answers malformed JSON with 400 and oversized bodies with 413', async () => {
    const malformed = await request(t.http)
      .post('/api/v1/cases')
      .set(bearer(reviewer))
      .set('Content-Type', 'application/json')
      .send('{"title": "x",')
      .expect(400);
    expect(malformed.body).toMatchObject({ status: 400 });
    const huge = await request(t.http)
      .post('/api/v1/cases')
      .set(bearer(reviewer))
      .send({ title: 'x', summary: 'y'.repeat(1_100_000), severity: 'low' })
      .expect(413);
    expect(huge.body).toMatchObject({ status: 413 });
  });

  it('refuses NUL characters and broken Unicode instead of failing in the database', async () => {
    const before = await countCases();
    const nul = await request(t.http)
      .post('/api/v1/cases')
      .set(bearer(reviewer))
      .send({ title: 'a\u0000b', summary: 'y', severity: 'low' })
      .expect(400);
    expect(nul.body.errors[0]).toMatchObject({ field: 'title' });
    await request(t.http)
      .post('/api/v1/cases')
      .set(bearer(reviewer))
      .set('Content-Type', 'application/json')
      .send('{"title":"\\ud800","summary":"y","severity":"low"}')
      .expect(400);
    expect(await countCases()).toBe(before);
  });

  it('answers bad ids and unknown routes with 4xx problem details, without internals', async () => {
    const badId = await request(t.http).get('/api/v1/cases/not-a-uuid').set(bearer(reviewer)).expect(400);
    expect(JSON.stringify(badId.body)).not.toMatch(/at \w+ \(|SELECT|node_modules/);
    await request(t.http).get('/api/v1/cases/00000000-0000-4000-8000-000000000000').set(bearer(reviewer)).expect(404);
    const unknown = await request(t.http).get('/api/v1/no-such-route').set(bearer(reviewer)).expect(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const document = await request(t.http).get('/api/docs-json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/cases', '/api/v1/cases/{id}/transitions', '/api/v1/auth/login']),
    );
    await request(t.http).get('/api/docs').expect(200);
  });

  it('sets secure headers', async () => {
    const response = await request(t.http).get('/api/v1/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toEqual(expect.any(String));
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
