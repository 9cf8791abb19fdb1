import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../lib/session';

export interface ReturnToState {
  from: string;
}

/**
 * Renders its children only with a session. Watching the session here is what sends the person
 * to sign in when they sign out or when the API answers 401 (the client clears the session).
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session === null) {
    const state: ReturnToState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return children;
}
