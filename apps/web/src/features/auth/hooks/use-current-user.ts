import { useMemo } from 'react';
import { abilityFromPackedRules, type AppAbility } from '../../../lib/ability';
import type { AuthUser } from '../../../lib/api-types';
import { useMe } from '../api/get-me';

export interface CurrentUser {
  user: AuthUser;
  ability: AppAbility;
}

/** The signed-in user and their ability, once `/auth/me` has answered. */
export function useCurrentUser() {
  const me = useMe();
  const current = useMemo((): CurrentUser | undefined => {
    if (me.data === undefined) return undefined;
    const { rules, ...user } = me.data;
    return { user, ability: abilityFromPackedRules(rules) };
  }, [me.data]);
  return { ...me, current };
}
