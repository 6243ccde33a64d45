import { describe, expect, it } from 'vitest';
import {
  afterFailedLogin,
  afterSuccessfulLogin,
  isLocked,
  type LockoutState,
  secondsLocked,
} from './lockout';
import { DEFAULT_SECURITY_POLICIES } from './password-policy';
import type { Role } from './roles';

const NOW = new Date('2026-05-04T09:00:00.000Z');
const ms = (offset: number): Date => new Date(NOW.getTime() + offset);
const MINUTE = 60_000;
const POLICY = { lockoutThreshold: 5, lockoutMinutes: 15 };

describe('isLocked', () => {
  it.each<[string, Date | null, boolean]>([
    ['never locked', null, false],
    ['locked until later', ms(15 * MINUTE), true],
    ['locked for one more millisecond', ms(1), true],
    ['lock ending exactly now', NOW, false],
    ['lock ended a millisecond ago', ms(-1), false],
    ['lock ended long ago', ms(-24 * 60 * MINUTE), false],
  ])('%s: %s', (_label, lockedUntil, locked) => {
    expect(isLocked({ failedLogins: 0, lockedUntil }, NOW)).toBe(locked);
  });
});

describe('secondsLocked', () => {
  it.each<[string, Date | null, number]>([
    ['never locked', null, 0],
    ['the full 15 minutes', ms(15 * MINUTE), 900],
    ['one millisecond left rounds up to a second', ms(1), 1],
    ['exactly one second left', ms(1000), 1],
    ['one second and a millisecond left', ms(1001), 2],
    ['lock ending exactly now', NOW, 0],
    ['lock already ended', ms(-5000), 0],
  ])('%s: %i', (_label, lockedUntil, seconds) => {
    expect(secondsLocked({ failedLogins: 3, lockedUntil }, NOW)).toBe(seconds);
  });
});

describe('afterFailedLogin', () => {
  it.each<[string, LockoutState, typeof POLICY, LockoutState]>([
    [
      'counts the first failure',
      { failedLogins: 0, lockedUntil: null },
      POLICY,
      { failedLogins: 1, lockedUntil: null },
    ],
    [
      'counts up to one below the threshold',
      { failedLogins: 3, lockedUntil: null },
      POLICY,
      { failedLogins: 4, lockedUntil: null },
    ],
    [
      'locks at exactly the threshold and starts counting afresh',
      { failedLogins: 4, lockedUntil: null },
      POLICY,
      { failedLogins: 0, lockedUntil: ms(15 * MINUTE) },
    ],
    [
      'locks when already past the threshold (policy made stricter)',
      { failedLogins: 9, lockedUntil: null },
      POLICY,
      { failedLogins: 0, lockedUntil: ms(15 * MINUTE) },
    ],
    [
      'locks at the first failure with threshold 1',
      { failedLogins: 0, lockedUntil: null },
      { lockoutThreshold: 1, lockoutMinutes: 1 },
      { failedLogins: 0, lockedUntil: ms(MINUTE) },
    ],
    [
      'uses the policy minutes',
      { failedLogins: 1, lockedUntil: null },
      { lockoutThreshold: 2, lockoutMinutes: 24 * 60 },
      { failedLogins: 0, lockedUntil: ms(24 * 60 * MINUTE) },
    ],
    [
      'forgets a lock that has run out: the count starts again',
      { failedLogins: 4, lockedUntil: ms(-1) },
      POLICY,
      { failedLogins: 1, lockedUntil: null },
    ],
    [
      'forgets a lock that ends exactly now',
      { failedLogins: 4, lockedUntil: NOW },
      POLICY,
      { failedLogins: 1, lockedUntil: null },
    ],
    [
      'keeps a running lock while counting',
      { failedLogins: 2, lockedUntil: ms(5 * MINUTE) },
      POLICY,
      { failedLogins: 3, lockedUntil: ms(5 * MINUTE) },
    ],
    [
      'renews a running lock from now when the threshold is reached again',
      { failedLogins: 4, lockedUntil: ms(5 * MINUTE) },
      POLICY,
      { failedLogins: 0, lockedUntil: ms(15 * MINUTE) },
    ],
  ])('%s', (_label, state, policy, expected) => {
    expect(afterFailedLogin(state, policy, NOW)).toStrictEqual(expected);
  });

  it('does not change the state it is given', () => {
    const state: LockoutState = { failedLogins: 4, lockedUntil: null };
    afterFailedLogin(state, POLICY, NOW);
    expect(state).toStrictEqual({ failedLogins: 4, lockedUntil: null });
  });

  it('locks after a series of five failures for 15 minutes, then judges the next series afresh', () => {
    let state = afterSuccessfulLogin();
    const seen: LockoutState[] = [];
    for (let i = 0; i < 5; i++) {
      state = afterFailedLogin(state, POLICY, ms(i * 1000));
      seen.push(state);
    }
    expect(seen.map((s) => [s.failedLogins, s.lockedUntil?.toISOString() ?? null])).toStrictEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, null],
      [0, '2026-05-04T09:15:04.000Z'],
    ]);
    const unlock = ms(4000 + 15 * MINUTE);
    expect(isLocked(state, ms(4000))).toBe(true);
    expect(secondsLocked(state, ms(4000))).toBe(900);
    expect(isLocked(state, new Date(unlock.getTime() - 1))).toBe(true);
    expect(isLocked(state, unlock)).toBe(false);
    expect(afterFailedLogin(state, POLICY, unlock)).toStrictEqual({ failedLogins: 1, lockedUntil: null });
  });

  it.each<[Role, number]>([
    ['provider_admin', 5],
    ['partner_admin', 5],
    ['enterprise_admin', 5],
    ['site_admin', 5],
    ['end_user', 10],
    ['receptionist', 10],
  ])('under the default policy %s is locked by failure number %i, for 15 minutes', (role, threshold) => {
    const policy = DEFAULT_SECURITY_POLICIES[role];
    let state = afterSuccessfulLogin();
    let lockedAt = 0;
    for (let attempt = 1; attempt <= 20 && lockedAt === 0; attempt++) {
      state = afterFailedLogin(state, policy, NOW);
      if (isLocked(state, NOW)) lockedAt = attempt;
    }
    expect(lockedAt).toBe(threshold);
    expect(secondsLocked(state, NOW)).toBe(15 * 60);
  });
});

describe('afterSuccessfulLogin', () => {
  it('clears the count and any lock', () => {
    expect(afterSuccessfulLogin()).toStrictEqual({ failedLogins: 0, lockedUntil: null });
  });

  it('gives a fresh state each time', () => {
    expect(afterSuccessfulLogin()).not.toBe(afterSuccessfulLogin());
  });
});
