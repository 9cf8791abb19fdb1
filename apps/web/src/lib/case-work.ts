import { CASE_WORK, caseWorkRule, type CaseStatus, type CaseWork } from '@ethics/domain';
import { useCurrentUser, type CurrentUser } from './current-user';
import { ALLOWED, denied, firstDenied, permissionTo, type Permission, type PermissionQuery } from './permissions';

/** Whether the person may do this work on a case in this status, and whether they must say why. */
export interface CaseWorkPermission {
  permission: Permission;
  reasonRequired: boolean;
}

/**
 * The role and the team first (libs/authz), then what a closed or dismissed case still takes
 * (libs/domain's caseWorkRule, the rule the API applies): the control stays visible but
 * disabled, saying why, or asks for a reason when a lead adds to a closed case.
 */
export function caseWorkPermission(
  current: CurrentUser,
  status: CaseStatus,
  work: CaseWork,
  query: PermissionQuery,
): CaseWorkPermission {
  const rule = caseWorkRule(status, work, current.user.role);
  const permission = firstDenied(
    permissionTo(current, query),
    rule.allowed ? ALLOWED : denied(rule.refusal.replace(/\.$/, '')),
  );
  return { permission, reasonRequired: permission.allowed && rule.allowed && rule.reasonRequired };
}

/**
 * `caseWork(work, query)` for the signed-in person on a case in this status; a refusal names the
 * work in the domain's words unless the query says what the control does.
 */
export function useCaseWork(status: CaseStatus) {
  const current = useCurrentUser();
  return (work: CaseWork, { doing = CASE_WORK[work], ...query }: Omit<PermissionQuery, 'doing'> & { doing?: string }) =>
    caseWorkPermission(current, status, work, { ...query, doing });
}
