import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OutboxMessageDto } from '../../../core/notifications/outbox';
import { mayRead } from '../../access/permissions';
import { useMe } from '../../access/session';
import { api } from '../../api/client';
import type { Page } from '../../api/paging';
import { formatDateTime } from '../../ui/format';
import { STATE_COLOURS } from './outbox-page';

/**
 * For the provider on a ticket's page: the messages the outbox holds about it (who was told what,
 * and whether it went out), newest first — the answer to "did the customer get our e-mail?".
 * `cacheKey` sits under the ticket's own, so what refreshes the ticket refreshes its messages.
 */
export function TicketMessages({ ticketId, cacheKey }: { ticketId: string; cacheKey: readonly unknown[] }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = mayRead(me, 'outbox.read');
  const list = useQuery({
    queryKey: cacheKey,
    queryFn: () => api.get<Page<OutboxMessageDto>>('/api/outbox', { entityId: ticketId, limit: 50 }),
    enabled: allowed,
  });
  if (!allowed) return null;
  const items = list.data?.items ?? [];
  return (
    <Stack gap="xs" mb="md" component="section" aria-labelledby="ticket-messages-title">
      <Title order={3} id="ticket-messages-title">
        {t('outbox.ofTicket')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('outbox.ofTicketNone')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('outbox.created')}</Table.Th>
              <Table.Th>{t('outbox.recipient')}</Table.Th>
              <Table.Th>{t('outbox.kind')}</Table.Th>
              <Table.Th>{t('outbox.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{formatDateTime(m.createdAt, i18n.language)}</Table.Td>
                <Table.Td>{m.recipient}</Table.Td>
                <Table.Td>{t(`outbox.kinds.${m.kind}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATE_COLOURS[m.state]}>
                    {t(`outbox.states.${m.state}`)}
                  </Badge>
                  {m.attempts > 1 && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {t('outbox.attempts')}: {m.attempts}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
