import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LoginThrottleEntity, type ThrottleScope } from './entities/login-throttle.entity';
import { LOGIN_THROTTLE, type ThrottleState } from './login-throttle.policy';

export interface ThrottleKey {
  scope: ThrottleScope;
  account: string;
  address: string;
}

/** The three keys one sign-in attempt counts against. */
export function throttleKeys(account: string, address: string): Record<ThrottleScope, ThrottleKey> {
  return {
    pair: { scope: 'pair', account, address },
    address: { scope: 'address', account: '', address },
    account: { scope: 'account', account, address: '' },
  };
}

/** States by scope, with the database's clock. */
export interface ThrottleSnapshot {
  states: Partial<Record<ThrottleScope, ThrottleState>>;
  now: Date;
}

type StateRow = ThrottleState & { scope: ThrottleScope };

function snapshotOf(rows: (StateRow & { now: Date })[]): ThrottleSnapshot {
  const states: Partial<Record<ThrottleScope, ThrottleState>> = {};
  for (const { scope, now: _now, ...state } of rows) states[scope] = state;
  return { states, now: rows[0]?.now ?? new Date() };
}

/** Stale rows removed per sign-in failure: enough to keep up, bounded so a failure stays cheap. */
const PRUNE_BATCH = 200;

@Injectable()
export class LoginThrottlesRepository {
  /**
   * The keys' states without locking anything, read with the database's clock (one clock for
   * every API process); a missing row is a fresh key.
   */
  async peek(manager: EntityManager, keys: ThrottleKey[]): Promise<ThrottleSnapshot> {
    const rows = await manager.query<(StateRow & { now: Date })[]>(
      `SELECT k.scope, coalesce(t.failures, 0) AS failures, coalesce(t.refused, 0) AS refused,
              coalesce(t.last_attempt_at, now()) AS "lastAttemptAt", t.blocked_until AS "blockedUntil",
              t.summarised_at AS "summarisedAt", now() AS now
         FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) AS k(scope, account, address)
         LEFT JOIN login_throttles t USING (scope, account, address)`,
      [keys.map((key) => key.scope), keys.map((key) => key.account), keys.map((key) => key.address)],
    );
    return snapshotOf(rows);
  }

  /**
   * The keys' states, their rows created when missing and locked, in the order given, until the
   * transaction ends.
   */
  async lock(manager: EntityManager, keys: ThrottleKey[]): Promise<ThrottleSnapshot> {
    const rows = await manager.query<(StateRow & { now: Date })[]>(
      `INSERT INTO login_throttles (scope, account, address, last_attempt_at)
       SELECT scope, account, address, now()
         FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) WITH ORDINALITY AS k(scope, account, address, n)
        ORDER BY n
       ON CONFLICT (scope, account, address) DO UPDATE SET scope = EXCLUDED.scope
       RETURNING scope, failures, refused, last_attempt_at AS "lastAttemptAt", blocked_until AS "blockedUntil",
                 summarised_at AS "summarisedAt", now() AS now`,
      [keys.map((key) => key.scope), keys.map((key) => key.account), keys.map((key) => key.address)],
    );
    return snapshotOf(rows);
  }

  /** Writes the keys' new states in one statement (their rows locked by `lock`). */
  async save(manager: EntityManager, entries: [ThrottleKey, ThrottleState][]): Promise<void> {
    const column = <T>(pick: (key: ThrottleKey, state: ThrottleState) => T) =>
      entries.map(([key, state]) => pick(key, state));
    await manager.query(
      `UPDATE login_throttles t
          SET failures = v.failures, refused = v.refused, last_attempt_at = v.last_attempt_at,
              blocked_until = v.blocked_until, summarised_at = v.summarised_at
         FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::int[], $5::int[],
                     $6::timestamptz[], $7::timestamptz[], $8::timestamptz[])
              AS v(scope, account, address, failures, refused, last_attempt_at, blocked_until, summarised_at)
        WHERE t.scope = v.scope AND t.account = v.account AND t.address = v.address`,
      [
        column((key) => key.scope),
        column((key) => key.account),
        column((key) => key.address),
        column((_, state) => state.failures),
        column((_, state) => state.refused),
        column((_, state) => state.lastAttemptAt),
        column((_, state) => state.blockedUntil),
        column((_, state) => state.summarisedAt),
      ],
    );
  }

  /**
   * Counts one refused attempt in a single statement, without a transaction, provided the key is
   * still blocked and its last summary is recent. False when it was not counted: the caller then
   * takes the locked path (the block ended, or a summary is due).
   */
  async countRefusal(manager: EntityManager, key: ThrottleKey): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(LoginThrottleEntity)
      .set({ refused: () => 'refused + 1' })
      .where('scope = :scope AND account = :account AND address = :address', { ...key })
      .andWhere('blocked_until > now()')
      .andWhere('summarised_at > now() - make_interval(secs => :interval)', {
        interval: LOGIN_THROTTLE.summaryIntervalSeconds,
      })
      .execute();
    return result.affected === 1;
  }

  /** Takes back the failure counted for an attempt that proved right. */
  async refund(manager: EntityManager, key: ThrottleKey): Promise<void> {
    await manager.query(
      `UPDATE login_throttles
          SET failures = greatest(failures - 1, 0),
              blocked_until = CASE WHEN failures - 1 < $4 THEN NULL ELSE blocked_until END
        WHERE scope = $1 AND account = $2 AND address = $3`,
      [key.scope, key.account, key.address, LOGIN_THROTTLE.freeFailures[key.scope]],
    );
  }

  async forget(manager: EntityManager, key: ThrottleKey): Promise<void> {
    await manager.delete(LoginThrottleEntity, { ...key });
  }

  /**
   * Clears every key of an account (from each address, and across addresses); returns how many.
   * Pairs go first, as sign-ins lock them before the account's key, so the two never deadlock.
   */
  async forgetAccount(manager: EntityManager, account: string): Promise<number> {
    let cleared = 0;
    for (const scope of ['pair', 'account'] as const) {
      const result = await manager.delete(LoginThrottleEntity, { scope, account });
      cleared += result.affected ?? 0;
    }
    return cleared;
  }

  /** Until when each of these accounts is refused from at least one address (blocked ones only). */
  async blockedUntil(manager: EntityManager, accounts: string[]): Promise<Map<string, Date>> {
    if (accounts.length === 0) return new Map();
    const rows = await manager.query<{ account: string; until: Date }[]>(
      `SELECT account, max(blocked_until) AS until
         FROM login_throttles
        WHERE scope IN ('pair', 'account') AND account = ANY($1) AND blocked_until > now()
        GROUP BY account`,
      [accounts],
    );
    return new Map(rows.map((row) => [row.account, row.until]));
  }

  /**
   * Removes keys whose run is over. Rows another sign-in holds are skipped, not waited for, so
   * pruning never deadlocks with one.
   */
  async pruneStale(manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM login_throttles
        WHERE (scope, account, address) IN (
          SELECT scope, account, address FROM login_throttles
           WHERE last_attempt_at < now() - make_interval(secs => $1)
             AND (blocked_until IS NULL OR blocked_until < now())
           LIMIT $2
             FOR UPDATE SKIP LOCKED)`,
      [LOGIN_THROTTLE.quietResetSeconds, PRUNE_BATCH],
    );
  }
}
