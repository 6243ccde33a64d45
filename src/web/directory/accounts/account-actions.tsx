import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconLockOpen, IconShieldOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '../../../core/access/accounts';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { errorText } from '../../ui/error-text';
import { OneTimeSecret } from '../../ui/one-time-secret';
import type { RowMenuEntries } from '../../ui/row-menu';
import { accountsApi, isLocked, useAccountMutation } from './queries';

type Pending = { kind: 'reset' | 'unlock' | 'twoFactor' | 'remove'; account: AccountDto } | null;

/**
 * The actions on one account (edit, reset password, unlock, reset two-factor, remove), their
 * confirmations, and the temporary password shown once.
 */
export function useAccountActions(onEdit: (account: AccountDto) => void, selfId: string) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>(null);
  const [secret, setSecret] = useState<{ email: string; password: string } | null>(null);
  const done = (message: string) => {
    notifications.show({ color: 'green', message });
    setPending(null);
  };
  const mutation = useAccountMutation(
    async (p: NonNullable<Pending>) => {
      const id = p.account.id;
      if (p.kind === 'reset')
        setSecret({
          email: p.account.email,
          password: (await accountsApi.resetPassword(id)).temporaryPassword,
        });
      else if (p.kind === 'unlock') await accountsApi.unlock(id);
      else if (p.kind === 'twoFactor') await accountsApi.resetTwoFactor(id);
      else await accountsApi.remove(id);
      return p;
    },
    (p) => done(t(`accounts.done.${p.kind}`, { email: p.account.email })),
  );

  /** The row menu of one account: edit, the account's own actions, remove (not of oneself). */
  const menuFor = (account: AccountDto): RowMenuEntries => {
    const self = account.id === selfId;
    const ask = (kind: NonNullable<Pending>['kind']) => () => {
      mutation.reset();
      setPending({ kind, account });
    };
    return {
      onEdit: () => onEdit(account),
      actions: [
        {
          label: t('accounts.resetPassword'),
          icon: <IconKey size={16} aria-hidden="true" />,
          onClick: ask('reset'),
          hidden: self,
        },
        {
          label: t('accounts.unlock'),
          icon: <IconLockOpen size={16} aria-hidden="true" />,
          onClick: ask('unlock'),
          hidden: !isLocked(account),
        },
        {
          label: t('accounts.resetTwoFactor'),
          icon: <IconShieldOff size={16} aria-hidden="true" />,
          onClick: ask('twoFactor'),
          hidden: self || !account.totpEnabled,
        },
      ],
      onRemove: self ? undefined : ask('remove'),
    };
  };

  const dialogs = (
    <>
      <ConfirmDialog
        opened={pending !== null}
        title={pending ? t(`accounts.confirm.${pending.kind}.title`) : ''}
        message={pending ? t(`accounts.confirm.${pending.kind}.text`, { email: pending.account.email }) : ''}
        confirmLabel={pending ? t(`accounts.confirm.${pending.kind}.button`) : ''}
        danger={pending?.kind === 'remove' || pending?.kind === 'twoFactor'}
        loading={mutation.isPending}
        error={mutation.error ? errorText(t, mutation.error) : null}
        onConfirm={() => pending && mutation.mutate(pending)}
        onClose={() => setPending(null)}
      />
      <TemporaryPasswordDialog secret={secret} onClose={() => setSecret(null)} />
    </>
  );
  return { menuFor, dialogs, showSecret: setSecret };
}

/** The one-time temporary password of a new or reset account. */
export function TemporaryPasswordDialog({
  secret,
  onClose,
}: {
  secret: { email: string; password: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={t('accounts.temporaryTitle')}
      centered
      closeOnClickOutside={false}
    >
      {secret && (
        <Stack gap="md">
          <OneTimeSecret
            label={t('accounts.temporaryFor', { email: secret.email })}
            value={secret.password}
          />
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('secret.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
