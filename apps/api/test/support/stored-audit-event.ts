import type { AuditEventTextRow } from '../../src/audit/audit-event-row';
import type { HashedAuditContent, JsonValue } from '../../src/audit/audit-hash';
import { HASHED_FIELDS } from '../../src/audit/chain-verifier';

/** An audit_events row as `SELECT *` returns it through pg: a timestamp and parsed jsonb. */
export type StoredEventRow = Omit<AuditEventTextRow, 'occurred_at' | 'before' | 'after' | 'metadata'> & {
  occurred_at: Date;
  before: JsonValue;
  after: JsonValue;
  metadata: JsonValue;
};

const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** What the hash of a stored row covers, read from its columns rather than through the application's mapping. */
export function storedContent(row: StoredEventRow, prevHash = row.prev_hash): HashedAuditContent {
  const columns = row as unknown as Record<string, unknown>;
  const content = Object.fromEntries(HASHED_FIELDS.map((field) => [field, columns[columnOf(field)]]));
  return {
    ...(content as HashedAuditContent),
    seq: Number(row.seq),
    occurredAt: new Date(row.occurred_at).toISOString(),
    prevHash,
  };
}
