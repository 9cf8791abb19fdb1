import {
  STATEMENT_AUDIENCES,
  STATEMENT_DIRECTIONS,
  STATEMENT_STATUSES,
  type StatementAudience,
  type StatementDirection,
  type StatementStatus,
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
import { CaseEntity } from '../../cases/entities/case.entity';

/** What was said and to whom: ours (`issued`) or someone else's (`received`). */
@Entity({ name: 'statements' })
@Index('IDX_statements_case_id', ['caseId'])
@Index('IDX_statements_status', ['status'])
export class StatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'enum', enum: STATEMENT_DIRECTIONS, enumName: 'statement_direction' })
  direction: StatementDirection;

  @Column({ type: 'enum', enum: STATEMENT_AUDIENCES, enumName: 'statement_audience' })
  audience: StatementAudience;

  /** How it was made or received: press release, spokesperson, e-mail, website… */
  @Column({ type: 'varchar', length: 200, nullable: true })
  channel: string | null;

  /** Issued: the drafting user. */
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  /** Received: who made the statement (an NGO, the customer, a ministry). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  source: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'enum', enum: STATEMENT_STATUSES, enumName: 'statement_status' })
  status: StatementStatus;

  /** When it was said (issued: published; received: made). */
  @Column({ name: 'stated_at', type: 'timestamptz', nullable: true })
  statedAt: Date | null;

  /** Everyone other than the author who changed it: four eyes keeps them from approving it too. */
  @Column({ name: 'editor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  editorIds: string[];

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId: string | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
