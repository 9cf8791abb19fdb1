import request from 'supertest';
import { Client } from 'pg';
import { AuditSequencer } from '../../src/audit/audit-sequencer.service';
import { openCase } from '../factories/cases.factory';
import { bearer, signedInUser, type TestUser } from '../factories/users.factory';
import { chainProblems } from '../support/audit-chain';
import { createTestApp, type TestApp } from '../support/test-app';

interface StoredEvent {
  id: string;
  seq: string | null;
  hash: string | null;
}

describe('the audit sequencer', () => {
  let first: TestApp;
  let second: TestApp;
  let reviewer: TestUser;
  let lead: TestUser;

  beforeAll(async () => {
    // Two application instances with their own pools on one database, as two API processes are.
    first = await createTestApp();
    second = await createTestApp();
    [reviewer, lead] = await Promise.all([signedInUser(first, 'reviewer'), signedInUser(first, 'lead')]);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  const eventsOf = (caseId: string) =>
    first.dataSource.query<(StoredEvent & { action: string; after: { version?: number } | null })[]>(
      `SELECT id, seq::text AS seq, hash, action, after FROM audit_events WHERE case_id = $1`,
      [caseId],
    );

  it('chains an event only after its change committed, and seals what is committed on request', async () => {
    const opened = await openCase(first, reviewer);
    await first.app.get(AuditSequencer).sealCommitted();
    const events = await eventsOf(opened.id);
    expect(events.map((e) => e.action)).toEqual(['case.created']);
    expect(events[0].seq).not.toBeNull();
    expect(events[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lets the database change an event only by sealing it once, content unchanged', async () => {
    const client = new Client({ connectionString: first.databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      // An event written but not sealed yet (the sequencer cannot see it before the commit).
      const [{ id }] = (
        await client.query<{ id: string }>(
          `INSERT INTO audit_events (id, occurred_at, action, entity_type, entity_id)
           VALUES (gen_random_uuid(), date_trunc('milliseconds', clock_timestamp()), 'case.updated', 'case', NULL)
           RETURNING id`,
        )
      ).rows;
      await expect(client.query(`UPDATE audit_events SET reason = 'rewritten' WHERE id = $1`, [id])).rejects.toThrow(
        /append-only/,
      );
      await client.query('ROLLBACK');

      const opened = await openCase(first, reviewer);
      await first.app.get(AuditSequencer).sealCommitted();
      const [sealed] = await eventsOf(opened.id);
      await expect(
        client.query(`UPDATE audit_events SET seq = seq + 1000000 WHERE id = $1`, [sealed.id]),
      ).rejects.toThrow(/append-only/);
      await expect(
        client.query(`UPDATE audit_events SET seq = NULL, hash = NULL, prev_hash = NULL WHERE id = $1`, [sealed.id]),
      ).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM audit_events WHERE id = $1`, [sealed.id])).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });

  it('keeps the order of a record’s changes when they race through two processes', async () => {
    const opened = await openCase(first, lead);
    let version = opened.version;
    let edits = 0;
    const apps = [first, second];
    // Eight writers race for each version: one wins (200), the others are told 409 and try the next.
    await Promise.all(
      Array.from({ length: 8 }, async (_, writer) => {
        for (let attempt = 0; attempt < 60 && edits < 12; attempt++) {
          const response = await request(apps[writer % 2].http)
            .patch(`/api/v1/cases/${opened.id}`)
            .set(bearer(lead))
            .send({ version, title: `Edit by writer ${writer}, attempt ${attempt}` });
          expect([200, 409]).toContain(response.status);
          if (response.status === 200) {
            edits += 1;
            version = Math.max(version, (response.body as { version: number }).version);
          } else {
            const current = await request(apps[writer % 2].http)
              .get(`/api/v1/cases/${opened.id}`)
              .set(bearer(lead));
            version = Math.max(version, (current.body as { version: number }).version);
          }
        }
      }),
    );
    expect(edits).toBeGreaterThanOrEqual(12);
    await second.app.get(AuditSequencer).sealCommitted();
    const updates = (await eventsOf(opened.id))
      .filter((e) => e.action === 'case.updated')
      .sort((a, b) => Number(a.seq) - Number(b.seq));
    const versions = updates.map((e) => e.after?.version);
    expect(versions).toEqual([...versions].sort((a, b) => Number(a) - Number(b)));
    expect(new Set(versions).size).toBe(updates.length);
    await expect(chainProblems(first.app)).resolves.toEqual([]);
  });

  it('builds one valid chain from concurrent writes through two processes', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        request((i % 2 ? first : second).http)
          .post('/api/v1/cases')
          .set(bearer(reviewer))
          .send({ title: `Concurrent intake ${i}`, summary: 'Two processes.', severity: 'low' })
          .expect(201),
      ),
    );
    await expect(chainProblems(second.app)).resolves.toEqual([]);
    // One clock, the database's, and sealing behind the oldest open write: time never runs backwards.
    const times = await first.dataSource.query<{ occurred_at: Date }[]>(
      'SELECT occurred_at FROM audit_events WHERE seq IS NOT NULL ORDER BY audit_events.seq',
    );
    const backwards = times.filter((row, i) => i > 0 && row.occurred_at < times[i - 1].occurred_at);
    expect(backwards).toEqual([]);
  });

  it('reports the sealed head and nothing left unsealed to an auditor', async () => {
    const auditor = await signedInUser(first, 'auditor');
    await openCase(second, reviewer);
    const verified = await request(first.http).get('/api/v1/audit/verify').set(bearer(auditor)).expect(200);
    expect(verified.body).toMatchObject({ valid: true, unsealed: 0 });
    const checkpoint = await request(second.http).get('/api/v1/audit/checkpoints').set(bearer(auditor)).expect(200);
    expect(checkpoint.body).toMatchObject({ seq: (verified.body as { lastSeq: number }).lastSeq, unsealed: 0 });
  });
});
