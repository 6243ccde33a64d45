import { Anchor, Badge, Select } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ScheduleDto, ScheduleStateDto } from '../../../core/telephony/schedules';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { enterprisePath } from '../../shell/navigation';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { PageHeader } from '../../ui/page-header';
import { RowMenu } from '../../ui/row-menu';
import { mayChangeSchedule } from './access';
import { useScheduleStates, useSchedules } from './queries';
import { ScheduleRemovalDialog, useScheduleRemoval } from './schedule-removal';
import { type Weekday, weeklySummary } from './schedule-view';
import { stateText } from './state-text';

const ENTERPRISE_WIDE = 'enterprise';

const STATE_COLOURS: Record<ScheduleStateDto['state'], string> = {
  open: 'green',
  closed: 'gray',
  holiday: 'orange',
  closure: 'grape',
};

/**
 * The enterprise's schedules: their scope, zone, weekly hours and whether each is open now (the
 * API's /state, refreshed every minute). All on one page, so filtered and sorted here.
 */
export function SchedulesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const enterprise = useCurrentEnterprise();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const list = useSchedules(enterprise.id);
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const [search, setSearch] = useState('');
  const [scope, setScope] = useState<string | null>(null);
  const states = useScheduleStates(
    list.rows.map((s) => s.id),
    lang,
  );
  const stateOf = new Map(list.rows.map((s, i) => [s.id, states[i]?.data]));
  const removal = useScheduleRemoval();
  const dayName = (d: Weekday) => t(`weekdays.short.${d}`);
  const scopeOf = (s: ScheduleDto) => s.siteName ?? t('schedules.enterpriseWide');
  const editorOf = (s: ScheduleDto) => enterprisePath(enterprise.id, `schedules/${s.id}`);

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return list.rows.filter(
      (s) =>
        (q === '' || s.name.toLowerCase().includes(q)) &&
        (scope === null || (scope === ENTERPRISE_WIDE ? s.siteId === null : s.siteId === scope)),
    );
  }, [list.rows, search, scope]);

  const columns: Column<ScheduleDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('schedules.name'),
      cell: (s) => (
        <Anchor component={Link} to={editorOf(s)}>
          {s.name}
        </Anchor>
      ),
      csv: (s) => s.name,
      sortValue: (s) => s.name,
    },
    { key: 'scope', priority: 'high', header: t('schedules.scope'), cell: scopeOf, sortValue: scopeOf },
    {
      key: 'timeZone',
      priority: 'low',
      header: t('schedules.timeZone'),
      cell: (s) => s.timeZone,
      sortValue: (s) => s.timeZone,
    },
    {
      key: 'weekly',
      priority: 'medium',
      header: t('schedules.weeklyHours'),
      cell: (s) => weeklySummary(s.weekly, dayName) || t('schedules.neverOpen'),
      sortValue: (s) => weeklySummary(s.weekly, dayName),
    },
    {
      key: 'state',
      priority: 'essential',
      header: t('schedules.stateNow'),
      cell: (s) => {
        const state = stateOf.get(s.id);
        return (
          <Badge
            color={state ? STATE_COLOURS[state.state] : 'gray'}
            variant="light"
            tt="none"
            data-testid="schedule-state"
          >
            {stateText(t, state)}
          </Badge>
        );
      },
      sortValue: (s) => stateText(t, stateOf.get(s.id)),
    },
  ];
  const scopes = [
    { value: ENTERPRISE_WIDE, label: t('schedules.enterpriseWide') },
    ...sites.rows.map((s) => ({ value: s.id, label: s.name })),
  ];

  return (
    <>
      <PageHeader
        title={t('schedules.title')}
        description={t('schedules.description', { enterprise: enterprise.name })}
      />
      <DataTable
        label={t('schedules.tableLabel', { enterprise: enterprise.name })}
        columns={columns}
        rowKey={(s) => s.id}
        rows={rows}
        loading={list.loading}
        error={list.error}
        exportAll={async () => [...rows]}
        search={{ value: search, onChange: setSearch, placeholder: t('schedules.searchPlaceholder') }}
        filters={
          <Select
            label={t('schedules.scopeFilter')}
            placeholder={t('schedules.allScopes')}
            clearable
            data={scopes}
            value={scope}
            onChange={setScope}
            w={200}
          />
        }
        toolbar={
          mayWrite(me, 'schedules.write') && (
            <CreateButton onClick={() => navigate(enterprisePath(enterprise.id, 'schedules/new'))}>
              {t('schedules.create')}
            </CreateButton>
          )
        }
        rowActions={(s) => (
          <RowMenu
            name={s.name}
            actions={[
              {
                label: mayChangeSchedule(me, s) ? t('common.edit') : t('schedules.open'),
                icon: <IconEdit size={16} aria-hidden="true" />,
                onClick: () => navigate(editorOf(s)),
              },
            ]}
            onRemove={mayChangeSchedule(me, s) ? () => removal.ask(s) : undefined}
          />
        )}
        empty={t('schedules.empty')}
      />
      <ScheduleRemovalDialog removal={removal} />
    </>
  );
}
