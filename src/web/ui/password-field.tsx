import { PasswordInput, type PasswordInputProps, VisuallyHidden } from '@mantine/core';
import { IconAlertCircle, IconCircle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { checkPasswordRules, type PasswordRules, type RuleCheck, type RuleState } from './password-rules';

/** The role's rules and who is choosing: the field lists the rules and ticks them off while typing. */
export type PasswordFieldRules = {
  rules: PasswordRules;
  /** The account's e-mail address: its login name may not be in the password. */
  email: string;
  /** The current password, when the form asks for it: the new one must differ. */
  current?: string;
};

const ICONS: Record<RuleState, typeof IconCircle> = {
  met: IconCircleCheck,
  unmet: IconCircle,
  broken: IconAlertCircle,
  server: IconInfoCircle,
};

function RuleText({ check }: { check: RuleCheck }) {
  const { t } = useTranslation();
  const count = Number(check.values.count);
  if (check.key === 'classes' && count >= 4) return <>{t('password.ruleText.classesAll')}</>;
  if (check.key === 'history' && count === 0) return <>{t('password.ruleText.historyNone')}</>;
  return <>{t(`password.ruleText.${check.key}`, check.values)}</>;
}

/** The rules, one per line, each with its state in an icon and in words for screen readers. */
function RuleList({ checks }: { checks: RuleCheck[] }) {
  const { t } = useTranslation();
  return (
    <span className="password-rules" data-testid="password-rules">
      <span className="password-rules-intro">{t('password.rulesIntro')}</span>
      {checks.map((check) => {
        const Icon = ICONS[check.state];
        return (
          <span key={check.key} className="password-rule" data-rule={check.key} data-state={check.state}>
            <Icon size={14} aria-hidden="true" />
            <span>
              <RuleText check={check} />
              <VisuallyHidden> ({t(`password.ruleState.${check.state}`)})</VisuallyHidden>
            </span>
          </span>
        );
      })}
    </span>
  );
}

/**
 * Mantine's password input with its show/hide button labelled in the portal's language. Given
 * `rules`, it says the role's password rules under the field before the first attempt, and
 * ticks them off as the user types (the field's description, so screen readers hear them too).
 */
export function PasswordField({ rules, ...props }: PasswordInputProps & { rules?: PasswordFieldRules }) {
  const { t } = useTranslation();
  const value = typeof props.value === 'string' ? props.value : '';
  const described = rules
    ? {
        description: <RuleList checks={checkPasswordRules(value, rules.rules, rules)} />,
        inputWrapperOrder: [
          'label',
          'input',
          'description',
          'error',
        ] as PasswordInputProps['inputWrapperOrder'],
      }
    : {};
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
      {...props}
      {...described}
    />
  );
}
