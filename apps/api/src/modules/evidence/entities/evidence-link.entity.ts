import { EVIDENCE_RELATIONS, type EvidenceRelation } from '@ethics/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AllegationEntity } from '../../allegations/entities/allegation.entity';
import { EvidenceEntity } from './evidence.entity';

/** Evidence that supports or refutes an allegation. */
@Entity({ name: 'evidence_allegations' })
@Index('IDX_evidence_allegations_allegation', ['allegationId'])
export class EvidenceAllegationEntity {
  @PrimaryColumn({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @PrimaryColumn({ name: 'allegation_id', type: 'uuid' })
  allegationId: string;

  @Column({ type: 'enum', enum: EVIDENCE_RELATIONS, enumName: 'evidence_relation' })
  relation: EvidenceRelation;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @ManyToOne(() => AllegationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allegation_id' })
  allegation?: AllegationEntity;
}
