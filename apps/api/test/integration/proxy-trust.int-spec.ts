import request from 'supertest';
import { signedInUser, TEST_PASSWORD, type TestUser } from '../factories/users.factory';
import { uniqueClientAddress } from '../support/client-address';
import { createTestApp, type TestApp } from '../support/test-app';
import type { TrustProxy } from '../../src/config/app-config';

/**
 * Which address the app takes for a client (throttle keys, audit `client_address`, sessions)
 * under each TRUST_PROXY setting, for a client that forges X-Forwarded-For.
 */
describe.each<[string, TrustProxy]>([
  ['no proxy trusted (the default)', false],
  ['one trusted hop', 1],
  ['the loopback proxy trusted by address', ['127.0.0.1', '::1']],
])('client address with %s', (_name, trustProxy) => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ trustProxy });
    user = await signedInUser(t, 'reviewer');
  });
  afterAll(() => t.close());

  /** What a forged header plus, behind a proxy, the proxy's own entry look like to the app. */
  const forwarded = () => {
    const forged = uniqueClientAddress();
    const appendedByProxy = uniqueClientAddress();
    return { forged, appendedByProxy, header: `${forged}, ${appendedByProxy}` };
  };

  /** Untrusted, the header counts for nothing: the address is the socket's, loopback here. */
  const expectClientAddress = (actual: string, appendedByProxy: string) => {
    if (trustProxy === false) expect(actual).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    else expect(actual).toBe(appendedByProxy);
  };

  it('keys sign-in throttling by the trusted address only', async () => {
    const { forged, appendedByProxy, header } = forwarded();
    await request(t.http)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', header)
      .send({ email: user.email, password: 'not-the-password' })
      .expect(401);

    // The per-account key (address empty) aside, one key per address.
    const keys = await t.dataSource.query<{ address: string }[]>(
      "SELECT DISTINCT address FROM login_throttles WHERE account = $1 AND address <> ''",
      [user.email],
    );
    expect(keys).toHaveLength(1);
    expectClientAddress(keys[0].address, appendedByProxy);
    const forgedKeys = await t.dataSource.query<unknown[]>('SELECT 1 FROM login_throttles WHERE address = $1', [
      forged,
    ]);
    expect(forgedKeys).toEqual([]);
  });

  it('records the trusted address in the audit trail and the session', async () => {
    const { forged, appendedByProxy, header } = forwarded();
    const login = await request(t.http)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', header)
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    expect(login.body).toHaveProperty('accessToken');

    const [event] = await t.dataSource.query<{ client_address: string; session_address: string }[]>(
      `SELECT e.client_address, s.client_address AS session_address
         FROM audit_events e JOIN sessions s ON s.id::text = e.entity_id
        WHERE e.action = 'auth.login' AND e.actor_id = $1
        ORDER BY e.intake_no DESC LIMIT 1`,
      [user.id],
    );
    expect(event.client_address).not.toBe(forged);
    expectClientAddress(event.client_address, appendedByProxy);
    expect(event.session_address).toBe(event.client_address);
  });
});
