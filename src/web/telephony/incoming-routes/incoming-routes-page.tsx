import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { IncomingRouteDto } from '../../../core/telephony/incoming-routes';
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
import { PageHeader } from '../../ui/page-header';
import { RemovalDialog } from '../../ui/removal-dialog';
import { RowMenu } from '../../ui/row-menu';
import { useRemoval } from '../../ui/use-removal';
import { useSearch } from '../../ui/use-search';
import { destinationText } from './destination-field';
import { INCOMING_ROUTES, routesApi, useIncomingRoutes, useRouteDecision } from './queries';

/** Where a call to the route goes now (the API decides, by the route's schedule). */
function DestinationNow({ route }: { route: IncomingRouteDto }) {
  const { t, i18n } = useTranslation();
  const decision = useRouteDecision(route.id, null, i18n.language === 'en' ? 'en' : 'nl');
  if (!decision.data) return null;
  const d = decision.data;
  const state = t(`incomingRoutes.decisionStates.${d.state}`, { name: d.name ?? '' });
  return (
    <>
      {state}: {destinationText(t, d.destination, route.targetNames)}
    </>
  );
}

/** The enterprise's incoming routes: number, schedule and where a call goes now; each to the editor. */
export function IncomingRoutesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const siteId = params.get('site');
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const list = useIncomingRoutes(enterprise.id, { q: search.query, siteId });
  const canWrite = mayWrite(me, 'incoming-routes.write');
  const removal = useRemoval(
    (r: IncomingRouteDto) => routesApi.remove(r.id),
    [INCOMING_ROUTES],
    t('incomingRoutes.removed'),
  );
  const editorOf = (id: string) => enterprisePath(enterprise.id, `incoming-routes/${id}`);
  const siteOf = (r: IncomingRouteDto) => r.siteName ?? t('incomingRoutes.wholeEnterprise');
  const scheduleOf = (r: IncomingRouteDto) => r.scheduleName ?? t('incomingRoutes.noSchedule');
  const columns: Column<IncomingRouteDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('incomingRoutes.name'),
      cell: (r) => r.name,
      sortValue: (r) => r.name,
    },
    {
      key: 'number',
      priority: 'essential',
      header: t('incomingRoutes.number'),
      cell: (r) => (r.number ? formatNational(r.number) : ''),
      csv: (r) => r.number ?? '',
      sortValue: (r) => r.number,
    },
    { key: 'site', priority: 'medium', header: t('incomingRoutes.site'), cell: siteOf, sortValue: siteOf },
    {
      key: 'schedule',
      priority: 'medium',
      header: t('incomingRoutes.schedule'),
      cell: scheduleOf,
      sortValue: scheduleOf,
    },
    {
      key: 'now',
      priority: 'high',
      header: t('incomingRoutes.now'),
      cell: (r) => <DestinationNow route={r} />,
      csv: (r) => destinationText(t, r.destinations.open, r.targetNames),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('incomingRoutes.title')}
        description={t('incomingRoutes.description', { enterprise: enterprise.name })}
      />
      <DataTable
        label={t('incomingRoutes.tableLabel', { enterprise: enterprise.name })}
        columns={columns}
        rowKey={(r) => r.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('incomingRoutes.searchPlaceholder'),
        }}
        filters={
          <SiteFilter
            sites={sites.rows}
            value={siteId}
            onChange={(value) => {
              const next = new URLSearchParams(params);
              if (value) next.set('site', value);
              else next.delete('site');
              setParams(next, { replace: true });
            }}
          />
        }
        toolbar={
          canWrite && (
            <CreateButton onClick={() => void navigate(editorOf('new'))}>
              {t('incomingRoutes.create')}
            </CreateButton>
          )
        }
        rowActions={(r) => (
          <RowMenu
            name={r.name}
            onEdit={() => void navigate(editorOf(r.id))}
            onRemove={canWrite ? () => removal.ask(r) : undefined}
          />
        )}
        empty={t('incomingRoutes.empty')}
      />
      <RemovalDialog
        removal={removal}
        title={t('incomingRoutes.removeTitle')}
        message={t('incomingRoutes.removeText', { name: removal.target?.name ?? '' })}
      />
    </>
  );
}
