import {
  afterAdmitting,
  afterRefusing,
  delaySeconds,
  failuresAt,
  LOGIN_THROTTLE,
  refuses,
  retryAfterSeconds,
  type ThrottleState,
} from './login-throttle.policy';

const T0 = new Date('2026-12-01T10:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function fresh(): ThrottleState {
  return { failures: 0, refused: 0, lastAttemptAt: T0, blockedUntil: null, summarisedAt: null };
}

function failTimes(scope: 'pair' | 'address' | 'account', times: number): ThrottleState {
  let state = fresh();
  for (let i = 0; i < times; i += 1) state = afterAdmitting(scope, state, T0);
  return state;
}

describe('login throttle policy', () => {
  it('lets the free failures through, then waits twice as long after each further one, up to the cap', () => {
    const free = LOGIN_THROTTLE.freeFailures.pair;
    expect(delaySeconds('pair', free - 1)).toBeNull();
    expect(delaySeconds('pair', free)).toBe(30);
    expect(delaySeconds('pair', free + 1)).toBe(60);
    expect(delaySeconds('pair', free + 2)).toBe(120);
    expect(delaySeconds('pair', free + 100)).toBe(LOGIN_THROTTLE.maxDelaySeconds);
    expect(delaySeconds('address', LOGIN_THROTTLE.freeFailures.address - 1)).toBeNull();
  });

  it('blocks a pair after its fifth failure and refuses until the wait is over', () => {
    const four = failTimes('pair', 4);
    expect(refuses('pair', four, T0)).toBe(false);
    const five = afterAdmitting('pair', four, T0);
    expect(five).toMatchObject({ failures: 5, blockedUntil: at(30) });
    expect(refuses('pair', five, at(29))).toBe(true);
    expect(retryAfterSeconds(five, at(29.5))).toBe(1);
    expect(refuses('pair', five, at(30))).toBe(false);
    expect(afterAdmitting('pair', five, at(30))).toMatchObject({ failures: 6, blockedUntil: at(90) });
  });

  it('forgets a run after a quiet hour, but never while the key is blocked', () => {
    const five = failTimes('pair', 5);
    expect(failuresAt(five, at(LOGIN_THROTTLE.quietResetSeconds - 1))).toBe(5);
    expect(failuresAt(five, at(LOGIN_THROTTLE.quietResetSeconds))).toBe(0);
    const blockedLong = { ...five, blockedUntil: at(LOGIN_THROTTLE.quietResetSeconds + 60) };
    expect(failuresAt(blockedLong, at(LOGIN_THROTTLE.quietResetSeconds + 1))).toBe(5);
  });

  it('never refuses a clean address for the account, only addresses that failed for it', () => {
    const account = failTimes('account', LOGIN_THROTTLE.freeFailures.account);
    expect(account.blockedUntil).toEqual(at(30));
    expect(refuses('account', account, at(1), fresh())).toBe(false);
    expect(refuses('account', account, at(1), failTimes('pair', 1))).toBe(true);
    // A clean address still counts, and keeps the account's wait from getting shorter.
    const extended = afterAdmitting('account', account, at(1));
    expect(extended.blockedUntil).toEqual(at(61));
  });

  it('summarises refusals at most once per interval, with the count since the last summary', () => {
    const blocked = failTimes('pair', 5);
    const first = afterRefusing(blocked, at(1));
    expect(first.summarise).toBe(1);
    let state = first.state;
    for (let i = 2; i <= 10; i += 1) {
      const next = afterRefusing(state, at(i));
      expect(next.summarise).toBeNull();
      state = next.state;
    }
    expect(state.refused).toBe(9);
    const later = afterRefusing(state, at(1 + LOGIN_THROTTLE.summaryIntervalSeconds));
    expect(later).toMatchObject({ summarise: 10, state: { refused: 0 } });
  });
});
