import { Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccountDto, accountInputSchema } from '../../../core/access/accounts';
import { isUserRole, type Role } from '../../../core/access/roles';
import { useMe } from '../../access/session';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { useSearch } from '../../ui/use-search';
import { usePartnerOptions } from '../partners/queries';
import { useSites } from '../sites/queries';
import { useUsers } from '../users/queries';
import { creatableRoles } from './account-roles';
import { accountsApi, useAccountMutation } from './queries';

type Created = { account: AccountDto; temporaryPassword: string };

/** A new portal account; the server answers with a temporary password that is shown once. */
export function AccountCreateForm({
  enterpriseId,
  onDone,
}: {
  enterpriseId: string | null;
  onDone: (created: Created) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const roles = creatableRoles(me, enterpriseId !== null);
  const form = useForm({
    name: '',
    email: '',
    role: (roles[0] ?? 'end_user') as Role,
    partnerId: '',
    userId: '',
    siteIds: [] as string[],
  });
  const v = form.values;
  const userSearch = useSearch();
  const partners = usePartnerOptions(v.role === 'partner_admin');
  const sites = useSites(
    enterpriseId ?? '',
    {},
    { pageSize: 200, enabled: enterpriseId !== null && v.role === 'site_admin' },
  );
  const [userLabel, setUserLabel] = useState('');
  // Once a user is picked the box shows its label: that is no search for the server.
  const userQuery = userSearch.query === userLabel ? '' : userSearch.query;
  const users = useUsers(
    enterpriseId ?? '',
    { q: userQuery },
    { enabled: enterpriseId !== null && isUserRole(v.role), pageSize: 50 },
  );
  const userOptions = users.rows
    .filter((u) => u.profile !== 'mobiel')
    .map((u) => ({ value: u.id, label: u.email ? `${u.name} (${u.email})` : u.name }));
  if (v.userId !== '' && !userOptions.some((o) => o.value === v.userId))
    userOptions.unshift({ value: v.userId, label: userLabel });
  const mutation = useAccountMutation(accountsApi.create, onDone, form.fail);

  const onSubmit = form.submit(() => {
    const body = form.validate(accountInputSchema, {
      name: v.name,
      email: v.email,
      role: v.role,
      partnerId: v.role === 'partner_admin' && v.partnerId !== '' ? v.partnerId : null,
      enterpriseId,
      userId: isUserRole(v.role) && v.userId !== '' ? v.userId : null,
      siteIds: v.role === 'site_admin' ? v.siteIds : [],
    });
    if (body) mutation.mutate(body);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Select
          label={t('accounts.role')}
          required
          allowDeselect={false}
          data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={v.role}
          onChange={(value) => value && form.set('role', value as Role)}
          error={form.error('role')}
          data-autofocus
        />
        <TextInput label={t('accounts.name')} required {...form.text('name')} />
        <TextInput label={t('accounts.email')} type="email" required {...form.text('email')} />
        {v.role === 'partner_admin' && (
          <Select
            label={t('accounts.partner')}
            required
            data={(partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={v.partnerId || null}
            onChange={(value) => form.set('partnerId', value ?? '')}
            error={form.error('partnerId')}
          />
        )}
        {isUserRole(v.role) && (
          <Select
            label={t('accounts.user')}
            description={t('accounts.userHint')}
            required
            searchable
            searchValue={userSearch.value}
            onSearchChange={userSearch.onChange}
            filter={({ options }) => options}
            data={userOptions}
            value={v.userId || null}
            onChange={(value, option) => {
              form.set('userId', value ?? '');
              setUserLabel(option?.label ?? '');
            }}
            nothingFoundMessage={t('accounts.noUsers')}
            error={form.error('userId')}
          />
        )}
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
        {form.error('enterpriseId') && <FormAlert message={form.error('enterpriseId') ?? null} />}
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('accounts.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
