import { AbilityBuilder, createMongoAbility, type RawRuleOf } from '@casl/ability';
import type { Role } from '@ethics/domain';
import { CASE_SCOPED_SUBJECTS, SUBJECTS, type Action, type AppAbility, type CaseScopedSubject } from './vocabulary';

export interface AbilityUser {
  id: string;
  role: Role;
}

type Builder = AbilityBuilder<AppAbility>;

/** Fields of a case a reviewer member may edit; the restriction flag and the lead are for leads. */
export const REVIEWER_EDITABLE_CASE_FIELDS = [
  'title',
  'summary',
  'severity',
  'region',
  'country',
  'products',
  'tags',
  'dueAt',
] as const;

const WORK_ITEMS: CaseScopedSubject[] = ['Allegation', 'Evidence', 'Task', 'Finding', 'Statement'];

/** Evidence metadata a reviewer member may correct; legal hold and withdrawal are for leads. */
export const REVIEWER_EDITABLE_EVIDENCE_FIELDS = ['title', 'description', 'kind', 'source', 'sourceUrl'] as const;

/** Personal data of whoever reported an allegation: never shown to executives. */
export const REPORTER_FIELDS = ['reporterName', 'reporterContact'] as const;
const ALLEGATION_SUMMARY_FIELDS = [
  'id',
  'caseId',
  'description',
  'sourceType',
  'sourceReference',
  'receivedAt',
  'findingStatus',
  'findingRationale',
  'policyClauseIds',
  'subjectIds',
  'createdBy',
  'version',
  'createdAt',
  'updatedAt',
];

function memberOf(user: AbilityUser) {
  return { memberIds: user.id };
}
const NOT_RESTRICTED = { restricted: false };

function reviewerRules({ can }: Builder, user: AbilityUser): void {
  const member = memberOf(user);
  can('create', 'Case');
  can('read', [...CASE_SCOPED_SUBJECTS], NOT_RESTRICTED);
  can('read', [...CASE_SCOPED_SUBJECTS], member);
  can('update', 'Case', [...REVIEWER_EDITABLE_CASE_FIELDS], member);
  can('create', WORK_ITEMS, member);
  can(
    'update',
    WORK_ITEMS.filter((s) => s !== 'Evidence'),
    member,
  );
  can('update', 'Evidence', [...REVIEWER_EDITABLE_EVIDENCE_FIELDS], member);
  can('create', 'EnforcementAction', member);
  can('submit', 'Statement', member);
  can(['read', 'create'], 'Subject');
  can('read', 'Policy');
}

function leadRules({ can }: Builder, user: AbilityUser): void {
  can('create', 'Case');
  for (const scope of [NOT_RESTRICTED, memberOf(user)]) {
    can('read', [...CASE_SCOPED_SUBJECTS], scope);
    can(['update', 'transition'], 'Case', scope);
    can(['create', 'delete'], 'CaseMember', scope);
    can(['create', 'update'], WORK_ITEMS, scope);
    can('delete', 'Evidence', scope);
    can(['create', 'approve', 'reject', 'execute', 'reverse'], 'EnforcementAction', scope);
    can(['submit', 'approve', 'publish'], 'Statement', scope);
  }
  can(['read', 'create'], 'Subject');
  can('read', 'Policy');
  // Outcomes and the dashboard's aggregates, over the cases the lead may see.
  can('read', 'Metrics');
}

function executiveRules({ can }: Builder): void {
  // Executives see every case's summary, restricted ones included, but no evidence content.
  can('read', ['Case', 'CaseMember', 'Finding', 'EnforcementAction', 'Statement']);
  can('read', 'Allegation', ALLEGATION_SUMMARY_FIELDS);
  can('read', 'Evidence');
  can('approve', 'Statement');
  can('read', ['Subject', 'Policy', 'Metrics']);
}

function auditorRules({ can }: Builder): void {
  can('read', [...SUBJECTS]);
  can(['export', 'verify'], 'AuditEvent');
  can('export', 'EnforcementAction');
}

function adminRules({ can }: Builder): void {
  can(['read', 'create', 'update'], ['User', 'Policy']);
}

const RULES_BY_ROLE: Record<Role, (builder: Builder, user: AbilityUser) => void> = {
  reviewer: reviewerRules,
  lead: leadRules,
  executive: executiveRules,
  auditor: auditorRules,
  admin: adminRules,
};

export function rulesFor(user: AbilityUser): RawRuleOf<AppAbility>[] {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  RULES_BY_ROLE[user.role](builder, user);
  return builder.rules;
}

export function defineAbilityFor(user: AbilityUser): AppAbility {
  return createMongoAbility<AppAbility>(rulesFor(user));
}

export function abilityFromRules(rules: RawRuleOf<AppAbility>[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}

export type { Action };
