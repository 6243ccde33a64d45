import { Anchor, Code, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEventDto } from '../../core/audit/schemas';
import { formatValue } from '../ui/format';

const FIELDS_SHOWN = 4;

/** The changes of one event, field by field: what it was → what it became. */
export function ChangesView({ changes }: { changes: AuditEventDto['changes'] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const entries = Object.entries(changes);
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  // A create or delete lists every field: show a few, the rest on request.
  const shown = all ? entries : entries.slice(0, FIELDS_SHOWN);
  return (
    <Stack gap={2} align="flex-start">
      {shown.map(([field, change]) => (
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
      {entries.length > FIELDS_SHOWN && (
        <Anchor component="button" type="button" size="xs" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('audit.fewerFields') : t('audit.allFields', { count: entries.length })}
        </Anchor>
      )}
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
