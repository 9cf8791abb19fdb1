/** Every kind of entry a case's timeline can hold, named like the audit actions they mirror. */
export const TIMELINE_KINDS = [
  'case.opened',
  'case.updated',
  'case.transitioned',
  'case.member_added',
  'case.member_removed',
  'allegation.received',
  'evidence.collected',
  'evidence.withdrawn',
  'task.created',
  'task.completed',
  'finding.recorded',
  'action.proposed',
  'action.approved',
  'action.rejected',
  'action.executed',
  'action.reversed',
  'statement.approved',
  'statement.published',
  'statement.received',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The kinds of record a timeline entry is about, named like the audit trail's entity types. */
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
