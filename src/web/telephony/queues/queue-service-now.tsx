import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QueueDto } from '../../../core/telephony/queues';
import { formatDateTime } from '../../ui/format';
import { useQueueState } from './queries';

/** What the queue does now by its schedule, as a badge with the reason and until when. */
export function QueueServiceNow({ queue, withNext = false }: { queue: QueueDto; withNext?: boolean }) {
  const { t, i18n } = useTranslation();
  const state = useQueueState(queue.id, { enabled: queue.scheduleId !== null });
  if (queue.scheduleId === null) return <Text size="sm">{t('queues.alwaysOpen')}</Text>;
  const data = state.data;
  const label = data ? t(`queueService.${data.service}`) : t('queueService.unknown');
  const color = !data ? 'gray' : data.service === 'open' ? 'green' : 'red';
  const reason = data?.names ? (i18n.language.startsWith('en') ? data.names.en : data.names.nl) : null;
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={color} variant="light" data-service={data?.service ?? 'unknown'}>
        {label}
      </Badge>
      {withNext && (reason || data?.next) && (
        <Text size="sm" c="dimmed">
          {[
            reason,
            data?.next ? t('queueEditor.until', { time: formatDateTime(data.next.at, i18n.language) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
    </Group>
  );
}
