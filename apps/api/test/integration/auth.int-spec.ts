import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { bearer, signedInUser, TEST_PASSWORD } from '../factories/users.factory';
import { uniqueClientAddress } from '../support/client-address';
import { createTestApp, type TestApp } from '../support/test-app';

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Failed sign-ins come from addresses of their own, so they never throttle the other tests' sign-ins.
    t = await createTestApp({ trustProxy: 1 });
  });
  afterAll(() => t.close());

  it('signs in, answers /auth/me with packed rules, and logout ends the session', async () => {
    const user = await signedInUser(t, 'reviewer');
    const me = await request(t.http).get('/api/v1/auth/me').set(bearer(user)).expect(200);
    expect(me.body).toMatchObject({ id: user.id, email: user.email, role: 'reviewer' });
    expect(Array.isArray(me.body.rules)).toBe(true);
    expect(me.body.rules.length).toBeGreaterThan(0);

    await request(t.http).post('/api/v1/auth/logout').set(bearer(user)).expect(204);
    const after = await request(t.http).get('/api/v1/auth/me').set(bearer(user)).expect(401);
    expect(after.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('gives the same 401 for a wrong password and an unknown e-mail', async () => {
    const user = await signedInUser(t, 'lead');
    const wrong = await request(t.http)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', uniqueClientAddress())
      .send({ email: user.email, password: 'not-the-password' })
      .expect(401);
    const unknown = await request(t.http)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', uniqueClientAddress())
      .send({ email: `nobody-${randomUUID()}@test.example`, password: 'whatever' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({ status: 401, title: expect.any(String), type: expect.any(String) });
  });

  it('answers anonymous calls with 401 problem details', async () => {
    const response = await request(t.http).get('/api/v1/cases').expect(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, type: '/problems/unauthenticated' });
    await request(t.http).get('/api/v1/cases').set('Authorization', 'Bearer not-a-real-token-at-all-123').expect(401);
  });

  it('lets an admin deactivate a user, whose sessions end and who can no longer sign in', async () => {
    const admin = await signedInUser(t, 'admin');
    const user = await signedInUser(t, 'reviewer');
    const before = await request(t.http).get(`/api/v1/users/${user.id}`).set(bearer(admin)).expect(200);
    const updated = await request(t.http)
      .patch(`/api/v1/users/${user.id}`)
      .set(bearer(admin))
      .send({ version: before.body.version, active: false, reason: 'left the company' })
      .expect(200);
    expect(updated.body).toMatchObject({ active: false, version: before.body.version + 1 });
    await request(t.http).get('/api/v1/auth/me').set(bearer(user)).expect(401);
    await request(t.http)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', uniqueClientAddress())
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(401);
  });

  it('lets an admin create users and change roles, with version checks', async () => {
    const admin = await signedInUser(t, 'admin');
    const email = `new-${randomUUID()}@test.example`;
    const created = await request(t.http)
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'New Reviewer', role: 'reviewer', password: 'a-long-enough-password' })
      .expect(201);
    expect(created.body).toMatchObject({ email, role: 'reviewer', active: true, version: 1 });
    expect(created.body).not.toHaveProperty('passwordHash');
    await request(t.http)
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Again', role: 'reviewer', password: 'a-long-enough-password' })
      .expect(409);
    await request(t.http)
      .patch(`/api/v1/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ version: 1, role: 'lead' })
      .expect(200);
    await request(t.http)
      .patch(`/api/v1/users/${created.body.id}`)
      .set(bearer(admin))
      .send({ version: 1, role: 'auditor' })
      .expect(409);
    const list = await request(t.http).get('/api/v1/users?role=lead&limit=200').set(bearer(admin)).expect(200);
    expect(list.body.items.some((u: { email: string }) => u.email === email)).toBe(true);
  });

  it('keeps users admin-only', async () => {
    const lead = await signedInUser(t, 'lead');
    await request(t.http).get('/api/v1/users').set(bearer(lead)).expect(403);
  });
});
