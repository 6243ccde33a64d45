import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { errorText } from '../../ui/error-text';
import { FormAlert } from '../../ui/form-alert';
import { FormModal } from '../../ui/form-modal';
import { formatDateTime } from '../../ui/format';
import { OneTimeSecret } from '../../ui/one-time-secret';
import { PasswordField } from '../../ui/password-field';
import { ApiTokenForm, TOKENS } from './api-token-form';
import { type ApiToken, selfApi } from './queries';

/** The account's API tokens: create (secret shown once) and revoke (with the password). */
export function ApiTokensSection() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: TOKENS, queryFn: selfApi.tokens });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [password, setPassword] = useState('');
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => selfApi.revokeToken(token.id, password),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: TOKENS });
      notifications.show({ color: 'green', message: t('tokens.revoked') });
      setRevoking(null);
    },
  });
  const state = (token: ApiToken) =>
    token.revokedAt
      ? 'revoked'
      : token.expiresAt && Date.parse(token.expiresAt) < Date.now()
        ? 'expired'
        : 'active';

  const columns: Column<ApiToken>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('tokens.name'),
      cell: (tk) => tk.name,
      sortValue: (tk) => tk.name,
    },
    {
      key: 'access',
      priority: 'high',
      header: t('tokens.access'),
      cell: (tk) => t(`tokens.accessLevels.${tk.access}`),
      sortValue: (tk) => tk.access,
    },
    {
      key: 'state',
      priority: 'high',
      header: t('tokens.state'),
      cell: (tk) => (
        <Badge variant="light" color={state(tk) === 'active' ? 'green' : 'gray'}>
          {t(`tokens.states.${state(tk)}`)}
        </Badge>
      ),
      sortValue: (tk) => state(tk),
    },
    {
      key: 'expiresAt',
      priority: 'medium',
      header: t('tokens.expiresAt'),
      cell: (tk) => (tk.expiresAt ? formatDateTime(tk.expiresAt, i18n.language) : t('tokens.never')),
      sortValue: (tk) => tk.expiresAt,
    },
    {
      key: 'lastUsedAt',
      priority: 'low',
      header: t('tokens.lastUsed'),
      cell: (tk) => formatDateTime(tk.lastUsedAt, i18n.language),
      sortValue: (tk) => tk.lastUsedAt,
    },
  ];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('tokens.explain')}
      </Text>
      <DataTable
        label={t('tokens.title')}
        columns={columns}
        rows={tokens.data?.items ?? []}
        rowKey={(tk) => tk.id}
        loading={tokens.isPending}
        error={tokens.error}
        toolbar={<CreateButton onClick={() => setCreating(true)}>{t('tokens.create')}</CreateButton>}
        rowActions={(tk) =>
          state(tk) === 'active' && (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => {
                revoke.reset();
                setPassword('');
                setRevoking(tk);
              }}
              aria-label={t('tokens.revokeNamed', { name: tk.name })}
            >
              {t('tokens.revoke')}
            </Button>
          )
        }
        empty={t('tokens.empty')}
      />
      <FormModal opened={creating} title={t('tokens.create')} onClose={() => setCreating(false)} size="md">
        <ApiTokenForm
          onDone={(created) => {
            setCreating(false);
            setSecret(created.secret);
          }}
        />
      </FormModal>
      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={t('tokens.secretTitle')}
        centered
        closeOnClickOutside={false}
      >
        {secret && (
          <Stack>
            <OneTimeSecret label={t('tokens.secretLabel')} value={secret} />
            <Group justify="flex-end">
              <Button onClick={() => setSecret(null)}>{t('secret.done')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('tokens.revokeTitle', { name: revoking?.name ?? '' })}
        centered
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (revoking) revoke.mutate(revoking);
          }}
        >
          <Stack>
            <PasswordField
              label={t('twoFactor.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              data-autofocus
            />
            <FormAlert message={revoke.error ? errorText(t, revoke.error) : null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={revoke.isPending}>
                {t('tokens.revoke')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
