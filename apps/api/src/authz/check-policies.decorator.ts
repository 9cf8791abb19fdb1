import { SetMetadata } from '@nestjs/common';
import type { Action, SubjectType } from '@ethics/authz';

export const POLICY_KEY = 'authz:policy';

/**
 * The access decision a route declares. Every route has exactly one:
 * `@CheckPolicies(action, subject)`, `@SignedIn()` or `@Public()`.
 */
export type RoutePolicy =
  { kind: 'ability'; action: Action; subject: SubjectType } | { kind: 'signed-in' } | { kind: 'public' };

/** The caller's role must allow `action` on some `subject`; services then check the loaded record. */
export const CheckPolicies = (action: Action, subject: SubjectType) =>
  SetMetadata(POLICY_KEY, { kind: 'ability', action, subject } satisfies RoutePolicy);

/** Any signed-in user (their own session and profile). */
export const SignedIn = () => SetMetadata(POLICY_KEY, { kind: 'signed-in' } satisfies RoutePolicy);

/** No sign-in: health and the sign-in route itself. */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies RoutePolicy);
