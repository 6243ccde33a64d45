import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { acceptsComments, type TicketStatus } from '../../../core/servicedesk/tickets';
import { isProviderStaff, mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { TicketMessages } from '../../notifications/outbox/ticket-messages';
import { errorText } from '../../ui/error-text';
import { formatDateTime, formatValue } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { TicketAttachments } from '../attachments/ticket-attachments';
import { TicketChecklists } from '../checklists/ticket-checklists';
import { TicketClocks } from '../sla/ticket-clocks';
import { TicketAssessment } from '../works/ticket-assessment';
import { TICKETS, ticketsApi } from './queries';
import { PRIORITY_COLOURS } from './tickets-page';

/** The wizard's question for an answer of the intake form, where it has one. */
const LABEL_KEYS: Record<string, string> = {
  description: 'wizard.descriptionField',
  'contact.name': 'wizard.contactName',
  'contact.phone': 'wizard.contactPhone',
  'contact.email': 'wizard.contactEmail',
  siteIds: 'wizard.sites',
};

/** The intake answers, flattened to rows of question and answer (yes/no and choices in words). */
function detailRows(
  t: TFunction,
  details: Record<string, unknown>,
  siteNames: ReadonlyMap<string, string>,
  prefix = '',
): [string, string][] {
  return Object.entries(details).flatMap(([key, value]): [string, string][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return detailRows(t, value as Record<string, unknown>, siteNames, key === 'contact' ? 'contact' : '');
    const labelKey = LABEL_KEYS[path] ?? `wizard.${key}`;
    const label = t(labelKey, { defaultValue: path });
    const shown =
      typeof value === 'boolean'
        ? t(value ? 'wizard.yes' : 'wizard.no')
        : key === 'frequency' && typeof value === 'string'
          ? t(`frequencies.${value}`, { defaultValue: value })
          : Array.isArray(value)
            ? value
                .map((v) => (key === 'siteIds' ? (siteNames.get(String(v)) ?? String(v)) : String(v)))
                .join(', ')
            : formatValue(value);
    return [[label, shown]];
  });
}

/**
 * One ticket: its answers, its status history, the status buttons of the steps the flow allows
 * the viewer now, and the timeline of comments (the desk sees and writes internal notes too).
 */
export function TicketPage() {
  const { ticketId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const me = useMe();
  const desk = isProviderStaff(me);
  const queryClient = useQueryClient();
  const ticket = useQuery({ queryKey: [...TICKETS, ticketId], queryFn: () => ticketsApi.get(ticketId) });
  const comments = useQuery({
    queryKey: [...TICKETS, ticketId, 'comments'],
    queryFn: () => ticketsApi.comments(ticketId),
  });
  const [reason, setReason] = useState('');
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const canWrite = mayWrite(me, 'tickets.write');
  const refresh = () => queryClient.invalidateQueries({ queryKey: TICKETS });

  const move = async (status: TicketStatus) => {
    setBusy(true);
    setProblem(null);
    try {
      await ticketsApi.changeStatus(ticketId, status, reason.trim() || undefined);
      setReason('');
      notifications.show({ message: t('ticket.statusChanged', { status: t(`ticketStatuses.${status}`) }) });
      await refresh();
    } catch (e) {
      setProblem(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const send = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await ticketsApi.comment(ticketId, { body, visibility: internal ? 'internal' : 'customer' });
      setBody('');
      setInternal(false);
      notifications.show({ message: t('ticket.sent') });
      await refresh();
    } catch (e) {
      setProblem(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  if (ticket.error) return <Alert color="red">{errorText(t, ticket.error)}</Alert>;
  const x = ticket.data;
  if (x === undefined) return null;
  return (
    <>
      <Anchor component={Link} to="/tickets" size="sm">
        {t('ticket.back')}
      </Anchor>
      <PageHeader
        title={`${x.number} · ${x.title}`}
        description={t('ticket.reportedBy', {
          name: x.reportedByName ?? t('ticket.unknownBy'),
          at: formatDateTime(x.createdAt, i18n.language),
        })}
      />
      <Group gap="xs" mb="md">
        <Badge variant="filled">{t(`ticketStatuses.${x.status}`)}</Badge>
        <Badge variant="light">{t(`ticketTypes.${x.type}`)}</Badge>
        <Badge variant="light" color={PRIORITY_COLOURS[x.priority]}>
          {t(`priorities.${x.priority}`)}
        </Badge>
        <Text size="sm">
          {x.enterpriseName} · {x.siteName ?? t('tickets.enterpriseWide')}
        </Text>
      </Group>
      {problem && (
        <Alert color="red" mb="md" role="alert">
          {problem}
        </Alert>
      )}
      <TicketClocks ticket={x} onChange={refresh} />
      <TicketAssessment ticket={x} onChange={refresh} />
      {canWrite && (
        <Card withBorder mb="md">
          {x.nextStates.length === 0 ? (
            <Text size="sm">{t('ticket.noNextStates')}</Text>
          ) : (
            <Stack gap="xs">
              <Textarea
                label={t('ticket.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                autosize
                minRows={1}
              />
              <Group gap="xs">
                {x.nextStates.map((status) => (
                  <Button key={status} variant="light" disabled={busy} onClick={() => void move(status)}>
                    {t('ticket.moveTo', { status: t(`ticketStatuses.${status}`) })}
                  </Button>
                ))}
              </Group>
            </Stack>
          )}
        </Card>
      )}
      <Group align="flex-start" grow wrap="wrap">
        <Stack miw={320}>
          <Title order={3}>{t('ticket.timeline')}</Title>
          {(comments.data?.items ?? []).length === 0 && <Text size="sm">{t('ticket.noComments')}</Text>}
          {(comments.data?.items ?? []).map((c) => (
            <Card
              key={c.id}
              withBorder
              bg={c.visibility === 'internal' ? 'yellow.0' : undefined}
              aria-label={c.visibility === 'internal' ? t('ticket.internal') : t('ticket.customerVisible')}
            >
              <Group justify="space-between" mb={4}>
                <Text size="sm" fw={600}>
                  {c.authorName ?? t('ticket.unknownBy')}
                </Text>
                <Group gap={6}>
                  {desk && (
                    <Badge size="sm" color={c.visibility === 'internal' ? 'yellow' : 'green'} variant="light">
                      {c.visibility === 'internal' ? t('ticket.internal') : t('ticket.customerVisible')}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(c.createdAt, i18n.language)}
                  </Text>
                </Group>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.body}
              </Text>
            </Card>
          ))}
          {mayWrite(me, 'ticket-comments.write') &&
            (acceptsComments(x.status) ? (
              <Stack gap="xs">
                <Textarea
                  label={t('ticket.newComment')}
                  value={body}
                  onChange={(e) => setBody(e.currentTarget.value)}
                  autosize
                  minRows={2}
                />
                {desk && (
                  <Checkbox
                    label={t('ticket.internalNote')}
                    checked={internal}
                    onChange={(e) => setInternal(e.currentTarget.checked)}
                  />
                )}
                <Group>
                  <Button disabled={busy || body.trim() === ''} onClick={() => void send()}>
                    {t('ticket.send')}
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Text size="sm">{t('ticket.closedNoComments')}</Text>
            ))}
        </Stack>
        <Stack miw={320}>
          <Title order={3}>{t('ticket.history')}</Title>
          <Table>
            <Table.Tbody>
              {x.history.map((h) => (
                <Table.Tr key={`${h.at}-${h.to}`}>
                  <Table.Td>{formatDateTime(h.at, i18n.language)}</Table.Td>
                  <Table.Td>
                    {t('ticket.historyStep', {
                      to: t(`ticketStatuses.${h.to}`),
                      by: h.byName ?? t('ticket.unknownBy'),
                    })}
                    {h.reason ? ` — ${h.reason}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <TicketChecklists ticket={x} />
          <TicketAttachments ticket={x} />
          <TicketMessages ticketId={x.id} cacheKey={[...TICKETS, x.id, 'outbox']} />
          <Title order={3}>{t('ticket.details')}</Title>
          <Table>
            <Table.Tbody>
              {detailRows(
                t,
                x.details,
                new Map(x.sites.map((site) => [site.id, `${site.name} (${site.postcode})`])),
              ).map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Group>
    </>
  );
}
