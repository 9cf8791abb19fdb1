import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuditContext } from '../audit/audit-event.types';
import { inTransaction } from '../database/transaction';
import type { ThrottleScope } from './entities/login-throttle.entity';
import { KeyedSerialiser } from './keyed-serialiser';
import { afterAdmitting, afterRefusing, refuses, retryAfterSeconds, type ThrottleState } from './login-throttle.policy';
import {
  LoginThrottlesRepository,
  throttleKeys,
  type ThrottleKey,
  type ThrottleSnapshot,
} from './login-throttles.repository';

/** `failures`: of this account from this address, this attempt included. */
export type Admission = { admitted: true; failures: number } | { admitted: false; retryAfterSeconds: number };

/** Keys are checked, and locked, in this order everywhere, so that no two transactions deadlock. */
const LOCK_ORDER: readonly ThrottleScope[] = ['address', 'pair', 'account'];

function stateOf(snapshot: ThrottleSnapshot, scope: ThrottleScope): ThrottleState {
  const state = snapshot.states[scope];
  if (!state) throw new Error(`no ${scope} throttle key in the snapshot`);
  return state;
}

/** The first key (in lock order) that refuses the attempt, among those in the snapshot. */
function refusingScope(snapshot: ThrottleSnapshot): ThrottleScope | null {
  const { states, now } = snapshot;
  return (
    LOCK_ORDER.find((scope) => {
      const state = states[scope];
      return state !== undefined && refuses(scope, state, now, states.pair);
    }) ?? null
  );
}

/** Sign-in throttling (see `login-throttle.policy.ts`) on counters shared by every API process. */
@Injectable()
export class LoginThrottleService {
  private readonly perAddress = new KeyedSerialiser();

  constructor(
    private readonly dataSource: DataSource,
    private readonly throttles: LoginThrottlesRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Counts the attempt against its keys before any password is checked, or refuses it. The
   * counting happens under the keys' row locks, so parallel attempts see increasing counts.
   * An attempt a key already refuses is counted with one statement and no transaction, so a
   * flood costs little and holds no lock that sign-ins from elsewhere would wait for.
   */
  admit(account: string, address: string, context: AuditContext): Promise<Admission> {
    return this.perAddress.run(address, () => this.admitInTurn(account, address, context));
  }

  private async admitInTurn(account: string, address: string, context: AuditContext): Promise<Admission> {
    const keys = throttleKeys(account, address);
    const peeked = await this.throttles.peek(
      this.dataSource.manager,
      LOCK_ORDER.map((scope) => keys[scope]),
    );
    const refusing = refusingScope(peeked);
    if (refusing !== null && (await this.throttles.countRefusal(this.dataSource.manager, keys[refusing]))) {
      return { admitted: false, retryAfterSeconds: retryAfterSeconds(stateOf(peeked, refusing), peeked.now) };
    }
    return inTransaction(this.dataSource, (manager) => this.admitLocked(manager, keys, context));
  }

  /**
   * The same decision under the keys' row locks. The address is locked and checked alone first:
   * a flood that its address refuses creates no rows for the accounts it tries.
   */
  private async admitLocked(
    manager: EntityManager,
    keys: Record<ThrottleScope, ThrottleKey>,
    context: AuditContext,
  ): Promise<Admission> {
    const byAddress = await this.throttles.lock(manager, [keys.address]);
    if (refusingScope(byAddress) === 'address') {
      return this.refuse(manager, keys.address, stateOf(byAddress, 'address'), byAddress.now, context);
    }
    const byAccount = await this.throttles.lock(manager, [keys.pair, keys.account]);
    const locked = { states: { ...byAddress.states, ...byAccount.states }, now: byAddress.now };
    const refusing = refusingScope(locked);
    if (refusing !== null) {
      return this.refuse(manager, keys[refusing], stateOf(locked, refusing), locked.now, context);
    }
    const next = (scope: ThrottleScope) => afterAdmitting(scope, stateOf(locked, scope), locked.now);
    const pair = next('pair');
    await this.throttles.save(manager, [
      [keys.address, next('address')],
      [keys.pair, pair],
      [keys.account, next('account')],
    ]);
    return { admitted: true, failures: pair.failures };
  }

  /**
   * A right password: this address starts afresh for the account, and the attempt no longer
   * counts as a failure. Runs in the sign-in's transaction, before its audit event.
   */
  async recordSuccess(manager: EntityManager, account: string, address: string): Promise<void> {
    const keys = throttleKeys(account, address);
    await this.throttles.refund(manager, keys.address);
    await this.throttles.forget(manager, keys.pair);
    await this.throttles.refund(manager, keys.account);
  }

  /** Removes keys whose run is over; called on failures, which the throttle keeps rare. */
  async pruneStale(): Promise<void> {
    await this.throttles.pruneStale(this.dataSource.manager);
  }

  /** Lifts every throttle on an account, inside the caller's (audited) transaction. */
  lift(manager: EntityManager, account: string): Promise<number> {
    return this.throttles.forgetAccount(manager, account);
  }

  /** Until when each account is refused from at least one address; absent when it is not. */
  blockedUntil(accounts: string[], manager = this.dataSource.manager): Promise<Map<string, Date>> {
    return this.throttles.blockedUntil(manager, accounts);
  }

  /**
   * Refused attempts are counted on the key, and reach the hash chain only as one summary per
   * key and interval: a flood must neither grow the chain nor queue on its lock per request.
   */
  private async refuse(
    manager: EntityManager,
    key: ThrottleKey,
    state: ThrottleState,
    now: Date,
    context: AuditContext,
  ): Promise<Admission> {
    const refusal = afterRefusing(state, now);
    await this.throttles.save(manager, [[key, refusal.state]]);
    if (refusal.summarise !== null) {
      await this.audit.record(manager, context, {
        action: 'auth.login_throttled',
        entityType: 'login_throttle',
        entityId: null,
        metadata: {
          scope: key.scope,
          email: key.scope === 'address' ? null : key.account,
          refused: refusal.summarise,
          failures: state.failures,
          blockedUntil: (state.blockedUntil ?? now).toISOString(),
        },
      });
    }
    return { admitted: false, retryAfterSeconds: retryAfterSeconds(state, now) };
  }
}
