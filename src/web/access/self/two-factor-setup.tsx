import { Button, Code, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordConfirmationSchema, totpEnableSchema } from '../../../core/access/self';
import { FormAlert } from '../../ui/form-alert';
import { OneTimeSecret } from '../../ui/one-time-secret';
import { PasswordField } from '../../ui/password-field';
import { useForm } from '../../ui/use-form';
import { type RecoveryCodes, selfApi, svgDataUrl, type TotpSetup } from './queries';

/**
 * Two-factor enrolment in three steps: confirm the password, scan the QR code and enter a code,
 * store the recovery codes (shown once).
 */
export function TwoFactorSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<RecoveryCodes | null>(null);
  const form = useForm({ password: '', code: '' });

  const start = useMutation({ mutationFn: selfApi.startTotp, onSuccess: setSetup, onError: form.fail });
  const enable = useMutation({ mutationFn: selfApi.enableTotp, onSuccess: setCodes, onError: form.fail });

  if (codes !== null) {
    return (
      <Stack gap="md">
        <Text>{t('twoFactor.enabled')}</Text>
        <OneTimeSecret label={t('twoFactor.recoveryCodes')} value={codes.recoveryCodes.join('\n')} lines />
        <Group>
          <Button onClick={onDone}>{t('twoFactor.stored')}</Button>
        </Group>
      </Stack>
    );
  }

  if (setup === null) {
    const onSubmit = form.submit(() => {
      const body = form.validate(passwordConfirmationSchema, { password: form.values.password });
      if (body) start.mutate(body.password);
    });
    return (
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" maw={420}>
          <Text size="sm">{t('twoFactor.intro')}</Text>
          <PasswordField
            label={t('twoFactor.password')}
            autoComplete="current-password"
            required
            {...form.text('password')}
          />
          <FormAlert message={form.general} />
          <Group>
            <Button type="submit" loading={start.isPending}>
              {t('twoFactor.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  const onConfirm = form.submit(() => {
    const body = form.validate(totpEnableSchema, { code: form.values.code });
    if (body) enable.mutate(body.code);
  });
  return (
    <form onSubmit={onConfirm} noValidate>
      <Stack gap="md" maw={420}>
        <Text size="sm">{t('twoFactor.scan')}</Text>
        <Image src={svgDataUrl(setup.qrSvg)} alt={t('twoFactor.qrAlt')} w={200} h={200} bg="white" />
        <Text size="sm">{t('twoFactor.manual')}</Text>
        <Code block style={{ wordBreak: 'break-all' }}>
          {setup.secret}
        </Code>
        <TextInput
          label={t('twoFactor.code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={6}
          required
          {...form.text('code')}
        />
        <FormAlert message={form.general} />
        <Group>
          <Button type="submit" loading={enable.isPending}>
            {t('twoFactor.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
