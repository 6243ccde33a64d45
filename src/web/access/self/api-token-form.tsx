import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { API_TOKEN_ACCESS, apiTokenInputSchema } from '../../../core/access/self';
import { FormAlert } from '../../ui/form-alert';
import { PasswordField } from '../../ui/password-field';
import { useForm } from '../../ui/use-form';
import { type CreatedApiToken, selfApi } from './queries';

export const TOKENS = ['me', 'tokens'] as const;

/** A new API token for automation; the secret comes back once. */
export function ApiTokenForm({ onDone }: { onDone: (created: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    name: '',
    access: 'read' as string,
    expiresInDays: 90 as number | string,
    password: '',
  });
  const mutation = useMutation({
    mutationFn: selfApi.createToken,
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: TOKENS });
      onDone(created);
    },
    onError: form.fail,
  });
  const v = form.values;
  const onSubmit = form.submit(() => {
    const body = form.validate(apiTokenInputSchema, {
      name: v.name,
      access: v.access,
      ...(typeof v.expiresInDays === 'number' ? { expiresInDays: v.expiresInDays } : {}),
      password: v.password,
    });
    if (body) mutation.mutate(body);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('tokens.name')} required {...form.text('name')} data-autofocus />
        <Select
          label={t('tokens.access')}
          allowDeselect={false}
          data={API_TOKEN_ACCESS.map((value) => ({ value, label: t(`tokens.accessLevels.${value}`) }))}
          value={v.access}
          onChange={(value) => value && form.set('access', value)}
          error={form.error('access')}
        />
        <NumberInput
          label={t('tokens.expiresInDays')}
          description={t('tokens.expiresHint')}
          min={1}
          max={3650}
          allowDecimal={false}
          value={v.expiresInDays}
          onChange={(value) => form.set('expiresInDays', value)}
          error={form.error('expiresInDays')}
        />
        <PasswordField
          label={t('twoFactor.password')}
          autoComplete="current-password"
          required
          {...form.text('password')}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
