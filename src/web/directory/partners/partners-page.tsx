import { useTranslation } from 'react-i18next';
import type { PartnerDto } from '../../../core/directory/schemas';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
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
import { PartnerForm } from './partner-form';
import { PARTNERS, partnersApi, usePartners } from './queries';

/** Business partners (provider only): resellers that administer their customers. */
export function PartnersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch();
  const list = usePartners({ q: search.query });
  const canWrite = mayWrite(me, 'partners.write');
  const dialog = useFormDialog<PartnerDto>();
  const removal = useRemoval(
    (p: PartnerDto) => partnersApi.remove(p.id),
    [PARTNERS],
    t('partners.removed'),
    // The server refuses to remove a partner that still has customers.
    (p) =>
      p.enterpriseCount > 0 ? t('partners.removeRefused', { name: p.name, count: p.enterpriseCount }) : null,
  );

  const columns: Column<PartnerDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('partners.name'),
      cell: (p) => p.name,
      sortValue: (p) => p.name,
    },
    {
      key: 'contactEmail',
      priority: 'medium',
      header: t('partners.contactEmail'),
      cell: (p) => p.contactEmail ?? '',
      sortValue: (p) => p.contactEmail,
    },
    {
      key: 'enterpriseCount',
      priority: 'high',
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
        rowKey={(p) => p.id}
        {...pagedRows(list)}
        search={{ value: search.value, onChange: search.onChange }}
        toolbar={canWrite && <CreateButton onClick={dialog.create}>{t('partners.create')}</CreateButton>}
        rowActions={
          canWrite
            ? (p) => <RowMenu name={p.name} onEdit={() => dialog.edit(p)} onRemove={() => removal.ask(p)} />
            : undefined
        }
      />
      <FormModal
        opened={dialog.opened}
        title={dialog.isNew ? t('partners.create') : t('partners.edit')}
        onClose={dialog.close}
        size="md"
      >
        <PartnerForm
          partner={dialog.row}
          onDone={(p) => dialog.saved(t('partners.saved', { name: p.name }))}
        />
      </FormModal>
      <RemovalDialog
        removal={removal}
        title={t('partners.removeTitle')}
        message={t('partners.removeText', { name: removal.target?.name ?? '' })}
      />
    </>
  );
}
