import type { CurrentUser } from '../../lib/current-user';
import type { AppRoute } from './app-route';
import { coreRoutes } from './core-routes';
import { extraRoutes } from './extra-routes';

/** Every page of the signed-in app: the core ones, then those other features registered. */
export const appRoutes: readonly AppRoute[] = [...coreRoutes, ...extraRoutes];

export function isAllowed(route: AppRoute, current: CurrentUser): boolean {
  return route.allowed?.(current) ?? true;
}

/** The header's navigation for this person, in order. */
export function navigationFor(current: CurrentUser, routes: readonly AppRoute[] = appRoutes) {
  return routes
    .flatMap((route) =>
      route.nav !== undefined && isAllowed(route, current) ? [{ ...route.nav, path: route.path }] : [],
    )
    .sort((a, b) => a.order - b.order);
}

/** Where a person lands: the page that names their role as home, else their first navigation entry. */
export function homePathFor(current: CurrentUser, routes: readonly AppRoute[] = appRoutes): string | null {
  const home = routes.find((r) => r.homeFor?.includes(current.user.role) && isAllowed(r, current));
  if (home !== undefined) return `/${home.path}`;
  const first = navigationFor(current, routes)[0];
  return first === undefined ? null : `/${first.path}`;
}
