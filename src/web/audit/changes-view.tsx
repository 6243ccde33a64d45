import { Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditRow, type ChangeLine, changeLines, type Shown } from './audit-text';

const FIELDS_SHOWN = 4;

function Value({ value, color, strike }: { value: Shown; color?: string; strike?: boolean }) {
  return (
    <Text
      span
      size="xs"
      fw={500}
      c={value.muted ? 'dimmed' : color}
      fs={value.muted ? 'italic' : undefined}
      td={strike ? 'line-through' : undefined}
      title={value.title}
    >
      {value.text}
    </Text>
  );
}

/** One field: "Locatie: Den Haag → Utrecht" (a create shows the new value, a delete the old one). */
export function ChangeLineView({ line }: { line: ChangeLine }) {
  return (
    <Text size="xs" style={{ wordBreak: 'break-word' }}>
      <Text span size="xs" c="dimmed">
        {line.label}
      </Text>
      {': '}
      {line.from && line.to ? (
        <>
          <Value value={line.from} color="red.8" />
          {' → '}
          <Value value={line.to} color="green.8" />
        </>
      ) : line.to ? (
        <Value value={line.to} />
      ) : line.from ? (
        <Value value={line.from} strike />
      ) : null}
    </Text>
  );
}

/** The changes of one event, field by field, in the portal's language. */
export function ChangesView({ event, all: every = false }: { event: AuditRow; all?: boolean }) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const lines = changeLines(t, i18n.language, event, every);
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  // A create or delete lists every field: show a few, the rest on request.
  const limited = !every && lines.length > FIELDS_SHOWN;
  const shown = limited && !expanded ? lines.slice(0, FIELDS_SHOWN) : lines;
  return (
    <Stack gap={2} align="flex-start">
      {shown.map((line) => (
        <ChangeLineView key={line.field} line={line} />
      ))}
      {limited && (
        <Anchor
          component="button"
          type="button"
          size="xs"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
        >
          {expanded ? t('audit.fewerFields') : t('audit.allFields', { count: lines.length })}
        </Anchor>
      )}
    </Stack>
  );
}
