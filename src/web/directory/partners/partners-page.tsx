import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDto } from '../../../core/directory/schemas';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { RowMenu } from '../../ui/row-menu';
import { useRemoval } from '../../ui/use-removal';
import { useSearch } from '../../ui/use-search';
import { PartnerForm } from './partner-form';
import { PARTNERS, partnersApi, usePartners } from './queries';

/** Business partners (provider only): resellers that administer their customers. */
export function PartnersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch();
  const list = usePartners({ q: search.query });
  const canWrite = mayWrite(me, 'partners.write');
  const [editing, setEditing] = useState<PartnerDto | 'new' | null>(null);
  const removal = useRemoval((p: PartnerDto) => partnersApi.remove(p.id), [PARTNERS], t('partners.removed'));

  const columns: Column<PartnerDto>[] = [
    { key: 'name', header: t('partners.name'), cell: (p) => p.name, sortValue: (p) => p.name },
    {
      key: 'contactEmail',
      header: t('partners.contactEmail'),
      cell: (p) => p.contactEmail ?? '',
      sortValue: (p) => p.contactEmail,
    },
    {
      key: 'enterpriseCount',
      header: t('partners.enterpriseCount'),
      cell: (p) => p.enterpriseCount,
      sortValue: (p) => p.enterpriseCount,
    },
  ];

  return (
    <>
      <PageHeader title={t('partners.title')} description={t('partners.description')} />
      <DataTable
        label={t('partners.title')}
        columns={columns}
        rows={list.rows}
        rowKey={(p) => p.id}
        loading={list.loading}
        error={list.error}
        search={{ value: search.value, onChange: search.onChange }}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onLoadMore={list.loadMore}
        exportAll={list.exportAll}
        toolbar={
          canWrite && (
            <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
              {t('partners.create')}
            </Button>
          )
        }
        rowActions={
          canWrite
            ? (p) => (
                <RowMenu
                  name={p.name}
                  actions={[
                    {
                      label: t('common.edit'),
                      icon: <IconEdit size={16} aria-hidden="true" />,
                      onClick: () => setEditing(p),
                    },
                    {
                      label: t('common.remove'),
                      icon: <IconTrash size={16} aria-hidden="true" />,
                      danger: true,
                      onClick: () => removal.ask(p),
                    },
                  ]}
                />
              )
            : undefined
        }
      />
      <FormModal
        opened={editing !== null}
        title={editing === 'new' ? t('partners.create') : t('partners.edit')}
        onClose={() => setEditing(null)}
        size="md"
      >
        <PartnerForm
          partner={editing === 'new' ? null : editing}
          onDone={(p) => {
            notifications.show({ color: 'green', message: t('partners.saved', { name: p.name }) });
            setEditing(null);
          }}
        />
      </FormModal>
      <ConfirmDialog
        opened={removal.target !== null}
        title={t('partners.removeTitle')}
        message={t('partners.removeText', { name: removal.target?.name ?? '' })}
        confirmLabel={t('common.remove')}
        loading={removal.loading}
        error={removal.error}
        onConfirm={removal.confirm}
        onClose={removal.close}
      />
    </>
  );
}
