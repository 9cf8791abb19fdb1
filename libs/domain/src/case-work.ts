import type { CaseStatus } from './case-lifecycle';
import type { Role } from './roles';

/** Statuses in which a case is over: its record stands as it was when the case was closed or dismissed. */
export const FINISHED_CASE_STATUSES: readonly CaseStatus[] = ['closed', 'dismissed'];

export function isFinishedCase(status: CaseStatus): boolean {
  return FINISHED_CASE_STATUSES.includes(status);
}

/**
 * Each kind of work that adds to or changes a case's record, with the words that complete
 * "reopen the case to …". Lifecycle commands on records that already exist (approving an
 * action, publishing an approved statement) and the case's team are not work in this sense.
 */
export const CASE_WORK = {
  add_allegation: 'add allegations',
  change_allegation: 'change allegations',
  add_evidence: 'add evidence',
  change_evidence: 'change, link or withdraw evidence',
  add_task: 'add tasks',
  change_task: 'change tasks',
  add_finding: 'record findings',
  draft_statement: 'draft statements',
  record_received_statement: 'record received statements',
  change_statement: 'edit statements',
  propose_action: 'propose enforcement actions',
} as const;
export type CaseWork = keyof typeof CASE_WORK;

/**
 * What still arrives after a case is closed: the customer's reply to the outcome, an NGO's
 * reaction, a court filing. A lead may add it, saying why, so that the record stays whole
 * without reopening the investigation. A dismissed case was never investigated: new material
 * there is a reason to reopen it.
 */
const LATE_ARRIVALS: ReadonlySet<CaseWork> = new Set<CaseWork>(['add_evidence', 'record_received_statement']);

export type CaseWorkRule = { allowed: true; reasonRequired: boolean } | { allowed: false; refusal: string };

/** Whether a case in this status accepts this work from this role, and whether it needs a reason. */
export function caseWorkRule(status: CaseStatus, work: CaseWork, role: Role): CaseWorkRule {
  if (!isFinishedCase(status)) return { allowed: true, reasonRequired: false };
  const doing = CASE_WORK[work];
  if (status === 'closed' && LATE_ARRIVALS.has(work)) {
    return role === 'lead'
      ? { allowed: true, reasonRequired: true }
      : { allowed: false, refusal: `The case is closed: only a lead may still ${doing}, and must say why.` };
  }
  return { allowed: false, refusal: `The case is ${status}: reopen it to ${doing}.` };
}
