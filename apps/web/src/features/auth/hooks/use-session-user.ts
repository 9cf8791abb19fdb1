import { useMemo } from 'react';
import { abilityFromPackedRules } from '../../../lib/ability';
import type { PackedRules } from '../../../lib/api-types';
import type { CurrentUser } from '../../../lib/current-user';
import { useMe } from '../../../api/auth/get-me';

/** The signed-in user and their ability, once `/auth/me` has answered. */
export function useSessionUser() {
  const me = useMe();
  const current = useMemo((): CurrentUser | undefined => {
    if (me.data === undefined) return undefined;
    const { rules, ...user } = me.data;
    // The document types the packed rules loosely (unknown[][]); their shape is CASL's packRules.
    return { user, ability: abilityFromPackedRules(rules as PackedRules) };
  }, [me.data]);
  return { ...me, current };
}
