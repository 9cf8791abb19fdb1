import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { AuditEventDto } from './dto/audit-event.dto';

export interface AuditEventFilter {
  caseId?: string;
  actorId?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

const EVENT_COLUMNS = `id, seq, occurred_at, actor_id, actor_role, action, entity_type, entity_id, case_id,
  before, after, metadata, reason, request_id, client_address, prev_hash, hash`;

type EventRow = Record<string, unknown>;

export function toAuditEventDto(row: EventRow): AuditEventDto {
  return {
    id: row.id as string,
    seq: Number(row.seq),
    occurredAt: new Date(row.occurred_at as string).toISOString(),
    actorId: (row.actor_id as string | null) ?? null,
    actorRole: (row.actor_role as string | null) ?? null,
    action: row.action as string,
    entityType: row.entity_type as string,
    entityId: (row.entity_id as string | null) ?? null,
    caseId: (row.case_id as string | null) ?? null,
    before: (row.before as Record<string, unknown> | null) ?? null,
    after: (row.after as Record<string, unknown> | null) ?? null,
    metadata: (row.metadata as Record<string, unknown> | null) ?? null,
    reason: (row.reason as string | null) ?? null,
    requestId: (row.request_id as string | null) ?? null,
    clientAddress: (row.client_address as string | null) ?? null,
    prevHash: row.prev_hash as string,
    hash: row.hash as string,
  };
}

@Injectable()
export class AuditEventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Keyset page by sequence number, the chain's own order. */
  async page(filter: AuditEventFilter, order: 'asc' | 'desc', limit: number, cursor?: string) {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.caseId) where.push(`case_id = ${param(filter.caseId)}`);
    if (filter.actorId) where.push(`actor_id = ${param(filter.actorId)}`);
    if (filter.action?.endsWith('.*')) where.push(`action LIKE ${param(`${filter.action.slice(0, -1)}%`)}`);
    else if (filter.action) where.push(`action = ${param(filter.action)}`);
    if (filter.entityType) where.push(`entity_type = ${param(filter.entityType)}`);
    if (filter.from) where.push(`occurred_at >= ${param(filter.from)}::timestamptz`);
    if (filter.to) where.push(`occurred_at < ${param(filter.to)}::timestamptz`);
    if (cursor) {
      const [seq] = decodeCursor(cursor, 1);
      if (!/^\d{1,18}$/.test(seq)) decodeCursor('', 1);
      where.push(`seq ${order === 'asc' ? '>' : '<'} ${param(seq)}::bigint`);
    }
    const rows = await this.dataSource.query<EventRow[]>(
      `SELECT ${EVENT_COLUMNS} FROM audit_events
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY seq ${order === 'asc' ? 'ASC' : 'DESC'}
        LIMIT ${param(limit + 1)}`,
      params,
    );
    const items = rows.slice(0, limit).map(toAuditEventDto);
    const nextCursor = rows.length > limit ? encodeCursor([String(items[items.length - 1].seq)]) : null;
    return { items, nextCursor };
  }
}
