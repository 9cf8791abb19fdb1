import type { Action, SubjectType } from '@ethics/authz';
import type { Role } from '@ethics/domain';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { CurrentUser } from '../../lib/current-user';

/**
 * A page of the signed-in app, as the router and the header's navigation read it. The core pages
 * are listed in `core-routes.tsx`; pages of other features are added in `extra-routes.tsx`.
 */
export interface AppRoute {
  /**
   * Path under the signed-in layout, without a leading slash: `'dashboard'`, `'audit/events'`,
   * `'cases/:id/summary'`. Must not repeat a core path.
   */
  path: string;
  /**
   * The page, in its own chunk so the first paint stays small:
   * `lazy(() => import('../../features/dashboard/components/dashboard-page').then((m) => ({ default: m.DashboardPage })))`.
   */
  page: LazyExoticComponent<ComponentType>;
  /**
   * Who may open it (default: everyone signed in). Others get a page that says it is not
   * available to their role, and do not see its navigation entry. The API still decides.
   */
  allowed?: (current: CurrentUser) => boolean;
  /** An entry in the header's main navigation, sorted by `order` (core entries use 10, 20, … 50). */
  nav?: { label: string; order: number };
  /** Roles whose landing page this is (after sign-in and at `/`). The first match wins. */
  homeFor?: readonly Role[];
}

/** `allowed` for whoever the authorization rules let do `action` on `subject`. */
export function may(action: Action, subject: SubjectType): (current: CurrentUser) => boolean {
  return ({ ability }) => ability.can(action, subject);
}
