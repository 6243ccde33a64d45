import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEventDto } from '../../core/audit/schemas';
import { formatValue } from '../ui/format';

/** The changes of one event, field by field: what it was → what it became. */
export function ChangesView({ changes }: { changes: AuditEventDto['changes'] }) {
  const { t } = useTranslation();
  const entries = Object.entries(changes);
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {entries.map(([field, change]) => (
        <Text key={field} size="xs" style={{ wordBreak: 'break-word' }}>
          <Text span fw={600} size="xs">
            {field}
          </Text>
          {': '}
          {'from' in change && change.from !== undefined && (
            <>
              <Code c="red.8">{formatValue(change.from)}</Code>
              {' → '}
            </>
          )}
          {'to' in change && change.to !== undefined ? (
            <Code c="green.8">{formatValue(change.to)}</Code>
          ) : (
            <Text span size="xs" c="dimmed">
              {t('audit.removedValue')}
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}

/** The same as one line of text, for the CSV export. */
export const changesText = (changes: AuditEventDto['changes']): string =>
  Object.entries(changes)
    .map(
      ([field, c]) =>
        `${field}: ${c.from === undefined ? '' : `${formatValue(c.from)} → `}${formatValue(c.to)}`,
    )
    .join('; ');
