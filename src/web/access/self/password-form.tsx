import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema } from '../../../core/access/self';
import { FormAlert } from '../../ui/form-alert';
import { PasswordField } from '../../ui/password-field';
import { useForm } from '../../ui/use-form';
import { useSession } from '../session';
import { selfApi } from './queries';

/**
 * Current password, new password twice. The new one's field lists the role's rules (from
 * /api/me) and ticks them off while typing; the server still checks them, and the history.
 */
export function PasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
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
          rules={
            me
              ? { rules: me.passwordRules, email: me.email, current: form.values.currentPassword }
              : undefined
          }
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
