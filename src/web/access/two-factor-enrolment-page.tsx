import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../ui/auth-layout';
import { TwoFactorSetup } from './self/two-factor-setup';
import { useSession } from './session';

/** Shown instead of the portal while the role requires two-factor and the account has none. */
export function TwoFactorEnrolmentPage() {
  const { t } = useTranslation();
  const { refresh, logout } = useSession();
  return (
    <AuthLayout title={t('twoFactor.enrolTitle')} width={520}>
      <Alert color="yellow">{t('twoFactor.enrolText')}</Alert>
      <TwoFactorSetup onDone={() => void refresh()} />
      <Group justify="flex-end">
        <Button variant="subtle" onClick={() => void logout()}>
          {t('user.logout')}
        </Button>
      </Group>
    </AuthLayout>
  );
}
