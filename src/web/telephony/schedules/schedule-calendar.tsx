import { Alert, Group, Loader, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleCalendarDto } from '../../../core/telephony/schedules';
import { errorText } from '../../ui/error-text';
import { useScheduleCalendar } from './queries';
import { type CalendarDayView, DAY_KINDS, dayKind, movedDate, WEEKDAYS } from './schedule-view';

type Lang = 'nl' | 'en';
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

const utc = (date: string) => new Date(`${date}T12:00:00Z`);

/** One formatter per language and shape: the calendar formats some 730 days at a time. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let known = formatters.get(key);
  if (!known) {
    known = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
    formatters.set(key, known);
  }
  return known;
}

const longDate = (date: string, lang: Lang) =>
  formatter(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(utc(date));

const monthName = (month: string, lang: Lang) =>
  formatter(lang, { month: 'long', year: 'numeric' }).format(utc(`${month}-01`));

/** What a day is, in words: its holiday, closures and openings, then its opening hours. */
export function describeDay(t: TFunction, day: CalendarDayView, lang: Lang): string {
  const parts: string[] = [];
  if (day.holiday) {
    const name = day.holiday.name[lang];
    parts.push(
      t(day.holiday.closes ? 'schedules.calendar.holidayClosed' : 'schedules.calendar.holidayOpen', { name }),
    );
  }
  for (const c of day.closures) {
    const key = c.recurring ? 'recurring' : c.allDay ? 'closure' : 'closurePart';
    parts.push(t(`schedules.calendar.${key}`, { name: c.name }));
  }
  for (const o of day.openings) parts.push(t('schedules.calendar.opening', o));
  parts.push(
    day.hours.length > 0
      ? t('schedules.calendar.hours', { hours: day.hours.map((h) => `${h.start}–${h.end}`).join(', ') })
      : t('schedules.calendar.closedAllDay'),
  );
  return parts.join('; ');
}

/** The legend of the day colours. */
function Legend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" component="ul" className="schedule-legend" aria-label={t('schedules.calendar.legend')}>
      {DAY_KINDS.map((kind) => (
        <li key={kind}>
          <span className="schedule-day-swatch" data-kind={kind} aria-hidden="true" />
          <Text span size="sm">
            {t(`schedules.calendar.kinds.${kind}`)}
          </Text>
        </li>
      ))}
    </Group>
  );
}

/** One month as a grid of weeks (Monday first). */
function MonthBlock({
  month,
  lang,
  active,
  today,
  onShow,
  onKey,
}: {
  month: ScheduleCalendarDto['months'][number];
  lang: Lang;
  active: string;
  today: string;
  onShow: (day: CalendarDayView) => void;
  onKey: (event: KeyboardEvent<HTMLButtonElement>, date: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = `schedule-month-${month.month}`;
  const lead = (month.days[0]?.weekday ?? 1) - 1;
  const cells: { key: string; day: CalendarDayView | null }[] = [
    ...Array.from({ length: lead }, (_, n) => ({ key: `before-${n}`, day: null })),
    ...month.days.map((day) => ({ key: day.date, day })),
  ];
  for (let n = 0; cells.length % 7 !== 0; n += 1) cells.push({ key: `after-${n}`, day: null });
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return (
    <div className="schedule-month">
      <Text component="h3" id={headingId} fw={600} size="sm" tt="capitalize" mb={4}>
        {monthName(month.month, lang)}
      </Text>
      <table aria-labelledby={headingId} className="schedule-month-grid">
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" abbr={t(`weekdays.long.${d}`)}>
                {t(`weekdays.short.${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={`week-${week[0]?.key}`}>
              {week.map(({ key, day }) => {
                if (day === null) return <td key={key} />;
                const label = `${longDate(day.date, lang)}: ${describeDay(t, day, lang)}`;
                return (
                  <td key={key}>
                    <button
                      type="button"
                      className="schedule-day"
                      data-date={day.date}
                      data-kind={dayKind(day)}
                      data-today={day.date === today || undefined}
                      tabIndex={day.date === active ? 0 : -1}
                      aria-label={label}
                      aria-current={day.date === today ? 'date' : undefined}
                      title={label}
                      onFocus={() => onShow(day)}
                      onMouseEnter={() => onShow(day)}
                      onKeyDown={(event) => onKey(event, day.date)}
                    >
                      {Number(day.date.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A schedule's 24 months from this month, as a year planner: a block per month, each day coloured
 * open, closed, public holiday or closure, its holiday or closure by name on hover and focus
 * (title, label and the line above the months). One day is in the tab order; the arrow keys move
 * by day and week, Page Up/Down by month, Home/End to the week's start and end.
 */
export function ScheduleCalendar({ scheduleId, name }: { scheduleId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  const calendar = useScheduleCalendar(scheduleId);
  const grid = useRef<HTMLElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<CalendarDayView | null>(null);
  if (calendar.error) return <Alert color="red">{errorText(t, calendar.error)}</Alert>;
  if (!calendar.data) return <Loader size="sm" />;
  const days = calendar.data.months.flatMap((m) => m.days);
  const first = days[0]?.date ?? '';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: calendar.data.timeZone }).format(new Date());
  const current = active ?? (days.some((d) => d.date === today) ? today : first);

  const onKey = (event: KeyboardEvent<HTMLButtonElement>, from: string) => {
    const to = movedDate(from, event.key);
    if (to === null) return;
    const cell = grid.current?.querySelector<HTMLElement>(`[data-date="${to}"]`);
    event.preventDefault();
    if (!cell) return;
    setActive(to);
    cell.focus();
  };

  return (
    <div>
      <Legend />
      <Text size="sm" c="dimmed" mt="xs" id="schedule-calendar-hint">
        {t('schedules.calendar.hint')}
      </Text>
      <div className="schedule-calendar-detail" aria-live="polite" data-testid="calendar-detail">
        <Text size="sm" fw={shown ? 500 : undefined} c={shown ? undefined : 'dimmed'}>
          {shown
            ? `${longDate(shown.date, lang)}: ${describeDay(t, shown, lang)}`
            : t('schedules.calendar.pickHint')}
        </Text>
      </div>
      <section
        ref={grid}
        className="schedule-calendar"
        aria-label={t('schedules.calendar.label', { name })}
        aria-describedby="schedule-calendar-hint"
      >
        {calendar.data.months.map((m) => (
          <MonthBlock
            key={m.month}
            month={m}
            lang={lang}
            active={current}
            today={today}
            onShow={setShown}
            onKey={onKey}
          />
        ))}
      </section>
    </div>
  );
}
