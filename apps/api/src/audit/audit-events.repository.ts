import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, keysetPage } from '../common/cursor';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { COPY_CSV_COLUMNS, TEXT_COLUMNS, toAuditEventDto, type AuditEventTextRow } from './audit-event-row';

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

/** Only sealed events have a place in the chain; unsealed ones wait for the sequencer. */
const SEALED = 'seq IS NOT NULL';

/** How many batches' worth of seqs one query of a filtered walk may scan. */
const FILTERED_WINDOW_BATCHES = 10;

/** Seqs per transaction of a CSV export: long enough to stream fast, short enough to let others in. */
const COPY_WINDOW_SEQS = 50_000;

const isFiltered = (filter: AuditEventFilter) => Object.values(filter).some((value) => value !== undefined);

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
    const where = [SEALED, ...filterConditions(filter, param)];
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
    const { items, nextCursor } = keysetPage(rows, limit, (last) => [last.seq]);
    return { items: items.map(toAuditEventDto), nextCursor };
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
  async *walk(filter: AuditEventFilter, uptoSeq: number, batchRows: number): AsyncGenerator<AuditEventTextRow[]> {
    const filtered = isFiltered(filter);
    const range = await this.matchingSeqRange(filter, uptoSeq);
    if (!range) return;
    const window = filtered ? batchRows * FILTERED_WINDOW_BATCHES : batchRows;
    const fetch = (afterSeq: number) => {
      const windowEnd = Math.min(afterSeq + window, range.uptoSeq);
      const rows = this.batch(filter, { afterSeq, uptoSeq: windowEnd }, batchRows);
      // Handled now so that a failure while the caller is busy is not an unhandled rejection; awaited below.
      rows.catch(() => undefined);
      return { rows, windowEnd };
    };
    // One query ahead: the database reads the next batch while the caller writes this one.
    let next = range.afterSeq < range.uptoSeq ? fetch(range.afterSeq) : null;
    while (next) {
      const rows = await next.rows;
      const afterSeq = rows.length === batchRows ? Number(rows[rows.length - 1].seq) : next.windowEnd;
      next = afterSeq < range.uptoSeq ? fetch(afterSeq) : null;
      if (rows.length > 0) yield rows;
    }
  }

  /**
   * The seqs a walk need cover: from just before the first match to the last, up to `uptoSeq`;
   * null when nothing matches. Costs about a read of the matches' index entries, and spares a
   * walk the rest of the chain, which it would otherwise read window by window.
   */
  private async matchingSeqRange(filter: AuditEventFilter, uptoSeq: number): Promise<SeqRange | null> {
    if (!isFiltered(filter)) return uptoSeq > 0 ? { afterSeq: 0, uptoSeq } : null;
    const { params, param } = parameters();
    const where = filterConditions(filter, param);
    where.push(`seq <= ${param(uptoSeq)}::bigint`);
    const [row] = await this.dataSource.query<{ first: string | null; last: string | null }[]>(
      // OFFSET 0 keeps min() and max() from walking the seq index until a match turns up, which
      // for a time bound is most of the chain: the filter's own index finds the matches instead.
      `SELECT min(seq)::text AS first, max(seq)::text AS last
         FROM (SELECT seq FROM audit_events WHERE ${where.join(' AND ')} OFFSET 0) matches`,
      params,
    );
    return row.first === null || row.last === null
      ? null
      : { afterSeq: Number(row.first) - 1, uptoSeq: Number(row.last) };
  }

  /** The first `limit` events of `range` that match the filter, in chain order. */
  async batch(filter: AuditEventFilter, range: SeqRange, limit: number): Promise<AuditEventTextRow[]> {
    const { params, param } = parameters();
    const where = filterConditions(filter, param);
    where.push(`seq > ${param(range.afterSeq)}::bigint`, `seq <= ${param(range.uptoSeq)}::bigint`);
    return this.dataSource.query<AuditEventTextRow[]>(
      `SELECT ${TEXT_COLUMNS} FROM audit_events WHERE ${where.join(' AND ')}
        ORDER BY audit_events.seq LIMIT ${param(limit)}`,
      params,
    );
  }

  /**
   * The CSV export of every event up to `uptoSeq` that matches the filter, in chain order, as
   * PostgreSQL's own `COPY … TO STDOUT (FORMAT csv)` writes it: the database quotes and escapes,
   * and the bytes pass through untouched, with back-pressure from the client's socket.
   *
   * One connection is taken from the pool for the walk. Each window of seqs is one short
   * read-only transaction, so other work interleaves on the embedded database (whose one
   * backend runs one statement at a time). COPY takes no bound parameters, so the filter's
   * values travel as transaction-local settings that the statement reads, never as SQL text.
   */
  async *copyCsv(filter: AuditEventFilter, uptoSeq: number): AsyncGenerator<Buffer> {
    const values: unknown[] = [];
    const setting = (value: unknown) => {
      values.push(value);
      return `current_setting('ethics_export.p${values.length}')`;
    };
    const where = filterConditions(filter, setting);
    const bounds = [setting(0), setting(0)];
    where.push(`seq > ${bounds[0]}::bigint`, `seq <= ${bounds[1]}::bigint`);
    const copy = `COPY (SELECT ${COPY_CSV_COLUMNS} FROM audit_events WHERE ${where.join(' AND ')}
      ORDER BY audit_events.seq) TO STDOUT WITH (FORMAT csv)`;
    const settings = values.map((_, i) => `set_config('ethics_export.p${i + 1}', $${i + 1}, true)`).join(', ');

    const range = await this.matchingSeqRange(filter, uptoSeq);
    if (!range) return;
    const driver = this.dataSource.driver as PostgresDriver;
    const [client, release] = (await driver.obtainMasterConnection()) as [PoolClient, (error?: Error) => void];
    let clean = false;
    try {
      for (let afterSeq = range.afterSeq; afterSeq < range.uptoSeq; afterSeq += COPY_WINDOW_SEQS) {
        const windowEnd = Math.min(afterSeq + COPY_WINDOW_SEQS, range.uptoSeq);
        values[values.length - 2] = afterSeq;
        values[values.length - 1] = windowEnd;
        await client.query('BEGIN READ ONLY');
        await client.query(`SELECT ${settings}`, values.map(String));
        for await (const chunk of client.query(copyTo(copy)) as AsyncIterable<Buffer>) yield chunk;
        await client.query('COMMIT');
      }
      clean = true;
    } finally {
      // A walk left midway (the client went away) leaves the connection inside a COPY: discard it.
      release(clean ? undefined : new Error('audit CSV export abandoned'));
    }
  }

  /** The seq the sequencer gave an event; null while it is unsealed. */
  async seqOf(id: string): Promise<number | null> {
    const [row] = await this.dataSource.query<{ seq: string | null }[]>(
      'SELECT seq::text AS seq FROM audit_events WHERE id = $1',
      [id],
    );
    return row?.seq ? Number(row.seq) : null;
  }

  /** Events written but not yet chained by the sequencer. */
  async unsealedCount(): Promise<number> {
    const [row] = await this.dataSource.query<{ n: string }[]>(
      'SELECT count(*)::text AS n FROM audit_events WHERE seq IS NULL',
    );
    return Number(row.n);
  }

  /** The newest sealed event's seq and hash; null for an empty chain. */
  async head(): Promise<{ seq: number; hash: string } | null> {
    const [row] = await this.dataSource.query<{ seq: string; hash: string }[]>(
      `SELECT seq::text AS seq, hash FROM audit_events WHERE ${SEALED} ORDER BY audit_events.seq DESC LIMIT 1`,
    );
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }
}
