import { Anchor, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnterpriseDto } from '../../../core/directory/schemas';
import { mayRead, mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { enterprisePath } from '../../shell/navigation';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { RemovalDialog } from '../../ui/removal-dialog';
import { RowMenu } from '../../ui/row-menu';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useRemoval } from '../../ui/use-removal';
import { useSearch } from '../../ui/use-search';
import { usePartnerOptions } from '../partners/queries';
import { EnterpriseForm } from './enterprise-form';
import { ENTERPRISES, enterprisesApi, useEnterpriseList } from './queries';

/** The customers in scope: all (provider) or a partner's own; each opens its pages. */
export function EnterprisesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const seesPartners = mayRead(me, 'partners.read');
  // A partner sees only its own customers, and is told so ("Uw klanten").
  const ownCustomers = me.enterpriseIds !== null;
  const partners = usePartnerOptions(seesPartners);
  const list = useEnterpriseList({ q: search.query, partnerId });
  const canWrite = mayWrite(me, 'enterprises.write');
  const dialog = useFormDialog<EnterpriseDto>();
  const removal = useRemoval(
    (e: EnterpriseDto) => enterprisesApi.remove(e.id),
    [ENTERPRISES, ['partners']],
    t('enterprises.removed'),
    // The server refuses to remove a customer that still has sites or users (or accounts,
    // which this list does not count: the server says so if it comes to that).
    (e) => {
      const what = [
        e.siteCount > 0 ? t('enterprises.remaining.sites', { count: e.siteCount }) : null,
        e.userCount > 0 ? t('enterprises.remaining.users', { count: e.userCount }) : null,
      ].filter((part) => part !== null);
      return what.length === 0
        ? null
        : t('enterprises.removeRefused', {
            name: e.name,
            what: what.join(` ${t('enterprises.remaining.and')} `),
          });
    },
  );

  const columns: Column<EnterpriseDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('enterprises.name'),
      cell: (e) => (
        <Anchor component={Link} to={enterprisePath(e.id)}>
          {e.name}
        </Anchor>
      ),
      sortValue: (e) => e.name,
    },
    {
      key: 'customerNumber',
      priority: 'medium',
      header: t('enterprises.customerNumber'),
      cell: (e) => e.customerNumber ?? '',
      sortValue: (e) => e.customerNumber,
    },
    {
      key: 'partner',
      priority: 'medium',
      header: t('enterprises.partner'),
      cell: (e) => e.partnerName ?? '',
      sortValue: (e) => e.partnerName,
    },
    {
      key: 'siteCount',
      priority: 'high',
      header: t('enterprises.siteCount'),
      cell: (e) => e.siteCount,
      sortValue: (e) => e.siteCount,
    },
    {
      key: 'userCount',
      priority: 'high',
      header: t('enterprises.userCount'),
      cell: (e) => e.userCount,
      sortValue: (e) => e.userCount,
    },
  ];

  return (
    <>
      <PageHeader
        title={ownCustomers ? t('enterprises.partnerTitle') : t('enterprises.title')}
        description={ownCustomers ? t('enterprises.partnerDescription') : t('enterprises.description')}
      />
      <DataTable
        label={ownCustomers ? t('enterprises.partnerTitle') : t('enterprises.title')}
        columns={columns}
        rowKey={(e) => e.id}
        {...pagedRows(list)}
        search={{ value: search.value, onChange: search.onChange }}
        filters={
          seesPartners && (
            <Select
              label={t('enterprises.partnerFilter')}
              placeholder={t('enterprises.allPartners')}
              clearable
              data={(partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={partnerId}
              onChange={setPartnerId}
              w={220}
            />
          )
        }
        toolbar={canWrite && <CreateButton onClick={dialog.create}>{t('enterprises.create')}</CreateButton>}
        rowActions={
          canWrite
            ? (e) => <RowMenu name={e.name} onEdit={() => dialog.edit(e)} onRemove={() => removal.ask(e)} />
            : undefined
        }
      />
      <FormModal
        opened={dialog.opened}
        title={dialog.isNew ? t('enterprises.create') : t('enterprises.edit')}
        onClose={dialog.close}
        size="md"
      >
        <EnterpriseForm
          enterprise={dialog.row}
          onDone={(e) => dialog.saved(t('enterprises.saved', { name: e.name }))}
        />
      </FormModal>
      <RemovalDialog
        removal={removal}
        title={t('enterprises.removeTitle')}
        message={t('enterprises.removeText', { name: removal.target?.name ?? '' })}
      />
    </>
  );
}
