import { Alert, Anchor, Badge, Code, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { OUTBOX_STATES, type OutboxMessageDto, type OutboxState } from '../../../core/notifications/outbox';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { RowMenu } from '../../ui/row-menu';
import { useSearch } from '../../ui/use-search';
import { useOutbox, useOutboxStatus, useRetryMessage } from './queries';

export const STATE_COLOURS: Record<OutboxState, string> = {
  queued: 'blue',
  sending: 'yellow',
  sent: 'green',
  failed: 'red',
};

/**
 * The provider's outbox: every message the platform sends, with its state, attempts, next attempt
 * and last error; a failed one can be sent again. When no SMTP server is configured, a banner says
 * that messages are recorded but not sent.
 */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const state = params.get('state');
  const list = useOutbox({ q: search.query, state });
  const status = useOutboxStatus();
  const retry = useRetryMessage();
  const [shown, setShown] = useState<OutboxMessageDto | null>(null);
  const mayRetry = mayWrite(me, 'outbox.write');
  const when = (iso: string | null) => (iso === null ? '' : formatDateTime(iso, i18n.language));

  const setState = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('state', value);
    else next.delete('state');
    setParams(next, { replace: true });
  };
  const sendAgain = (m: OutboxMessageDto) =>
    retry.mutate(m.id, {
      onSuccess: () => notifications.show({ color: 'green', message: t('outbox.retried') }),
      onError: (err) => notifications.show({ color: 'red', message: errorText(t, err) }),
    });

  const columns: Column<OutboxMessageDto>[] = [
    {
      key: 'created',
      priority: 'essential',
      header: t('outbox.created'),
      cell: (m) => when(m.createdAt),
      sortValue: (m) => m.createdAt,
    },
    {
      key: 'recipient',
      priority: 'essential',
      header: t('outbox.recipient'),
      cell: (m) => m.recipient,
      sortValue: (m) => m.recipient,
    },
    {
      key: 'subject',
      priority: 'high',
      header: t('outbox.subject'),
      cell: (m) => m.subject,
      sortValue: (m) => m.subject,
    },
    {
      key: 'kind',
      priority: 'medium',
      header: t('outbox.kind'),
      cell: (m) => t(`outbox.kinds.${m.kind}`),
      sortValue: (m) => t(`outbox.kinds.${m.kind}`),
    },
    {
      key: 'about',
      priority: 'medium',
      header: t('outbox.about'),
      cell: (m) =>
        m.entityType === 'ticket' && m.entityId !== null ? (
          <Anchor component={Link} to={`/tickets/${m.entityId}`} style={{ whiteSpace: 'nowrap' }}>
            {m.entityLabel}
          </Anchor>
        ) : (
          (m.entityLabel ?? '')
        ),
      csv: (m) => m.entityLabel ?? '',
      sortValue: (m) => m.entityLabel,
    },
    {
      key: 'language',
      priority: 'low',
      header: t('outbox.language'),
      cell: (m) => m.language.toUpperCase(),
      sortValue: (m) => m.language,
    },
    {
      key: 'state',
      priority: 'essential',
      header: t('outbox.state'),
      cell: (m) => (
        <Badge variant="light" color={STATE_COLOURS[m.state]}>
          {t(`outbox.states.${m.state}`)}
        </Badge>
      ),
      csv: (m) => t(`outbox.states.${m.state}`),
      sortValue: (m) => OUTBOX_STATES.indexOf(m.state),
    },
    {
      key: 'attempts',
      priority: 'high',
      header: t('outbox.attempts'),
      cell: (m) => m.attempts,
      sortValue: (m) => m.attempts,
    },
    {
      key: 'next',
      priority: 'low',
      header: t('outbox.nextAttempt'),
      cell: (m) => (m.state === 'queued' ? when(m.nextAttemptAt) : ''),
      sortValue: (m) => m.nextAttemptAt,
    },
    {
      key: 'sent',
      priority: 'low',
      header: t('outbox.sentAt'),
      cell: (m) => when(m.sentAt),
      sortValue: (m) => m.sentAt,
    },
    {
      key: 'error',
      priority: 'low',
      header: t('outbox.lastError'),
      cell: (m) => (
        <Text size="sm" lineClamp={1} title={m.lastError ?? undefined}>
          {m.lastError}
        </Text>
      ),
      csv: (m) => m.lastError ?? '',
      sortValue: (m) => m.lastError,
    },
  ];

  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      {status.data?.transport === 'none' && (
        <Alert color="yellow" mb="md" role="status" title={t('outbox.noTransportTitle')}>
          {t('outbox.noTransport')}
        </Alert>
      )}
      <DataTable
        label={t('outbox.tableLabel')}
        columns={columns}
        rowKey={(m) => m.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('outbox.searchPlaceholder'),
        }}
        filters={
          <Select
            label={t('outbox.state')}
            placeholder={t('outbox.allStates')}
            clearable
            data={OUTBOX_STATES.map((value) => ({
              value,
              label: `${t(`outbox.states.${value}`)}${status.data ? ` (${status.data.counts[value]})` : ''}`,
            }))}
            value={state}
            onChange={setState}
            w={220}
          />
        }
        rowActions={(m) => (
          <RowMenu
            name={`${m.recipient}: ${m.subject}`}
            actions={[
              {
                label: t('outbox.show'),
                icon: <IconEye size={16} aria-hidden="true" />,
                onClick: () => setShown(m),
              },
              {
                label: t('outbox.retry'),
                icon: <IconRefresh size={16} aria-hidden="true" />,
                onClick: () => sendAgain(m),
                hidden: !mayRetry || m.state !== 'failed',
              },
            ]}
          />
        )}
        empty={t('outbox.empty')}
      />
      <Modal opened={shown !== null} onClose={() => setShown(null)} title={shown?.subject} size="lg">
        {shown && (
          <Stack gap="xs">
            <Text size="sm">
              {t('outbox.recipient')}: {shown.recipient} · {t(`outbox.states.${shown.state}`)} ·{' '}
              {t('outbox.attempts')}: {shown.attempts}
            </Text>
            {shown.lastError && (
              <Alert color="red" title={t('outbox.lastError')}>
                {shown.lastError}
              </Alert>
            )}
            <Code block>{shown.body}</Code>
          </Stack>
        )}
      </Modal>
    </>
  );
}
