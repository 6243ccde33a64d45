import { DateTime } from 'luxon';
import {
  type BusinessCalendar,
  endMinutesOf,
  minutesOf,
  type OneOffClosure,
  WEEKDAYS,
  type WeeklyPeriod,
} from './calendar';
import { type Bilingual, dutchOptionalDays, dutchPublicHolidays } from './holidays';

/**
 * The provider's business calendar as it is configured (issue 11): office hours per weekday (one or
 * more open periods a day) and closures of whole dates with a name. The time zone is the
 * installation's (CENTRALE_TIMEZONE). The Dutch public holidays (date-holidays' type `public`)
 * always close the office; the optional days (Good Friday, Liberation Day, 31 December) are working
 * days unless the provider adds a closure on them. Pure.
 */

/** One closure the provider added: a whole local date (YYYY-MM-DD) and why. */
export type BusinessClosure = { date: string; name: string };

export type BusinessCalendarConfig = {
  timeZone: string;
  hours: readonly WeeklyPeriod[];
  closures: readonly BusinessClosure[];
};

/** The guide's office hours (§6: "Werkdagen 08:00 – 18:00 uur"), what an installation starts with. */
export const DEFAULT_BUSINESS_HOURS: readonly WeeklyPeriod[] = ([1, 2, 3, 4, 5] as const).map(
  (weekday): WeeklyPeriod => ({ weekday, start: '08:00', end: '18:00' }),
);

/** The months ahead the provider sees the holidays of. */
export const HOLIDAY_MONTHS_AHEAD = 24;

/** The hours in weekday order, then by start: how they are stored and shown. */
export function sortedHours(hours: readonly WeeklyPeriod[]): WeeklyPeriod[] {
  return [...hours].sort(
    (a, b) => a.weekday - b.weekday || (minutesOf(a.start) ?? 0) - (minutesOf(b.start) ?? 0),
  );
}

/**
 * The rules of a week of office hours, as issue codes by path (`hours.3.end`): each period opens
 * before it closes ("00:00" as the close is midnight) and periods of one weekday do not overlap.
 * The format of the times is the schema's (timeOfDaySchema).
 */
export function businessHoursProblems(
  hours: readonly WeeklyPeriod[],
): Record<
  string,
  'schedule_period_inverted' | { code: 'schedule_period_overlap'; params: { other: string } }
> {
  const fields: ReturnType<typeof businessHoursProblems> = {};
  const byDay = new Map<number, { s: number; e: number; text: string }[]>();
  for (const [i, p] of hours.entries()) {
    const s = minutesOf(p.start);
    const e = endMinutesOf(p.end);
    if (s === null || e === null) continue;
    if (s >= e) {
      fields[`hours.${i}.end`] = 'schedule_period_inverted';
      continue;
    }
    const day = byDay.get(p.weekday) ?? [];
    const other = day.find((q) => s < q.e && q.s < e);
    if (other)
      fields[`hours.${i}.start`] = { code: 'schedule_period_overlap', params: { other: other.text } };
    day.push({ s, e, text: `${p.start}–${p.end}` });
    byDay.set(p.weekday, day);
  }
  return fields;
}

/** The calendar the lead times, the desks' hours and the SLA clocks count on. */
export function businessCalendarOf(config: BusinessCalendarConfig): BusinessCalendar {
  return {
    timeZone: config.timeZone,
    weekly: sortedHours(config.hours),
    publicHolidaysClosed: true,
    closures: config.closures.map(
      (c): OneOffClosure => ({ id: c.date, name: c.name, startDate: c.date, endDate: c.date }),
    ),
    openings: [],
    recurringClosures: [],
  };
}

export type HolidayKind = 'public' | 'optional';
export type HolidayDay = {
  date: string;
  key: string;
  name: Bilingual;
  kind: HolidayKind;
  /** Public holidays always; an optional day when the provider added a closure on its date. */
  closed: boolean;
};

/**
 * The Dutch public holidays and optional days from the local date `from` (YYYY-MM-DD) up to, not
 * including, the same date `months` months later, in date order, with whether each closes the office.
 */
export function holidaysAhead(
  from: string,
  closures: readonly BusinessClosure[],
  months = HOLIDAY_MONTHS_AHEAD,
): HolidayDay[] {
  const start = DateTime.fromISO(from, { zone: 'UTC' });
  if (!start.isValid) throw new RangeError(`not a date: ${from}`);
  const end = start.plus({ months }).toISODate() ?? from;
  const closed = new Set(closures.map((c) => c.date));
  const days: HolidayDay[] = [];
  for (let year = start.year; year <= start.year + Math.ceil(months / 12); year += 1) {
    for (const h of dutchPublicHolidays(year)) days.push({ ...h, kind: 'public', closed: true });
    for (const h of dutchOptionalDays(year))
      days.push({ ...h, kind: 'optional', closed: closed.has(h.date) });
  }
  return days.filter((d) => d.date >= from && d.date < end).sort((a, b) => a.date.localeCompare(b.date));
}

/** The hours by weekday (1 = Monday … 7 = Sunday), for forms and the portal's table. */
export function hoursByWeekday(hours: readonly WeeklyPeriod[]): Map<number, WeeklyPeriod[]> {
  const map = new Map<number, WeeklyPeriod[]>(WEEKDAYS.map((d) => [d, []]));
  for (const p of sortedHours(hours)) map.get(p.weekday)?.push(p);
  return map;
}
