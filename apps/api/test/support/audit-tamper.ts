import { Client } from 'pg';
import { GENESIS_HASH, hashAuditContent } from '../../src/audit/audit-hash';
import { storedContent, type StoredEventRow } from './stored-audit-event';

/**
 * Runs `work` as the database superuser with the append-only triggers switched off, the way
 * someone with full control of the database would rewrite history. `SET LOCAL` ends with the
 * transaction: PGlite has one session behind every connection, so nothing leaks into the app's.
 * Only for a scratch database (test/support/scratch-database.ts): the chain breaks on purpose.
 */
export async function tamperAsSuperuser(url: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

/** A stored event exactly as it is, every column, to put back with `restoreEvents`. */
export async function savedEvent(client: Client, seq: number): Promise<Record<string, unknown>> {
  const { rows } = await client.query<{ row: Record<string, unknown> }>(
    'SELECT row_to_json(a) AS row FROM audit_events a WHERE seq = $1',
    [seq],
  );
  return rows[0].row;
}

/** Inserts saved events (from `savedEvent`) back, column for column. */
export async function insertSavedEvents(client: Client, rows: Record<string, unknown>[]): Promise<void> {
  for (const row of rows) {
    await client.query('INSERT INTO audit_events SELECT * FROM json_populate_record(NULL::audit_events, $1::json)', [
      JSON.stringify(row),
    ]);
  }
}

/**
 * The careful forger: changes the reason of event `seq` and recomputes every hash from there
 * to the head, so that the chain is consistent again. Only a checkpoint kept from before
 * shows it (docs/audit-format.md).
 */
export async function rewriteHistoryFrom(client: Client, seq: number, reason: string): Promise<void> {
  const { rows } = await client.query<StoredEventRow>('SELECT * FROM audit_events WHERE seq >= $1 ORDER BY seq', [seq]);
  const { rows: before } = await client.query<{ hash: string }>('SELECT hash FROM audit_events WHERE seq = $1', [
    seq - 1,
  ]);
  let prevHash = before[0]?.hash ?? GENESIS_HASH;
  for (const row of rows) {
    const content = { ...storedContent(row, prevHash), reason: Number(row.seq) === seq ? reason : row.reason };
    const hash = hashAuditContent(content);
    await client.query('UPDATE audit_events SET reason = $1, prev_hash = $2, hash = $3 WHERE seq = $4', [
      content.reason,
      prevHash,
      hash,
      row.seq,
    ]);
    prevHash = hash;
  }
}
