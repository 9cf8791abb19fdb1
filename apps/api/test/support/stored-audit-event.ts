import type { AuditEventTextRow } from '../../src/audit/audit-event-row';
import type { HashedAuditContent, JsonValue } from '../../src/audit/audit-hash';

/** An audit_events row as `SELECT *` returns it through pg: a timestamp and parsed jsonb. */
export type StoredEventRow = Omit<AuditEventTextRow, 'occurred_at' | 'before' | 'after' | 'metadata'> & {
  occurred_at: Date;
  before: JsonValue;
  after: JsonValue;
  metadata: JsonValue;
};

/** What the hash of a stored row covers, read from its columns rather than through the application's mapping. */
export function storedContent(row: StoredEventRow, prevHash = row.prev_hash): HashedAuditContent {
  return {
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
    reason: row.reason,
    requestId: row.request_id,
    clientAddress: row.client_address,
    prevHash,
  };
}
