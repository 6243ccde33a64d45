import type { Me } from '../../core/access/me';
import { countClasses, passwordViolations, userIdsOf } from '../../core/access/password-policy';

export type PasswordRules = Me['passwordRules'];

/**
 * One rule as a password field shows it: `met` (ticked), `unmet` (not yet), `broken` (typed, and
 * against it: the login name, the current password), or `server` (only the server can tell: the
 * former passwords it keeps as hashes).
 */
export type RuleState = 'met' | 'unmet' | 'broken' | 'server';
export type RuleCheck = {
  key: 'length' | 'classes' | 'loginName' | 'history';
  state: RuleState;
  values: Record<string, string | number>;
};

/** The role's rules checked against what is typed so far, in the order the field lists them. */
export function checkPasswordRules(
  password: string,
  rules: PasswordRules,
  context: { email: string; current?: string | undefined },
): RuleCheck[] {
  const typed = password.length > 0;
  const violations = passwordViolations(password, rules, {
    userIds: userIdsOf(context.email),
    oldPassword: context.current,
  });
  const reused = violations.includes('same_as_old') || violations.includes('reversed_old');
  return [
    {
      key: 'length',
      state: [...password].length >= rules.minLength ? 'met' : 'unmet',
      values: { count: rules.minLength },
    },
    {
      key: 'classes',
      state: countClasses(password) >= rules.requiredClasses ? 'met' : 'unmet',
      values: { count: rules.requiredClasses },
    },
    {
      key: 'loginName',
      state: !typed ? 'unmet' : violations.includes('contains_user_id') ? 'broken' : 'met',
      values: { name: userIdsOf(context.email)[1] ?? context.email },
    },
    {
      key: 'history',
      state: typed && reused ? 'broken' : 'server',
      values: { count: rules.historyCount },
    },
  ];
}
