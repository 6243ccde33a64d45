import { Alert, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDto } from '../../../core/servicedesk/tickets';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { worksApi } from './queries';

/**
 * On an incident: whether it was reported during announced works, whether the desk found it
 * unjustified, and (for the desk) the mark and its undoing.
 */
export function TicketAssessment({
  ticket,
  onChange,
}: {
  ticket: TicketDto;
  onChange: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (ticket.type !== 'incident') return null;
  const canAssess = mayWrite(me, 'tickets.assess');
  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setReason('');
      notifications.show({ message });
      await onChange();
    } catch (e) {
      setProblem(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const works = ticket.announcedWorks;
  const mark = ticket.unjustified;
  if (works === null && mark === null && !canAssess) return null;
  return (
    <Stack gap="xs" mb="md">
      {works && (
        <Alert color="yellow" data-testid="during-works">
          {t('assessment.duringWorks', {
            description: works.description,
            from: formatDateTime(works.startsAt, i18n.language),
            to: formatDateTime(works.endsAt, i18n.language),
          })}
        </Alert>
      )}
      {mark && (
        <Alert color="red" data-testid="unjustified">
          <Text size="sm">{t('assessment.unjustified', { reason: mark.reason })}</Text>
          <Text size="xs" c="dimmed">
            {t('assessment.unjustifiedBy', {
              name: mark.byName ?? '',
              at: formatDateTime(mark.at, i18n.language),
            })}
          </Text>
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {canAssess && (
        <Card withBorder>
          {mark ? (
            <Group>
              <Button
                variant="light"
                disabled={busy}
                onClick={() => void run(() => worksApi.undoUnjustified(ticket.id), t('assessment.undone'))}
              >
                {t('assessment.undo')}
              </Button>
            </Group>
          ) : (
            <Stack gap="xs">
              <Textarea
                label={t('assessment.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                autosize
                minRows={1}
              />
              <Group>
                <Button
                  variant="light"
                  color="red"
                  disabled={busy || reason.trim() === ''}
                  onClick={() =>
                    void run(() => worksApi.markUnjustified(ticket.id, reason), t('assessment.marked'))
                  }
                >
                  {t('assessment.mark')}
                </Button>
              </Group>
            </Stack>
          )}
        </Card>
      )}
    </Stack>
  );
}
