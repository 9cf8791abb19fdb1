import { Client } from 'pg';
import { GENESIS_HASH, hashAuditContent, type HashedAuditContent } from '../../src/audit/audit-hash';

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

interface StoredEventRow {
  seq: string;
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  case_id: string | null;
  before: HashedAuditContent['before'];
  after: HashedAuditContent['after'];
  metadata: HashedAuditContent['metadata'];
  reason: string | null;
  request_id: string | null;
  client_address: string | null;
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
    const content: HashedAuditContent = {
      seq: Number(row.seq),
      id: row.id,
      occurredAt: new Date(row.occurred_at).toISOString(),
      actorId: row.actor_id,
      actorRole: row.actor_role,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      caseId: row.case_id,
      before: row.before,
      after: row.after,
      metadata: row.metadata,
      reason: Number(row.seq) === seq ? reason : row.reason,
      requestId: row.request_id,
      clientAddress: row.client_address,
      prevHash,
    };
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
