import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { RowMenu } from '../../ui/row-menu';
import { useFormDialog } from '../../ui/use-form-dialog';
import { mayWrite } from '../permissions';
import { useMe } from '../session';
import { PolicyForm } from './policy-form';
import { POLICIES, policiesApi, type RolePolicy } from './queries';

/** The security policy of each role (guide §3.2.6): password rules, rotation, lockout, two-factor. */
export function SecurityPoliciesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const query = useQuery({ queryKey: POLICIES, queryFn: policiesApi.list });
  const editing = useFormDialog<RolePolicy>();
  const canWrite = mayWrite(me, 'security-policies.write');
  const num = (key: keyof RolePolicy['policy']) => (p: RolePolicy) => p.policy[key] as number;

  const columns: Column<RolePolicy>[] = [
    {
      key: 'role',
      priority: 'essential',
      header: t('accounts.role'),
      cell: (p) => t(`roles.${p.role}`),
      sortValue: (p) => t(`roles.${p.role}`),
    },
    {
      key: 'minLength',
      priority: 'high',
      header: t('policies.columns.minLength'),
      cell: num('minLength'),
      sortValue: num('minLength'),
    },
    {
      key: 'requiredClasses',
      priority: 'medium',
      header: t('policies.columns.requiredClasses'),
      cell: num('requiredClasses'),
      sortValue: num('requiredClasses'),
    },
    {
      key: 'maxAgeDays',
      priority: 'medium',
      header: t('policies.columns.maxAgeDays'),
      cell: (p) => (p.policy.maxAgeDays === 0 ? t('profile.never') : p.policy.maxAgeDays),
      sortValue: num('maxAgeDays'),
    },
    {
      key: 'historyCount',
      priority: 'low',
      header: t('policies.columns.historyCount'),
      cell: num('historyCount'),
      sortValue: num('historyCount'),
    },
    {
      key: 'lockout',
      priority: 'medium',
      header: t('policies.columns.lockout'),
      cell: (p) =>
        t('policies.lockoutValue', { count: p.policy.lockoutThreshold, minutes: p.policy.lockoutMinutes }),
      csv: (p) => `${p.policy.lockoutThreshold}/${p.policy.lockoutMinutes}`,
    },
    {
      key: 'twoFactorRequired',
      priority: 'high',
      header: t('policies.columns.twoFactor'),
      cell: (p) => (
        <Badge variant="light" color={p.policy.twoFactorRequired ? 'green' : 'gray'}>
          {p.policy.twoFactorRequired ? t('policies.required') : t('policies.optional')}
        </Badge>
      ),
      sortValue: (p) => p.policy.twoFactorRequired,
    },
    {
      key: 'isDefault',
      priority: 'low',
      header: t('policies.columns.source'),
      cell: (p) => (p.isDefault ? t('policies.default') : t('policies.custom')),
      sortValue: (p) => p.isDefault,
    },
  ];

  return (
    <>
      <PageHeader title={t('policies.title')} description={t('policies.description')} />
      <DataTable
        label={t('policies.title')}
        columns={columns}
        rows={query.data?.items ?? []}
        rowKey={(p) => p.role}
        loading={query.isPending}
        error={query.error}
        rowActions={
          canWrite ? (p) => <RowMenu name={t(`roles.${p.role}`)} onEdit={() => editing.edit(p)} /> : undefined
        }
      />
      <FormModal
        opened={editing.opened}
        title={editing.row ? t('policies.editTitle', { role: t(`roles.${editing.row.role}`) }) : ''}
        onClose={editing.close}
        size="md"
      >
        {editing.row && <PolicyForm item={editing.row} onDone={() => editing.saved(t('policies.saved'))} />}
      </FormModal>
    </>
  );
}
