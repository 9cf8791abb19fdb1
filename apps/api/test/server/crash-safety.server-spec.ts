import { Client } from 'pg';
import { createUser, deploymentSecrets, signIn, startApiProcess, type ApiProcess } from '../support/api-process';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';

const WRITES = 1000;
/**
 * Acknowledged writes after which the process is killed: early enough that hundreds are still in
 * flight even on a busy machine, where writes queued past the pool's timeout are answered 503.
 */
const KILL_AFTER = 100;

interface Outcome {
  /** Case id → title, for every write that got a 2xx. */
  acknowledged: Map<string, string>;
  /** HTTP statuses other than 201 (an overloaded pool answers 503; nothing may answer 500). */
  statuses: number[];
  /** Requests that got no answer: the process died under them. */
  unanswered: number;
}

/**
 * QUALITY.md's crash test: kill -9 the API while 1,000 audited writes are in flight, restart it,
 * and find every acknowledged write with its audit event, nothing half-written, and a chain that
 * verifies with no unsealed backlog.
 */
describe('the API killed with SIGKILL in the middle of 1,000 concurrent writes', () => {
  let scratch: ScratchDatabase;
  const processes: ApiProcess[] = [];
  const secrets = deploymentSecrets();

  beforeAll(async () => {
    scratch = await createScratchDatabase();
  });
  afterAll(async () => {
    for (const api of processes) await api.kill();
    await scratch?.drop();
  });

  const start = async () => {
    const api = await startApiProcess({ DATABASE_URL: scratch.url, ...secrets });
    processes.push(api);
    return api;
  };

  async function writeUntilKilled(api: ApiProcess, headers: Record<string, string>): Promise<Outcome> {
    const outcome: Outcome = { acknowledged: new Map(), statuses: [], unanswered: 0 };
    const kill = () => {
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
    };
    const write = async (i: number) => {
      const title = `Crash write ${i}`;
      try {
        const response = await fetch(`${api.url}/api/v1/cases`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ title, summary: 'Opened while the process is about to die.', severity: 'medium' }),
        });
        if (response.status !== 201) {
          outcome.statuses.push(response.status);
          return;
        }
        const { id } = (await response.json()) as { id: string };
        outcome.acknowledged.set(id, title);
        if (outcome.acknowledged.size === KILL_AFTER) kill();
      } catch {
        outcome.unanswered++;
      }
    };
    await Promise.all(Array.from({ length: WRITES }, (_, i) => write(i)));
    // Had every write been answered first, the expectations below say so (no write unanswered).
    kill();
    return outcome;
  }

  async function query<T>(sql: string): Promise<T[]> {
    const client = new Client({ connectionString: scratch.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it('keeps every acknowledged write with its audit event, half-writes none, and the chain verifies', async () => {
    const first = await start();
    const lead = await createUser(scratch.url, 'lead');
    const auditor = await createUser(scratch.url, 'auditor');
    const outcome = await writeUntilKilled(first, await signIn(first.url, lead.email));

    await expect(first.exited).resolves.toEqual({ code: null, signal: 'SIGKILL' });
    expect(outcome.acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(outcome.acknowledged.size).toBeLessThan(WRITES);
    expect(outcome.unanswered).toBeGreaterThan(0);
    expect(outcome.statuses.filter((status) => status !== 503)).toEqual([]);

    const restarted = await start();
    const verify = await fetch(`${restarted.url}/api/v1/audit/verify`, {
      headers: await signIn(restarted.url, auditor.email),
    });
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ valid: true, unsealed: 0, firstInvalidId: null });

    const cases = await query<{ id: string; title: string; members: number; created: number }>(
      `SELECT c.id, c.title,
              (SELECT count(*)::int FROM case_members m WHERE m.case_id = c.id) AS members,
              (SELECT count(*)::int FROM audit_events e
                WHERE e.action = 'case.created' AND e.entity_id = c.id::text) AS created
         FROM cases c`,
    );
    const stored = new Map(cases.map((row) => [row.id, row.title]));
    // Every acknowledged write is there, as it was acknowledged.
    for (const [id, title] of outcome.acknowledged) expect(stored.get(id)).toBe(title);
    // Every case that is there (acknowledged or not) is whole: its member and its one audit event.
    expect(cases.filter((row) => row.members !== 1 || row.created !== 1)).toEqual([]);
    // And no audit event tells of a case that is not there.
    const orphans = await query<{ entity_id: string }>(
      `SELECT e.entity_id FROM audit_events e
        WHERE e.action = 'case.created' AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id::text = e.entity_id)`,
    );
    expect(orphans).toEqual([]);
    const [{ unsealed }] = await query<{ unsealed: number }>(
      'SELECT count(*)::int AS unsealed FROM audit_events WHERE seq IS NULL',
    );
    expect(unsealed).toBe(0);
  }, 300_000);
});
