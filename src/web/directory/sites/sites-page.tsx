import { useTranslation } from 'react-i18next';
import type { SiteDto } from '../../../core/directory/schemas';
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
import { useCurrentEnterprise } from '../enterprises/enterprise-layout';
import { SITES, sitesApi, useSites } from './queries';
import { SiteForm } from './site-form';

/** The sites (locations) of the enterprise; a site admin sees only its own. */
export function SitesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const search = useSearch();
  const list = useSites(enterprise.id, { q: search.query });
  const canWrite = mayWrite(me, 'sites.write');
  const dialog = useFormDialog<SiteDto>();
  const removal = useRemoval(
    (site: SiteDto) => sitesApi.remove(site.id),
    [SITES, ['enterprises']],
    t('sites.removed'),
    // The server refuses to remove a site with users on it: say so before the red button.
    (site) =>
      site.userCount > 0 ? t('sites.removeRefused', { name: site.name, count: site.userCount }) : null,
  );

  const columns: Column<SiteDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('sites.name'),
      cell: (s) => s.name,
      sortValue: (s) => s.name,
    },
    {
      key: 'street',
      priority: 'medium',
      header: t('sites.street'),
      cell: (s) => s.street,
      sortValue: (s) => s.street,
    },
    {
      key: 'postcode',
      priority: 'low',
      header: t('sites.postcode'),
      cell: (s) => s.postcode,
      sortValue: (s) => s.postcode,
    },
    { key: 'city', priority: 'high', header: t('sites.city'), cell: (s) => s.city, sortValue: (s) => s.city },
    {
      key: 'lineType',
      priority: 'medium',
      header: t('sites.lineType'),
      cell: (s) => t(`lineTypes.${s.lineType}`),
      sortValue: (s) => t(`lineTypes.${s.lineType}`),
    },
    {
      key: 'voiceChannels',
      priority: 'medium',
      header: t('sites.voiceChannels'),
      cell: (s) => s.voiceChannels,
      sortValue: (s) => s.voiceChannels,
    },
    {
      key: 'codec',
      priority: 'low',
      header: t('sites.codec'),
      cell: (s) => t(`codecs.${s.codec}`),
      sortValue: (s) => s.codec,
    },
    {
      key: 'userCount',
      priority: 'high',
      header: t('sites.userCount'),
      cell: (s) => s.userCount,
      sortValue: (s) => s.userCount,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('sites.title')}
        description={t('sites.description', { enterprise: enterprise.name })}
      />
      <DataTable
        label={t('sites.tableLabel', { enterprise: enterprise.name })}
        columns={columns}
        rowKey={(s) => s.id}
        {...pagedRows(list)}
        search={{ value: search.value, onChange: search.onChange }}
        toolbar={canWrite && <CreateButton onClick={dialog.create}>{t('sites.create')}</CreateButton>}
        rowActions={
          canWrite
            ? (site) => (
                <RowMenu
                  name={site.name}
                  onEdit={() => dialog.edit(site)}
                  onRemove={() => removal.ask(site)}
                />
              )
            : undefined
        }
        empty={t('sites.empty')}
      />
      <FormModal
        opened={dialog.opened}
        title={dialog.isNew ? t('sites.create') : t('sites.edit')}
        onClose={dialog.close}
      >
        <SiteForm
          enterpriseId={enterprise.id}
          site={dialog.row}
          onDone={(site) => dialog.saved(t('sites.saved', { name: site.name }))}
        />
      </FormModal>
      <RemovalDialog
        removal={removal}
        title={t('sites.removeTitle')}
        message={t('sites.removeText', { name: removal.target?.name ?? '' })}
      />
    </>
  );
}
