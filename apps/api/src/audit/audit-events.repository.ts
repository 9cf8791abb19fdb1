import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { ExportedAuditEvent } from './chain-verifier';
import type { AuditEventDto } from './dto/audit-event.dto';

export interface AuditEventFilter {
  caseId?: string;
  actorId?: string;
  /** An action, or a prefix ending in `.*`. */
  action?: string;
  entityType?: string;
  /** Bounds on `occurredAt`: from inclusive, to exclusive. */
  from?: string;
  to?: string;
}

/** A stretch of the chain: `afterSeq < seq <= uptoSeq`. */
export interface SeqRange {
  afterSeq: number;
  uptoSeq: number;
}

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
const OCCURRED_AT = `CASE WHEN date_trunc('milliseconds', occurred_at) = occurred_at
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

const TEXT_COLUMNS = eventColumns((column) => `${column}::text AS ${column}`);

/**
 * The jsonb columns as finished CSV cells, for a CSV export: PostgreSQL doubles the many
 * quotes of JSON text far faster than JavaScript does, and the other cells need little.
 */
const CSV_COLUMNS = eventColumns(
  (column) =>
    `CASE WHEN ${column} IS NULL THEN '' ELSE '"' || replace(${column}::text, '"', '""') || '"' END AS ${column}`,
);

/** `values`: jsonb as JSON text; `csv`: jsonb as quoted CSV cells (never null). */
export type EventRowShape = 'values' | 'csv';

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

/** How many batches' worth of seqs one query of a filtered walk may scan. */
const FILTERED_WINDOW_BATCHES = 10;

/** LIKE treats `_` and `%` as wildcards, and `_` occurs in action names. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, '\\$&')}%`;

/** The filter as SQL conditions; `param` adds a bound parameter and returns its placeholder. */
function filterConditions(filter: AuditEventFilter, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (filter.caseId) where.push(`case_id = ${param(filter.caseId)}::uuid`);
  if (filter.actorId) where.push(`actor_id = ${param(filter.actorId)}::uuid`);
  if (filter.action?.endsWith('.*')) where.push(`action LIKE ${param(likePrefix(filter.action.slice(0, -1)))}`);
  else if (filter.action) where.push(`action = ${param(filter.action)}`);
  if (filter.entityType) where.push(`entity_type = ${param(filter.entityType)}`);
  if (filter.from) where.push(`occurred_at >= ${param(filter.from)}::timestamptz`);
  if (filter.to) where.push(`occurred_at < ${param(filter.to)}::timestamptz`);
  return where;
}

function parameters() {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  return { params, param };
}

/** Reads of the chain; appends belong to AuditService alone. Every read is keyset by `seq`. */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Keyset page by sequence number, the chain's own order. */
  async page(filter: AuditEventFilter, order: 'asc' | 'desc', limit: number, cursor?: string) {
    const { params, param } = parameters();
    const where = filterConditions(filter, param);
    if (cursor) {
      const [seq] = decodeCursor(cursor, 1);
      if (!/^\d{1,18}$/.test(seq)) decodeCursor('', 1);
      where.push(`seq ${order === 'asc' ? '>' : '<'} ${param(seq)}::bigint`);
    }
    const rows = await this.dataSource.query<AuditEventTextRow[]>(
      `SELECT ${TEXT_COLUMNS} FROM audit_events
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY audit_events.seq ${order === 'asc' ? 'ASC' : 'DESC'}
        LIMIT ${param(limit + 1)}`,
      params,
    );
    const items = rows.slice(0, limit).map(toAuditEventDto);
    const nextCursor = rows.length > limit ? encodeCursor([String(items[items.length - 1].seq)]) : null;
    return { items, nextCursor };
  }

  /**
   * Every event up to `uptoSeq` that matches the filter, in chain order, `batchRows` at a
   * time. Each batch is one short query: no cursor or transaction stays open between them,
   * which on the embedded database (one connection) would stall every other request.
   *
   * Each query is also confined to a window of seqs. Without one, the planner may fetch the
   * whole rest of the chain and sort it for every batch (it does so on the embedded database,
   * which never gathers statistics), making a walk quadratic. A full walk's window is the
   * batch itself; a filtered walk's is wider, so that sparse matches cost few round trips.
   */
  async *walk(
    filter: AuditEventFilter,
    uptoSeq: number,
    batchRows: number,
    shape: EventRowShape = 'values',
  ): AsyncGenerator<AuditEventTextRow[]> {
    const filtered = Object.values(filter).some((value) => value !== undefined);
    const window = filtered ? batchRows * FILTERED_WINDOW_BATCHES : batchRows;
    const fetch = (afterSeq: number) => {
      const windowEnd = Math.min(afterSeq + window, uptoSeq);
      const rows = this.batch(filter, { afterSeq, uptoSeq: windowEnd }, batchRows, shape);
      // Handled now so that a failure while the caller is busy is not an unhandled rejection; awaited below.
      rows.catch(() => undefined);
      return { rows, windowEnd };
    };
    // One query ahead: the database reads the next batch while the caller writes this one.
    let next = uptoSeq > 0 ? fetch(0) : null;
    while (next) {
      const rows = await next.rows;
      const afterSeq = rows.length === batchRows ? Number(rows[rows.length - 1].seq) : next.windowEnd;
      next = afterSeq < uptoSeq ? fetch(afterSeq) : null;
      if (rows.length > 0) yield rows;
    }
  }

  /** The first `limit` events of `range` that match the filter, in chain order. */
  async batch(
    filter: AuditEventFilter,
    range: SeqRange,
    limit: number,
    shape: EventRowShape = 'values',
  ): Promise<AuditEventTextRow[]> {
    const { params, param } = parameters();
    const where = filterConditions(filter, param);
    where.push(`seq > ${param(range.afterSeq)}::bigint`, `seq <= ${param(range.uptoSeq)}::bigint`);
    return this.dataSource.query<AuditEventTextRow[]>(
      `SELECT ${shape === 'csv' ? CSV_COLUMNS : TEXT_COLUMNS} FROM audit_events WHERE ${where.join(' AND ')}
        ORDER BY audit_events.seq LIMIT ${param(limit)}`,
      params,
    );
  }

  /** The newest event's seq and hash; null for an empty chain. */
  async head(): Promise<{ seq: number; hash: string } | null> {
    const [row] = await this.dataSource.query<{ seq: string; hash: string }[]>(
      'SELECT seq::text AS seq, hash FROM audit_events ORDER BY audit_events.seq DESC LIMIT 1',
    );
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }
}
