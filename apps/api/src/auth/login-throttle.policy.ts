import type { ThrottleScope } from './entities/login-throttle.entity';

/**
 * How sign-in attempts are throttled. Each key counts failures; past its free failures every
 * further failure makes the key wait before the next attempt, twice as long each time, up to
 * a cap. Nothing is ever locked for good: the owner of an account can always sign in from an
 * address that has not failed for it, so an attacker elsewhere cannot lock them out.
 *
 * - pair (one account from one address): a few free failures. This is what stops guessing.
 * - address (one address, any account): more free failures, for offices behind one NAT; stops
 *   one address from spraying guesses across many accounts.
 * - account (one account, any address): never refuses an address that has no failure for the
 *   account in the current run. Once an account has seen many failures, addresses that have
 *   already failed for it share one waiting time, so a guesser spread over many addresses gets
 *   one free guess per new address and then waits with the rest.
 */
export const LOGIN_THROTTLE = {
  freeFailures: { pair: 5, address: 30, account: 10 } satisfies Record<ThrottleScope, number>,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  /** A run of failures is forgotten after this long without an attempt (longer than any wait). */
  quietResetSeconds: 60 * 60,
  /** Refusals reach the audit trail as at most one summary per key in this interval. */
  summaryIntervalSeconds: 15 * 60,
} as const;

export interface ThrottleState {
  failures: number;
  refused: number;
  lastAttemptAt: Date;
  blockedUntil: Date | null;
  summarisedAt: Date | null;
}

const seconds = (ms: number) => ms / 1000;

export function isBlocked(state: ThrottleState, now: Date): boolean {
  return state.blockedUntil !== null && state.blockedUntil > now;
}

/**
 * Whether a key refuses an attempt. The account key refuses only addresses that have already
 * failed for the account (`pair` is that address's key), never a clean one.
 */
export function refuses(scope: ThrottleScope, state: ThrottleState, now: Date, pair?: ThrottleState): boolean {
  if (!isBlocked(state, now)) return false;
  return scope !== 'account' || (pair !== undefined && failuresAt(pair, now) > 0);
}

/** The failures that still count at `now`. */
export function failuresAt(state: ThrottleState, now: Date): number {
  if (isBlocked(state, now)) return state.failures;
  const quiet = seconds(now.getTime() - state.lastAttemptAt.getTime()) >= LOGIN_THROTTLE.quietResetSeconds;
  return quiet ? 0 : state.failures;
}

/** How long a key waits after its `failures`-th failure; null while failures are still free. */
export function delaySeconds(scope: ThrottleScope, failures: number): number | null {
  const beyond = failures - LOGIN_THROTTLE.freeFailures[scope];
  if (beyond < 0) return null;
  // Capping the exponent first keeps the arithmetic finite for any count.
  const doubled = LOGIN_THROTTLE.firstDelaySeconds * 2 ** Math.min(beyond, 16);
  return Math.min(doubled, LOGIN_THROTTLE.maxDelaySeconds);
}

/**
 * The key after letting one attempt through. The attempt counts as a failure until it proves
 * right, so that parallel attempts see each other's counts before any password is checked.
 */
export function afterAdmitting(scope: ThrottleScope, state: ThrottleState, now: Date): ThrottleState {
  const failures = failuresAt(state, now) + 1;
  const delay = delaySeconds(scope, failures);
  const waitUntil = delay === null ? null : new Date(now.getTime() + delay * 1000);
  const current = isBlocked(state, now) ? state.blockedUntil : null;
  const blockedUntil = current !== null && (waitUntil === null || current > waitUntil) ? current : waitUntil;
  return { ...state, failures, lastAttemptAt: now, blockedUntil };
}

export interface Refusal {
  state: ThrottleState;
  /** Refusals to report in one audit summary now, or null while the last summary is recent. */
  summarise: number | null;
}

/** The key after refusing one attempt: counted, and summarised at most once per interval. */
export function afterRefusing(state: ThrottleState, now: Date): Refusal {
  const refused = state.refused + 1;
  const due =
    state.summarisedAt === null ||
    seconds(now.getTime() - state.summarisedAt.getTime()) >= LOGIN_THROTTLE.summaryIntervalSeconds;
  if (!due) return { state: { ...state, refused }, summarise: null };
  return { state: { ...state, refused: 0, summarisedAt: now }, summarise: refused };
}

/** Whole seconds until the key lets an attempt through again (at least one). */
export function retryAfterSeconds(state: ThrottleState, now: Date): number {
  const until = state.blockedUntil?.getTime() ?? now.getTime();
  return Math.max(1, Math.ceil(seconds(until - now.getTime())));
}
