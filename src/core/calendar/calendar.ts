import { DateTime, IANAZone } from 'luxon';
import { type Bilingual, dutchPublicHolidayOn } from './holidays';

/**
 * A business calendar: weekly opening hours, holidays, one-off closures and openings, recurring
 * yearly closures — all in the calendar's own IANA time zone, exact across DST changes. Pure: the
 * telephony schedules use it now, the service desk's business calendar can later.
 *
 * Times of day are "HH:MM" local wall-clock times. A period runs from its start up to (not
 * including) its end; a period until midnight ends at "00:00" (the end of the day), and "24:00"
 * is not a time. Weekdays are ISO: 1 = Monday … 7 = Sunday.
 */

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export type WeeklyPeriod = { weekday: Weekday; start: string; end: string };

/**
 * A one-off closure: whole days from startDate through endDate when it has no times, otherwise
 * from startDate startTime up to endDate endTime.
 */
export type OneOffClosure = {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  startTime?: string | null | undefined;
  endTime?: string | null | undefined;
};

/** A one-off opening: extra open hours on one date (also on a holiday or a recurring closure). */
export type OneOffOpening = { id: string; name: string; date: string; start: string; end: string };

/** A closure every year on the same date (month 1–12, day 1–31). */
export type RecurringClosure = { id: string; name: string; month: number; day: number };

export type BusinessCalendar = {
  timeZone: string;
  weekly: readonly WeeklyPeriod[];
  /** Whether the Dutch public holidays close it. */
  publicHolidaysClosed: boolean;
  closures: readonly OneOffClosure[];
  openings: readonly OneOffOpening[];
  recurringClosures: readonly RecurringClosure[];
};

export type CalendarStateKind = 'open' | 'closed' | 'holiday' | 'closure';
export type CalendarState = {
  state: CalendarStateKind;
  /** The holiday's or the closure's name (a closure's own name is the same in both languages). */
  name?: Bilingual;
  /** The id of the closure (one-off or recurring) that closes it. */
  closureId?: string;
  /** The key of the public holiday that closes it. */
  holidayKey?: string;
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DAY_MINUTES = 24 * 60;

/** Minutes since midnight of a "HH:MM" time; null for anything else (so also for "24:00"). */
export function minutesOf(time: string): number | null {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The end of a period in minutes: "00:00" is the end of the day (1440). */
export function endMinutesOf(time: string): number | null {
  const m = minutesOf(time);
  return m === 0 ? DAY_MINUTES : m;
}

export const formatMinutes = (minutes: number): string => {
  const m = minutes % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

export const isValidTimeZone = (zone: string): boolean => IANAZone.isValidZone(zone);

/** Whether a YYYY-MM-DD string is a real calendar date. */
export function isCalendarDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  return DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { zone: 'UTC' })
    .isValid;
}

/**
 * The instant of a local date and time in a zone, or null when that wall-clock time does not
 * exist there (it falls in the hour skipped when the clocks go forward, e.g. 2027-03-28 02:30 in
 * Europe/Amsterdam). In the hour that occurs twice when the clocks go back, the first one.
 */
export function localInstant(date: string, time: string, zone: string): DateTime | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const wanted = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
  };
  const dt = DateTime.fromObject(wanted, { zone });
  if (!dt.isValid) return null;
  const same =
    dt.year === wanted.year &&
    dt.month === wanted.month &&
    dt.day === wanted.day &&
    dt.hour === wanted.hour &&
    dt.minute === wanted.minute;
  return same ? dt : null;
}

/** Whether a local wall-clock time exists on that date in that zone. */
export const localTimeExists = (date: string, time: string, zone: string): boolean =>
  localInstant(date, time, zone) !== null;

type Interval = [number, number];

const startOfLocalDay = (date: string, zone: string): DateTime =>
  DateTime.fromISO(date, { zone }).startOf('day');

/** The part of a one-off closure that falls on a local date, in minutes of that day. */
function closureOnDate(closure: OneOffClosure, date: string): Interval | null {
  if (date < closure.startDate || date > closure.endDate) return null;
  const timed = closure.startTime != null && closure.endTime != null;
  if (!timed) return [0, DAY_MINUTES];
  const from = date === closure.startDate ? (minutesOf(closure.startTime ?? '') ?? 0) : 0;
  const to = date === closure.endDate ? (minutesOf(closure.endTime ?? '') ?? DAY_MINUTES) : DAY_MINUTES;
  return from < to ? [from, to] : null;
}

