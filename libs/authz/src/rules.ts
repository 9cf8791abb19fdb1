import { AbilityBuilder, createMongoAbility, type RawRuleOf } from '@casl/ability';
import { ACTION_STATUSES, STATEMENT_STATUSES, type Role } from '@ethics/domain';
import { CASE_SCOPED_SUBJECTS, SUBJECTS, type Action, type AppAbility, type CaseScopedSubject } from './vocabulary';

export interface AbilityUser {
  id: string;
  role: Role;
}

type Builder = AbilityBuilder<AppAbility>;
type Conditions = Exclude<Parameters<Builder['can']>[2], string | string[] | undefined>;

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

/**
 * What an executive sees of a restricted case: its summary. Besides the case's own columns, a
 * case has parts that are read as its fields: its team (`memberIds`), the number of records of
 * each kind (`counts`) and its story (`timeline`).
 */
export const CASE_SUMMARY_FIELDS = [
  'id',
  'reference',
  'title',
  'status',
  'severity',
  'outcome',
  'outcomeSummary',
  'restricted',
  'openedAt',
  'closedAt',
  'version',
  'createdAt',
  'updatedAt',
] as const;
/** The parts of a case beyond its summary, hidden from whoever may read only the summary. */
export const CASE_DETAIL_FIELDS = [
  'summary',
  'region',
  'country',
  'products',
  'tags',
  'leadId',
  'createdBy',
  'dueAt',
  'memberIds',
  'counts',
  'timeline',
] as const;

/** Actions taken: executed, and executed then reversed. */
export const TAKEN_ACTION_STATUSES = ['executed', 'reversed'] as const;
const UNTAKEN_ACTION_STATUSES = ACTION_STATUSES.filter(
  (status) => !(TAKEN_ACTION_STATUSES as readonly string[]).includes(status),
);
const UNPUBLISHED_STATEMENT_STATUSES = STATEMENT_STATUSES.filter((status) => status !== 'published');
const RESTRICTED = { restricted: true };
/** Restricted-case records with one of these statuses (the query type knows no record fields). */
const restrictedWithStatus = (statuses: readonly string[]) =>
  ({ ...RESTRICTED, status: { $in: [...statuses] } }) as unknown as Conditions;

function executiveRules({ can, cannot }: Builder): void {
  // Every unrestricted case, without evidence content or reporters' personal data.
  can('read', ['Case', 'CaseMember', 'Finding', 'EnforcementAction', 'Statement', 'Evidence'], NOT_RESTRICTED);
  can('read', 'Allegation', ALLEGATION_SUMMARY_FIELDS, NOT_RESTRICTED);
  can('approve', 'Statement', NOT_RESTRICTED);
  // A restricted case's summary only: its summary fields, the actions taken and the statements
  // published. A record's status decides; a case's list of them may be read, and holds those.
  can('read', 'Case', [...CASE_SUMMARY_FIELDS], RESTRICTED);
  can('read', ['EnforcementAction', 'Statement'], RESTRICTED);
  cannot('read', 'EnforcementAction', restrictedWithStatus(UNTAKEN_ACTION_STATUSES));
  cannot('read', 'Statement', restrictedWithStatus(UNPUBLISHED_STATEMENT_STATUSES));
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
