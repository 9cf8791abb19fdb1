import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One version of a policy clause. Editing a clause writes a new version with
 * the same code; findings and actions cite the version they relied on.
 */
@Entity({ name: 'policy_clauses' })
@Index('UQ_policy_clauses_code_version', ['code', 'version'], { unique: true })
export class PolicyClauseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable across versions, e.g. `AUP-2.1`. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'integer' })
  version: number;

  /** The policy document it belongs to, e.g. "Acceptable Use Policy". */
  @Column({ type: 'varchar', length: 200 })
  document: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  /** Only the newest version of a code is current. */
  @Column({ name: 'is_current', type: 'boolean', default: true })
  isCurrent: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
