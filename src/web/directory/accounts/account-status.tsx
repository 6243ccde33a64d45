import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '../../../core/access/accounts';
import { isLocked } from './queries';

/** Active, disabled, locked; and for admins whether the training gate is lifted. */
export function AccountStatus({ account }: { account: AccountDto }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light" color={account.status === 'active' ? 'green' : 'gray'}>
        {t(`accounts.statuses.${account.status}`)}
      </Badge>
      {isLocked(account) && (
        <Badge variant="light" color="red">
          {t('accounts.locked')}
        </Badge>
      )}
      {account.trained === false && (
        <Badge variant="light" color="orange">
          {t('accounts.untrained')}
        </Badge>
      )}
    </Group>
  );
}

export function accountStatusText(t: (key: string) => string, account: AccountDto): string {
  return [
    t(`accounts.statuses.${account.status}`),
    isLocked(account) ? t('accounts.locked') : '',
    account.trained === false ? t('accounts.untrained') : '',
  ]
    .filter(Boolean)
    .join(', ');
}
