import { z } from 'zod';
import type { IssueSpec } from '../errors';
import type { Role } from './roles';

/**
 * Security policy per role: password format, rotation, reuse history, lockout and whether
 * two-factor authentication is required. The guide (§3.2.6) asks a strict policy for the
 * enterprise-level passwords; these are the shipped defaults, editable by the provider.
 */
export const securityPolicySchema = z.strictObject({
  minLength: z.int().min(8).max(128),
  /** How many of the four character classes (lower, upper, digit, symbol) a password must contain. */
  requiredClasses: z.int().min(1).max(4),
  /** Days after which the password must be changed; 0 means it never expires. */
  maxAgeDays: z.int().min(0).max(3650),
  /** How many previous passwords may not be reused. */
  historyCount: z.int().min(0).max(24),
  lockoutThreshold: z.int().min(1).max(100),
  lockoutMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  twoFactorRequired: z.boolean(),
});
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export const MAX_PASSWORD_LENGTH = 256;

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

export const DEFAULT_SECURITY_POLICIES: Record<Role, SecurityPolicy> = {
  provider_admin: STRICT,
  provider_agent: STRICT,
  partner_admin: STRICT,
  enterprise_admin: STRICT,
  site_admin: SITE,
  end_user: USER,
  agent: USER,
  supervisor: USER,
  receptionist: USER,
};

export type PasswordViolation =
  | 'too_short'
  | 'too_long'
  | 'missing_classes'
  | 'contains_user_id'
  | 'same_as_old'
  | 'reversed_old';

export const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/] as const;

export const countClasses = (password: string): number =>
  CHARACTER_CLASSES.filter((re) => re.test(password)).length;

/**
 * The rules that need no stored hashes. The reuse history is checked by the caller, which holds
 * the hashes. `userIds` are the names a person logs in with (e-mail, its local part).
 */
export function passwordViolations(
  password: string,
  policy: Pick<SecurityPolicy, 'minLength' | 'requiredClasses'>,
  context: { userIds: readonly string[]; oldPassword?: string | undefined },
): PasswordViolation[] {
  const found: PasswordViolation[] = [];
  const length = [...password].length;
  if (length < policy.minLength) found.push('too_short');
  if (length > MAX_PASSWORD_LENGTH) found.push('too_long');
  if (countClasses(password) < policy.requiredClasses) found.push('missing_classes');
  const lower = password.toLowerCase();
  if (context.userIds.some((id) => id.length >= 3 && lower.includes(id.toLowerCase()))) {
    found.push('contains_user_id');
  }
  if (context.oldPassword !== undefined && context.oldPassword !== '') {
    const old = context.oldPassword.toLowerCase();
    if (lower === old) found.push('same_as_old');
    else if (lower === [...old].reverse().join('')) found.push('reversed_old');
  }
  return found;
}

/** The login ids a password may not contain: the whole e-mail address and its local part. */
export const userIdsOf = (email: string): string[] => {
  const local = email.split('@')[0] ?? '';
  return [email, local].filter((id) => id.length > 0);
};

/** Each violation as an issue of the password field, with the policy's numbers. */
export const VIOLATION_ISSUES: Record<PasswordViolation, (policy: SecurityPolicy) => IssueSpec> = {
  too_short: (p) => ({ code: 'password_too_short', params: { min: p.minLength } }),
  too_long: () => ({ code: 'password_too_long', params: { max: MAX_PASSWORD_LENGTH } }),
  missing_classes: (p) => ({ code: 'password_classes', params: { count: p.requiredClasses } }),
  contains_user_id: () => 'password_login_name',
  same_as_old: () => 'password_same',
  reversed_old: () => 'password_reversed',
};

export const violationIssues = (
  violations: readonly PasswordViolation[],
  policy: SecurityPolicy,
): IssueSpec[] => violations.map((v) => VIOLATION_ISSUES[v](policy));

/**
 * Whether a password chosen under `from` may fail `to`: a longer minimum or more character
 * classes. (A shorter rotation needs no rule: the age is checked against the role's policy at
 * every login.) A role change to such a role makes the account choose a new password.
 */
export const passwordRulesTightened = (
  from: Pick<SecurityPolicy, 'minLength' | 'requiredClasses'>,
  to: Pick<SecurityPolicy, 'minLength' | 'requiredClasses'>,
): boolean => to.minLength > from.minLength || to.requiredClasses > from.requiredClasses;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the password expires under the policy, or null when it never does. */
export function passwordExpiresAt(changedAt: Date, policy: Pick<SecurityPolicy, 'maxAgeDays'>): Date | null {
  if (policy.maxAgeDays === 0) return null;
  return new Date(changedAt.getTime() + policy.maxAgeDays * DAY_MS);
}

export function isPasswordExpired(
  changedAt: Date,
  policy: Pick<SecurityPolicy, 'maxAgeDays'>,
  now: Date,
): boolean {
  const expires = passwordExpiresAt(changedAt, policy);
  return expires !== null && now.getTime() >= expires.getTime();
}

/**
 * A password that satisfies the policy, for generated (temporary, demo, bootstrap) passwords.
 * `randomInt(n)` returns a uniformly random integer in [0, n); the server passes a CSPRNG.
 */
export function generatePassword(randomInt: (n: number) => number, length = 20): string {
  const sets = ['abcdefghijkmnopqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '-_.!#%+='];
  const all = sets.join('');
  const chars = sets.map((set) => set[randomInt(set.length)] as string);
  while (chars.length < length) chars.push(all[randomInt(all.length)] as string);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
