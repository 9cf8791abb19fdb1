import { caseScoped, type AppAbility } from '@ethics/authz';

/** Which cases a caller's list may contain, derived from their ability so that one place decides. */
export type CaseVisibility = 'all' | 'unrestricted-or-member' | 'member' | 'none';

export function caseVisibility(ability: AppAbility, userId: string): CaseVisibility {
  const restrictedNotMine = caseScoped('Case', { restricted: true, memberIds: [] });
  const unrestricted = caseScoped('Case', { restricted: false, memberIds: [] });
  const restrictedMine = caseScoped('Case', { restricted: true, memberIds: [userId] });
  if (ability.can('read', restrictedNotMine)) return 'all';
  const mine = ability.can('read', restrictedMine);
  if (ability.can('read', unrestricted)) return mine ? 'unrestricted-or-member' : 'none';
  return mine ? 'member' : 'none';
}

/**
 * The SQL predicate that keeps the rows of `cases` (under `alias`) a caller with this visibility
 * may see: the one translation of `caseVisibility` into SQL, for every list, search, export and
 * aggregate. The user id is appended to `params` only when the predicate uses it.
 */
export function visibleCaseSql(visibility: CaseVisibility, userId: string, alias: string, params: unknown[]): string {
  const user = () => {
    params.push(userId);
    return `$${params.length}`;
  };
  switch (visibility) {
    case 'all':
      return 'TRUE';
    case 'unrestricted-or-member':
      // OFFSET 0 keeps the planner from turning the EXISTS into a hashed subplan over all of the
      // caller's memberships (a busy lead has 100k): it probes the (case_id, user_id) key instead,
      // and only for restricted rows, which are few.
      return `(NOT ${alias}.restricted OR EXISTS (SELECT 1 FROM case_members m
                WHERE m.case_id = ${alias}.id AND m.user_id = ${user()} OFFSET 0))`;
    case 'member':
      return `EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = ${alias}.id AND m.user_id = ${user()})`;
    case 'none':
      return 'FALSE';
  }
}
