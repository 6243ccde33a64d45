import { Badge, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SiteDto } from '../../../core/directory/schemas';
import type { NumberBlockDto, NumberDto } from '../../../core/telephony/number-plan';
import { NUMBER_KINDS, NUMBER_STATES } from '../../../core/telephony/numbers';
import { limitedToSites, mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { SiteFilter } from '../../directory/sites/site-filter';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { errorText } from '../../ui/error-text';
import { FormModal } from '../../ui/form-modal';
import { RowMenu } from '../../ui/row-menu';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useSearch } from '../../ui/use-search';
import { NumberForm } from './number-form';
import { numberPlanApi, useNumberPlanMutation, useNumbers } from './queries';
import { STATE_COLOURS } from './usage-bar';

export type NumberFilters = {
  state: string | null;
  kind: string | null;
  siteId: string | null;
  blockId: string | null;
};

/**
 * Every number of the enterprise (a site admin: of its sites), sorted by number and read page by
 * page; found by any fragment in any notation, narrowed by state, kind, site and block.
 */
export function NumbersTable({
  enterpriseId,
  enterpriseName,
  sites,
  blocks,
  filters,
  onFilter,
}: {
  enterpriseId: string;
  enterpriseName: string;
  sites: SiteDto[];
  blocks: NumberBlockDto[];
  filters: NumberFilters;
  onFilter: (key: keyof NumberFilters, value: string | null) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch();
  const list = useNumbers(enterpriseId, { q: search.query, ...filters });
  const canWrite = mayWrite(me, 'numbers.write');
  const dialog = useFormDialog<NumberDto>();
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  const quick = useNumberPlanMutation(
    ({ number, state }: { number: NumberDto; state: 'free' | 'reserved' }) =>
      numberPlanApi.updateNumber(number.id, { state }),
    (number) =>
      notifications.show({
        color: 'green',
        message: t(number.state === 'free' ? 'numberPlan.numbers.freed' : 'numberPlan.numbers.reserved', {
          number: number.national,
        }),
      }),
    (error) => notifications.show({ color: 'red', message: errorText(t, error) }),
  );

  const assigneeText = (n: NumberDto) => {
    if (n.assignee === null) return '';
    const type = t(`numberPlan.assigneeTypes.${n.assignee.type}`);
    // A route's name says little by itself ("Hoofdnummer"): its kind goes before it.
    const who =
      n.assignee.type === 'incoming_route' && n.assignee.name
        ? `${type} ${n.assignee.name}`
        : (n.assignee.name ?? type);
    return `${who} (${t(`numberPlan.roles.${n.assignee.role}`)})`;
  };

  const columns: Column<NumberDto>[] = [
    {
      key: 'number',
      priority: 'essential',
      header: t('numberPlan.numbers.number'),
      cell: (n) => <Text ff="monospace">{n.national}</Text>,
      sortValue: (n) => n.number,
      csv: (n) => n.national,
    },
    {
      key: 'e164',
      priority: 'low',
      header: t('numberPlan.numbers.e164'),
      cell: (n) => (
        <Text ff="monospace" size="sm" c="dimmed">
          {n.number}
        </Text>
      ),
      csv: (n) => n.number,
    },
    {
      key: 'kind',
      priority: 'low',
      header: t('numberPlan.numbers.kind'),
      cell: (n) => t(`numberPlan.kinds.${n.kind}`),
      csv: (n) => t(`numberPlan.kinds.${n.kind}`),
    },
    {
      key: 'state',
      priority: 'high',
      header: t('numberPlan.numbers.state'),
      cell: (n) => (
        <Badge variant="light" color={STATE_COLOURS[n.state]}>
          {t(`numberPlan.states.${n.state}`)}
        </Badge>
      ),
      csv: (n) => t(`numberPlan.states.${n.state}`),
    },
    {
      key: 'site',
      priority: 'medium',
      header: t('numberPlan.numbers.site'),
      cell: (n) =>
        n.siteId === null ? (
          <Text size="sm" c="dimmed">
            {t('numberPlan.numbers.noSite')}
          </Text>
        ) : (
          (siteName.get(n.siteId) ?? '')
        ),
      csv: (n) => (n.siteId === null ? t('numberPlan.numbers.noSite') : (siteName.get(n.siteId) ?? '')),
    },
    {
      key: 'assignee',
      priority: 'high',
      header: t('numberPlan.numbers.assignee'),
      cell: assigneeText,
      csv: assigneeText,
    },
    {
      key: 'note',
      priority: 'low',
      header: t('numberPlan.numbers.note'),
      cell: (n) => n.note ?? '',
      csv: (n) => n.note ?? '',
    },
  ];

  return (
    <>
      <DataTable
        label={t('numberPlan.numbers.tableLabel', { enterprise: enterpriseName })}
        columns={columns}
        rowKey={(n) => n.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('numberPlan.numbers.searchPlaceholder'),
        }}
        filters={
          <>
            <Select
              label={t('numberPlan.numbers.stateFilter')}
              placeholder={t('numberPlan.numbers.allStates')}
              clearable
              data={NUMBER_STATES.map((value) => ({ value, label: t(`numberPlan.states.${value}`) }))}
              value={filters.state}
              onChange={(value) => onFilter('state', value)}
              w={170}
              data-testid="state-filter"
            />
            <Select
              label={t('numberPlan.numbers.kindFilter')}
              placeholder={t('numberPlan.numbers.allKinds')}
              clearable
              data={NUMBER_KINDS.map((value) => ({ value, label: t(`numberPlan.kinds.${value}`) }))}
              value={filters.kind}
              onChange={(value) => onFilter('kind', value)}
              w={200}
            />
            <SiteFilter
              sites={sites}
              value={filters.siteId}
              onChange={(value) => onFilter('siteId', value)}
            />
            <Select
              label={t('numberPlan.numbers.blockFilter')}
              placeholder={t('numberPlan.numbers.allBlocks')}
              clearable
              searchable
              data={blocks.map((b) => ({ value: b.id, label: b.firstNational }))}
              value={filters.blockId}
              onChange={(value) => onFilter('blockId', value)}
              w={200}
              data-testid="block-filter"
            />
          </>
        }
        rowActions={
          canWrite
            ? (n) => (
                <RowMenu
                  name={n.national}
                  onEdit={() => dialog.edit(n)}
                  actions={[
                    {
                      label: t('numberPlan.numbers.reserve'),
                      icon: <IconLock size={16} aria-hidden="true" />,
                      hidden: n.state !== 'free',
                      onClick: () => quick.mutate({ number: n, state: 'reserved' }),
                    },
                    {
                      label: t('numberPlan.numbers.free'),
                      icon: <IconLockOpen size={16} aria-hidden="true" />,
                      hidden: n.state !== 'reserved' && n.state !== 'porting',
                      onClick: () => quick.mutate({ number: n, state: 'free' }),
                    },
                  ]}
                />
              )
            : undefined
        }
        empty={t('numberPlan.numbers.empty')}
      />
      <FormModal
        opened={dialog.opened}
        title={t('numberPlan.numbers.edit', { number: dialog.row?.national ?? '' })}
        onClose={dialog.close}
        size="md"
      >
        {dialog.row && (
          <Stack>
            <NumberForm
              number={dialog.row}
              sites={sites}
              wholeEnterprise={!limitedToSites(me)}
              onDone={(number) => dialog.saved(t('numberPlan.numbers.saved', { number: number.national }))}
            />
          </Stack>
        )}
      </FormModal>
    </>
  );
}
