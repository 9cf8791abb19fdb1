import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { bearer, signedInUser, TEST_PASSWORD, type TestUser } from '../factories/users.factory';
import { AuditService } from '../../src/audit/audit.service';
import { LoginThrottleService } from '../../src/auth/login-throttle.service';
import { LoginThrottlesRepository } from '../../src/auth/login-throttles.repository';
import { uniqueClientAddress } from '../support/client-address';
import { createTestApp, type TestApp } from '../support/test-app';

interface AuditRow {
  action: string;
  entity_id: string | null;
  actor_id: string | null;
  client_address: string | null;
  metadata: Record<string, unknown> | null;
  reason: string | null;
}

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Each test plays several client addresses: one trusted hop, so each request's single
    // X-Forwarded-For entry is its client address.
    t = await createTestApp({ trustProxy: 1 });
  });
  afterAll(() => t.close());

  const signIn = (address: string, email: string, password: string) =>
    request(t.http).post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password });

  const auditOf = (where: string, parameters: unknown[]) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, entity_id, actor_id, client_address, metadata, reason FROM audit_events WHERE ${where} ORDER BY seq`,
      parameters,
    );

  const throttleRow = async (scope: string, account: string, address: string) => {
    const [row] = await t.dataSource.query<{ failures: number; refused: number }[]>(
      'SELECT failures, refused FROM login_throttles WHERE scope = $1 AND account = $2 AND address = $3',
      [scope, account, address],
    );
    return row;
  };

  it('holds 50 parallel wrong guesses for one account to the limit, and lets the owner in from elsewhere', async () => {
    const owner = await signedInUser(t, 'lead');
    const attacker = uniqueClientAddress();

    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signIn(attacker, owner.email, `wrong-guess-${i}`)),
    );
    const statuses = guesses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(45);

    const refused = await signIn(attacker, owner.email, TEST_PASSWORD).expect(429);
    expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(refused.body).toMatchObject({ status: 429, type: '/problems/rate-limited' });

    await signIn(uniqueClientAddress(), owner.email, TEST_PASSWORD).expect(200);

    // Five failures reached the chain; the 46 refusals, one summary; the rest is counted.
    const events = await auditOf(`client_address = $1`, [attacker]);
    expect(events.map((event) => event.action).sort()).toEqual([
      ...Array<string>(5).fill('auth.login_failed'),
      'auth.login_throttled',
    ]);
    expect(events.filter((event) => event.action === 'auth.login_failed')).toEqual(
      Array.from({ length: 5 }, () => expect.objectContaining({ entity_id: owner.id })),
    );
    expect(events.find((event) => event.action === 'auth.login_throttled')?.metadata).toMatchObject({
      scope: 'pair',
      email: owner.email,
      refused: 1,
      failures: 5,
    });
    await expect(throttleRow('pair', owner.email, attacker)).resolves.toEqual({ failures: 5, refused: 45 });
  });

  it('holds parallel attempts to the limit across API processes, each counted before any password check', async () => {
    // Five services with their own in-process queues: only the database orders their attempts.
    const processes = Array.from(
      { length: 5 },
      () => new LoginThrottleService(t.dataSource, t.app.get(LoginThrottlesRepository), t.app.get(AuditService)),
    );
    const account = `target-${randomUUID()}@test.example`;
    const address = uniqueClientAddress();
    const context = { actorId: null, actorRole: null, requestId: null, clientAddress: address };
    const admissions = await Promise.all(
      Array.from({ length: 50 }, (_, i) => processes[i % processes.length].admit(account, address, context)),
    );
    const admitted = admissions.filter((admission) => admission.admitted);
    expect(admitted.map((admission) => admission.failures).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    await expect(throttleRow('pair', account, address)).resolves.toEqual({ failures: 5, refused: 44 });
  });

  it('makes guessers spread over addresses share one wait, but never refuses the owner from a clean address', async () => {
    const owner = await signedInUser(t, 'reviewer');
    const guessers = [uniqueClientAddress(), uniqueClientAddress(), uniqueClientAddress()];
    // 4 + 4 + 2 failures: no address reaches its own limit, the account reaches its 10.
    for (const [address, times] of [
      [guessers[0], 4],
      [guessers[1], 4],
      [guessers[2], 2],
    ] as const) {
      for (let i = 0; i < times; i += 1) await signIn(address, owner.email, 'wrong').expect(401);
    }
    for (const address of guessers) await signIn(address, owner.email, 'wrong').expect(429);

    // A new address gets one guess, then waits with the others.
    const newcomer = uniqueClientAddress();
    await signIn(newcomer, owner.email, 'wrong').expect(401);
    await signIn(newcomer, owner.email, 'wrong').expect(429);

    const signedIn = await signIn(uniqueClientAddress(), owner.email, TEST_PASSWORD).expect(200);
    await request(t.http)
      .get('/api/v1/auth/me')
      .set(bearer({ token: (signedIn.body as { accessToken: string }).accessToken }))
      .expect(200);
  });

  // 30 password checks in a row: a generous timeout for a busy machine.
  it('counts failures per address across accounts, without one chain event per guess at unknown e-mails', async () => {
    const user = await signedInUser(t, 'reviewer');
    const address = uniqueClientAddress();
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await signIn(address, `guess-${attempt}-${randomUUID()}@test.example`, 'guess').expect(401);
    }
    await signIn(address, user.email, TEST_PASSWORD).expect(429);
    const flood = await Promise.all(
      Array.from({ length: 20 }, () => signIn(address, `flood-${randomUUID()}@test.example`, 'guess')),
    );
    expect(flood.map((response) => response.status)).toEqual(Array<number>(20).fill(429));
    await signIn(uniqueClientAddress(), user.email, TEST_PASSWORD).expect(200);

    const events = await auditOf(`client_address = $1`, [address]);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'auth.login_throttled',
        metadata: expect.objectContaining({ scope: 'address', email: null, refused: 1, failures: 30 }),
      }),
    ]);
    await expect(throttleRow('address', '', address)).resolves.toEqual({ failures: 30, refused: 20 });
    // A flood refused by its address leaves no rows for the e-mails it tried.
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM login_throttles WHERE account LIKE 'flood-%'`,
    );
    expect(count).toBe(0);
  }, 180_000);

  describe('lifting a lock', () => {
    let admin: TestUser;
    let owner: TestUser;
    let address: string;

    beforeAll(async () => {
      admin = await signedInUser(t, 'admin');
      owner = await signedInUser(t, 'lead');
      address = uniqueClientAddress();
      for (let i = 0; i < 5; i += 1) await signIn(address, owner.email, 'mistyped').expect(401);
      await signIn(address, owner.email, TEST_PASSWORD).expect(429);
    });

    it('shows the lock to the admin and lets only an admin lift it, with a reason', async () => {
      const locked = await request(t.http).get(`/api/v1/users/${owner.id}`).set(bearer(admin)).expect(200);
      const until = Date.parse((locked.body as { signInLockedUntil: string }).signInLockedUntil);
      expect(until).toBeGreaterThan(Date.now());

      const lead = await signedInUser(t, 'lead');
      await request(t.http)
        .post(`/api/v1/users/${owner.id}/unlock`)
        .set(bearer(lead))
        .send({ reason: 'let me in' })
        .expect(403);
      const noReason = await request(t.http)
        .post(`/api/v1/users/${owner.id}/unlock`)
        .set(bearer(admin))
        .send({ reason: '   ' })
        .expect(400);
      expect(noReason.body).toMatchObject({ errors: [expect.objectContaining({ field: 'reason' })] });
      await request(t.http)
        .post(`/api/v1/users/${randomUUID()}/unlock`)
        .set(bearer(admin))
        .send({ reason: 'nobody' })
        .expect(404);
      await signIn(address, owner.email, TEST_PASSWORD).expect(429);

      const lifted = await request(t.http)
        .post(`/api/v1/users/${owner.id}/unlock`)
        .set(bearer(admin))
        .send({ reason: 'Owner called the help desk; identity checked' })
        .expect(200);
      expect(lifted.body).toMatchObject({ id: owner.id, signInLockedUntil: null });
      await signIn(address, owner.email, TEST_PASSWORD).expect(200);

      const events = await auditOf(`action = 'auth.lock_lifted' AND entity_id = $1`, [owner.id]);
      expect(events).toEqual([
        expect.objectContaining({
          actor_id: admin.id,
          reason: 'Owner called the help desk; identity checked',
          metadata: { email: owner.email, clearedKeys: 2 },
        }),
      ]);
    });
  });
});
