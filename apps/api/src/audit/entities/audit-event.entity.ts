import { Check, Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

/**
 * One audit event: inserted unsealed with the change it records, then sealed into the chain once
 * (seq, prevHash, hash) by the sequencer. Triggers refuse any other UPDATE, and every DELETE and
 * TRUNCATE; see audit/README.md for the invariants.
 */
@Entity({ name: 'audit_events' })
@Check('CHK_audit_events_sealed_whole', '(seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL)')
@Index('IDX_audit_events_unsealed', ['occurredAt', 'intakeNo'], { where: 'seq IS NULL' })
@Index('IDX_audit_events_case_seq', ['caseId', 'seq'])
@Index('IDX_audit_events_actor_seq', ['actorId', 'seq'])
@Index('IDX_audit_events_action_seq', ['action', 'seq'])
@Index('IDX_audit_events_entity_type_seq', ['entityType', 'seq'])
@Index('IDX_audit_events_occurred_at', ['occurredAt'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_audit_events_id' })
  id: string;

  /** Write order (not hashed): breaks ties between events of one millisecond when they are sealed. */
  @Generated('increment')
  @Column({ name: 'intake_no', type: 'bigint' })
  intakeNo: string;

  /** Position in the chain once sealed: 1, 2, 3… without gaps; null until then. */
  @Index('UQ_audit_events_seq', { unique: true })
  @Column({ type: 'bigint', nullable: true })
  seq: string | null;

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

  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  hash: string | null;
}