const recurringOn = (calendar: BusinessCalendar, date: string): RecurringClosure | undefined => {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return calendar.recurringClosures.find((c) => c.month === month && c.day === day);
};

const periodInterval = (start: string, end: string): Interval | null => {
  const s = minutesOf(start);
  const e = endMinutesOf(end);
  return s === null || e === null || s >= e ? null : [s, e];
};

const within = (interval: Interval | null, minute: number): boolean =>
  interval !== null && interval[0] <= minute && minute < interval[1];

const bilingual = (name: string): Bilingual => ({ nl: name, en: name });

/**
 * The state of the calendar at an instant. Precedence: a one-off closure; then a one-off opening;
 * then a recurring closure; then a public holiday (when holidays close it); then the weekly hours.
 */
export function stateAt(calendar: BusinessCalendar, instant: Date | DateTime): CalendarState {
  const local = (instant instanceof Date ? DateTime.fromJSDate(instant) : instant).setZone(calendar.timeZone);
  const date = local.toISODate() ?? '';
  const minute = local.hour * 60 + local.minute + local.second / 60;
  const closure = calendar.closures.find((c) => within(closureOnDate(c, date), minute));
  if (closure) return { state: 'closure', name: bilingual(closure.name), closureId: closure.id };
  const opening = calendar.openings.find(
    (o) => o.date === date && within(periodInterval(o.start, o.end), minute),
  );
  if (opening) return { state: 'open' };
  const recurring = recurringOn(calendar, date);
  if (recurring) return { state: 'closure', name: bilingual(recurring.name), closureId: recurring.id };
  if (calendar.publicHolidaysClosed) {
    const holiday = dutchPublicHolidayOn(date);
    if (holiday) return { state: 'holiday', name: holiday.name, holidayKey: holiday.key };
  }
  const open = calendar.weekly.some(
    (p) => p.weekday === local.weekday && within(periodInterval(p.start, p.end), minute),
  );
  return { state: open ? 'open' : 'closed' };
}

const sameState = (a: CalendarState, b: CalendarState): boolean =>
  a.state === b.state && a.closureId === b.closureId && a.holidayKey === b.holidayKey;

/** The minutes of a local day at which the state may change. */
function boundariesOn(calendar: BusinessCalendar, date: string, weekday: number): number[] {
  const minutes = new Set<number>([0]);
  const add = (interval: Interval | null): void => {
    if (!interval) return;
    minutes.add(interval[0]);
    if (interval[1] < DAY_MINUTES) minutes.add(interval[1]);
  };
  for (const p of calendar.weekly) if (p.weekday === weekday) add(periodInterval(p.start, p.end));
  for (const o of calendar.openings) if (o.date === date) add(periodInterval(o.start, o.end));
  for (const c of calendar.closures) add(closureOnDate(c, date));
  return [...minutes].sort((a, b) => a - b);
}

/** How far ahead the next change is looked for. */
const HORIZON_DAYS = 800;

/**
 * The next instant after `instant` at which the state changes, with the state from then on; null
 * when it does not change within the next two years (e.g. always open).
 */
export function nextChange(
  calendar: BusinessCalendar,
  instant: Date | DateTime,
): { at: DateTime; state: CalendarState } | null {
  const from = (instant instanceof Date ? DateTime.fromJSDate(instant) : instant).setZone(calendar.timeZone);
  const current = stateAt(calendar, from);
  let day = from.startOf('day');
  for (let i = 0; i <= HORIZON_DAYS; i += 1) {
    const date = day.toISODate() ?? '';
    for (const minute of boundariesOn(calendar, date, day.weekday)) {
      const at =
        minute === 0
          ? startOfLocalDay(date, calendar.timeZone)
          : (localInstant(date, formatMinutes(minute), calendar.timeZone) ??
            // A boundary inside the skipped hour takes effect when the clocks have gone forward.
            DateTime.fromObject(
              {
                year: day.year,
                month: day.month,
                day: day.day,
                hour: Math.floor(minute / 60),
                minute: minute % 60,
              },
              { zone: calendar.timeZone },
            ));
      if (at <= from) continue;
      const state = stateAt(calendar, at);
      if (!sameState(state, current)) return { at, state };
    }
    day = day.plus({ days: 1 }).startOf('day');
  }
  return null;
}

