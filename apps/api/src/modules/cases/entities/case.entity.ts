import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  SEVERITIES,
  type CaseOutcome,
  type CaseStatus,
  type Severity,
} from '@ethics/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

@Entity({ name: 'cases' })
@Index('IDX_cases_opened_at_id', ['openedAt', 'id'])
@Index('IDX_cases_status_opened_at', ['status', 'openedAt'])
// GIN index over search_vector, created by hand in the migration (TypeORM cannot declare it).
@Index('IDX_cases_search_vector', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_cases_reference', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  reference: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'enum', enum: SEVERITIES, enumName: 'case_severity' })
  severity: Severity;

  @Column({ type: 'enum', enum: CASE_STATUSES, enumName: 'case_status', default: 'intake' })
  status: CaseStatus;

  @Column({ type: 'enum', enum: CASE_OUTCOMES, enumName: 'case_outcome', nullable: true })
  outcome: CaseOutcome | null;

  @Column({ name: 'outcome_summary', type: 'text', nullable: true })
  outcomeSummary: string | null;

  @Column({ type: 'boolean', default: false })
  restricted: boolean;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  products: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_id' })
  lead?: UserEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Maintained by a trigger from the title, the summary and the allegations. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
