import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../core/calendar/calendar';
import type { BusinessCalendarDto, BusinessClosureDto } from '../../../core/servicedesk/business-calendar';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { BUSINESS_CALENDAR, configApi, useBusinessCalendar, useConfigWrite } from './queries';
import { useIssues } from './use-issues';

type Period = { weekday: number; start: string; end: string };
type Holiday = BusinessCalendarDto['holidays'][number];

/**
 * The provider's business calendar: the office hours of each weekday (one or more periods, saved as
 * a whole week), the closures (add, remove) and the holidays of the next 24 months, where an
 * optional day (Good Friday, Liberation Day, 31 December) is closed or opened by a switch. A change
 * counts for the next lead time at once.
 */
export function BusinessCalendarPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canWrite = mayWrite(me, 'business-calendar.write');
  const calendar = useBusinessCalendar();
  const [hours, setHours] = useState<Period[]>([]);
  const [closure, setClosure] = useState({ date: '', name: '' });
  const hoursForm = useIssues();
  const closureForm = useIssues();
  const rowForm = useIssues();
  const write = useConfigWrite(BUSINESS_CALENDAR, (run: () => Promise<unknown>) => run());

  useEffect(() => {
    if (calendar.data) setHours(calendar.data.hours);
  }, [calendar.data]);

  const saveHours = async () => {
    if (await hoursForm.run(() => write.mutateAsync(() => configApi.setHours(hours))))
      notifications.show({ color: 'green', message: t('bizcal.hoursSaved') });
  };
  const addClosure = async () => {
    if (await closureForm.run(() => write.mutateAsync(() => configApi.addClosure(closure)))) {
      setClosure({ date: '', name: '' });
      notifications.show({ color: 'green', message: t('bizcal.closureAdded') });
    }
  };
  const removeClosure = (date: string) =>
    rowForm.run(() => write.mutateAsync(() => configApi.removeClosure(date)));
  const toggleHoliday = (h: Holiday, closed: boolean) =>
    rowForm.run(() =>
      write.mutateAsync(() =>
        closed
          ? configApi.addClosure({ date: h.date, name: i18n.language === 'en' ? h.name.en : h.name.nl })
          : configApi.removeClosure(h.date),
      ),
    );

  const weekdayName = (d: number) => t(`bizcal.weekdays.${d}`);
  const setPeriod = (index: number, patch: Partial<Period>) =>
    setHours((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const addPeriod = (weekday: number) =>
    setHours((list) => {
      const next = [...list, { weekday, start: '08:00', end: '18:00' }];
      return next.sort((a, b) => a.weekday - b.weekday);
    });
  const removePeriod = (index: number) => setHours((list) => list.filter((_, i) => i !== index));

  const closureColumns: Column<BusinessClosureDto>[] = [
    {
      key: 'date',
      priority: 'essential',
      header: t('bizcal.date'),
      cell: (c) => formatDate(c.date, i18n.language),
      csv: (c) => c.date,
      sortValue: (c) => c.date,
    },
    { key: 'name', header: t('bizcal.name'), cell: (c) => c.name, sortValue: (c) => c.name },
  ];
  const holidayColumns: Column<Holiday>[] = [
    {
      key: 'date',
      priority: 'essential',
      header: t('bizcal.date'),
      cell: (h) => formatDate(h.date, i18n.language),
      csv: (h) => h.date,
      sortValue: (h) => h.date,
    },
    {
      key: 'name',
      priority: 'essential',
      header: t('bizcal.name'),
      cell: (h) => (i18n.language === 'en' ? h.name.en : h.name.nl),
      sortValue: (h) => (i18n.language === 'en' ? h.name.en : h.name.nl),
    },
    {
      key: 'kind',
      header: t('bizcal.kind'),
      cell: (h) => (
        <Badge variant="light" color={h.kind === 'public' ? 'gray' : 'blue'}>
          {t(`bizcal.kinds.${h.kind}`)}
        </Badge>
      ),
      csv: (h) => t(`bizcal.kinds.${h.kind}`),
      sortValue: (h) => h.kind,
    },
    {
      key: 'closed',
      priority: 'essential',
      header: t('bizcal.closed'),
      cell: (h) =>
        h.kind === 'optional' && canWrite ? (
          <Switch
            checked={h.closed}
            onChange={(e) => void toggleHoliday(h, e.currentTarget.checked)}
            label={h.closed ? t('bizcal.closedYes') : t('bizcal.closedNo')}
            aria-label={t('bizcal.toggleLabel', {
              name: i18n.language === 'en' ? h.name.en : h.name.nl,
              date: formatDate(h.date, i18n.language),
            })}
          />
        ) : h.closed ? (
          t('bizcal.closedYes')
        ) : (
          t('bizcal.closedNo')
        ),
      csv: (h) => (h.closed ? t('bizcal.closedYes') : t('bizcal.closedNo')),
      sortValue: (h) => (h.closed ? 1 : 0),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('bizcal.title')}
        description={t('bizcal.description', { zone: calendar.data?.timeZone ?? '' })}
      />
      {(rowForm.problem ?? rowForm.issues[0]) && (
        <Alert color="red" mb="md" role="alert">
          {rowForm.problem ?? rowForm.errorAt('date')}
        </Alert>
      )}
      <Card withBorder mb="md">
        <Title order={2} size="h3" mb="xs">
          {t('bizcal.hoursTitle')}
        </Title>
        {hoursForm.problem && (
          <Alert color="red" mb="sm" role="alert">
            {hoursForm.problem}
          </Alert>
        )}
        <Stack gap="xs">
          {WEEKDAYS.map((weekday) => (
            <Group
              key={weekday}
              align="flex-start"
              wrap="nowrap"
              role="group"
              aria-label={weekdayName(weekday)}
            >
              <Text w={110} pt={6} fw={500}>
                {weekdayName(weekday)}
              </Text>
              <Stack gap={4} style={{ flex: 1 }}>
                {hours.every((p) => p.weekday !== weekday) && (
                  <Text c="dimmed" pt={6}>
                    {t('bizcal.closedDay')}
                  </Text>
                )}
                {hours.map((p, index) =>
                  p.weekday !== weekday ? null : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a period has no id of its own
                    <Group key={index} gap="xs" align="flex-start">
                      <TextInput
                        type="time"
                        aria-label={t('bizcal.opensOn', { day: weekdayName(weekday) })}
                        value={p.start}
                        onChange={(e) => setPeriod(index, { start: e.currentTarget.value })}
                        error={hoursForm.errorAt(`hours.${index}.start`)}
                        disabled={!canWrite}
                        w={130}
                      />
                      <Text pt={6}>–</Text>
                      <TextInput
                        type="time"
                        aria-label={t('bizcal.closesOn', { day: weekdayName(weekday) })}
                        value={p.end}
                        onChange={(e) => setPeriod(index, { end: e.currentTarget.value })}
                        error={hoursForm.errorAt(`hours.${index}.end`)}
                        disabled={!canWrite}
                        w={130}
                      />
                      {canWrite && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          mt={4}
                          aria-label={t('bizcal.removePeriod', { day: weekdayName(weekday), start: p.start })}
                          onClick={() => removePeriod(index)}
                        >
                          <IconTrash size={16} aria-hidden="true" />
                        </ActionIcon>
                      )}
                    </Group>
                  ),
                )}
              </Stack>
              {canWrite && (
                <Button
                  variant="subtle"
                  size="xs"
                  mt={4}
                  leftSection={<IconPlus size={14} aria-hidden="true" />}
                  aria-label={t('bizcal.addPeriodOn', { day: weekdayName(weekday) })}
                  onClick={() => addPeriod(weekday)}
                >
                  {t('bizcal.addPeriod')}
                </Button>
              )}
            </Group>
          ))}
          {canWrite && (
            <Group>
              <Button onClick={() => void saveHours()} loading={write.isPending}>
                {t('bizcal.saveHours')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>

      <Title order={2} size="h3" mb="xs">
        {t('bizcal.closuresTitle')}
      </Title>
      {canWrite && (
        <Card
          withBorder
          mb="md"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            void addClosure();
          }}
        >
          {closureForm.problem && (
            <Alert color="red" mb="sm" role="alert">
              {closureForm.problem}
            </Alert>
          )}
          <Group align="flex-start">
            <TextInput
              type="date"
              label={t('bizcal.date')}
              value={closure.date}
              onChange={(e) => {
                const date = e.currentTarget.value;
                setClosure((c) => ({ ...c, date }));
              }}
              error={closureForm.errorAt('date')}
              required
            />
            <TextInput
              label={t('bizcal.name')}
              value={closure.name}
              onChange={(e) => {
                const name = e.currentTarget.value;
                setClosure((c) => ({ ...c, name }));
              }}
              error={closureForm.errorAt('name')}
              required
              w={280}
            />
            <Button type="submit" mt={25} loading={write.isPending}>
              {t('bizcal.addClosure')}
            </Button>
          </Group>
        </Card>
      )}
      <DataTable
        label={t('bizcal.closuresTitle')}
        columns={closureColumns}
        rows={calendar.data?.closures ?? []}
        rowKey={(c) => c.date}
        loading={calendar.isLoading}
        error={calendar.error}
        rowActions={
          canWrite
            ? (c) => (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('bizcal.removeClosureLabel', { date: formatDate(c.date, i18n.language) })}
                  onClick={() => void removeClosure(c.date)}
                >
                  {t('bizcal.removeClosure')}
                </Button>
              )
            : undefined
        }
        empty={t('bizcal.noClosures')}
      />

      <Title order={2} size="h3" mt="lg" mb="xs">
        {t('bizcal.holidaysTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('bizcal.holidaysText')}
      </Text>
      <DataTable
        label={t('bizcal.holidaysTitle')}
        columns={holidayColumns}
        rows={calendar.data?.holidays ?? []}
        rowKey={(h) => h.date}
        loading={calendar.isLoading}
        error={calendar.error}
        empty={t('bizcal.noHolidays')}
      />
    </>
  );
}
