import { caseScoped, REPORTER_FIELDS, type AppAbility, type CaseScope, type CaseScopedSubject } from '@ethics/authz';
import type { TimelineKind } from '@ethics/domain';
import type { TimelineSource } from './timeline.repository';

/**
 * How much of each entry a caller sees. The full view carries reporters'
 * personal data (allegation details and raw before/after audit values), so it
 * is for callers who may read every reporter field of this case's allegations:
 * the field rules the allegations themselves are read with.
 */
export type TimelineView = 'full' | 'summary';

export function timelineViewFor(ability: AppAbility, scope: CaseScope): TimelineView {
  const allegation = caseScoped('Allegation', scope);
  return REPORTER_FIELDS.every((field) => ability.can('read', allegation, field)) ? 'full' : 'summary';
}

const SOURCE_SUBJECTS: Record<TimelineSource, CaseScopedSubject> = {
  case: 'Case',
  members: 'CaseMember',
  allegations: 'Allegation',
  evidence: 'Evidence',
  tasks: 'Task',
  findings: 'Finding',
  actions: 'EnforcementAction',
  statements: 'Statement',
};

/** The sources whose records the caller may read on this case (executives may not read tasks, for one). */
export function readableSources(ability: AppAbility, scope: CaseScope): TimelineSource[] {
  return (Object.keys(SOURCE_SUBJECTS) as TimelineSource[]).filter((source) =>
    ability.can('read', caseScoped(SOURCE_SUBJECTS[source], scope)),
  );
}

const ACTION_SUMMARY = ['type', 'services', 'status', 'subjectId', 'subjectName', 'scope', 'executionReference'];
const STATEMENT_SUMMARY = ['direction', 'audience', 'channel', 'source', 'status', 'excerpt'];
const MEMBER_SUMMARY = ['userId', 'userName', 'role'];

/**
 * What a summary view keeps of each kind's details: an allow-list, so a field
 * added to a query later stays hidden until someone decides it may be shown.
 */
const SUMMARY_DETAILS: Record<TimelineKind, readonly string[]> = {
  'case.opened': ['reference', 'title', 'severity'],
  'case.updated': ['fields'],
  'case.transitioned': ['from', 'to', 'outcome'],
  'case.member_added': MEMBER_SUMMARY,
  'case.member_removed': MEMBER_SUMMARY,
  'allegation.received': ['sourceType', 'sourceReference', 'description', 'findingStatus'],
  'evidence.collected': ['title', 'kind'],
  'evidence.withdrawn': ['title', 'kind'],
  'task.created': ['title', 'status', 'dueAt'],
  'task.completed': ['title', 'status'],
  'finding.recorded': ['allegationId', 'conclusion', 'externalReviewer', 'rationale'],
  'action.proposed': ACTION_SUMMARY,
  'action.approved': ACTION_SUMMARY,
  'action.rejected': ACTION_SUMMARY,
  'action.executed': ACTION_SUMMARY,
  'action.reversed': ACTION_SUMMARY,
  'statement.approved': STATEMENT_SUMMARY,
  'statement.published': STATEMENT_SUMMARY,
  'statement.received': STATEMENT_SUMMARY,
};

export function visibleDetails(
  kind: TimelineKind,
  details: Record<string, unknown>,
  view: TimelineView,
): Record<string, unknown> {
  if (view === 'full') return details;
  const allowed = SUMMARY_DETAILS[kind];
  return Object.fromEntries(Object.entries(details).filter(([field]) => allowed.includes(field)));
}
