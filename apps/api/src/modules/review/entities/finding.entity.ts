import { FINDING_CONCLUSIONS, type FindingConclusion } from '@ethics/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AllegationEntity } from '../../allegations/entities/allegation.entity';
import { CaseEntity } from '../../cases/entities/case.entity';
import { EvidenceEntity } from '../../evidence/entities/evidence.entity';
import { PolicyClauseEntity } from '../../policies/entities/policy-clause.entity';

/** A conclusion on one allegation, citing evidence and policy clause versions. */
@Entity({ name: 'findings' })
@Index('IDX_findings_case_id', ['caseId'])
@Index('IDX_findings_allegation_id', ['allegationId'])
export class FindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ name: 'allegation_id', type: 'uuid' })
  allegationId: string;

  @ManyToOne(() => AllegationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'allegation_id' })
  allegation?: AllegationEntity;

  @Column({ type: 'enum', enum: FINDING_CONCLUSIONS, enumName: 'finding_conclusion' })
  conclusion: FindingConclusion;

  @Column({ type: 'text' })
  rationale: string;

  /** An external reviewer (e.g. outside counsel) when the finding is theirs. */
  @Column({ name: 'external_reviewer', type: 'varchar', length: 300, nullable: true })
  externalReviewer: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'finding_evidence' })
export class FindingEvidenceEntity {
  @PrimaryColumn({ name: 'finding_id', type: 'uuid' })
  findingId: string;

  @PrimaryColumn({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => FindingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  finding?: FindingEntity;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;
}

@Entity({ name: 'finding_policy_clauses' })
export class FindingPolicyClauseEntity {
  @PrimaryColumn({ name: 'finding_id', type: 'uuid' })
  findingId: string;

  @PrimaryColumn({ name: 'clause_id', type: 'uuid' })
  clauseId: string;

  @ManyToOne(() => FindingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id' })
  finding?: FindingEntity;

  @ManyToOne(() => PolicyClauseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clause_id' })
  clause?: PolicyClauseEntity;
}
