import { ACTIONS, caseScoped, defineAbilityFor, type Action, type CaseScope, type SubjectType } from '@ethics/authz';
import { ROLES, type Role } from '@ethics/domain';
import { useCurrentUser, type CurrentUser } from './current-user';

/**
 * Whether the signed-in person may use a control, and if not, the sentence that says why.
 * `hidden`: their role may never change this kind of record (an auditor, say), so the control is
 * left out rather than shown disabled.
 */
export type Permission = { allowed: true } | { allowed: false; reason: string; hidden: boolean };

export const ALLOWED: Permission = { allowed: true };

export function denied(reason: string, hidden = false): Permission {
  return { allowed: false, reason, hidden };
}

const ROLE_PLURALS: Record<Role, string> = {
  reviewer: 'reviewers',
  lead: 'leads',
  executive: 'executives',
  auditor: 'auditors',
  admin: 'administrators',
};

/** Actions that change nothing: a role with only these on a subject never sees its controls. */
const READING = new Set<Action>(['read', 'export', 'verify']);

const probes = new Map<Role, ReturnType<typeof defineAbilityFor>>();
function probeAbility(role: Role) {
  let ability = probes.get(role);
  if (ability === undefined) {
    ability = defineAbilityFor({ id: 'probe', role });
    probes.set(role, ability);
  }
  return ability;
}

/** Which roles may ever do this, read from the same rules as the API (libs/authz). */
export function rolesThatMay(action: Action, type: SubjectType, field?: string): Role[] {
  return ROLES.filter((role) => probeAbility(role).can(action, type, field));
}

function listOf(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

export interface PermissionQuery {
  action: Action;
  type: SubjectType;
  /** What the control does, completing "Only leads may …", e.g. "approve enforcement actions". */
  doing: string;
  /** The case the record belongs to, so membership and restriction apply. */
  scope?: CaseScope;
  field?: string;
}

export function permissionTo(current: CurrentUser, { action, type, doing, scope, field }: PermissionQuery): Permission {
  const { ability, user } = current;
  if (!ability.can(action, type, field)) {
    const roles = rolesThatMay(action, type, field).map((role) => ROLE_PLURALS[role]);
    const readOnly = ACTIONS.every((a) => READING.has(a) || !ability.can(a, type));
    const reason = roles.length === 0 ? `Nobody may ${doing}` : `Only ${listOf(roles)} may ${doing}`;
    return denied(reason, readOnly);
  }
  if (scope !== undefined && !ability.can(action, caseScoped(type, scope), field)) {
    const member = scope.memberIds.includes(user.id);
    return denied(
      scope.restricted && !member
        ? `This case is restricted: only its members may ${doing}`
        : `Only members of this case may ${doing}`,
    );
  }
  return ALLOWED;
}

/** The first refusal among several conditions, or allowed. */
export function firstDenied(...permissions: Permission[]): Permission {
  return permissions.find((p) => !p.allowed) ?? ALLOWED;
}

/** The restriction flag and team of a case: what the rules' conditions look at. */
export function scopeOfCase(detail: { restricted: boolean; memberIds: readonly string[] }): CaseScope {
  return { restricted: detail.restricted, memberIds: [...detail.memberIds] };
}

/** `permission({ action, type, doing, scope })` for the signed-in person. */
export function usePermissions() {
  const current = useCurrentUser();
  return (query: PermissionQuery) => permissionTo(current, query);
}
