import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordConfirmationSchema } from '../../../core/access/self';
import { FormAlert } from '../../ui/form-alert';
import { OneTimeSecret } from '../../ui/one-time-secret';
import { PasswordField } from '../../ui/password-field';
import { useForm } from '../../ui/use-form';
import { useMe, useSession } from '../session';
import { selfApi } from './queries';
import { TwoFactorSetup } from './two-factor-setup';

/** Two-factor on the profile: set it up, or (with the password) switch it off or get new recovery codes. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const me = useMe();
  const { refresh } = useSession();
  const [mode, setMode] = useState<'idle' | 'setup' | 'disable' | 'codes'>('idle');
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useForm({ password: '' });
  const done = () => {
    setMode('idle');
    form.reset();
    void refresh();
  };
  const disable = useMutation({
    mutationFn: selfApi.disableTotp,
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('twoFactor.disabled') });
      done();
    },
    onError: form.fail,
  });
  const regenerate = useMutation({
    mutationFn: selfApi.newRecoveryCodes,
    onSuccess: (r) => setCodes(r.recoveryCodes),
    onError: form.fail,
  });

  if (mode === 'setup') return <TwoFactorSetup onDone={done} />;
  if (codes !== null) {
    return (
      <Stack gap="md">
        <OneTimeSecret label={t('twoFactor.recoveryCodes')} value={codes.join('\n')} lines />
        <Group>
          <Button
            onClick={() => {
              setCodes(null);
              done();
            }}
          >
            {t('twoFactor.stored')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const onConfirm = form.submit(() => {
    const body = form.validate(passwordConfirmationSchema, { password: form.values.password });
    if (body === null) return;
    if (mode === 'disable') disable.mutate(body.password);
    else regenerate.mutate(body.password);
  });

  return (
    <Stack gap="md" maw={480}>
      <Group gap="sm">
        <Text>{t('twoFactor.status')}</Text>
        <Badge color={me.totpEnabled ? 'green' : 'gray'} variant="light">
          {me.totpEnabled ? t('common.on') : t('common.off')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('twoFactor.explain')}
      </Text>
      {mode === 'idle' ? (
        <Group>
          {!me.totpEnabled && <Button onClick={() => setMode('setup')}>{t('twoFactor.setUp')}</Button>}
          {me.totpEnabled && (
            <Button variant="default" onClick={() => setMode('codes')}>
              {t('twoFactor.newCodes')}
            </Button>
          )}
          {me.totpEnabled && (
            <Button variant="light" color="red" onClick={() => setMode('disable')}>
              {t('twoFactor.disable')}
            </Button>
          )}
        </Group>
      ) : (
        <form onSubmit={onConfirm} noValidate>
          <Stack gap="sm">
            <PasswordField
              label={t('twoFactor.password')}
              autoComplete="current-password"
              required
              {...form.text('password')}
              data-autofocus
            />
            <FormAlert message={form.general} />
            <Group>
              <Button
                type="submit"
                color={mode === 'disable' ? 'red' : undefined}
                loading={disable.isPending || regenerate.isPending}
              >
                {mode === 'disable' ? t('twoFactor.disable') : t('twoFactor.newCodes')}
              </Button>
              <Button
                variant="subtle"
                onClick={() => {
                  setMode('idle');
                  form.reset();
                }}
              >
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
