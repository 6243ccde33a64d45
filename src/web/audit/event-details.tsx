import { Badge, Button, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format';
import {
  type AuditRow,
  actionLabel,
  actorOf,
  entityDetail,
  entityName,
  nameOf,
  type Shown,
  typeLabel,
} from './audit-text';
import { ChangesView } from './changes-view';

function Named({ shown, id }: { shown: Shown; id: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c={shown.muted ? 'dimmed' : undefined}>
        {shown.text}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace">
        {id}
      </Text>
    </Stack>
  );
}

/**
 * Everything one event holds, for whoever needs more than the table: the ids of what it names
 * (provider and support work with them), the request ids, every field and the raw changes.
 */
export function EventDetails({ event, onClose }: { event: AuditRow | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const rows: [string, ReactNode][] = [];
  if (event !== null) {
    const actor = actorOf(t, event);
    const ref = (id: string | null) =>
      id === null ? null : <Named shown={nameOf(t, event.names, id)} id={id} />;
    rows.push([t('audit.details.at'), formatDateTime(event.at, i18n.language)]);
    rows.push([
      t('audit.details.actor'),
      <Stack gap={0} key="actor">
        <Text size="sm" c={actor.muted ? 'dimmed' : undefined}>
          {actor.name}
        </Text>
        {actor.email && <Text size="xs">{actor.email}</Text>}
        {event.actor && (
          <Text size="xs" c="dimmed" ff="monospace">
            {event.actor.id}
          </Text>
        )}
      </Stack>,
    ]);
    if (event.actor?.role)
      rows.push([
        t('audit.details.role'),
        t(`roles.${event.actor.role}`, { defaultValue: event.actor.role }),
      ]);
    if (event.tokenId) rows.push([t('audit.details.token'), ref(event.tokenId)]);
    rows.push([t('audit.details.action'), actionLabel(t, event.action)]);
    rows.push([t('audit.details.entityType'), typeLabel(t, event.entityType)]);
    const name = entityName(t, event);
    const detail = entityDetail(event);
    rows.push([
      t('audit.details.entity'),
      <Stack gap={0} key="entity">
        <Text size="sm" c={name.muted ? 'dimmed' : undefined}>
          {name.text}
        </Text>
        {detail && <Text size="xs">{detail}</Text>}
      </Stack>,
    ]);
    if (event.entityId)
      rows.push([
        t('audit.details.entityId'),
        <Text key="id" size="xs" ff="monospace">
          {event.entityId}
        </Text>,
      ]);
    if (event.enterpriseId) rows.push([t('audit.details.enterprise'), ref(event.enterpriseId)]);
    if (event.siteId) rows.push([t('audit.details.site'), ref(event.siteId)]);
    if (event.partnerId) rows.push([t('audit.details.partner'), ref(event.partnerId)]);
    if (event.requestId)
      rows.push([
        t('audit.details.requestId'),
        <Text key="req" size="xs" ff="monospace">
          {event.requestId}
        </Text>,
      ]);
    if (event.correlationId)
      rows.push([
        t('audit.details.correlationId'),
        <Text key="corr" size="xs" ff="monospace">
          {event.correlationId}
        </Text>,
      ]);
  }
  return (
    <Modal
      opened={event !== null}
      onClose={onClose}
      size="lg"
      title={event ? t('audit.details.title', { id: event.id }) : ''}
    >
      {event && (
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="light">{actionLabel(t, event.action)}</Badge>
            <Text size="sm">{typeLabel(t, event.entityType)}</Text>
          </Group>
          <Table variant="vertical" layout="fixed" withTableBorder>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={170}>{label}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('audit.details.changes')}
            </Title>
            <ChangesView event={event} all />
          </Stack>
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('audit.details.raw')}
            </Title>
            <Code block>{JSON.stringify(event.changes, null, 2)}</Code>
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('audit.details.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
