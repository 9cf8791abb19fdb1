import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PolicyClauseEntity } from '../../policies/entities/policy-clause.entity';
import { SubjectEntity } from '../../subjects/entities/subject.entity';
import { AllegationEntity } from './allegation.entity';

/** The policy clause versions an allegation concerns. */
@Entity({ name: 'allegation_policy_clauses' })
@Index('IDX_allegation_policy_clauses_clause', ['clauseId'])
export class AllegationPolicyClauseEntity {
  @PrimaryColumn({ name: 'allegation_id', type: 'uuid' })
  allegationId: string;

  @PrimaryColumn({ name: 'clause_id', type: 'uuid' })
  clauseId: string;

  @ManyToOne(() => AllegationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allegation_id' })
  allegation?: AllegationEntity;

  @ManyToOne(() => PolicyClauseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clause_id' })
  clause?: PolicyClauseEntity;
}

/** The subjects an allegation concerns. */
@Entity({ name: 'allegation_subjects' })
@Index('IDX_allegation_subjects_subject', ['subjectId'])
export class AllegationSubjectEntity {
  @PrimaryColumn({ name: 'allegation_id', type: 'uuid' })
  allegationId: string;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @ManyToOne(() => AllegationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allegation_id' })
  allegation?: AllegationEntity;

  @ManyToOne(() => SubjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subject_id' })
  subject?: SubjectEntity;
}
