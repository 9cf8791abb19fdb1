import {
  ALLEGATION_SOURCE_TYPES,
  FINDING_STATUSES,
  type AllegationSourceType,
  type FindingStatus,
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

@Entity({ name: 'allegations' })
@Index('IDX_allegations_case_id', ['caseId'])
export class AllegationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'source_type', type: 'enum', enum: ALLEGATION_SOURCE_TYPES, enumName: 'allegation_source_type' })
  sourceType: AllegationSourceType;

  /** A URL or a document reference. */
  @Column({ name: 'source_reference', type: 'varchar', length: 2000, nullable: true })
  sourceReference: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  /** Personal data of the reporter: hidden from executives. */
  @Column({ name: 'reporter_name', type: 'varchar', length: 200, nullable: true })
  reporterName: string | null;

  @Column({ name: 'reporter_contact', type: 'varchar', length: 320, nullable: true })
  reporterContact: string | null;

  @Column({
    name: 'finding_status',
    type: 'enum',
    enum: FINDING_STATUSES,
    enumName: 'allegation_finding_status',
    default: 'open',
  })
  findingStatus: FindingStatus;

  @Column({ name: 'finding_rationale', type: 'text', nullable: true })
  findingRationale: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
