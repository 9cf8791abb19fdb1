import { subject } from '@casl/ability';
import type { AppAbility, CaseScope, SubjectType } from './vocabulary';

/** Tags a loaded row with its subject type so that rule conditions apply to it. */
export function asSubject<T extends object>(type: SubjectType, record: T) {
  return subject(type, { ...record });
}

/** A case-scoped record as rules see it: the case's restriction flag and team. */
export function caseScoped(type: SubjectType, scope: CaseScope) {
  return subject(type, { restricted: scope.restricted, memberIds: [...scope.memberIds] });
}

/**
 * Which of `statuses` the caller may read of a kind of record on a case of this scope, where
 * rules look at the record's status (an executive reads only the actions taken and statements
 * published of a restricted case). Lists filter by it in SQL.
 */
export function readableStatuses<S extends string>(
  ability: AppAbility,
  type: 'EnforcementAction' | 'Statement',
  scope: CaseScope,
  statuses: readonly S[],
): S[] {
  return statuses.filter((status) =>
    ability.can('read', subject(type, { ...scope, memberIds: [...scope.memberIds], status })),
  );
}
