import { Anchor, Badge, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TICKET_STATUSES, TICKET_TYPES, type TicketDto } from '../../../core/servicedesk/tickets';
import { isProviderStaff } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { useSearch } from '../../ui/use-search';
import { useTickets } from './queries';

export const PRIORITY_COLOURS = { critical: 'red', high: 'orange', medium: 'blue', low: 'gray' } as const;

/**
 * The tickets the viewer may read: for a customer "My tickets" (its enterprise's, a site admin's
 * of its sites), for the provider's desk every customer's, with the customer as a column.
 */
export function TicketsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const desk = isProviderStaff(me);
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const type = params.get('type');
  const status = params.get('status');
  const list = useTickets({ q: search.query, type, status });
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const columns: Column<TicketDto>[] = [
    {
      key: 'number',
      priority: 'essential',
      header: t('tickets.number'),
      cell: (x) => (
        <Anchor component={Link} to={`/tickets/${x.id}`}>
          {x.number}
        </Anchor>
      ),
      csv: (x) => x.number,
      sortValue: (x) => x.number,
    },
    {
      key: 'title',
      priority: 'essential',
      header: t('tickets.title'),
      cell: (x) => x.title,
      sortValue: (x) => x.title,
    },
    ...(desk
      ? [
          {
            key: 'enterprise',
            priority: 'high' as const,
            header: t('tickets.enterprise'),
            cell: (x: TicketDto) => x.enterpriseName,
            sortValue: (x: TicketDto) => x.enterpriseName,
          },
        ]
      : []),
    {
      key: 'type',
      priority: 'medium',
      header: t('tickets.type'),
      cell: (x) => t(`ticketTypes.${x.type}`),
      sortValue: (x) => t(`ticketTypes.${x.type}`),
    },
    {
      key: 'status',
      priority: 'high',
      header: t('tickets.status'),
      cell: (x) => (
        <Badge variant="light" color={x.status === 'closed' || x.status === 'resolved' ? 'gray' : 'blue'}>
          {t(`ticketStatuses.${x.status}`)}
        </Badge>
      ),
      csv: (x) => t(`ticketStatuses.${x.status}`),
      sortValue: (x) => TICKET_STATUSES.indexOf(x.status),
    },
    {
      key: 'priority',
      priority: 'medium',
      header: t('tickets.priority'),
      cell: (x) => (
        <Badge variant="light" color={PRIORITY_COLOURS[x.priority]}>
          {t(`priorities.${x.priority}`)}
        </Badge>
      ),
      csv: (x) => t(`priorities.${x.priority}`),
      sortValue: (x) => ['low', 'medium', 'high', 'critical'].indexOf(x.priority),
    },
    {
      key: 'site',
      priority: 'low',
      header: t('tickets.site'),
      cell: (x) => x.siteName ?? t('tickets.enterpriseWide'),
      sortValue: (x) => x.siteName,
    },
    {
      key: 'created',
      priority: 'medium',
      header: t('tickets.created'),
      cell: (x) => formatDateTime(x.createdAt, i18n.language),
      sortValue: (x) => x.createdAt,
    },
    {
      key: 'comments',
      priority: 'low',
      header: t('tickets.comments'),
      cell: (x) => x.commentCount,
      sortValue: (x) => x.commentCount,
    },
  ];

  return (
    <>
      <PageHeader
        title={desk ? t('tickets.deskTitle') : t('tickets.myTitle')}
        description={desk ? t('tickets.deskDescription') : t('tickets.myDescription')}
      />
      <DataTable
        label={t('tickets.tableLabel')}
        columns={columns}
        rowKey={(x) => x.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('tickets.searchPlaceholder'),
        }}
        filters={
          <>
            <Select
              label={t('tickets.type')}
              placeholder={t('tickets.allTypes')}
              clearable
              data={TICKET_TYPES.map((value) => ({ value, label: t(`ticketTypes.${value}`) }))}
              value={type}
              onChange={(value) => setFilter('type', value)}
              w={200}
            />
            <Select
              label={t('tickets.status')}
              placeholder={t('tickets.allStatuses')}
              clearable
              data={TICKET_STATUSES.map((value) => ({ value, label: t(`ticketStatuses.${value}`) }))}
              value={status}
              onChange={(value) => setFilter('status', value)}
              w={200}
            />
          </>
        }
        empty={t('tickets.empty')}
      />
    </>
  );
}
