import { describe, expect, it } from 'vitest';
import {
  activeBlock,
  addressKey,
  blockSeconds,
  normaliseLoginEmail,
  type ThrottleState,
  throttleRules,
} from './login-throttle';
import { DEFAULT_SECURITY_POLICIES } from './password-policy';

const STRICT = throttleRules(DEFAULT_SECURITY_POLICIES.enterprise_admin);
const USER = throttleRules(DEFAULT_SECURITY_POLICIES.end_user);

describe('throttleRules from the guide’s lockout (§3.2.6: 5 attempts, 15 minutes)', () => {
  it('locks the pair at the role’s threshold for the role’s minutes', () => {
    expect(STRICT.pair).toMatchObject({
      threshold: 5,
      baseSeconds: 900,
      maxSeconds: 900,
      resetAfterBlock: true,
    });
    expect(USER.pair).toMatchObject({ threshold: 10, baseSeconds: 900 });
  });

  it('slows the account down past twice the threshold, for at most a minute', () => {
    expect(STRICT.account).toMatchObject({
      threshold: 10,
      baseSeconds: 1,
      maxSeconds: 60,
      resetAfterBlock: false,
    });
  });
});

describe('blockSeconds', () => {
  it.each<[string, number, keyof typeof STRICT, number | null]>([
    ['below the pair threshold', 4, 'pair', null],
    ['at the pair threshold', 5, 'pair', 900],
    ['past the pair threshold: still the lock time', 9, 'pair', 900],
    ['below the account threshold', 9, 'account', null],
    ['at the account threshold', 10, 'account', 1],
    ['one past: doubled', 11, 'account', 2],
    ['five past', 15, 'account', 32],
    ['six past: capped at 60 s', 16, 'account', 60],
    ['far past: capped, no overflow', 10_000, 'account', 60],
    ['the address at 30', 30, 'address', 1],
    ['the address, capped at 15 minutes', 60, 'address', 900],
  ])('%s', (_label, failures, scope, expected) => {
    expect(blockSeconds(failures, STRICT[scope])).toBe(expected);
  });
});

describe('normaliseLoginEmail', () => {
  it.each<[string, string]>([
    ['Admin@Example.com', 'admin@example.com'],
    ['  admin@example.com ', 'admin@example.com'],
    // é as one code point and as e + combining accent are the same address.
    ['andr\u00e9@example.nl', 'andr\u00e9@example.nl'],
    ['andre\u0301@example.nl', 'andr\u00e9@example.nl'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseLoginEmail(input)).toBe(expected);
  });
});

describe('addressKey', () => {
  it.each<[string, string]>([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff::1', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002::', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s → %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });

  it('puts two hosts of one /64 together and two networks apart', () => {
    expect(addressKey('2001:db8:a:b::1')).toBe(addressKey('2001:db8:a:b:dead:beef::2'));
    expect(addressKey('2001:db8:a:b::1')).not.toBe(addressKey('2001:db8:a:c::1'));
  });
});

describe('activeBlock', () => {
  const NOW = new Date('2026-12-02T09:00:00Z');
  const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
  const state = (
    scope: ThrottleState['scope'],
    blockedUntil: Date | null,
    lastSuccessAt: Date | null = null,
  ) => ({
    scope,
    blockedUntil,
    lastSuccessAt,
  });

  it.each<[string, ThrottleState[], string | null, number | null]>([
    ['nothing counted', [], null, null],
    ['a lock of the pair', [state('pair', at(900))], 'pair', 900],
    ['a lock that ended', [state('pair', at(-1))], null, null],
    ['a lock ending exactly now', [state('pair', NOW)], null, null],
    ['the account slowed down from a new address', [state('account', at(30))], 'account', 30],
    [
      'the account slowed down, but this address logged in last month',
      [state('pair', null, at(-30 * 86_400)), state('account', at(30))],
      null,
      null,
    ],
    [
      'the account slowed down, this address familiar long ago only',
      [state('pair', null, at(-91 * 86_400)), state('account', at(30))],
      'account',
      30,
    ],
    ['the address slowed down (for any account)', [state('address', at(4))], 'address', 4],
    [
      'a lock of the pair comes first, even from a familiar address',
      [state('pair', at(600), at(-86_400)), state('address', at(4))],
      'pair',
      600,
    ],
    ['part of a second left rounds up', [state('pair', new Date(NOW.getTime() + 1))], 'pair', 1],
  ])('%s', (_label, states, scope, seconds) => {
    const block = activeBlock(states, NOW);
    expect(block ? [block.scope, block.seconds] : [null, null]).toStrictEqual([scope, seconds]);
  });
});
