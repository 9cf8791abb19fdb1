import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One link of the audit chain. Rows are only ever inserted (a trigger refuses
 * UPDATE, DELETE and TRUNCATE); see audit/README.md for the invariants.
 */
@Entity({ name: 'audit_events' })
@Index('IDX_audit_events_case_seq', ['caseId', 'seq'])
@Index('IDX_audit_events_actor_seq', ['actorId', 'seq'])
@Index('IDX_audit_events_action_seq', ['action', 'seq'])
@Index('IDX_audit_events_entity_type_seq', ['entityType', 'seq'])
@Index('IDX_audit_events_occurred_at', ['occurredAt'])
export class AuditEventEntity {
  /** Position in the chain: 1, 2, 3… without gaps. */
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Index('UQ_audit_events_id', { unique: true })
  @Column({ type: 'uuid' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 32, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 64 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @Column({ name: 'client_address', type: 'varchar', length: 64, nullable: true })
  clientAddress: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
