import { CASE_WORK, caseWorkRule, type CaseWork } from '@ethics/domain';
import { ValidationProblem } from '../../common/app-errors';
import type { Actor } from '../../common/request-context';
import { FinishedCaseProblem } from './cases.errors';
import type { ScopedCase } from './cases.repository';

/**
 * Refuses work that a closed or dismissed case no longer takes (libs/domain's caseWorkRule),
 * reason aside. Only a first check unless `found` was loaded with a share lock in the
 * transaction that writes: without the lock, the case may close in between.
 */
export function assertCaseMayTakeWork(found: ScopedCase, actor: Actor, work: CaseWork): { reasonRequired: boolean } {
  const rule = caseWorkRule(found.entity.status, work, actor.user.role);
  if (!rule.allowed) throw new FinishedCaseProblem(rule.refusal);
  return { reasonRequired: rule.reasonRequired };
}

/** The full rule: what a closed case still takes from a lead comes with a reason. */
export function assertCaseTakesWork(
  found: ScopedCase,
  actor: Actor,
  work: CaseWork,
  reason: string | null | undefined,
): void {
  const { reasonRequired } = assertCaseMayTakeWork(found, actor, work);
  if (reasonRequired && !reason?.trim()) {
    throw new ValidationProblem([
      { field: 'reason', message: `reason is required to ${CASE_WORK[work]} on a ${found.entity.status} case` },
    ]);
  }
}
