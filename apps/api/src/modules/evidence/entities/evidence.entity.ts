import { EVIDENCE_KINDS, type EvidenceKind } from '@ethics/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../../cases/entities/case.entity';

/**
 * An item of evidence: a stored file (named by its SHA-256 in the content
 * store) or a record without a file (a URL with the hash of its captured text).
 * Content never changes; a corrected item supersedes the old one.
 */
@Entity({ name: 'evidence' })
@Index('IDX_evidence_case_id', ['caseId', 'collectedAt'])
@Index('IDX_evidence_sha256', ['sha256'])
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'enum', enum: EVIDENCE_KINDS, enumName: 'evidence_kind' })
  kind: EvidenceKind;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Of the file's bytes, or of the captured text for a record without a file. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** True when the bytes are in the content store (and so can be downloaded and re-verified). */
  @Column({ name: 'has_content', type: 'boolean', default: false })
  hasContent: boolean;

  @Column({ name: 'size_bytes', type: 'bigint', nullable: true })
  sizeBytes: string | null;

  /** Sniffed from the bytes, never taken from the client. */
  @Column({ name: 'media_type', type: 'varchar', length: 200, nullable: true })
  mediaType: string | null;

  /** For display only; never used as a path. */
  @Column({ name: 'original_filename', type: 'varchar', length: 300, nullable: true })
  originalFilename: string | null;

  /** Who or where it came from (a newspaper, outside counsel, telemetry). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  source: string | null;

  @Column({ name: 'source_url', type: 'varchar', length: 2000, nullable: true })
  sourceUrl: string | null;

  @Column({ name: 'collected_by', type: 'uuid' })
  collectedBy: string;

  @Column({ name: 'collected_at', type: 'timestamptz' })
  collectedAt: Date;

  @Column({ name: 'legal_hold', type: 'boolean', default: false })
  legalHold: boolean;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId: string | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById: string | null;

  /** Withdrawn items keep their record (and audit trail); only items without legal hold can be. */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
