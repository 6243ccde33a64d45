import { ActionIcon, Badge, Checkbox, Select, Stack, Text } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { auditKindOf, isAccessAction } from '../../core/audit/vocabulary';
import { useEnterprise } from '../directory/enterprises/queries';
import { type Column, DataTable } from '../ui/data-table/data-table';
import { pagedRows } from '../ui/data-table/paged-rows';
import { DateField } from '../ui/date-field';
import { dayBoundary, formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/page-header';
import { useSearch } from '../ui/use-search';
import {
  type AuditRow,
  actionLabel,
  actorOf,
  actorText,
  changesText,
  entityDetail,
  entityName,
  nameOf,
  typeLabel,
} from './audit-text';
import { ACCESS_ACTIONS, CHANGE_ACTIONS } from './audit-vocabulary';
import { ChangesView } from './changes-view';
import { EventDetails } from './event-details';
import { useAuditList } from './use-audit-list';

/** The colour of an action's badge: failures and removals red, sign-ins and system events quiet. */
function actionColor(event: AuditRow): string {
  if (event.action === 'login_failed' || event.action === 'locked' || event.action.endsWith('_failed'))
    return 'red';
  if (event.action === 'delete' || event.action === 'revoke') return 'orange';
  const kind = auditKindOf(event);
  return kind === 'access' ? 'gray' : kind === 'system' ? 'grape' : 'blue';
}

/**
 * Every change by anyone, newest first, in words: names instead of ids, labels and values in the
 * portal's language. Sign-ins and system events (the seed) are hidden unless asked for.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { enterpriseId = null } = useParams();
  const enterprise = useEnterprise(enterpriseId);
  const actor = useSearch();
  const [entityType, setEntityType] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [details, setDetails] = useState<AuditRow | null>(null);
  const list = useAuditList({
    enterpriseId,
    actor: actor.query,
    entityType,
    action,
    kind: showAll ? 'all' : 'changes',
    from: dayBoundary(from, 'start'),
    to: dayBoundary(to, 'end'),
  });

  // Choosing a sign-in as the action asks for sign-ins; hiding them again drops that choice.
  const chooseAction = (value: string | null) => {
    setAction(value);
    if (value !== null && isAccessAction(value)) setShowAll(true);
  };
  const toggleAll = (checked: boolean) => {
    setShowAll(checked);
    if (!checked && action !== null && isAccessAction(action)) setAction(null);
  };

  const whatText = (e: AuditRow) => `${typeLabel(t, e.entityType)}: ${entityName(t, e).text}`;

  const columns: Column<AuditRow>[] = [
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
      priority: 'medium',
      cell: (e) => {
        const who = actorOf(t, e);
        return (
          <Stack gap={0}>
            <Text size="sm" c={who.muted ? 'dimmed' : undefined}>
              {who.name}
            </Text>
            {who.email && who.email !== who.name && (
              <Text size="xs" c="dimmed">
                {who.email}
              </Text>
            )}
            {e.actor?.role && (
              <Text size="xs" c="dimmed">
                {t(`roles.${e.actor.role}`, { defaultValue: e.actor.role })}
              </Text>
            )}
            {e.tokenId && (
              <Text size="xs" c="dimmed">
                {t('audit.viaToken', { name: nameOf(t, e.names, e.tokenId).text })}
              </Text>
            )}
          </Stack>
        );
      },
      sortValue: (e) => actorText(t, e).toLowerCase(),
      csv: (e) => actorText(t, e),
    },
    {
      key: 'action',
      header: t('audit.action'),
      cell: (e) => (
        <Badge variant="light" color={actionColor(e)}>
          {actionLabel(t, e.action)}
        </Badge>
      ),
      sortValue: (e) => actionLabel(t, e.action),
    },
    {
      key: 'entity',
      header: t('audit.entity'),
      cell: (e) => {
        const name = entityName(t, e);
        const detail = entityDetail(e);
        const customer =
          enterpriseId === null && e.enterpriseId !== null && e.entityType !== 'enterprise'
            ? nameOf(t, e.names, e.enterpriseId)
            : null;
        return (
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {typeLabel(t, e.entityType)}
            </Text>
            <Text
              size="sm"
              c={name.muted ? 'dimmed' : undefined}
              fs={name.muted ? 'italic' : undefined}
              title={name.title}
            >
              {name.text}
            </Text>
            {detail && detail !== name.text && (
              <Text size="xs" c="dimmed">
                {detail}
              </Text>
            )}
            {customer && !customer.muted && (
              <Text size="xs" c="dimmed">
                {t('audit.ofCustomer', { name: customer.text })}
              </Text>
            )}
          </Stack>
        );
      },
      sortValue: (e) => whatText(e).toLowerCase(),
      csv: (e) => (e.entityId ? `${whatText(e)} (${e.entityId})` : whatText(e)),
    },
    {
      key: 'changes',
      header: t('audit.changes'),
      cell: (e) => <ChangesView event={e} />,
      csv: (e) => changesText(t, i18n.language, e),
    },
  ];

  // Every entity type the portal has a name for (each context names its own), alphabetically.
  const entityTypeOptions = Object.keys(
    t('audit.entityTypes', { returnObjects: true }) as Record<string, string>,
  )
    .map((value) => ({ value, label: typeLabel(t, value) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));

  const actionOptions = [
    {
      group: t('audit.actionGroups.changes'),
      items: CHANGE_ACTIONS.map((v) => ({ value: v, label: actionLabel(t, v) })),
    },
    {
      group: t('audit.actionGroups.access'),
      items: ACCESS_ACTIONS.map((v) => ({ value: v, label: actionLabel(t, v) })),
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
              data={entityTypeOptions}
              value={entityType}
              onChange={setEntityType}
              w={170}
            />
            <Select
              label={t('audit.action')}
              placeholder={t('audit.any')}
              clearable
              searchable
              data={actionOptions}
              value={action}
              onChange={chooseAction}
              w={230}
            />
            <DateField
              label={t('audit.from')}
              clearable
              value={from}
              onChange={setFrom}
              {...(to === '' ? {} : { maxDate: to })}
              w={160}
            />
            <DateField
              label={t('audit.to')}
              clearable
              value={to}
              onChange={setTo}
              {...(from === '' ? {} : { minDate: from })}
              w={160}
            />
            <Checkbox
              label={t('audit.showAll')}
              checked={showAll}
              onChange={(e) => toggleAll(e.currentTarget.checked)}
              mb={8}
            />
          </>
        }
        rowActions={(e) => (
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('audit.details.open', { what: `${actionLabel(t, e.action)} – ${whatText(e)}` })}
            onClick={() => setDetails(e)}
          >
            <IconListDetails size={18} aria-hidden="true" />
          </ActionIcon>
        )}
        empty={showAll ? t('audit.empty') : t('audit.emptyChanges')}
      />
      <EventDetails event={details} onClose={() => setDetails(null)} />
    </>
  );
}
