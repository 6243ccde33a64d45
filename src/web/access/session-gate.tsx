import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginPage } from './login-page';
import { PasswordChangePage } from './password-change-page';
import { useSession } from './session';
import { TwoFactorEnrolmentPage } from './two-factor-enrolment-page';

/** Shows the login, a forced password change or two-factor enrolment, or else the portal. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useSession();
  if (loading) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (me === null) return <LoginPage />;
  if (me.passwordChangeRequired) return <PasswordChangePage />;
  if (me.twoFactorEnrolmentRequired) return <TwoFactorEnrolmentPage />;
  return <>{children}</>;
}
