import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema } from '../../../core/access/self';
import { FormAlert } from '../../ui/form-alert';
import { PasswordField } from '../../ui/password-field';
import { useForm } from '../../ui/use-form';
import { useSession } from '../session';
import { TOKENS } from './api-token-form';
import { selfApi } from './queries';

/**
 * Current password, new password twice. The new one's field lists the role's rules (from
 * /api/me) and ticks them off while typing; the server still checks them, and the history.
 * The account's live API tokens are listed: a new password revokes them (they may have leaked
 * with the old one) unless the user ticks the ones to keep.
 */
export function PasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const form = useForm({ currentPassword: '', newPassword: '', confirm: '' });
  const tokens = useQuery({ queryKey: TOKENS, queryFn: selfApi.tokens });
  const live = (tokens.data?.items ?? []).filter(
    (token) =>
      token.revokedAt === null && (token.expiresAt === null || Date.parse(token.expiresAt) > Date.now()),
  );
  const [keep, setKeep] = useState<ReadonlySet<string>>(new Set());
  const mutation = useMutation({
    mutationFn: selfApi.changePassword,
    onSuccess: (result) => {
      form.reset();
      setKeep(new Set());
      void queryClient.invalidateQueries({ queryKey: TOKENS });
      if (result.revokedTokenIds.length > 0) {
        notifications.show({
          message: t('password.tokensRevoked', { count: result.revokedTokenIds.length }),
        });
      }
      onDone();
    },
    onError: form.fail,
  });
  const toggle = (id: string, kept: boolean) =>
    setKeep((current) => {
      const next = new Set(current);
      if (kept) next.add(id);
      else next.delete(id);
      return next;
    });

  const onSubmit = form.submit(() => {
    const body = form.validate(changePasswordSchema, {
      currentPassword: form.values.currentPassword,
      newPassword: form.values.newPassword,
      keepTokenIds: live.filter((token) => keep.has(token.id)).map((token) => token.id),
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
        {live.length > 0 && (
          <Checkbox.Group
            label={t('password.tokensTitle')}
            description={t('password.tokensExplain', { count: live.length })}
            value={[...keep]}
          >
            <Stack gap={6} mt="xs">
              {live.map((token) => (
                <Checkbox
                  key={token.id}
                  value={token.id}
                  checked={keep.has(token.id)}
                  onChange={(event) => toggle(token.id, event.currentTarget.checked)}
                  label={
                    <Text size="sm" span>
                      {t('password.keepToken', { name: token.name })}{' '}
                      <Text span c="dimmed" size="xs">
                        ({t(`tokens.accessLevels.${token.access}`)})
                      </Text>
                    </Text>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
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
