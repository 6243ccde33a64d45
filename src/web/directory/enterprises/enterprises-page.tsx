import { Anchor, Button, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnterpriseDto } from '../../../core/directory/schemas';
import { mayRead, mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { enterprisePath } from '../../shell/navigation';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { RowMenu } from '../../ui/row-menu';
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
  const partners = usePartnerOptions(seesPartners);
  const list = useEnterpriseList({ q: search.query, partnerId });
  const canWrite = mayWrite(me, 'enterprises.write');
  const [editing, setEditing] = useState<EnterpriseDto | 'new' | null>(null);
  const removal = useRemoval(
    (e: EnterpriseDto) => enterprisesApi.remove(e.id),
    [ENTERPRISES, ['partners']],
    t('enterprises.removed'),
  );

  const columns: Column<EnterpriseDto>[] = [
    {
      key: 'name',
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
      header: t('enterprises.customerNumber'),
      cell: (e) => e.customerNumber ?? '',
      sortValue: (e) => e.customerNumber,
    },
    {
      key: 'partner',
      header: t('enterprises.partner'),
      cell: (e) => e.partnerName ?? '',
      sortValue: (e) => e.partnerName,
    },
    {
      key: 'siteCount',
      header: t('enterprises.siteCount'),
      cell: (e) => e.siteCount,
      sortValue: (e) => e.siteCount,
    },
    {
      key: 'userCount',
      header: t('enterprises.userCount'),
      cell: (e) => e.userCount,
      sortValue: (e) => e.userCount,
    },
  ];

  return (
    <>
      <PageHeader title={t('enterprises.title')} description={t('enterprises.description')} />
      <DataTable
        label={t('enterprises.title')}
        columns={columns}
        rows={list.rows}
        rowKey={(e) => e.id}
        loading={list.loading}
        error={list.error}
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
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onLoadMore={list.loadMore}
        exportAll={list.exportAll}
        toolbar={
          canWrite && (
            <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
              {t('enterprises.create')}
            </Button>
          )
        }
        rowActions={
          canWrite
            ? (e) => (
                <RowMenu
                  name={e.name}
                  actions={[
                    {
                      label: t('common.edit'),
                      icon: <IconEdit size={16} aria-hidden="true" />,
                      onClick: () => setEditing(e),
                    },
                    {
                      label: t('common.remove'),
                      icon: <IconTrash size={16} aria-hidden="true" />,
                      danger: true,
                      onClick: () => removal.ask(e),
                    },
                  ]}
                />
              )
            : undefined
        }
      />
      <FormModal
        opened={editing !== null}
        title={editing === 'new' ? t('enterprises.create') : t('enterprises.edit')}
        onClose={() => setEditing(null)}
        size="md"
      >
        <EnterpriseForm
          enterprise={editing === 'new' ? null : editing}
          onDone={(e) => {
            notifications.show({ color: 'green', message: t('enterprises.saved', { name: e.name }) });
            setEditing(null);
          }}
        />
      </FormModal>
      <ConfirmDialog
        opened={removal.target !== null}
        title={t('enterprises.removeTitle')}
        message={t('enterprises.removeText', { name: removal.target?.name ?? '' })}
        confirmLabel={t('common.remove')}
        loading={removal.loading}
        error={removal.error}
        onConfirm={removal.confirm}
        onClose={removal.close}
      />
    </>
  );
}
