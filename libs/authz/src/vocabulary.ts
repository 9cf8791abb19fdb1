import type { MongoAbility, MongoQuery } from '@casl/ability';

/** Every verb the product decides on. Adding one forces a decision for every role (see the matrix test). */
export const ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'transition',
  'approve',
  'reject',
  'execute',
  'reverse',
  'submit',
  'publish',
  'export',
  'verify',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Subjects that belong to one case and so inherit its restriction and team. */
export const CASE_SCOPED_SUBJECTS = [
  'Case',
  'CaseMember',
  'Allegation',
  'Evidence',
  'EvidenceContent',
  'Task',
  'Finding',
  'EnforcementAction',
  'Statement',
] as const;
export type CaseScopedSubject = (typeof CASE_SCOPED_SUBJECTS)[number];

/** Every kind of thing the product decides on: the case-scoped ones, then those outside any case. */
export const SUBJECTS = [...CASE_SCOPED_SUBJECTS, 'Subject', 'Policy', 'User', 'AuditEvent', 'Metrics'] as const;
export type SubjectType = (typeof SUBJECTS)[number];

/**
 * What a rule's conditions may look at on a case-scoped record: the case's
 * restriction flag and team. Services pass the loaded row in this shape.
 */
export interface CaseScope {
  restricted: boolean;
  memberIds: string[];
}

/** A case-scoped record whose own status a rule also looks at (actions taken, statements published). */
export interface CaseScopedRecord extends CaseScope {
  status: string;
}

export type AppAbility = MongoAbility<[Action, SubjectType | AppSubjectRecord], MongoQuery>;

export type AppSubjectRecord = (CaseScope | CaseScopedRecord | Record<string, unknown>) & {
  readonly __caslSubjectType__: SubjectType;
};
