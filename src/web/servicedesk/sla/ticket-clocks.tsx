import { Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAUSE_REASONS, type PauseReason } from '../../../core/servicedesk/sla';
import type { SlaClockDto } from '../../../core/servicedesk/sla-view';
import type { TicketDetailDto } from '../../../core/servicedesk/tickets';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { remainingText, slaApi } from './queries';

export const STATE_COLOURS: Record<SlaClockDto['state'], string> = {
  not_started: 'gray',
  running: 'blue',
  out_of_hours: 'grape',
  paused: 'yellow',
  met: 'green',
  breached: 'red',
};

/**
 * A ticket's SLA clocks: state, due, what is left, and why a clock is paused (the customer sees
 * that too); the desk pauses and resumes the resolution clock here.
 */
export function TicketClocks({ ticket, onChange }: { ticket: TicketDetailDto; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [reason, setReason] = useState<PauseReason>('waiting_supplier');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mayPause = mayWrite(me, 'tickets.sla') && ticket.status !== 'resolved' && ticket.status !== 'closed';
  const pausable = ticket.slaClocks.find((c) => c.kind === 'resolution');
  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      onChange();
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder mb="md" aria-label={t('sla.clocks')}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('sla.clocks')}
        </Title>
        <Table>
          <Table.Tbody>
            {ticket.slaClocks.map((c) => (
              <Table.Tr key={c.kind}>
                <Table.Th scope="row">{t(`sla.kinds.${c.kind}`)}</Table.Th>
                <Table.Td>
                  <Badge variant="light" color={STATE_COLOURS[c.state]}>
                    {t(`sla.states.${c.state}`)}
                  </Badge>
                  {c.escalatedAt && (
                    <Badge ml="xs" color="red" variant="filled">
                      {t('sla.escalated')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {c.dueAt && `${t('sla.due')}: ${formatDateTime(c.dueAt, i18n.language)}`}
                  {c.pause &&
                    t('sla.pausedSince', {
                      reason: t(`sla.reasons.${c.pause.reason}`),
                      since: formatDateTime(c.pause.since, i18n.language),
                    })}
                </Table.Td>
                <Table.Td>
                  {c.state !== 'met' && `${t('sla.remaining')}: ${remainingText(t, c.remainingMinutes)}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {mayPause && pausable && (
          <Group align="end">
            {pausable.state === 'paused' ? (
              <Button loading={busy} onClick={() => act(() => slaApi.resume(ticket.id))}>
                {t('sla.resume')}
              </Button>
            ) : (
              <>
                <Select
                  label={t('sla.pauseReason')}
                  data={PAUSE_REASONS.map((value) => ({ value, label: t(`sla.reasons.${value}`) }))}
                  value={reason}
                  onChange={(value) => value && setReason(value as PauseReason)}
                  allowDeselect={false}
                  w={260}
                />
                <Button
                  variant="light"
                  loading={busy}
                  onClick={() => act(() => slaApi.pause(ticket.id, reason))}
                >
                  {t('sla.pause')}
                </Button>
              </>
            )}
          </Group>
        )}
        {problem && (
          <Text c="red" role="alert" size="sm">
            {problem}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
