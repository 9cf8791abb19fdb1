import { AbilityProvider } from '@casl/react';
import { createContext, useContext, type ReactNode } from 'react';
import type { AppAbility } from './ability';
import type { SessionUser } from './api-types';

/** Who is signed in and what they may do: what every screen needs to decide what to offer. */
export interface CurrentUser {
  user: SessionUser;
  ability: AppAbility;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

/** Given by the signed-in layout once `/auth/me` answered; also feeds `<Can>` from @casl/react. */
export function CurrentUserProvider({ value, children }: { value: CurrentUser; children: ReactNode }) {
  return (
    <CurrentUserContext.Provider value={value}>
      <AbilityProvider value={value.ability}>{children}</AbilityProvider>
    </CurrentUserContext.Provider>
  );
}

export function useCurrentUser(): CurrentUser {
  const current = useContext(CurrentUserContext);
  if (current === null) throw new Error('useCurrentUser() needs a signed-in layout above it');
  return current;
}
