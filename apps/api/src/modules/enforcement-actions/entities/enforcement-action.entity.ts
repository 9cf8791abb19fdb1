import { ACTION_STATUSES, ACTION_TYPES, type ActionStatus, type ActionType } from '@ethics/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CaseEntity } from '../../cases/entities/case.entity';
import { PolicyClauseEntity } from '../../policies/entities/policy-clause.entity';
import { FindingEntity } from '../../review/entities/finding.entity';
import { SubjectEntity } from '../../subjects/entities/subject.entity';

/**
 * An action taken (or proposed) on a customer's services. Each lifecycle step
 * keeps who, when and why, so the action history needs no other table.
 */
@Entity({ name: 'enforcement_actions' })
@Index('IDX_enforcement_actions_case_id', ['caseId'])
@Index('IDX_enforcement_actions_subject_id', ['subjectId'])
@Index('IDX_enforcement_actions_proposed_at_id', ['proposedAt', 'id'])
@Index('IDX_enforcement_actions_status', ['status', 'proposedAt'])
export class EnforcementActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @ManyToOne(() => SubjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_id' })
  subject?: SubjectEntity;

  @Column({ type: 'enum', enum: ACTION_TYPES, enumName: 'enforcement_action_type' })
  type: ActionType;

  /** Keys of the service catalogue, e.g. `cloud-storage`. */
  @Column({ type: 'text', array: true })
  services: string[];

  @Column({ type: 'text' })
  scope: string;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ type: 'enum', enum: ACTION_STATUSES, enumName: 'enforcement_action_status', default: 'proposed' })
  status: ActionStatus;

  @Column({ name: 'effective_from', type: 'timestamptz', nullable: true })
  effectiveFrom: Date | null;

  @Column({ name: 'effective_until', type: 'timestamptz', nullable: true })
  effectiveUntil: Date | null;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt: Date;

  /** Who approved or rejected it, when and why. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'executed_by', type: 'uuid', nullable: true })
  executedBy: string | null;

  @Column({ name: 'executed_at', type: 'timestamptz', nullable: true })
  executedAt: Date | null;

  /** The change ticket or operation id in the systems that carried it out. */
  @Column({ name: 'execution_reference', type: 'varchar', length: 300, nullable: true })
  executionReference: string | null;

  @Column({ name: 'execution_reason', type: 'text', nullable: true })
  executionReason: string | null;

  @Column({ name: 'reversed_by', type: 'uuid', nullable: true })
  reversedBy: string | null;

  @Column({ name: 'reversed_at', type: 'timestamptz', nullable: true })
  reversedAt: Date | null;

  @Column({ name: 'reversal_reason', type: 'text', nullable: true })
  reversalReason: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'enforcement_action_findings' })
export class EnforcementActionFindingEntity {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @PrimaryColumn({ name: 'finding_id', type: 'uuid' })
  findingId: string;

  @ManyToOne(() => EnforcementActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: EnforcementActionEntity;

  @ManyToOne(() => FindingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id' })
  finding?: FindingEntity;
}

@Entity({ name: 'enforcement_action_policy_clauses' })
export class EnforcementActionPolicyClauseEntity {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @PrimaryColumn({ name: 'clause_id', type: 'uuid' })
  clauseId: string;

  @ManyToOne(() => EnforcementActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: EnforcementActionEntity;

  @ManyToOne(() => PolicyClauseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clause_id' })
  clause?: PolicyClauseEntity;
}
