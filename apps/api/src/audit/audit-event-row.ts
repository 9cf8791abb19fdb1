import type { ExportedAuditEvent } from './chain-verifier';
import type { AuditEventDto } from './dto/audit-event.dto';

/**
 * One event with every column as text, jsonb included, so that an export can write the
 * values without parsing them, and `occurred_at` exactly as the hash covers it.
 */
export interface AuditEventTextRow {
  seq: string;
  id: string;
  occurred_at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  case_id: string | null;
  before: string | null;
  after: string | null;
  metadata: string | null;
  reason: string | null;
  request_id: string | null;
  client_address: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * `occurredAt` as the writer hashed it: `Date#toISOString()`, milliseconds. A value with finer
 * digits (only a hand-edited row has them) keeps its microseconds, so that the change shows in
 * the hash instead of being rounded away by a JavaScript Date.
 */
export const OCCURRED_AT = `CASE WHEN date_trunc('milliseconds', occurred_at) = occurred_at
    THEN to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    ELSE to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END`;

/**
 * Every column as text, aliased like the column it reads (so ORDER BY must name
 * audit_events.seq, not the text alias); `json` writes the three jsonb columns.
 */
const eventColumns = (json: (column: string) => string) => `seq::text AS seq, id::text AS id,
  ${OCCURRED_AT} AS occurred_at, actor_id::text AS actor_id, actor_role, action, entity_type, entity_id,
  case_id::text AS case_id, ${json('before')}, ${json('after')}, ${json('metadata')},
  reason, request_id, client_address, prev_hash, hash`;

export const TEXT_COLUMNS = eventColumns((column) => `${column}::text AS ${column}`);

/** A spreadsheet runs a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = String.raw`'^[=+@\t\r-]'`;
const formulaSafe = (column: string) =>
  `CASE WHEN ${column} ~ ${FORMULA_START} THEN '''' || ${column} ELSE ${column} END AS ${column}`;

/**
 * The CSV export's columns for PostgreSQL's own `COPY … (FORMAT csv)`, which quotes and escapes
 * far faster than JavaScript could. Text that a writer chose (an entity id, a reason, a request
 * id) gets a leading `'` when a spreadsheet would run it as a formula; jsonb is written as is,
 * as it starts with a brace, bracket, quote, digit or letter.
 */
export const COPY_CSV_COLUMNS = `seq, id, ${OCCURRED_AT} AS occurred_at, actor_id, actor_role, action, entity_type,
  ${formulaSafe('entity_id')}, case_id, before, after, metadata, ${formulaSafe('reason')},
  ${formulaSafe('request_id')}, ${formulaSafe('client_address')}, prev_hash, hash`;

const parseJson = (text: string | null): ExportedAuditEvent['before'] =>
  text === null ? null : (JSON.parse(text) as ExportedAuditEvent['before']);

/** The event with its hashed fields as values, for hashing and for JSON answers. */
export function toExportedEvent(row: AuditEventTextRow): ExportedAuditEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    caseId: row.case_id,
    before: parseJson(row.before),
    after: parseJson(row.after),
    metadata: parseJson(row.metadata),
    reason: row.reason,
    requestId: row.request_id,
    clientAddress: row.client_address,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function toAuditEventDto(row: AuditEventTextRow): AuditEventDto {
  return toExportedEvent(row) as AuditEventDto;
}
