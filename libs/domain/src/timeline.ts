/**
 * Every kind of entry a case's timeline can hold, named like the audit actions they mirror, and
 * whether it is a milestone: an entry that tells the case's story to an executive (edits,
 * membership, evidence and tasks are left to the team).
 */
const MILESTONE_BY_TIMELINE_KIND = {
  'case.opened': true,
  'case.updated': false,
  'case.transitioned': true,
  'case.member_added': false,
  'case.member_removed': false,
  'allegation.received': false,
  'evidence.collected': false,
  'evidence.withdrawn': false,
  'task.created': false,
  'task.completed': false,
  'finding.recorded': true,
  'action.proposed': false,
  'action.approved': true,
  'action.rejected': true,
  'action.executed': true,
  'action.reversed': true,
  'statement.approved': true,
  'statement.published': true,
  'statement.received': true,
} as const satisfies Record<string, boolean>;
export type TimelineKind = keyof typeof MILESTONE_BY_TIMELINE_KIND;

export const TIMELINE_KINDS = Object.keys(MILESTONE_BY_TIMELINE_KIND) as readonly TimelineKind[];

export function isMilestoneKind(kind: TimelineKind): boolean {
  return MILESTONE_BY_TIMELINE_KIND[kind];
}

/** The records whose changes a case's timeline shows. */
export const TIMELINE_ENTITY_TYPES = [
  'case',
  'case_member',
  'allegation',
  'evidence',
  'task',
  'finding',
  'enforcement_action',
  'statement',
] as const;
export type TimelineEntityType = (typeof TIMELINE_ENTITY_TYPES)[number];
