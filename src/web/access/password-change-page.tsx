import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../ui/auth-layout';
import { PasswordForm } from './self/password-form';
import { useSession } from './session';

/** Shown instead of the portal while the account must choose a new password. */
export function PasswordChangePage() {
  const { t } = useTranslation();
  const { me, refresh, logout } = useSession();
  return (
    <AuthLayout title={t('password.forcedTitle')} width={480}>
      <Alert color="yellow">{t('password.forcedText')}</Alert>
      {me && (
        <Text size="sm" c="dimmed">
          {t('password.loggedInAs', { email: me.email })}
        </Text>
      )}
      <PasswordForm
        onDone={() => {
          notifications.show({ color: 'green', message: t('password.changed') });
          void refresh();
        }}
      />
      <Group justify="flex-end">
        <Button variant="subtle" onClick={() => void logout()}>
          {t('user.logout')}
        </Button>
      </Group>
    </AuthLayout>
  );
}
