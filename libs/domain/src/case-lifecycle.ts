export const CASE_STATUSES = [
  'intake',
  'triage',
  'investigating',
  'findings',
  'actioning',
  'closed',
  'dismissed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CASE_OUTCOMES = [
  'substantiated',
  'partially_substantiated',
  'unsubstantiated',
  'inconclusive',
  'referred',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/**
 * The case lifecycle: every allowed move, keyed by the status it leaves.
 * Anything not listed here is an illegal transition. Moving from `closed` or
 * `dismissed` back to `investigating` is the reopening PRODUCT.md describes.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  intake: ['triage', 'dismissed'],
  triage: ['investigating', 'dismissed'],
  investigating: ['findings'],
  findings: ['actioning', 'closed', 'investigating'],
  actioning: ['closed', 'investigating'],
  closed: ['investigating'],
  dismissed: ['investigating'],
};

/** Statuses in which a case still needs work (used by queues and metrics). */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['intake', 'triage', 'investigating', 'findings', 'actioning'];

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

export function isReopening(from: CaseStatus, to: CaseStatus): boolean {
  return (from === 'closed' || from === 'dismissed') && to === 'investigating';
}

/** Closing needs an outcome and its summary; other moves must not carry one. */
export function requiresOutcome(to: CaseStatus): boolean {
  return to === 'closed';
}