/** One day of the calendar view. */
export type CalendarDay = {
  date: string;
  weekday: Weekday;
  /** The public holiday on this date (whether or not holidays close the calendar). */
  holiday?: { key: string; name: Bilingual; closes: boolean };
  /** The closures on this date: one-off (whole day or part of it) and recurring ones. */
  closures: { id: string; name: string; allDay: boolean; recurring: boolean }[];
  /** The one-off openings on this date. */
  openings: { id: string; name: string; start: string; end: string }[];
  /** The hours it is open that day (local, merged), after holidays, closures and openings. */
  hours: { start: string; end: string }[];
};

export type CalendarMonth = { month: string; days: CalendarDay[] };

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function subtract(intervals: Interval[], cut: Interval): Interval[] {
  const out: Interval[] = [];
  for (const [s, e] of intervals) {
    if (cut[1] <= s || cut[0] >= e) out.push([s, e]);
    else {
      if (s < cut[0]) out.push([s, cut[0]]);
      if (cut[1] < e) out.push([cut[1], e]);
    }
  }
  return out;
}

/**
 * The open hours of a local date (YYYY-MM-DD) as merged [start, end) intervals in minutes of
 * that day (an end of 1440 is midnight at the end of the day), sorted: the weekly hours unless a
 * recurring closure or a closing public holiday takes the day, plus the one-off openings, minus
 * the one-off closures — the same precedence as `stateAt`.
 */
export function openMinutesOn(calendar: BusinessCalendar, date: string): [number, number][] {
  const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday;
  const closedAllDay =
    recurringOn(calendar, date) !== undefined ||
    (calendar.publicHolidaysClosed && dutchPublicHolidayOn(date) !== undefined);
  let hours: Interval[] = closedAllDay
    ? []
    : calendar.weekly
        .filter((p) => p.weekday === weekday)
        .map((p) => periodInterval(p.start, p.end))
        .filter((i): i is Interval => i !== null);
  hours = merge([
    ...hours,
    ...calendar.openings
      .filter((o) => o.date === date)
      .map((o) => periodInterval(o.start, o.end))
      .filter((i): i is Interval => i !== null),
  ]);
  for (const c of calendar.closures) {
    const interval = closureOnDate(c, date);
    if (interval) hours = subtract(hours, interval);
  }
  return hours;
}

/** A day of the calendar: what closes or opens it, and its resulting opening hours. */
export function calendarDay(calendar: BusinessCalendar, date: string): CalendarDay {
  const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday as Weekday;
  const holiday = dutchPublicHolidayOn(date);
  const recurring = recurringOn(calendar, date);
  const closuresToday = calendar.closures
    .map((c) => ({ c, interval: closureOnDate(c, date) }))
    .filter((x): x is { c: OneOffClosure; interval: Interval } => x.interval !== null);
  const openings = calendar.openings.filter((o) => o.date === date);
  const hours = openMinutesOn(calendar, date);
  return {
    date,
    weekday,
    ...(holiday
      ? { holiday: { key: holiday.key, name: holiday.name, closes: calendar.publicHolidaysClosed } }
      : {}),
    closures: [
      ...closuresToday.map(({ c, interval }) => ({
        id: c.id,
        name: c.name,
        allDay: interval[0] === 0 && interval[1] === DAY_MINUTES,
        recurring: false,
      })),
      ...(recurring ? [{ id: recurring.id, name: recurring.name, allDay: true, recurring: true }] : []),
    ],
    openings: openings.map((o) => ({ id: o.id, name: o.name, start: o.start, end: o.end })),
    hours: hours.map(([s, e]) => ({ start: formatMinutes(s), end: formatMinutes(e) })),
  };
}

/** The days of `months` months from `from` (YYYY-MM) for the calendar view. */
export function calendarMonths(calendar: BusinessCalendar, from: string, months: number): CalendarMonth[] {
  const first = DateTime.fromISO(`${from}-01`, { zone: 'UTC' });
  const out: CalendarMonth[] = [];
  for (let m = 0; m < months; m += 1) {
    const start = first.plus({ months: m });
    const days: CalendarDay[] = [];
    for (let d = 1; d <= (start.daysInMonth ?? 0); d += 1) {
      days.push(calendarDay(calendar, start.set({ day: d }).toISODate() ?? ''));
    }
    out.push({ month: start.toFormat('yyyy-MM'), days });
  }
  return out;
}
