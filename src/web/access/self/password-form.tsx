import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema } from '../../../core/access/self';
import { FormAlert } from '../../ui/form-alert';
import { PasswordField } from '../../ui/password-field';
import { useForm } from '../../ui/use-form';
import { selfApi } from './queries';

/** Current password, new password twice. The role's policy is checked by the server. */
export function PasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ currentPassword: '', newPassword: '', confirm: '' });
  const mutation = useMutation({
    mutationFn: selfApi.changePassword,
    onSuccess: () => {
      form.reset();
      onDone();
    },
    onError: form.fail,
  });

  const onSubmit = form.submit(() => {
    const body = form.validate(changePasswordSchema, {
      currentPassword: form.values.currentPassword,
      newPassword: form.values.newPassword,
    });
    if (body === null) return;
    if (form.values.confirm !== form.values.newPassword) {
      form.setGeneral(t('password.mismatch'));
      return;
    }
    mutation.mutate(body);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={420}>
        <PasswordField
          label={t('password.current')}
          autoComplete="current-password"
          required
          {...form.text('currentPassword')}
        />
        <PasswordField
          label={t('password.new')}
          description={t('password.rules')}
          autoComplete="new-password"
          required
          {...form.text('newPassword')}
        />
        <PasswordField
          label={t('password.confirm')}
          autoComplete="new-password"
          required
          value={form.values.confirm}
          onChange={(e) => form.set('confirm', e.currentTarget.value)}
        />
        <FormAlert message={form.general} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
