import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { GENESIS_HASH, hashAuditContent, toJsonValue, type HashedAuditContent, type JsonValue } from './audit-hash';
import type { AuditContext, AuditEventInput } from './audit-event.types';
import { AuditOutsideTransactionError } from './audit.errors';

/**
 * Key of the transaction-scoped advisory lock that serialises appends, so that
 * any number of API processes extend one chain and never fork it.
 */
export const CHAIN_LOCK_KEY = 4_242_001;

export type RecordedAuditEvent = HashedAuditContent & { hash: string };

/** jsonb parameters go as JSON text; SQL NULL stays NULL. */
function jsonParam(value: JsonValue): string | null {
  return value === null ? null : JSON.stringify(value);
}

@Injectable()
export class AuditService {
  /**
   * Appends one event to the chain, inside the caller's transaction: the event
   * commits or rolls back with the change it records.
   */
  async record(manager: EntityManager, context: AuditContext, event: AuditEventInput): Promise<RecordedAuditEvent> {
    if (!manager.queryRunner?.isTransactionActive) throw new AuditOutsideTransactionError(event.action);

    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
    const [head] = await manager.query<{ seq: string; hash: string }[]>(
      'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
    );

    const content: HashedAuditContent = {
      seq: head ? Number(head.seq) + 1 : 1,
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      actorId: context.actorId,
      actorRole: context.actorRole,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      caseId: event.caseId ?? null,
      before: toJsonValue(event.before ?? null),
      after: toJsonValue(event.after ?? null),
      metadata: toJsonValue('metadata' in event ? event.metadata : null),
      reason: event.reason ?? null,
      requestId: context.requestId,
      clientAddress: context.clientAddress,
      prevHash: head ? head.hash : GENESIS_HASH,
    };

    const hash = hashAuditContent(content);
    await manager.query(
      `INSERT INTO audit_events (seq, id, occurred_at, actor_id, actor_role, action, entity_type, entity_id, case_id,
         before, after, metadata, reason, request_id, client_address, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        content.seq,
        content.id,
        content.occurredAt,
        content.actorId,
        content.actorRole,
        content.action,
        content.entityType,
        content.entityId,
        content.caseId,
        jsonParam(content.before),
        jsonParam(content.after),
        jsonParam(content.metadata),
        content.reason,
        content.requestId,
        content.clientAddress,
        content.prevHash,
        hash,
      ],
    );
    return { ...content, hash };
  }
}
