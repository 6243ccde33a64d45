import { Anchor, Badge, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type QueueItemDto, TICKET_STATUSES } from '../../../core/servicedesk/tickets';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { PRIORITY_COLOURS } from '../tickets/tickets-page';
import { DESKS, remainingText, slaApi, useQueue } from './queries';
import { STATE_COLOURS } from './ticket-clocks';

const OPEN = TICKET_STATUSES.filter((s) => s !== 'resolved' && s !== 'closed');

/**
 * A desk's queue: its open tickets, the soonest SLA due first, with the countdown (due, what is
 * left, why paused) as the server stored it; the desk and status are kept in the address.
 */
export function QueuePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const desks = useQuery({ queryKey: DESKS, queryFn: () => slaApi.desks() });
  const deskId = params.get('desk') ?? desks.data?.items[0]?.id ?? null;
  const status = params.get('status');
  const list = useQueue(deskId, { status });
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const columns: Column<QueueItemDto>[] = [
    {
      key: 'number',
      priority: 'essential',
      header: t('sla.queue.number'),
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
      header: t('sla.queue.subject'),
      cell: (x) => x.title,
      sortValue: (x) => x.title,
    },
    {
      key: 'enterprise',
      priority: 'high',
      header: t('sla.queue.enterprise'),
      cell: (x) => x.enterpriseName,
      sortValue: (x) => x.enterpriseName,
    },
    {
      key: 'priority',
      priority: 'medium',
      header: t('sla.queue.priority'),
      cell: (x) => (
        <Badge variant="light" color={PRIORITY_COLOURS[x.priority]}>
          {t(`priorities.${x.priority}`)}
        </Badge>
      ),
      csv: (x) => t(`priorities.${x.priority}`),
      sortValue: (x) => ['low', 'medium', 'high', 'critical'].indexOf(x.priority),
    },
    {
      key: 'status',
      priority: 'medium',
      header: t('sla.queue.status'),
      cell: (x) => t(`ticketStatuses.${x.status}`),
      sortValue: (x) => TICKET_STATUSES.indexOf(x.status),
    },
    {
      key: 'clock',
      priority: 'high',
      header: t('sla.queue.clock'),
      cell: (x) =>
        x.sla && (
          <Badge variant="light" color={x.slaEscalatedAt ? 'red' : STATE_COLOURS[x.sla.state]}>
            {x.slaEscalatedAt ? t('sla.escalated') : t(`sla.states.${x.sla.state}`)}
          </Badge>
        ),
      csv: (x) => (x.sla ? t(`sla.states.${x.sla.state}`) : ''),
      sortValue: (x) => x.sla?.state ?? '',
    },
    {
      key: 'due',
      priority: 'essential',
      header: t('sla.due'),
      cell: (x) =>
        x.sla?.pause
          ? t('sla.pausedSince', {
              reason: t(`sla.reasons.${x.sla.pause.reason}`),
              since: formatDateTime(x.sla.pause.since, i18n.language),
            })
          : formatDateTime(x.slaDueAt, i18n.language),
      csv: (x) => x.slaDueAt ?? '',
      sortValue: (x) => x.slaDueAt ?? '9999',
    },
    {
      key: 'remaining',
      priority: 'high',
      header: t('sla.remaining'),
      cell: (x) => remainingText(t, x.sla?.remainingMinutes ?? null),
      csv: (x) => x.sla?.remainingMinutes ?? '',
      sortValue: (x) => x.sla?.remainingMinutes ?? Number.MAX_SAFE_INTEGER,
    },
  ];
  return (
    <>
      <PageHeader title={t('sla.queue.title')} description={t('navDescriptions.deskQueues')} />
      <DataTable
        label={t('sla.queue.title')}
        columns={columns}
        rowKey={(x) => x.id}
        {...pagedRows(list)}
        filters={
          <>
            <Select
              label={t('sla.queue.desk')}
              data={(desks.data?.items ?? []).map((d) => ({
                value: d.id,
                label: i18n.language === 'en' ? d.name.en : d.name.nl,
              }))}
              value={deskId}
              onChange={(value) => setFilter('desk', value)}
              allowDeselect={false}
              w={280}
            />
            <Select
              label={t('sla.queue.status')}
              placeholder={t('sla.queue.allOpen')}
              clearable
              data={OPEN.map((value) => ({ value, label: t(`ticketStatuses.${value}`) }))}
              value={status}
              onChange={(value) => setFilter('status', value)}
              w={220}
            />
          </>
        }
      />
    </>
  );
}
