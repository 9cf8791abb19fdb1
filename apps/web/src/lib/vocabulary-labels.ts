import type {
  ActionStatus,
  ActionType,
  AllegationSourceType,
  CaseOutcome,
  CaseStatus,
  CustodyEvent,
  EvidenceKind,
  EvidenceRelation,
  FindingStatus,
  Role,
  Severity,
  StatementAudience,
  StatementDirection,
  StatementStatus,
  SubjectKind,
  TaskStatus,
} from '@ethics/domain';

/** The words people read for the domain's enum values (libs/domain), one table per vocabulary. */

export const ROLE_LABELS: Record<Role, string> = {
  reviewer: 'Reviewer',
  lead: 'Investigation lead',
  executive: 'Executive',
  auditor: 'Auditor',
  admin: 'Administrator',
};

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  intake: 'Intake',
  triage: 'Triage',
  investigating: 'Investigating',
  findings: 'Findings',
  actioning: 'Actioning',
  closed: 'Closed',
  dismissed: 'Dismissed',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  substantiated: 'Substantiated',
  partially_substantiated: 'Partially substantiated',
  unsubstantiated: 'Unsubstantiated',
  inconclusive: 'Inconclusive',
  referred: 'Referred',
};

export const SOURCE_TYPE_LABELS: Record<AllegationSourceType, string> = {
  press: 'Press',
  whistleblower: 'Whistleblower',
  regulator: 'Regulator',
  ngo: 'NGO',
  internal_monitoring: 'Internal monitoring',
  customer: 'Customer',
  other: 'Other',
};

export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  open: 'Open',
  substantiated: 'Substantiated',
  unsubstantiated: 'Unsubstantiated',
  inconclusive: 'Inconclusive',
};

export const SUBJECT_TYPE_LABELS: Record<SubjectKind, string> = {
  organisation: 'Organisation',
  unit: 'Unit',
  account: 'Account',
  person: 'Person',
};

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  press_article: 'Press article',
  telemetry_summary: 'Telemetry summary',
  contract: 'Contract',
  email: 'E-mail',
  interview_note: 'Interview note',
  screenshot: 'Screenshot',
  counsel_report: "Counsel's report",
  document: 'Document',
  other: 'Other',
};

export const CUSTODY_EVENT_LABELS: Record<CustodyEvent, string> = {
  received: 'Received',
  viewed: 'Viewed',
  downloaded: 'Downloaded',
  exported: 'Exported',
  verified: 'Verified',
  superseded: 'Superseded',
};

export const EVIDENCE_RELATION_LABELS: Record<EvidenceRelation, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
};

export const ACTION_TYPE_LABELS: Record<ActionType, string> = {
  disable_service: 'Disable service',
  suspend_account: 'Suspend account',
  restrict_feature: 'Restrict feature',
  terminate_contract: 'Terminate contract',
  warning: 'Warning',
  enhanced_monitoring: 'Enhanced monitoring',
  account_review: 'Account review',
  other: 'Other',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  proposed: 'Proposed',
  approved: 'Approved',
  rejected: 'Rejected',
  executed: 'Executed',
  reversed: 'Reversed',
};

export const STATEMENT_DIRECTION_LABELS: Record<StatementDirection, string> = {
  issued: 'Issued',
  received: 'Received',
};

export const STATEMENT_AUDIENCE_LABELS: Record<StatementAudience, string> = {
  public: 'Public',
  press: 'Press',
  customer: 'Customer',
  employees: 'Employees',
  regulator: 'Regulator',
  internal: 'Internal',
};

export const STATEMENT_STATUS_LABELS: Record<StatementStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
  received: 'Received',
};

/** An entry of a select or multi-select. */
export interface Option {
  value: string;
  label: string;
}

/** Options for a select, in the vocabulary's order. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** Options for a required select that starts empty: a prompt that cannot be chosen, then the options. */
export function promptedOptions(prompt: string, options: readonly Option[]) {
  return [{ value: '', label: prompt, disabled: true }, ...options];
}

/** A label for a value the API sent as a plain string (e.g. in subject details), else the value. */
export function labelOf<T extends string>(labels: Record<T, string>, value: string): string {
  return (labels as Record<string, string | undefined>)[value] ?? value;
}
