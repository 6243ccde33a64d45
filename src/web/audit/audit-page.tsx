import { Badge, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AuditEventDto } from '../../core/audit/schemas';
import { useCursorList } from '../api/use-cursor-list';
import { useEnterprise } from '../directory/enterprises/queries';
import { type Column, DataTable } from '../ui/data-table/data-table';
import { pagedRows } from '../ui/data-table/paged-rows';
import { dayBoundary, formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/page-header';
import { useSearch } from '../ui/use-search';
import { ACTIONS, ENTITY_TYPES, labelKey } from './audit-vocabulary';
import { ChangesView, changesText } from './changes-view';

/** Every change by anyone, newest first: filter by who, what and when. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { enterpriseId = null } = useParams();
  const enterprise = useEnterprise(enterpriseId);
  const actor = useSearch();
  const [entityType, setEntityType] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const list = useCursorList<AuditEventDto>(['audit'], '/api/audit-events', {
    enterpriseId,
    actor: actor.query,
    entityType,
    action,
    from: dayBoundary(from, 'start'),
    to: dayBoundary(to, 'end'),
  });
  const label = (kind: 'entityTypes' | 'actions', value: string) =>
    t(labelKey(kind, value), { defaultValue: value });

  const columns: Column<AuditEventDto>[] = [
    {
      key: 'at',
      header: t('audit.at'),
      cell: (e) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(e.at, i18n.language)}
        </Text>
      ),
      sortValue: (e) => e.at,
      csv: (e) => e.at,
    },
    {
      key: 'actor',
      header: t('audit.actor'),
      cell: (e) => (
        <Stack gap={0}>
          <Text size="sm">{e.actor?.email ?? t('audit.system')}</Text>
          {e.actor?.role && (
            <Text size="xs" c="dimmed">
              {t(`roles.${e.actor.role}`, { defaultValue: e.actor.role })}
            </Text>
          )}
        </Stack>
      ),
      sortValue: (e) => e.actor?.email ?? '',
    },
    {
      key: 'action',
      header: t('audit.action'),
      cell: (e) => <Badge variant="light">{label('actions', e.action)}</Badge>,
      sortValue: (e) => label('actions', e.action),
    },
    {
      key: 'entity',
      header: t('audit.entity'),
      cell: (e) => label('entityTypes', e.entityType),
      sortValue: (e) => label('entityTypes', e.entityType),
    },
    {
      key: 'entityId',
      header: t('audit.entityId'),
      cell: (e) => (
        <Text size="xs" c="dimmed" ff="monospace">
          {e.entityId ?? ''}
        </Text>
      ),
      csv: (e) => e.entityId,
    },
    {
      key: 'changes',
      header: t('audit.changes'),
      cell: (e) => <ChangesView changes={e.changes} />,
      csv: (e) => changesText(e.changes),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={
          enterprise.data
            ? t('audit.descriptionOf', { enterprise: enterprise.data.name })
            : t('audit.description')
        }
      />
      <DataTable
        label={t('audit.title')}
        columns={columns}
        rowKey={(e) => String(e.id)}
        {...pagedRows(list)}
        search={{
          value: actor.value,
          onChange: actor.onChange,
          placeholder: t('audit.actorPlaceholder'),
          label: t('audit.actor'),
        }}
        filters={
          <>
            <Select
              label={t('audit.entity')}
              placeholder={t('audit.any')}
              clearable
              data={ENTITY_TYPES.map((v) => ({ value: v, label: label('entityTypes', v) }))}
              value={entityType}
              onChange={setEntityType}
              w={170}
            />
            <Select
              label={t('audit.action')}
              placeholder={t('audit.any')}
              clearable
              searchable
              data={ACTIONS.map((v) => ({ value: v, label: label('actions', v) }))}
              value={action}
              onChange={setAction}
              w={230}
            />
            <TextInput
              label={t('audit.from')}
              type="date"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              w={160}
            />
            <TextInput
              label={t('audit.to')}
              type="date"
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              w={160}
            />
          </>
        }
        empty={t('audit.empty')}
      />
    </>
  );
}
