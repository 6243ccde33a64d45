import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { AuthLayout } from '../ui/auth-layout';
import { errorText } from '../ui/error-text';
import { FormAlert } from '../ui/form-alert';
import { PasswordField } from '../ui/password-field';
import { useSession } from './session';

/** Log in with e-mail and password, then (when two-factor is on) the code or a recovery code. */
export function LoginPage() {
  const { t } = useTranslation();
  const { login, notice } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    if (email.trim() === '' || password === '') {
      setError(t('login.missing'));
      return;
    }
    if (step === 'totp' && totp.trim() === '') {
      setError(t('login.codeMissing'));
      return;
    }
    setBusy(true);
    try {
      await login({ email: email.trim(), password, ...(step === 'totp' ? { totp: totp.trim() } : {}) });
    } catch (caught) {
      if (isApiError(caught) && caught.code === 'totp_required') {
        setStep('totp');
      } else {
        setError(errorText(t, caught));
        if (isApiError(caught) && caught.code === 'invalid_totp') setTotp('');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={step === 'password' ? t('login.title') : t('login.totpTitle')}>
      {notice === 'session_expired' && (
        <Alert color="yellow" role="status">
          {t('login.sessionExpired')}
        </Alert>
      )}
      {notice === 'logged_out' && (
        <Alert color="blue" role="status">
          {t('login.loggedOut')}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {step === 'password' ? (
            <>
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                required
                autoFocus
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
              <PasswordField
                label={t('login.password')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
            </>
          ) : (
            <>
              <Text size="sm">{t('login.totpHelp')}</Text>
              <TextInput
                label={t('login.code')}
                autoComplete="one-time-code"
                inputMode="text"
                autoFocus
                required
                value={totp}
                onChange={(e) => setTotp(e.currentTarget.value)}
                description={t('login.codeDescription')}
              />
            </>
          )}
          <FormAlert message={error} />
          <Button type="submit" loading={busy} fullWidth>
            {step === 'password' ? t('login.submit') : t('login.verify')}
          </Button>
          {step === 'totp' && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                setStep('password');
                setTotp('');
                setError(null);
              }}
            >
              {t('login.back')}
            </Anchor>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
