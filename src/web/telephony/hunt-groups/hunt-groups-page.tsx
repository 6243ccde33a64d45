import { Anchor } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { HuntGroupDto } from '../../../core/telephony/hunt-groups';
import { formatNational } from '../../../core/telephony/numbers';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { SiteFilter } from '../../directory/sites/site-filter';
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
import { HuntGroupForm } from './hunt-group-form';
import { HUNT_GROUPS, huntGroupsApi, useHuntGroups } from './queries';

/** The enterprise's hunt groups; a new one opens in its editor, where its members are ordered. */
export function HuntGroupsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const enterprise = useCurrentEnterprise();
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const siteId = params.get('site');
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const list = useHuntGroups(enterprise.id, { q: search.query, siteId });
  const canWrite = mayWrite(me, 'hunt-groups.write');
  const dialog = useFormDialog<HuntGroupDto>();
  const removal = useRemoval(
    (g: HuntGroupDto) => huntGroupsApi.remove(g.id),
    [HUNT_GROUPS, ['numbers']],
    t('huntGroups.removed'),
  );
  const editorOf = (g: HuntGroupDto) => enterprisePath(enterprise.id, `hunt-groups/${g.id}`);
  const columns: Column<HuntGroupDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('huntGroups.name'),
      cell: (g) => (
        <Anchor component={Link} to={editorOf(g)}>
          {g.name}
        </Anchor>
      ),
      csv: (g) => g.name,
      sortValue: (g) => g.name,
    },
    {
      key: 'site',
      priority: 'medium',
      header: t('huntGroups.site'),
      cell: (g) => g.siteName,
      sortValue: (g) => g.siteName,
    },
    {
      key: 'extension',
      priority: 'high',
      header: t('huntGroups.extension'),
      cell: (g) => g.extension ?? '',
      sortValue: (g) => g.extension,
    },
    {
      key: 'number',
      priority: 'high',
      header: t('huntGroups.number'),
      cell: (g) => (g.number ? formatNational(g.number) : ''),
      sortValue: (g) => g.number,
    },
    {
      key: 'distribution',
      priority: 'medium',
      header: t('huntGroups.distribution'),
      cell: (g) => t(`distributions.${g.distribution}`),
      sortValue: (g) => t(`distributions.${g.distribution}`),
    },
    {
      key: 'members',
      priority: 'medium',
      header: t('huntGroups.memberCount'),
      cell: (g) => `${g.loggedInCount} / ${g.memberCount}`,
      csv: (g) => `${g.loggedInCount}/${g.memberCount}`,
      sortValue: (g) => g.memberCount,
    },
  ];
  const setSite = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('site', value);
    else next.delete('site');
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('huntGroups.title')}
        description={t('huntGroups.description', { enterprise: enterprise.name })}
      />
      <DataTable
        label={t('huntGroups.tableLabel', { enterprise: enterprise.name })}
        columns={columns}
        rowKey={(g) => g.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('huntGroups.searchPlaceholder'),
        }}
        filters={<SiteFilter sites={sites.rows} value={siteId} onChange={setSite} />}
        toolbar={canWrite && <CreateButton onClick={dialog.create}>{t('huntGroups.create')}</CreateButton>}
        rowActions={(g) => (
          <RowMenu
            name={g.name}
            actions={[
              {
                label: canWrite ? t('common.edit') : t('huntGroups.open'),
                icon: <IconEdit size={16} aria-hidden="true" />,
                onClick: () => navigate(editorOf(g)),
              },
            ]}
            onRemove={canWrite ? () => removal.ask(g) : undefined}
          />
        )}
        empty={t('huntGroups.empty')}
      />
      <FormModal opened={dialog.opened} title={t('huntGroups.create')} onClose={dialog.close} size="lg">
        <HuntGroupForm
          enterpriseId={enterprise.id}
          group={null}
          sites={sites.rows}
          onDone={(g) => {
            dialog.saved(t('huntGroups.saved'));
            navigate(editorOf(g));
          }}
        />
      </FormModal>
      <RemovalDialog
        removal={removal}
        title={t('huntGroups.removeTitle')}
        message={t('huntGroups.removeText', { name: removal.target?.name ?? '' })}
      />
    </>
  );
}
