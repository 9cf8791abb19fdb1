import type { CaseStatus, Severity } from '@ethics/domain';

export const STATUS_LABELS: Record<CaseStatus, string> = {
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
