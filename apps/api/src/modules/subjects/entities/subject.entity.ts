import { SUBJECT_TYPES, type SubjectKind } from '@ethics/domain';
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

/** A customer organisation, a unit of it, an account or a person; kept across cases. */
@Entity({ name: 'subjects' })
@Index('IDX_subjects_parent_id', ['parentId'])
@Index('IDX_subjects_name', ['name'])
export class SubjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: SUBJECT_TYPES, enumName: 'subject_type' })
  type: SubjectKind;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => SubjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: SubjectEntity;

  /** The customer's identifier in our systems (tenant, subscription, account number). */
  @Column({ name: 'external_ref', type: 'varchar', length: 200, nullable: true })
  externalRef: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
