import { createUser, deploymentSecrets, signIn, startApiProcess, type ApiProcess } from '../support/api-process';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';

const WRITES_PER_PROCESS = 60;

/**
 * Two API processes on their own ports, sharing one database and nothing else, as replicas behind
 * a proxy do: sessions, sign-in rate limits and the audit chain live in PostgreSQL.
 */
describe('two API processes sharing one database', () => {
  let scratch: ScratchDatabase;
  let one: ApiProcess;
  let two: ApiProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    const env = { DATABASE_URL: scratch.url, ...deploymentSecrets(), TRUST_PROXY: '1' };
    // Started together on an empty database: they take turns to migrate.
    [one, two] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([one?.kill(), two?.kill()]);
    await scratch?.drop();
  });

  const me = (api: ApiProcess, headers: Record<string, string>) =>
    fetch(`${api.url}/api/v1/auth/me`, { headers }).then((response) => response.status);

  it('honours a session made on one on the other, and ends it on both', async () => {
    const lead = await createUser(scratch.url, 'lead');
    const session = await signIn(one.url, lead.email);
    await expect(me(two, session)).resolves.toBe(200);

    const logout = await fetch(`${two.url}/api/v1/auth/logout`, { method: 'POST', headers: session });
    expect(logout.status).toBeLessThan(300);
    await expect(me(one, session)).resolves.toBe(401);
  });

  it('holds parallel wrong guesses spread over both to one limit', async () => {
    const owner = await createUser(scratch.url, 'reviewer');
    const guess = (api: ApiProcess, i: number) =>
      fetch(`${api.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77' },
        body: JSON.stringify({ email: owner.email, password: `wrong-guess-${i}` }),
      }).then((response) => response.status);

    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => guess(i % 2 ? one : two, i)));
    // Five free failures for one account from one address, whichever process heard them.
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(45);
  });

  it('leaves one valid chain after concurrent writes through both', async () => {
    const lead = await createUser(scratch.url, 'lead');
    const auditor = await createUser(scratch.url, 'auditor');
    const sessions = new Map([
      [one, await signIn(one.url, lead.email)],
      [two, await signIn(two.url, lead.email)],
    ]);
    const write = (api: ApiProcess, i: number) =>
      fetch(`${api.url}/api/v1/cases`, {
        method: 'POST',
        headers: { ...sessions.get(api), 'content-type': 'application/json' },
        body: JSON.stringify({
          title: `Replica write ${i}`,
          summary: 'Opened through either process.',
          severity: 'low',
        }),
      }).then((response) => response.status);

    const statuses = await Promise.all(
      Array.from({ length: 2 * WRITES_PER_PROCESS }, (_, i) => write(i % 2 ? one : two, i)),
    );
    // Both wrote; on a busy machine a write queued past the pool's timeout may fail fast with 503.
    expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(statuses.filter((status, i) => status === 201 && i % 2 === 0).length).toBeGreaterThan(0);
    expect(statuses.filter((status, i) => status === 201 && i % 2 === 1).length).toBeGreaterThan(0);

    // Signed in on both first: a sign-in is an audit event, and one committed during the other's
    // walk would be reported as not yet chained.
    const auditors = [await signIn(one.url, auditor.email), await signIn(two.url, auditor.email)];
    const verified: { valid: boolean; unsealed: number; lastSeq: number }[] = [];
    for (const [index, api] of [one, two].entries()) {
      const response = await fetch(`${api.url}/api/v1/audit/verify`, { headers: auditors[index] });
      expect(response.status).toBe(200);
      verified.push((await response.json()) as (typeof verified)[number]);
    }
    for (const verification of verified) {
      expect(verification).toMatchObject({ valid: true, unsealed: 0 });
      expect(verification.lastSeq).toBeGreaterThanOrEqual(statuses.filter((status) => status === 201).length);
    }
  }, 120_000);
});
