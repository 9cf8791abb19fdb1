import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { changedFields } from '../common/changed-fields';
import { Clock } from '../common/clock';
import { toJsonValue, type JsonValue } from './audit-hash';
import type { AuditContext, AuditEventInput } from './audit-event.types';
import { AuditOutsideTransactionError } from './audit.errors';

/** An event as written: its place in the chain comes later, from the sequencer. */
export interface RecordedAuditEvent {
  id: string;
  occurredAt: string;
}

/** jsonb parameters go as JSON text; SQL NULL stays NULL. */
function jsonParam(value: JsonValue): string | null {
  return value === null ? null : JSON.stringify(value);
}

/**
 * The database's clock, to the millisecond the hash covers: one clock for every API process,
 * read when the row is written, after the change's own locks were taken. Work told at a date of
 * its own (Clock.at) is dated by that date instead.
 */
const DATABASE_NOW = `date_trunc('milliseconds', clock_timestamp())`;

@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  /**
   * Writes one event inside the caller's transaction: it commits or rolls back with the change it
   * records. It takes no lock and reads nothing, so audited writes in any number of processes
   * never queue behind each other; the sequencer chains committed events shortly after.
   */
  async record(manager: EntityManager, context: AuditContext, event: AuditEventInput): Promise<RecordedAuditEvent> {
    if (!manager.queryRunner?.isTransactionActive) throw new AuditOutsideTransactionError(event.action);

    const id = randomUUID();
    const [row] = await manager.query<{ occurred_at: Date }[]>(
      `INSERT INTO audit_events (id, occurred_at, actor_id, actor_role, action, entity_type, entity_id, case_id,
         before, after, metadata, reason, request_id, client_address)
       VALUES ($1, coalesce($14::timestamptz, ${DATABASE_NOW}), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       RETURNING occurred_at`,
      [
        id,
        context.actorId,
        context.actorRole,
        event.action,
        event.entityType,
        event.entityId,
        event.caseId ?? null,
        jsonParam(toJsonValue(event.before ?? null)),
        jsonParam(toJsonValue(event.after ?? null)),
        jsonParam(toJsonValue('metadata' in event ? event.metadata : null)),
        event.reason ?? null,
        context.requestId,
        context.clientAddress,
        this.clock.pinned()?.toISOString() ?? null,
      ],
    );
    return { id, occurredAt: new Date(row.occurred_at).toISOString() };
  }

  /** An edit: `before` and `after` are given whole and recorded with only the fields that changed. */
  recordEdit(manager: EntityManager, context: AuditContext, event: AuditEventInput): Promise<RecordedAuditEvent> {
    return this.record(manager, context, { ...event, ...changedFields(event.before ?? {}, event.after ?? {}) });
  }
}
