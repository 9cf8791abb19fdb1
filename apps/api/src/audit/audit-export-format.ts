import type { AuditEventTextRow } from './audit-event-row';
import { toExportedEvent } from './audit-event-row';
import { EXPORTED_FIELDS, exportLine } from './chain-verifier';

/** The CSV export's header record; its rows come from `COPY … (FORMAT csv)`, which ends records with LF. */
export const AUDIT_CSV_HEADER = `${EXPORTED_FIELDS.join(',')}\n`;

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
