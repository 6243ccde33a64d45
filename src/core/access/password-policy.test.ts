import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  CHARACTER_CLASSES,
  countClasses,
  DEFAULT_SECURITY_POLICIES,
  generatePassword,
  isPasswordExpired,
  MAX_PASSWORD_LENGTH,
  type PasswordViolation,
  passwordExpiresAt,
  passwordViolations,
  type SecurityPolicy,
  securityPolicySchema,
  userIdsOf,
  violationIssues,
} from './password-policy';
import { ROLES, type Role } from './roles';

/** Deterministic pseudo-random integers in [0, n) (mulberry32), so every run sees the same passwords. */
function seededRandomInt(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

const STRICT: SecurityPolicy = {
  minLength: 12,
  requiredClasses: 4,
  maxAgeDays: 90,
  historyCount: 10,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  twoFactorRequired: false,
};
const SITE: SecurityPolicy = { ...STRICT, requiredClasses: 3, maxAgeDays: 180, historyCount: 5 };
const USER: SecurityPolicy = {
  ...STRICT,
  minLength: 10,
  requiredClasses: 3,
  maxAgeDays: 0,
  historyCount: 3,
  lockoutThreshold: 10,
};

describe('DEFAULT_SECURITY_POLICIES', () => {
  it.each<[Role, SecurityPolicy]>([
    ['provider_admin', STRICT],
    ['provider_agent', STRICT],
    ['partner_admin', STRICT],
    // §3.2.6: the enterprise-level passwords get the strict policy.
    ['enterprise_admin', STRICT],
    ['site_admin', SITE],
    ['end_user', USER],
    ['agent', USER],
    ['supervisor', USER],
    ['receptionist', USER],
  ])('%s gets its policy', (role, expected) => {
    expect(DEFAULT_SECURITY_POLICIES[role]).toStrictEqual(expected);
  });

  it('covers every role and nothing else', () => {
    expect(Object.keys(DEFAULT_SECURITY_POLICIES).sort()).toStrictEqual([...ROLES].sort());
  });

  it.each(ROLES)('the default for %s satisfies the policy schema', (role) => {
    expect(securityPolicySchema.safeParse(DEFAULT_SECURITY_POLICIES[role]).success).toBe(true);
  });

  it('enforces no two-factor by default (the demo enforces none)', () => {
    expect(ROLES.filter((role) => DEFAULT_SECURITY_POLICIES[role].twoFactorRequired)).toStrictEqual([]);
  });
});

describe('securityPolicySchema', () => {
  const paths = (input: unknown): string[] | 'ok' => {
    const result = securityPolicySchema.safeParse(input);
    return result.success ? 'ok' : result.error.issues.map((issue) => issue.path.join('.') || issue.code);
  };

  it.each<[string, Partial<Record<keyof SecurityPolicy, unknown>>, string[] | 'ok']>([
    ['minLength at its lower bound', { minLength: 8 }, 'ok'],
    ['minLength below 8', { minLength: 7 }, ['minLength']],
    ['minLength at its upper bound', { minLength: 128 }, 'ok'],
    ['minLength above 128', { minLength: 129 }, ['minLength']],
    ['minLength not whole', { minLength: 12.5 }, ['minLength']],
    ['requiredClasses 1', { requiredClasses: 1 }, 'ok'],
    ['requiredClasses 0', { requiredClasses: 0 }, ['requiredClasses']],
    ['requiredClasses 5', { requiredClasses: 5 }, ['requiredClasses']],
    ['maxAgeDays 0 (never expires)', { maxAgeDays: 0 }, 'ok'],
    ['maxAgeDays negative', { maxAgeDays: -1 }, ['maxAgeDays']],
    ['maxAgeDays 3650', { maxAgeDays: 3650 }, 'ok'],
    ['maxAgeDays 3651', { maxAgeDays: 3651 }, ['maxAgeDays']],
    ['historyCount 0', { historyCount: 0 }, 'ok'],
    ['historyCount 24', { historyCount: 24 }, 'ok'],
    ['historyCount 25', { historyCount: 25 }, ['historyCount']],
    ['lockoutThreshold 1', { lockoutThreshold: 1 }, 'ok'],
    ['lockoutThreshold 0', { lockoutThreshold: 0 }, ['lockoutThreshold']],
    ['lockoutThreshold 101', { lockoutThreshold: 101 }, ['lockoutThreshold']],
    ['lockoutMinutes 1440 (one day)', { lockoutMinutes: 1440 }, 'ok'],
    ['lockoutMinutes 0', { lockoutMinutes: 0 }, ['lockoutMinutes']],
    ['lockoutMinutes 1441', { lockoutMinutes: 1441 }, ['lockoutMinutes']],
    ['twoFactorRequired as text', { twoFactorRequired: 'yes' }, ['twoFactorRequired']],
  ])('%s', (_label, change, expected) => {
    expect(paths({ ...STRICT, ...change })).toStrictEqual(expected);
  });

  it('refuses unknown fields', () => {
    expect(paths({ ...STRICT, maxLength: 64 })).toStrictEqual(['unrecognized_keys']);
  });

  it('refuses a policy with a field missing', () => {
    const { historyCount: _left, ...rest } = STRICT;
    expect(paths(rest)).toStrictEqual(['historyCount']);
  });
});

describe('countClasses', () => {
  it.each<[string, number]>([
    ['', 0],
    ['abc', 1],
    ['ABC', 1],
    ['123', 1],
    ['!?-', 1],
    ['aB', 2],
    ['a1', 2],
    ['aB3', 3],
    ['aB3!', 4],
    ['aB3 ', 4], // a space is a symbol
    ['aaaaBBBB1111####', 4],
    // Only ASCII letters count as letters: anything else is a symbol.
    ['é', 1],
    ['É', 1],
    ['éa', 2],
    ['😀', 1],
  ])('%j has %i classes', (password, classes) => {
    expect(countClasses(password)).toBe(classes);
  });

  it('knows four classes', () => {
    expect(CHARACTER_CLASSES).toHaveLength(4);
  });
});

describe('userIdsOf', () => {
  it.each<[string, string[]]>([
    ['jan@example.nl', ['jan@example.nl', 'jan']],
    ['j.de.vries@bedrijf.nl', ['j.de.vries@bedrijf.nl', 'j.de.vries']],
    ['@example.nl', ['@example.nl']],
    ['', []],
  ])('%j gives %j', (email, ids) => {
    expect(userIdsOf(email)).toStrictEqual(ids);
  });
});

describe('passwordViolations', () => {
  const jan = { userIds: userIdsOf('jan@example.nl') };

  it.each<[string, string, PasswordViolation[]]>([
    ['a good strict password', 'Correct-Horse9', []],
    ['exactly the minimum length', 'Exactly-12ch', []],
    ['one short of the minimum', 'Exactly-11c', ['too_short']],
    ['empty', '', ['too_short', 'missing_classes']],
    ['no upper case', 'correct-horse9', ['missing_classes']],
    ['no symbol', 'CorrectHorse9x', ['missing_classes']],
    ['no digit', 'Correct-Horse!', ['missing_classes']],
    ['at the maximum length', 'Aa1!'.repeat(64), []],
    ['one over the maximum length', `${'Aa1!'.repeat(64)}x`, ['too_long']],
    ['long and one class', 'x'.repeat(MAX_PASSWORD_LENGTH + 1), ['too_long', 'missing_classes']],
    ['containing the login name', 'Hi-jan-2026-x', ['contains_user_id']],
    ['containing the login name in another case', 'Hi-JAN-2026-x', ['contains_user_id']],
    ['containing the whole e-mail address', 'X1-jan@example.nl', ['contains_user_id']],
    ['short, one class and the login name', 'jan', ['too_short', 'missing_classes', 'contains_user_id']],
  ])('%s: %j', (_label, password, expected) => {
    expect(passwordViolations(password, STRICT, jan)).toStrictEqual(expected);
  });

  it.each<[string, string, PasswordViolation[]]>([
    // 9 emoji + 3 letters/digits: 12 code points (21 UTF-16 units); 8 + 3 is 11 (19 units).
    ['counts code points, not UTF-16 units (long enough)', `${'😀'.repeat(9)}Aa1`, []],
    ['counts code points, not UTF-16 units (too short)', `${'😀'.repeat(8)}Aa1`, ['too_short']],
    ['256 emoji are not too long', '😀'.repeat(256), ['missing_classes']],
    ['257 emoji are too long', '😀'.repeat(257), ['too_long', 'missing_classes']],
  ])('%s', (_label, password, expected) => {
    expect(passwordViolations(password, STRICT, { userIds: [] })).toStrictEqual(expected);
  });

  it.each<[string, number, string, PasswordViolation[]]>([
    ['three classes suffice for 3', 3, 'abcdEFGH12', []],
    ['two classes fall short of 3', 3, 'abcdEFGHij', ['missing_classes']],
    ['one class suffices for 1', 1, 'abcdefghij', []],
    ['three classes fall short of 4', 4, 'abcdEFGH12', ['missing_classes']],
  ])('%s', (_label, requiredClasses, password, expected) => {
    expect(passwordViolations(password, { minLength: 10, requiredClasses }, { userIds: [] })).toStrictEqual(
      expected,
    );
  });

  it.each<[string, string[], string, PasswordViolation[]]>([
    ['ignores login names shorter than 3', ['jd'], 'Xjd-Password-9', []],
    ['checks login names of exactly 3', ['jdv'], 'XJdV-Password-9', ['contains_user_id']],
    ['ignores an empty list', [], 'Correct-Horse9', []],
    ['checks every login name', ['nobody', 'horse'], 'Correct-Horse9', ['contains_user_id']],
  ])('%s', (_label, userIds, password, expected) => {
    expect(passwordViolations(password, STRICT, { userIds })).toStrictEqual(expected);
  });

  it.each<[string, string | undefined, PasswordViolation[]]>([
    ['the same as the old one', 'Correct-Horse9', ['same_as_old']],
    ['the old one in another case', 'cORRECT-hORSE9', ['same_as_old']],
    ['the old one reversed', '9esroH-tcerroC', ['reversed_old']],
    ['the old one reversed in another case', '9ESROH-TCERROC', ['reversed_old']],
    ['different from the old one', 'Other-Horse99', []],
    ['no old password given', undefined, []],
    ['an empty old password', '', []],
  ])('new password %s', (_label, oldPassword, expected) => {
    expect(passwordViolations('Correct-Horse9', STRICT, { userIds: [], oldPassword })).toStrictEqual(
      expected,
    );
  });

  it('reports a palindrome as the same, not as reversed', () => {
    expect(
      passwordViolations('Ab1-!xx!-1bA', STRICT, { userIds: [], oldPassword: 'Ab1-!xx!-1bA' }),
    ).toStrictEqual(['same_as_old']);
  });

  it('reverses the old password by code point', () => {
    expect(
      passwordViolations('😀Correct-Horse9', STRICT, { userIds: [], oldPassword: '9esroH-tcerroC😀' }),
    ).toStrictEqual(['reversed_old']);
  });
});

describe('violationIssues', () => {
  const texts = (violations: PasswordViolation[], policy: SecurityPolicy) =>
    new DomainError('password_policy', { fields: { password: violationIssues(violations, policy) } }).fields
      ?.password;
  it.each<[PasswordViolation[], SecurityPolicy, string | undefined]>([
    [[], STRICT, undefined],
    [['too_short'], STRICT, 'must be at least 12 characters'],
    [['too_short'], USER, 'must be at least 10 characters'],
    [['too_long'], STRICT, 'must be at most 256 characters'],
    [['missing_classes'], STRICT, 'must contain at least 4 of: lower case, upper case, digit, symbol'],
    [['missing_classes'], SITE, 'must contain at least 3 of: lower case, upper case, digit, symbol'],
    [['contains_user_id'], STRICT, 'may not contain your login name'],
    [['same_as_old'], STRICT, 'must differ from the current password'],
    [['reversed_old'], STRICT, 'may not be the current password reversed'],
    [
      ['too_short', 'missing_classes'],
      STRICT,
      'must be at least 12 characters; must contain at least 4 of: lower case, upper case, digit, symbol',
    ],
  ])('%j', (violations, policy, message) => {
    expect(texts(violations, policy)).toBe(message);
  });

  it("gives each violation of one password its own issue with the policy's numbers", () => {
    expect(violationIssues(['too_short', 'missing_classes'], SITE)).toStrictEqual([
      { code: 'password_too_short', params: { min: 12 } },
      { code: 'password_classes', params: { count: 3 } },
    ]);
  });
});

describe('password expiry', () => {
  const changedAt = new Date('2026-01-01T00:00:00.000Z');
  const at = (iso: string) => new Date(iso);

  it.each<[number, string | null]>([
    [90, '2026-04-01T00:00:00.000Z'],
    [180, '2026-06-30T00:00:00.000Z'],
    [1, '2026-01-02T00:00:00.000Z'],
    [0, null],
  ])('maxAgeDays %i expires at %s', (maxAgeDays, expected) => {
    expect(passwordExpiresAt(changedAt, { maxAgeDays })?.toISOString() ?? null).toBe(expected);
  });

  it('counts whole 24-hour days in UTC, across the change to summer time', () => {
    // Europe/Amsterdam moves to summer time on 2026-03-29; expiry stays 90 × 24 h after the change.
    expect(passwordExpiresAt(at('2026-03-01T10:00:00.000Z'), { maxAgeDays: 90 })?.toISOString()).toBe(
      '2026-05-30T10:00:00.000Z',
    );
  });

  it.each<[string, string, boolean]>([
    ['just after the change', '2026-01-01T00:00:00.001Z', false],
    ['one millisecond before maxAgeDays', '2026-03-31T23:59:59.999Z', false],
    ['at exactly maxAgeDays', '2026-04-01T00:00:00.000Z', true],
    ['after maxAgeDays', '2026-04-01T00:00:00.001Z', true],
    ['long after', '2030-01-01T00:00:00.000Z', true],
  ])('a 90-day password %s is expired: %s', (_label, now, expired) => {
    expect(isPasswordExpired(changedAt, { maxAgeDays: 90 }, at(now))).toBe(expired);
  });

  it('never expires with maxAgeDays 0', () => {
    expect(isPasswordExpired(changedAt, { maxAgeDays: 0 }, at('2126-01-01T00:00:00.000Z'))).toBe(false);
  });

  it.each<[Role, string, boolean]>([
    ['enterprise_admin', '2026-03-31T23:59:59.999Z', false],
    ['enterprise_admin', '2026-04-01T00:00:00.000Z', true],
    ['site_admin', '2026-04-01T00:00:00.000Z', false],
    ['site_admin', '2026-06-30T00:00:00.000Z', true],
    ['end_user', '2036-01-01T00:00:00.000Z', false],
  ])('under the default policy of %s at %s the password is expired: %s', (role, now, expired) => {
    expect(isPasswordExpired(changedAt, DEFAULT_SECURITY_POLICIES[role], at(now))).toBe(expired);
  });
});

describe('generatePassword', () => {
  const LOWER = 'abcdefghijkmnopqrstuvwxyz';
  const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const DIGITS = '23456789';
  const SYMBOLS = '-_.!#%+=';
  const ALPHABET = new Set([...LOWER, ...UPPER, ...DIGITS, ...SYMBOLS]);
  const SEEDS = Array.from({ length: 500 }, (_, i) => i + 1);

  it('satisfies the strict policy and contains all four classes, for 500 seeds', () => {
    const failures: string[] = [];
    for (const seed of SEEDS) {
      const password = generatePassword(seededRandomInt(seed));
      const violations = passwordViolations(password, DEFAULT_SECURITY_POLICIES.enterprise_admin, {
        userIds: [],
      });
      if (password.length !== 20 || countClasses(password) !== 4 || violations.length > 0) {
        failures.push(`${seed}: ${password} ${violations.join(',')}`);
      }
    }
    expect(failures).toStrictEqual([]);
  });

  it('uses only its alphabet, without look-alikes (l, I, O, 0, 1)', () => {
    const foreign = new Set<string>();
    for (const seed of SEEDS) {
      for (const char of generatePassword(seededRandomInt(seed))) if (!ALPHABET.has(char)) foreign.add(char);
    }
    expect([...foreign]).toStrictEqual([]);
    expect(ALPHABET.size).toBe(65);
    expect(['l', 'I', 'O', '0', '1'].filter((char) => ALPHABET.has(char))).toStrictEqual([]);
  });

  it.each([4, 12, 16, 20, 64, 128])('gives exactly %i characters with all four classes', (length) => {
    for (const seed of SEEDS.slice(0, 50)) {
      const password = generatePassword(seededRandomInt(seed), length);
      expect(password).toHaveLength(length);
      expect(countClasses(password)).toBe(4);
    }
  });

  it.each<[string, (n: number) => number]>([
    ['always the lowest', () => 0],
    ['always the highest', (n) => n - 1],
  ])('stays valid when randomInt gives %s', (_label, randomInt) => {
    const password = generatePassword(randomInt);
    expect(password).toHaveLength(20);
    expect(countClasses(password)).toBe(4);
    expect([...password].every((char) => ALPHABET.has(char))).toBe(true);
  });

  it('is deterministic for a given source and differs between sources', () => {
    expect(generatePassword(seededRandomInt(42))).toBe(generatePassword(seededRandomInt(42)));
    expect(new Set(SEEDS.map((seed) => generatePassword(seededRandomInt(seed)))).size).toBe(SEEDS.length);
  });

  it('draws one character per class, fills from the whole alphabet, then shuffles every position', () => {
    const asked: number[] = [];
    generatePassword((n) => {
      asked.push(n);
      return 0;
    }, 8);
    expect(asked).toStrictEqual([25, 24, 8, 8, 65, 65, 65, 65, 8, 7, 6, 5, 4, 3, 2]);
  });

  it('spreads the class characters over all positions (not always the first four)', () => {
    const firstIsLower = SEEDS.filter((seed) =>
      /[a-z]/.test(generatePassword(seededRandomInt(seed))[0] ?? ''),
    );
    // Without the shuffle the first character would always be lower case (500 of 500).
    expect(firstIsLower.length).toBeLessThan(300);
    expect(firstIsLower.length).toBeGreaterThan(100);
  });
});
