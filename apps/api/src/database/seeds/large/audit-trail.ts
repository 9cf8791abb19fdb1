import type { Role } from '@ethics/domain';
import { GENESIS_HASH, hashAuditContent, type HashedAuditContent, type JsonValue } from '../../../audit/audit-hash';
import type { AuditAction } from '../../../audit/audit-event.types';
import type { RowSink } from './row-sink';

/** The last event of the chain the generated events continue. */
export interface ChainHead {
  seq: number;
  hash: string;
  occurredAt: Date;
}

export interface Actor {
  id: string;
  role: Role;
}

/** An event before it is placed in the chain. */
export interface EventDraft {
  actor: Actor | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  caseId?: string | null;
  before?: { [key: string]: JsonValue } | null;
  after?: { [key: string]: JsonValue } | null;
  metadata?: { [key: string]: JsonValue } | null;
  reason?: string | null;
}

export const AUDIT_EVENT_COLUMNS = [
  'seq',
  'id',
  'occurred_at',
  'actor_id',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'case_id',
  'before',
  'after',
  'metadata',
  'reason',
  'request_id',
  'client_address',
  'prev_hash',
  'hash',
] as const;

const jsonText = (value: JsonValue) => (value === null ? null : JSON.stringify(value));

/**
 * Appends events to the chain exactly as AuditService does (same canonical form, same hash),
 * numbering them after `head` and spreading their times evenly from `from` to `until`, so
 * that the chain's times rise with its sequence numbers as a real one's do.
 */
export class AuditTrailWriter {
  private seq: number;
  private prevHash: string;
  private readonly firstSeq: number;
  private readonly from: number;
  private readonly step: number;

  constructor(
    private readonly sink: RowSink,
    head: ChainHead | null,
    total: number,
    from: Date,
    until: Date,
    private readonly eventId: (seq: number) => string,
  ) {
    this.seq = head?.seq ?? 0;
    this.firstSeq = this.seq + 1;
    this.prevHash = head?.hash ?? GENESIS_HASH;
    this.from = Math.max(from.getTime(), head ? head.occurredAt.getTime() + 1 : 0);
    this.step = Math.max(1, Math.floor((until.getTime() - this.from) / Math.max(1, total)));
  }

  get written(): number {
    return this.seq - this.firstSeq + 1;
  }

  async append(draft: EventDraft): Promise<void> {
    this.seq += 1;
    const content: HashedAuditContent = {
      seq: this.seq,
      id: this.eventId(this.seq),
      occurredAt: new Date(this.from + (this.seq - this.firstSeq) * this.step).toISOString(),
      actorId: draft.actor?.id ?? null,
      actorRole: draft.actor?.role ?? null,
      action: draft.action,
      entityType: draft.entityType,
      entityId: draft.entityId,
      caseId: draft.caseId ?? null,
      before: draft.before ?? null,
      after: draft.after ?? null,
      metadata: draft.metadata ?? null,
      reason: draft.reason ?? null,
      requestId: `req-${this.seq.toString(36)}`,
      clientAddress: draft.actor ? `10.${(this.seq >>> 16) & 255}.${(this.seq >>> 8) & 255}.${this.seq & 255}` : null,
      prevHash: this.prevHash,
    };
    const hash = hashAuditContent(content);
    await this.sink.write([
      content.seq,
      content.id,
      content.occurredAt,
      content.actorId,
      content.actorRole,
      content.action,
      content.entityType,
      content.entityId,
      content.caseId,
      jsonText(content.before),
      jsonText(content.after),
      jsonText(content.metadata),
      content.reason,
      content.requestId,
      content.clientAddress,
      content.prevHash,
      hash,
    ]);
    this.prevHash = hash;
  }
}
