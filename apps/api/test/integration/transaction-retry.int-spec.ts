import request from 'supertest';
import { inTransaction, TRANSACTION_ATTEMPTS } from '../../src/database/transaction';
import { BusyProblem } from '../../src/common/app-errors';
import { bearer, startSignedIn, type TestUser } from '../factories/users.factory';
import type { TestApp } from '../support/test-app';

/**
 * PostgreSQL aborts the loser of a deadlock (40P01) or of a serializable conflict (40001);
 * these tests make the database raise those very errors from a trigger, a set number of
 * times, so the retry is exercised by real aborted transactions.
 */
describe('transactions that lose to contention', () => {
  let t: TestApp;
  let reviewer: TestUser;

  beforeAll(async () => ({ t, user: reviewer } = await startSignedIn('reviewer')));
  afterAll(() => t.close());

  /** Makes every new case fail with `sqlState` until `failures` attempts have failed. */
  async function contendedCaseInserts(sqlState: string, failures: number) {
    await t.dataSource.query(`DROP SEQUENCE IF EXISTS contention_probe`);
    await t.dataSource.query(`CREATE SEQUENCE contention_probe`);
    await t.dataSource.query(`
      CREATE OR REPLACE FUNCTION contention_probe() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('contention_probe') <= ${failures} THEN
          RAISE EXCEPTION 'simulated contention' USING ERRCODE = '${sqlState}';
        END IF;
        RETURN NEW;
      END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER contention_probe BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION contention_probe()`,
    );
    return {
      attempts: async () =>
        Number((await t.dataSource.query<{ n: string }[]>(`SELECT last_value AS n FROM contention_probe`))[0].n),
      remove: async () => {
        await t.dataSource.query(`DROP TRIGGER IF EXISTS contention_probe ON cases`);
        await t.dataSource.query(`DROP FUNCTION IF EXISTS contention_probe()`);
        await t.dataSource.query(`DROP SEQUENCE IF EXISTS contention_probe`);
      },
    };
  }

  const countCases = async (title: string) =>
    Number(
      (await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM cases WHERE title = $1`, [title]))[0].n,
    );

  it('runs a transaction again after a deadlock, and the write lands once with its audit event', async () => {
    const probe = await contendedCaseInserts('40P01', 2);
    try {
      const title = `Retried after deadlock ${Date.now()}`;
      const created = await request(t.http)
        .post('/api/v1/cases')
        .set(bearer(reviewer))
        .send({ title, summary: 'Contended.', severity: 'low' })
        .expect(201);
      await expect(probe.attempts()).resolves.toBe(3);
      await expect(countCases(title)).resolves.toBe(1);
      const events = await t.dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'case.created'`,
        [(created.body as { id: string }).id],
      );
      expect(Number(events[0].n)).toBe(1);
    } finally {
      await probe.remove();
    }
  });

  it('answers 503 with Retry-After when every attempt loses, and records nothing', async () => {
    const probe = await contendedCaseInserts('40001', 1000);
    try {
      const title = `Never lands ${Date.now()}`;
      const eventsBefore = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events`);
      const refused = await request(t.http)
        .post('/api/v1/cases')
        .set(bearer(reviewer))
        .send({ title, summary: 'Contended.', severity: 'low' })
        .expect(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 503, title: 'Service busy' });
      await expect(probe.attempts()).resolves.toBe(TRANSACTION_ATTEMPTS);
      await expect(countCases(title)).resolves.toBe(0);
      const eventsAfter = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events`);
      expect(eventsAfter[0].n).toBe(eventsBefore[0].n);
    } finally {
      await probe.remove();
    }
  });

  it('does not retry other failures', async () => {
    let attempts = 0;
    await expect(
      inTransaction(t.dataSource, async (manager) => {
        attempts++;
        await manager.query(`SELECT 1 / 0`);
      }),
    ).rejects.not.toBeInstanceOf(BusyProblem);
    expect(attempts).toBe(1);
  });
});
