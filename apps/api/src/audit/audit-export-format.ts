import type { AuditEventTextRow } from './audit-event-row';
import { toExportedEvent } from './audit-event-row';
import { exportLine } from './chain-verifier';
import { csvCell, csvRecord } from './csv';

export const AUDIT_CSV_COLUMNS = [
  'seq',
  'id',
  'occurredAt',
  'actorId',
  'actorRole',
  'action',
  'entityType',
  'entityId',
  'caseId',
  'before',
  'after',
  'metadata',
  'reason',
  'requestId',
  'clientAddress',
  'prevHash',
  'hash',
];

/**
 * One NDJSON line per event, in canonical layout: the hashed fields in canonical order, nested
 * values with sorted keys, and `hash` last, so that a verifier can hash a line's text as it is
 * (docs/audit-format.md). jsonb keeps its own key order, hence the parse.
 */
export function auditNdjson(rows: AuditEventTextRow[]): string {
  let text = '';
  for (const row of rows) text += `${exportLine(toExportedEvent(row))}\n`;
  return text;
}

/**
 * CSV records of events (rows read in the `csv` shape: jsonb cells already quoted), for
 * reading; the NDJSON is the export that verifies. jsonb as PostgreSQL prints it.
 */
export function auditCsv(rows: AuditEventTextRow[], header: boolean): string {
  let text = header ? csvRecord(AUDIT_CSV_COLUMNS) : '';
  for (const row of rows) {
    text += csvRecord([
      csvCell(row.seq),
      csvCell(row.id),
      csvCell(row.occurred_at),
      csvCell(row.actor_id),
      csvCell(row.actor_role),
      csvCell(row.action),
      csvCell(row.entity_type),
      csvCell(row.entity_id),
      csvCell(row.case_id),
      row.before ?? '',
      row.after ?? '',
      row.metadata ?? '',
      csvCell(row.reason),
      csvCell(row.request_id),
      csvCell(row.client_address),
      csvCell(row.prev_hash),
      csvCell(row.hash),
    ]);
  }
  return text;
}
