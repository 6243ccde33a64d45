import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCopy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteDto } from '../../../core/directory/schemas';
import type { ScheduleDto } from '../../../core/telephony/schedules';
import { limitedToSites } from '../../access/permissions';
import { useMe } from '../../access/session';
import { DateField } from '../../ui/date-field';
import { FormAlert } from '../../ui/form-alert';
import { today } from '../../ui/format';
import { useForm } from '../../ui/use-form';
import { SCHEDULES, type ScheduleBody, schedulesApi } from './queries';
import { copyMondayToWorkdays, type Period, WEEKDAYS, type Weekday } from './schedule-view';
import { WeeklyStrip } from './weekly-strip';

/** The default zone of a new schedule (the API's default too). */
const DEFAULT_ZONE = 'Europe/Amsterdam';
const ENTERPRISE_WIDE = 'enterprise';

type ClosureRow = {
  id?: string;
  name: string;
  startDate: string;
  endDate: string;
  allDay: boolean;
  startTime: string;
  endTime: string;
};
type OpeningRow = { id?: string; name: string; date: string; start: string; end: string };
type RecurringRow = { id?: string; name: string; month: number; day: number };

/** The zones the browser knows, with the schedule's own when it is not among them. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([DEFAULT_ZONE, current, ...known])].sort();
}

const monthNames = (lang: string) =>
  Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, i, 15)),
    ),
  );

/** A button whose label wraps on a phone instead of being cut off. */
const WRAPPING_BUTTON = {
  root: { height: 'auto', minHeight: 30, paddingBlock: 4 },
  label: { whiteSpace: 'normal' as const, textAlign: 'left' as const },
};

const withoutIndex = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
const replaced = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));

