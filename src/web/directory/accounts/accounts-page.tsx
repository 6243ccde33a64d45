import { Badge, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AccountDto } from '../../../core/access/accounts';
import { ROLES } from '../../../core/access/roles';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { FormModal } from '../../ui/form-modal';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { RowMenu } from '../../ui/row-menu';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useSearch } from '../../ui/use-search';
import { useEnterprise } from '../enterprises/queries';
import { useAccountActions } from './account-actions';
import { AccountCreateForm } from './account-create-form';
import { AccountEditForm } from './account-edit-form';
import { creatableRoles } from './account-roles';
import { AccountStatus, accountStatusText } from './account-status';
import { type Owner, OwnerFilter } from './owner-filter';
import { useAccounts } from './queries';

/** Portal accounts: of one enterprise (/enterprises/:id/accounts) or, for provider staff, all. */
export function AccountsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { enterpriseId = null } = useParams();
  const enterprise = useEnterprise(enterpriseId);
  const search = useSearch();
  const [role, setRole] = useState<string | null>(null);
  // The provider's list of all accounts can be narrowed to one customer or partner.
  const [owner, setOwner] = useState<Owner | null>(null);
  const all = enterpriseId === null;
  const list = useAccounts({
    q: search.query,
    role,
    enterpriseId: all ? (owner?.kind === 'enterprise' ? owner.id : null) : enterpriseId,
    partnerId: all && owner?.kind === 'partner' ? owner.id : null,
  });
  const [creating, setCreating] = useState(false);
  const editing = useFormDialog<AccountDto>();
  const actions = useAccountActions(editing.edit, me.id);
  const canWrite = mayWrite(me, 'accounts.write');
  const canCreate = canWrite && creatableRoles(me, enterpriseId !== null).length > 0;
  const name = enterprise.data?.name ?? '';

  const columns: Column<AccountDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('accounts.name'),
      cell: (a) => a.name,
      sortValue: (a) => a.name,
    },
    {
      key: 'email',
      priority: 'high',
      header: t('accounts.email'),
      cell: (a) => a.email,
      sortValue: (a) => a.email,
    },
    {
      key: 'role',
      priority: 'high',
      header: t('accounts.role'),
      cell: (a) => t(`roles.${a.role}`),
      sortValue: (a) => t(`roles.${a.role}`),
    },
    ...(all
      ? [
          {
            key: 'owner',
            priority: 'medium',
            header: t('accounts.owner'),
            cell: (a) =>
              a.enterpriseName ??
              (a.partnerName ? (
                <Group gap={6} wrap="nowrap">
                  <span>{a.partnerName}</span>
                  <Badge size="xs" variant="outline" color="gray">
                    {t('accounts.partnerBadge')}
                  </Badge>
                </Group>
              ) : (
                <Text span size="sm" c="dimmed">
                  {t('accounts.providerOwner')}
                </Text>
              )),
            sortValue: (a) => a.enterpriseName ?? a.partnerName ?? t('accounts.providerOwner'),
          } satisfies Column<AccountDto>,
        ]
      : []),
    {
      key: 'status',
      priority: 'medium',
      header: t('accounts.status'),
      cell: (a) => <AccountStatus account={a} />,
      sortValue: (a) => accountStatusText(t, a),
    },
    {
      key: 'totp',
      priority: 'low',
      header: t('accounts.twoFactor'),
      cell: (a) =>
        a.totpEnabled ? (
          <Badge variant="dot" color="green">
            {t('common.on')}
          </Badge>
        ) : (
          <Badge variant="dot" color="gray">
            {t('common.off')}
          </Badge>
        ),
      sortValue: (a) => (a.totpEnabled ? t('common.on') : t('common.off')),
    },
    {
      key: 'lastLoginAt',
      priority: 'low',
      header: t('accounts.lastLogin'),
      cell: (a) => formatDateTime(a.lastLoginAt, i18n.language),
      sortValue: (a) => a.lastLoginAt,
      csv: (a) => a.lastLoginAt,
    },
  ];

  return (
    <>
      <PageHeader
        title={enterpriseId ? t('accounts.title') : t('accounts.allTitle')}
        description={
          enterpriseId ? t('accounts.description', { enterprise: name }) : t('accounts.allDescription')
        }
      />
      <DataTable
        label={enterpriseId ? t('accounts.tableLabel', { enterprise: name }) : t('accounts.allTitle')}
        columns={columns}
        rowKey={(a) => a.id}
        {...pagedRows(list)}
        search={{ value: search.value, onChange: search.onChange }}
        filters={
          <>
            <Select
              label={t('accounts.roleFilter')}
              placeholder={t('accounts.allRoles')}
              clearable
              data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={role}
              onChange={setRole}
              w={200}
            />
            {all && <OwnerFilter value={owner} onChange={setOwner} />}
          </>
        }
        toolbar={
          canCreate && <CreateButton onClick={() => setCreating(true)}>{t('accounts.create')}</CreateButton>
        }
        rowActions={
          canWrite ? (account) => <RowMenu name={account.email} {...actions.menuFor(account)} /> : undefined
        }
        empty={t('accounts.empty')}
      />
      <FormModal opened={creating} title={t('accounts.create')} onClose={() => setCreating(false)} size="md">
        <AccountCreateForm
          enterpriseId={enterpriseId}
          onDone={(created) => {
            setCreating(false);
            actions.showSecret({ email: created.account.email, password: created.temporaryPassword });
          }}
        />
      </FormModal>
      <FormModal opened={editing.opened} title={t('accounts.edit')} onClose={editing.close} size="md">
        {editing.row && (
          <AccountEditForm
            account={editing.row}
            onDone={(account) => editing.saved(t('accounts.saved', { email: account.email }))}
          />
        )}
      </FormModal>
      {actions.dialogs}
    </>
  );
}
