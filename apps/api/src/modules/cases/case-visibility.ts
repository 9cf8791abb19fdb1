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
