import { unpackRules } from '@casl/ability/extra';
import { Can as CaslCan, useAbility, type CanProps } from '@casl/react';
import { abilityFromRules, type AppAbility } from '@ethics/authz';
import type { ReactNode } from 'react';
import type { PackedRules } from './api-types';

export type { AppAbility };

/**
 * The same ability the API enforces, built from the rules it sent for the signed-in user.
 * The UI only hides or disables controls with it; the API stays the authority.
 */
export function abilityFromPackedRules(rules: PackedRules): AppAbility {
  return abilityFromRules(unpackRules(rules));
}

/** `<Can>` bound to the app's actions and subjects, so typos fail to compile. */
export const Can: (props: CanProps<AppAbility>) => ReactNode = CaslCan;

export function useAppAbility(): AppAbility {
  return useAbility<AppAbility>();
}
