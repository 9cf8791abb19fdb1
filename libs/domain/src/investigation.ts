/** Where an allegation came from. */
export const ALLEGATION_SOURCE_TYPES = [
  'press',
  'whistleblower',
  'regulator',
  'ngo',
  'internal_monitoring',
  'customer',
  'other',
] as const;
export type AllegationSourceType = (typeof ALLEGATION_SOURCE_TYPES)[number];

/** An allegation's own finding; `open` until a finding concludes it. */
export const FINDING_STATUSES = ['open', 'substantiated', 'unsubstantiated', 'inconclusive'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** What a finding can conclude about an allegation. */
export const FINDING_CONCLUSIONS = ['substantiated', 'unsubstantiated', 'inconclusive'] as const;
export type FindingConclusion = (typeof FINDING_CONCLUSIONS)[number];

export const SUBJECT_TYPES = ['organisation', 'unit', 'account', 'person'] as const;
export type SubjectKind = (typeof SUBJECT_TYPES)[number];

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const EVIDENCE_KINDS = [
  'press_article',
  'telemetry_summary',
  'contract',
  'email',
  'interview_note',
  'screenshot',
  'counsel_report',
  'document',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Entries of an evidence item's chain of custody. */
export const CUSTODY_EVENTS = ['received', 'viewed', 'downloaded', 'exported', 'verified', 'superseded'] as const;
export type CustodyEvent = (typeof CUSTODY_EVENTS)[number];

export const EVIDENCE_RELATIONS = ['supports', 'refutes'] as const;
export type EvidenceRelation = (typeof EVIDENCE_RELATIONS)[number];