/** A part of the form with a heading, a hint and an "add" button. */
function Part({
  id,
  title,
  hint,
  action,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Text id={id} fw={600} component="h3">
            {title}
          </Text>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        </div>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

/**
 * A schedule's settings: name, scope (the enterprise or a site; a site admin only its own sites),
 * zone, the weekly hours with several periods a day (drawn live in the weekly strip), whether the
 * Dutch public holidays close it, and its closures, extra openings and yearly closures. The API
 * checks it; its field issues (paths like `weekly.3.end`) are shown at their inputs.
 */
export function ScheduleForm({
  enterpriseId,
  schedule,
  sites,
  readOnly = false,
  onDone,
}: {
  enterpriseId: string;
  schedule: ScheduleDto | null;
  sites: SiteDto[];
  readOnly?: boolean;
  onDone: (schedule: ScheduleDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const limited = limitedToSites(me);
  const ownSites = limited ? sites.filter((s) => (me.siteIds ?? []).includes(s.id)) : sites;
  const form = useForm({
    name: schedule?.name ?? '',
    siteId: schedule
      ? (schedule.siteId ?? ENTERPRISE_WIDE)
      : limited
        ? (ownSites[0]?.id ?? '')
        : ENTERPRISE_WIDE,
    timeZone: schedule?.timeZone ?? DEFAULT_ZONE,
    weekly: (schedule?.weekly ?? []) as Period[],
    publicHolidaysClosed: schedule?.publicHolidaysClosed ?? true,
    closures: (schedule?.closures ?? []).map(
      (c): ClosureRow => ({
        id: c.id,
        name: c.name,
        startDate: c.startDate,
        endDate: c.endDate,
        allDay: c.startTime == null && c.endTime == null,
        startTime: c.startTime ?? '',
        endTime: c.endTime ?? '',
      }),
    ),
    openings: (schedule?.openings ?? []).map((o): OpeningRow => ({ ...o })),
    recurringClosures: (schedule?.recurringClosures ?? []).map((r): RecurringRow => ({ ...r })),
  });
  const v = form.values;
  const mutation = useMutation({
    mutationFn: (body: ScheduleBody) =>
      schedule ? schedulesApi.update(schedule.id, body) : schedulesApi.create(enterpriseId, body),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: SCHEDULES });
      void queryClient.invalidateQueries({ queryKey: ['targets'] });
      onDone(saved);
    },
    onError: form.fail,
  });
  const onSubmit = form.submit(() => {
    mutation.mutate({
      name: v.name,
      siteId: v.siteId === ENTERPRISE_WIDE ? null : v.siteId,
      timeZone: v.timeZone,
      weekly: v.weekly,
      publicHolidaysClosed: v.publicHolidaysClosed,
      closures: v.closures.map((c) => ({
        ...(c.id ? { id: c.id } : {}),
        name: c.name,
        startDate: c.startDate,
        endDate: c.endDate,
        startTime: c.allDay ? null : c.startTime,
        endTime: c.allDay ? null : c.endTime,
      })),
      openings: v.openings,
      recurringClosures: v.recurringClosures,
    });
  });

  const setWeekly = (weekly: Period[]) => form.set('weekly', weekly);
  const dayName = (d: Weekday) => t(`weekdays.long.${d}`);
  const scopes = [
    ...(limited ? [] : [{ value: ENTERPRISE_WIDE, label: t('schedules.enterpriseWide') }]),
    ...ownSites.map((s) => ({ value: s.id, label: s.name })),
  ];
  const months = monthNames(i18n.language).map((label, i) => ({ value: String(i + 1), label }));
  const day = today();

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={schedule ? t('schedules.settings') : t('schedules.create')}
    >
      <fieldset disabled={readOnly} className="schedule-form-fieldset">
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('schedules.name')} required data-autofocus {...form.text('name')} />
            <Select
              label={t('schedules.scope')}
              required
              allowDeselect={false}
              data={scopes}
              value={v.siteId === '' ? null : v.siteId}
              onChange={(value) => value && form.set('siteId', value)}
              error={form.error('siteId')}
            />
            <Select
              label={t('schedules.timeZone')}
              searchable
              allowDeselect={false}
              data={timeZones(v.timeZone)}
              value={v.timeZone}
              onChange={(value) => value && form.set('timeZone', value)}
              error={form.error('timeZone')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('schedules.publicHolidaysClosed')}
            description={t('schedules.publicHolidaysHint')}
            checked={v.publicHolidaysClosed}
            onChange={(e) => form.set('publicHolidaysClosed', e.currentTarget.checked)}
            error={form.error('publicHolidaysClosed')}
          />

          <Part
            id="schedule-weekly"
            title={t('schedules.weekly.title')}
            hint={t('schedules.weekly.hint')}
            action={
              <Button
                variant="default"
                size="xs"
                leftSection={<IconCopy size={14} aria-hidden="true" />}
                styles={WRAPPING_BUTTON}
                onClick={() => setWeekly(copyMondayToWorkdays(v.weekly))}
              >
                {t('schedules.weekly.copyMonday')}
              </Button>
            }
          >
            {form.error('weekly') && (
              <Text size="sm" c="red">
                {form.error('weekly')}
              </Text>
            )}
            <Stack gap={6} className="schedule-week">
              {WEEKDAYS.map((weekday) => {
                const periods = v.weekly
                  .map((p, index) => ({ p, index }))
                  .filter(({ p }) => p.weekday === weekday);
                return (
                  <div key={weekday} className="schedule-weekday">
                    <Text fw={500} size="sm" className="schedule-weekday-name">
                      {dayName(weekday)}
                    </Text>
                    <Group gap="xs" align="flex-start" className="schedule-weekday-periods">
                      {periods.length === 0 && (
                        <Text size="sm" c="dimmed" py={6}>
                          {t('schedules.weekly.closedDay')}
                        </Text>
                      )}
                      {periods.map(({ p, index }, n) => {
                        const labels = { day: dayName(weekday), n: n + 1 };
                        return (
                          <Group key={index} gap={4} align="flex-start" wrap="nowrap">
                            <TextInput
                              aria-label={t('schedules.weekly.startFor', labels)}
                              placeholder="08:30"
                              inputMode="numeric"
                              maxLength={5}
                              w={96}
                              value={p.start}
                              onChange={(e) =>
                                setWeekly(replaced(v.weekly, index, { start: e.currentTarget.value }))
                              }
                              error={form.error(`weekly.${index}.start`) ?? form.error(`weekly.${index}`)}
                            />
                            <Text py={6} aria-hidden="true">
                              –
                            </Text>
                            <TextInput
                              aria-label={t('schedules.weekly.endFor', labels)}
                              placeholder="17:30"
                              inputMode="numeric"
                              maxLength={5}
                              w={96}
                              value={p.end}
                              onChange={(e) =>
                                setWeekly(replaced(v.weekly, index, { end: e.currentTarget.value }))
                              }
                              error={form.error(`weekly.${index}.end`)}
                            />
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              mt={4}
                              aria-label={t('schedules.weekly.removePeriodFor', labels)}
                              title={t('schedules.weekly.removePeriod')}
                              onClick={() => setWeekly(withoutIndex(v.weekly, index))}
                            >
                              <IconTrash size={16} aria-hidden="true" />
                            </ActionIcon>
                          </Group>
                        );
                      })}
                      <ActionIcon
                        variant="light"
                        mt={4}
                        aria-label={t('schedules.weekly.addPeriodFor', { day: dayName(weekday) })}
                        title={t('schedules.weekly.addPeriod')}
                        onClick={() => {
                          const last = periods[periods.length - 1]?.p;
                          const start = last ? last.end : '09:00';
                          setWeekly([...v.weekly, { weekday, start, end: last ? '' : '17:00' }]);
                        }}
                      >
                        <IconPlus size={16} aria-hidden="true" />
                      </ActionIcon>
                    </Group>
                  </div>
                );
              })}
            </Stack>
          </Part>

          <Part id="schedule-strip" title={t('schedules.strip.title')} hint={t('schedules.strip.label')}>
            <WeeklyStrip weekly={v.weekly} />
          </Part>

          <Part
            id="schedule-closures"
            title={t('schedules.closures.title')}
            hint={t('schedules.closures.hint')}
            action={
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={() =>
                  form.set('closures', [
                    ...v.closures,
                    {
                      name: t('schedules.closures.newName'),
                      startDate: day,
                      endDate: day,
                      allDay: true,
                      startTime: '',
                      endTime: '',
                    },
                  ])
                }
              >
                {t('schedules.closures.add')}
              </Button>
            }
          >
            {v.closures.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('schedules.closures.none')}
              </Text>
            )}
            {v.closures.map((c, i) => {
              const set = (patch: Partial<ClosureRow>) =>
                form.set('closures', replaced(v.closures, i, patch));
              const at = (field: string) => form.error(`closures.${i}.${field}`);
              return (
                <Card
                  key={c.id ?? `new-${i}`}
                  withBorder
                  padding="sm"
                  component="fieldset"
                  className="schedule-entry"
                  aria-label={`${t('schedules.closures.item', { n: i + 1 })}: ${c.name}`}
                >
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                    <TextInput
                      label={t('schedules.closures.name')}
                      value={c.name}
                      onChange={(e) => set({ name: e.currentTarget.value })}
                      error={at('name')}
                    />
                    <DateField
                      label={t('schedules.closures.startDate')}
                      value={c.startDate}
                      onChange={(startDate) =>
                        set({ startDate, endDate: [c.endDate, startDate].sort()[1] ?? startDate })
                      }
                      error={at('startDate')}
                    />
                    <DateField
                      label={t('schedules.closures.endDate')}
                      value={c.endDate}
                      onChange={(endDate) => set({ endDate })}
                      error={at('endDate')}
                    />
                  </SimpleGrid>
                  <Group mt="sm" gap="sm" align="flex-end">
                    <Checkbox
                      label={t('schedules.closures.allDay')}
                      checked={c.allDay}
                      onChange={(e) => set({ allDay: e.currentTarget.checked })}
                      mb={8}
                    />
                    {!c.allDay && (
                      <>
                        <TextInput
                          label={t('schedules.closures.startTime')}
                          placeholder="12:00"
                          inputMode="numeric"
                          maxLength={5}
                          w={110}
                          value={c.startTime}
                          onChange={(e) => set({ startTime: e.currentTarget.value })}
                          error={at('startTime')}
                        />
                        <TextInput
                          label={t('schedules.closures.endTime')}
                          placeholder="17:30"
                          inputMode="numeric"
                          maxLength={5}
                          w={110}
                          value={c.endTime}
                          onChange={(e) => set({ endTime: e.currentTarget.value })}
                          error={at('endTime')}
                        />
                      </>
                    )}
                    <Button
                      variant="subtle"
                      color="red"
                      ml="auto"
                      leftSection={<IconTrash size={14} aria-hidden="true" />}
                      onClick={() => form.set('closures', withoutIndex(v.closures, i))}
                      aria-label={`${t('schedules.closures.remove')}: ${c.name}`}
                    >
                      {t('schedules.closures.remove')}
                    </Button>
                  </Group>
                </Card>
              );
            })}
          </Part>

          <Part
            id="schedule-openings"
            title={t('schedules.openings.title')}
            hint={t('schedules.openings.hint')}
            action={
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={() =>
                  form.set('openings', [
                    ...v.openings,
                    { name: t('schedules.openings.newName'), date: day, start: '10:00', end: '14:00' },
                  ])
                }
              >
                {t('schedules.openings.add')}
              </Button>
            }
          >
            {v.openings.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('schedules.openings.none')}
              </Text>
            )}
            {v.openings.map((o, i) => {
              const set = (patch: Partial<OpeningRow>) =>
                form.set('openings', replaced(v.openings, i, patch));
              const at = (field: string) => form.error(`openings.${i}.${field}`);
              return (
                <Card
                  key={o.id ?? `new-${i}`}
                  withBorder
                  padding="sm"
                  component="fieldset"
                  className="schedule-entry"
                  aria-label={`${t('schedules.openings.item', { n: i + 1 })}: ${o.name}`}
                >
                  <Group gap="sm" align="flex-end">
                    <TextInput
                      label={t('schedules.openings.name')}
                      value={o.name}
                      onChange={(e) => set({ name: e.currentTarget.value })}
                      error={at('name')}
                    />
                    <DateField
                      label={t('schedules.openings.date')}
                      value={o.date}
                      onChange={(date) => set({ date })}
                      error={at('date')}
                    />
                    <TextInput
                      label={t('schedules.openings.start')}
                      inputMode="numeric"
                      maxLength={5}
                      w={96}
                      value={o.start}
                      onChange={(e) => set({ start: e.currentTarget.value })}
                      error={at('start')}
                    />
                    <TextInput
                      label={t('schedules.openings.end')}
                      inputMode="numeric"
                      maxLength={5}
                      w={96}
                      value={o.end}
                      onChange={(e) => set({ end: e.currentTarget.value })}
                      error={at('end')}
                    />
                    <Button
                      variant="subtle"
                      color="red"
                      ml="auto"
                      leftSection={<IconTrash size={14} aria-hidden="true" />}
                      onClick={() => form.set('openings', withoutIndex(v.openings, i))}
                      aria-label={`${t('schedules.openings.remove')}: ${o.name}`}
                    >
                      {t('schedules.openings.remove')}
                    </Button>
                  </Group>
                </Card>
              );
            })}
          </Part>

          <Part
            id="schedule-recurring"
            title={t('schedules.recurring.title')}
            hint={t('schedules.recurring.hint')}
            action={
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={() =>
                  form.set('recurringClosures', [
                    ...v.recurringClosures,
                    { name: t('schedules.recurring.newName'), month: 1, day: 1 },
                  ])
                }
              >
                {t('schedules.recurring.add')}
              </Button>
            }
          >
            {v.recurringClosures.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('schedules.recurring.none')}
              </Text>
            )}
            {v.recurringClosures.map((r, i) => {
              const set = (patch: Partial<RecurringRow>) =>
                form.set('recurringClosures', replaced(v.recurringClosures, i, patch));
              const at = (field: string) => form.error(`recurringClosures.${i}.${field}`);
              return (
                <Card
                  key={r.id ?? `new-${i}`}
                  withBorder
                  padding="sm"
                  component="fieldset"
                  className="schedule-entry"
                  aria-label={`${t('schedules.recurring.item', { n: i + 1 })}: ${r.name}`}
                >
                  <Group gap="sm" align="flex-end">
                    <TextInput
                      label={t('schedules.recurring.name')}
                      value={r.name}
                      onChange={(e) => set({ name: e.currentTarget.value })}
                      error={at('name')}
                    />
                    <Select
                      label={t('schedules.recurring.month')}
                      allowDeselect={false}
                      data={months}
                      value={String(r.month)}
                      onChange={(value) => value && set({ month: Number(value) })}
                      error={at('month')}
                      w={150}
                    />
                    <NumberInput
                      label={t('schedules.recurring.day')}
                      min={1}
                      max={31}
                      allowDecimal={false}
                      w={90}
                      value={r.day}
                      onChange={(value) =>
                        set({ day: typeof value === 'number' ? value : Number(value) || 1 })
                      }
                      error={at('day')}
                    />
                    <Button
                      variant="subtle"
                      color="red"
                      ml="auto"
                      leftSection={<IconTrash size={14} aria-hidden="true" />}
                      onClick={() => form.set('recurringClosures', withoutIndex(v.recurringClosures, i))}
                      aria-label={`${t('schedules.recurring.remove')}: ${r.name}`}
                    >
                      {t('schedules.recurring.remove')}
                    </Button>
                  </Group>
                </Card>
              );
            })}
          </Part>

          <FormAlert message={form.general} />
          {!readOnly && (
            <Group justify="flex-end">
              <Button type="submit" loading={mutation.isPending}>
                {schedule ? t('common.save') : t('schedules.create')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
