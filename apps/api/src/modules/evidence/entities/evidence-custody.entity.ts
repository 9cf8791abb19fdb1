import { CUSTODY_EVENTS, type CustodyEvent } from '@ethics/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvidenceEntity } from './evidence.entity';

/** One entry of an evidence item's chain of custody. */
@Entity({ name: 'evidence_custody' })
@Index('IDX_evidence_custody_evidence', ['evidenceId', 'occurredAt'])
export class EvidenceCustodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @Column({ type: 'enum', enum: CUSTODY_EVENTS, enumName: 'custody_event' })
  event: CustodyEvent;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 32, nullable: true })
  actorRole: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;
}
