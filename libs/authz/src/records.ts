import { subject } from '@casl/ability';
import type { CaseScope, SubjectType } from './vocabulary';

/** Tags a loaded row with its subject type so that rule conditions apply to it. */
export function asSubject<T extends object>(type: SubjectType, record: T) {
  return subject(type, { ...record });
}

/** A case-scoped record as rules see it: the case's restriction flag and team. */
export function caseScoped(type: SubjectType, scope: CaseScope) {
  return subject(type, { restricted: scope.restricted, memberIds: [...scope.memberIds] });
}
