import { Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canChangeRole, mayGrant } from '../../../core/access/account-rules';
import { ACCOUNT_STATUSES, type AccountDto, accountPatchSchema } from '../../../core/access/accounts';
import { ROLES, type Role } from '../../../core/access/roles';
import { useMe } from '../../access/session';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { useSites } from '../sites/queries';
import { accountsApi, useAccountMutation } from './queries';

/** Name, e-mail, role (within its family), sites of a site admin, active or disabled. */
export function AccountEditForm({
  account,
  onDone,
}: {
  account: AccountDto;
  onDone: (account: AccountDto) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const self = me.id === account.id;
  const roles = ROLES.filter(
    (role) => role === account.role || (canChangeRole(account.role, role) && mayGrant(me, role)),
  );
  const form = useForm({
    name: account.name,
    email: account.email,
    role: account.role,
    siteIds: account.siteIds,
    status: account.status,
  });
  const v = form.values;
  const sites = useSites(
    account.enterpriseId ?? '',
    {},
    { pageSize: 200, enabled: account.enterpriseId !== null },
  );
  const mutation = useAccountMutation(
    (body: ReturnType<typeof accountPatchSchema.parse>) => accountsApi.update(account.id, body),
    onDone,
    form.fail,
  );

  const onSubmit = form.submit(() => {
    const body = form.validate(accountPatchSchema, {
      name: v.name,
      email: v.email,
      ...(self ? {} : { role: v.role, status: v.status }),
      ...(v.role === 'site_admin' ? { siteIds: v.siteIds } : v.role !== account.role ? { siteIds: [] } : {}),
    });
    if (body) mutation.mutate(body);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('accounts.name')} required {...form.text('name')} data-autofocus />
        <TextInput label={t('accounts.email')} type="email" required {...form.text('email')} />
        <Select
          label={t('accounts.role')}
          allowDeselect={false}
          disabled={self || roles.length < 2}
          data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={v.role}
          onChange={(value) => value && form.set('role', value as Role)}
          error={form.error('role')}
        />
        {v.role === 'site_admin' && (
          <MultiSelect
            label={t('accounts.sites')}
            searchable
            required
            data={sites.rows.map((s) => ({ value: s.id, label: s.name }))}
            value={v.siteIds}
            onChange={(value) => form.set('siteIds', value)}
            error={form.error('siteIds')}
          />
        )}
        <Select
          label={t('accounts.status')}
          allowDeselect={false}
          disabled={self}
          data={ACCOUNT_STATUSES.map((status) => ({
            value: status,
            label: t(`accounts.statuses.${status}`),
          }))}
          value={v.status}
          onChange={(value) => value && form.set('status', value as AccountDto['status'])}
          error={form.error('status')}
        />
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
