import { DateTime } from 'luxon';
import {
  type BusinessCalendar,
  DAY_MINUTES,
  isCalendarDate,
  isValidTimeZone,
  minutesOf,
  type OneOffClosure,
  type OneOffOpening,
  openMinutesOn,
  type RecurringClosure,
  type Weekday,
  type WeeklyPeriod,
} from './calendar';

/**
 * The service desk's business calendar (issue 11, guide §4 and §5): office hours and working days
 * in a time zone, and lead times counted on them — "1 dag", "3 werkdagen", "20 werkdagen",
 * "4 weken", "8 office hours". Pure, built on `calendar.ts` (same `BusinessCalendar`, same
 * precedence of closures, openings, recurring closures, public holidays and weekly hours), exact
 * across DST changes: days and weeks are counted on the local calendar, never as 24 hours.
 *
 * Instants go in as a `Date`, a Luxon `DateTime` or an ISO 8601 string with an offset (`Z` or
 * `+01:00`; a string without one is refused, it would mean the server's own zone). Instants come
 * out as a Luxon `DateTime` in the calendar's zone (`toISO()` gives the offset the API shows).
 *
 * The functions step by open periods and by days, never by minutes, and keep each calendar's open
 * periods per date in a cache keyed by the calendar object: treat a `BusinessCalendar` as an
 * immutable value (a changed calendar is a new object).
 */

export type Instant = Date | DateTime | string;

const OFFSET = /T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** An instant as a Luxon DateTime; a RangeError for an invalid one or an ISO string without offset. */
export function toDateTime(instant: Instant): DateTime {
  let dt: DateTime;
  if (typeof instant === 'string') {
    if (!OFFSET.test(instant)) throw new RangeError(`instant without an offset: ${instant}`);
    dt = DateTime.fromISO(instant, { setZone: true });
  } else dt = instant instanceof Date ? DateTime.fromJSDate(instant) : instant;
  if (!dt.isValid) throw new RangeError(`invalid instant: ${String(instant)}`);
  return dt;
}

const millisOf = (instant: Instant): number => {
  if (instant instanceof Date) {
    const ms = instant.getTime();
    if (Number.isNaN(ms)) throw new RangeError('invalid instant: Invalid Date');
    return ms;
  }
  return toDateTime(instant).toMillis();
};

// The default office calendar

export type OfficeCalendarOptions = {
  timeZone: string;
  /** The working weekdays (ISO: 1 = Monday … 7 = Sunday). */
  workdays: readonly Weekday[];
  /** Opening and closing time on a working weekday ("HH:MM"; "00:00" as closing is midnight). */
  opens: string;
  closes: string;
  /** Other weekly hours instead of `workdays` × `opens`–`closes` (e.g. a lunch break). */
  weekly?: readonly WeeklyPeriod[] | undefined;
  /** Whether the Dutch public holidays (date-holidays' type `public`) close the office. */
  publicHolidaysClosed: boolean;
  /** Provider-defined closures, e.g. Good Friday, Liberation Day or a company day. */
  closures: readonly OneOffClosure[];
  openings: readonly OneOffOpening[];
  recurringClosures: readonly RecurringClosure[];
};

/** The guide's office hours (§6: "Werkdagen 08:00 – 18:00 uur"); demo defaults, all configurable. */
export const OFFICE_CALENDAR_DEFAULTS: Readonly<OfficeCalendarOptions> = {
  timeZone: 'Europe/Amsterdam',
  workdays: [1, 2, 3, 4, 5],
  opens: '08:00',
  closes: '18:00',
  publicHolidaysClosed: true,
  closures: [],
  openings: [],
  recurringClosures: [],
};

/**
 * The office calendar: by default Europe/Amsterdam, Monday–Friday 08:00–18:00, closed on the
 * Dutch public holidays (so Good Friday, Liberation Day and 31 December are working days until
 * the provider adds them as closures). Every value can be overridden; a RangeError for an unknown
 * zone or a time that is not "HH:MM" or an opening not before its closing.
 */
export function officeCalendar(overrides: Partial<OfficeCalendarOptions> = {}): BusinessCalendar {
  const o: OfficeCalendarOptions = { ...OFFICE_CALENDAR_DEFAULTS, ...overrides };
  if (!isValidTimeZone(o.timeZone)) throw new RangeError(`unknown time zone: ${o.timeZone}`);
  let weekly = o.weekly;
  if (!weekly) {
    const opens = minutesOf(o.opens);
    const closes = o.closes === '00:00' ? DAY_MINUTES : minutesOf(o.closes);
    if (opens === null || closes === null || opens >= closes)
      throw new RangeError(`office hours must be "HH:MM"–"HH:MM", opening first: ${o.opens}–${o.closes}`);
    weekly = [...new Set(o.workdays)].map((weekday) => ({ weekday, start: o.opens, end: o.closes }));
  }
  return {
    timeZone: o.timeZone,
    weekly,
    publicHolidaysClosed: o.publicHolidaysClosed,
    closures: o.closures,
    openings: o.openings,
    recurringClosures: o.recurringClosures,
  };
}

// Local days and offsets without Luxon in the hot path (Luxon's zone conversions cost ~10 µs each)

type Span = readonly [number, number];
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** How far ahead an opening or a working day is looked for (about two years, as `nextChange`). */
export const HORIZON_DAYS = 800;

const zoneOffsets = new Map<string, Map<number, number | null>>();

/**
 * The zone's UTC offset at an instant, in milliseconds. Cached per zone and UTC day: a day whose
 * offset is the same at its start and its end has that offset throughout (a zone changes its
 * offset at most once a day); on the few days with a change it asks Luxon every time.
 */
export function offsetMs(zone: string, ms: number): number {
  let byDay = zoneOffsets.get(zone);
  if (!byDay) {
    byDay = new Map();
    zoneOffsets.set(zone, byDay);
  }
  const day = Math.floor(ms / DAY_MS);
  let cached = byDay.get(day);
  if (cached === undefined) {
    const a = DateTime.fromMillis(day * DAY_MS, { zone }).offset;
    const b = DateTime.fromMillis((day + 1) * DAY_MS - 1, { zone }).offset;
    cached = a === b ? a * MINUTE_MS : null;
    byDay.set(day, cached);
  }
  return cached ?? DateTime.fromMillis(ms, { zone }).offset * MINUTE_MS;
}

/** The local day number (days since 1970-01-01 on the local calendar) of an instant. */
const localDay = (zone: string, ms: number): number => Math.floor((ms + offsetMs(zone, ms)) / DAY_MS);

/**
 * The instant of a local wall-clock time given as milliseconds since 1970-01-01T00:00 local. In
 * the hour that occurs twice when the clocks go back, the first one; in the hour skipped when
 * they go forward, the time as if the clocks had not yet gone forward (02:30 is 03:30 summer
 * time) — as `localInstant` and Luxon.
 */
export function fromLocalMs(zone: string, local: number): number {
  const before = offsetMs(zone, local - 14 * HOUR_MS);
  const after = offsetMs(zone, local + 14 * HOUR_MS);
  let best: number | null = null;
  for (const o of before === after ? [before] : [before, after]) {
    const ms = local - o;
    if (offsetMs(zone, ms) === o && (best === null || ms < best)) best = ms;
  }
  return best ?? local - before;
}

const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOfDate = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

const spanCache = new WeakMap<BusinessCalendar, Map<number, readonly Span[]>>();

/** The open spans of a local day, in epoch milliseconds, cached per calendar object. */
function spansOn(calendar: BusinessCalendar, day: number): readonly Span[] {
  let byDay = spanCache.get(calendar);
  if (!byDay) {
    byDay = new Map();
    spanCache.set(calendar, byDay);
  }
  let spans = byDay.get(day);
  if (!spans) {
    const zone = calendar.timeZone;
    const base = day * DAY_MS;
    spans = openMinutesOn(calendar, dateOfDay(day))
      .map(
        ([s, e]): Span => [fromLocalMs(zone, base + s * MINUTE_MS), fromLocalMs(zone, base + e * MINUTE_MS)],
      )
      .filter(([s, e]) => s < e);
    byDay.set(day, spans);
  }
  return spans;
}

/**
 * The open spans that end after `fromMs`, day by day, through local day `lastDay`; it stops
 * after `HORIZON_DAYS` days in a row without any opening (a calendar that never opens).
 */
function* spansFrom(
  calendar: BusinessCalendar,
  fromMs: number,
  lastDay = Number.MAX_SAFE_INTEGER,
): Generator<Span> {
  let closedDays = 0;
  for (
    let day = localDay(calendar.timeZone, fromMs);
    day <= lastDay && closedDays <= HORIZON_DAYS;
    day += 1
  ) {
    const spans = spansOn(calendar, day);
    if (spans.length === 0) closedDays += 1;
    else closedDays = 0;
    for (const span of spans) if (span[1] > fromMs) yield span;
  }
}

const out = (calendar: BusinessCalendar, ms: number): DateTime =>
  DateTime.fromMillis(ms, { zone: calendar.timeZone });

/** Internal: the next moment the office is open (the instant itself when open), or null. */
export function nextOpeningMs(calendar: BusinessCalendar, ms: number): number | null {
  for (const [start] of spansFrom(calendar, ms)) return Math.max(start, ms);
  return null;
}

/** An instant as ISO 8601 with the zone's offset, e.g. `2027-04-01T17:30:00+02:00` (milliseconds when not 0). */
export function isoIn(zone: string, ms: number): string {
  const o = offsetMs(zone, ms);
  const local = new Date(ms + o).toISOString();
  return `${local.slice(0, local.endsWith('.000Z') ? 19 : 23)}${offsetText(o)}`;
}

const offsetTexts = new Map<number, string>();
function offsetText(o: number): string {
  let text = offsetTexts.get(o);
  if (text === undefined) {
    const abs = Math.abs(o) / MINUTE_MS;
    text =
      o === 0
        ? 'Z'
        : `${o < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    offsetTexts.set(o, text);
  }
  return text;
}

// The functions

/** Whether the office is open at an instant (a period's end is not in it: at 18:00 it is closed). */
export function isInOfficeHours(calendar: BusinessCalendar, instant: Instant): boolean {
  return isOpenAtMs(calendar, millisOf(instant));
}

/**
 * The next moment the office is open: the instant itself when it is open then, otherwise the next
 * opening; null when it does not open within `HORIZON_DAYS` days.
 */
export function nextOfficeOpening(calendar: BusinessCalendar, instant: Instant): DateTime | null {
  const ms = nextOpeningMs(calendar, millisOf(instant));
  return ms === null ? null : out(calendar, ms);
}

/**
 * Whether a day is a working day: a local date (YYYY-MM-DD; or an instant, for its local date in
 * the calendar's zone) on which the office is open at some time — after holidays, closures and
 * openings (a one-off opening on a Saturday makes it one; a closure of the whole day unmakes it).
 */
export function isWorkingDay(calendar: BusinessCalendar, date: string | Date | DateTime): boolean {
  let day: number;
  if (typeof date === 'string' && !date.includes('T')) {
    if (!isCalendarDate(date)) throw new RangeError(`not a date: ${date}`);
    day = dayOfDate(date);
  } else day = localDay(calendar.timeZone, millisOf(date));
  return spansOn(calendar, day).length > 0;
}

const nonNegativeInteger = (n: number, what: string): void => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number ≥ 0: ${n}`);
};

/**
 * Due after `n` working days ("3 werkdagen", and "1 dag" as 1 working day). Counting starts at
 * the moment of the request, or at the next opening when the office is closed then (a request on
 * Saturday, at 07:59 or at 18:00 exactly counts from the next 08:00). Call that start S, on local
 * day D. The due moment is on the n-th working day after D, at S's local wall-clock time; when the
 * office is not open at that time that day, the next opening that same day (a request counted
 * from 08:00 is due at 08:00; one in a lunch break at the end of the break) or, past the day's
 * last closing (a day with a closure in the afternoon), that closing. Non-working days (weekends,
 * public holidays, closures) are skipped, not counted. Wall-clock time, not 24-hour steps: 17:30
 * CET on the Friday before Easter 2027 plus 3 working days is 17:30 CEST on the Thursday after.
 * n = 0 is S itself. Null when no such day comes within `HORIZON_DAYS` days of a day.
 */
export function addWorkingDays(calendar: BusinessCalendar, from: Instant, n: number): DateTime | null {
  nonNegativeInteger(n, 'working days');
  const startMs = nextOpeningMs(calendar, millisOf(from));
  if (startMs === null) return null;
  if (n === 0) return out(calendar, startMs);
  const zone = calendar.timeZone;
  const startLocal = startMs + offsetMs(zone, startMs);
  const wallClock = startLocal - Math.floor(startLocal / DAY_MS) * DAY_MS;
  let day = Math.floor(startLocal / DAY_MS);
  let counted = 0;
  for (let skipped = 0; skipped <= HORIZON_DAYS; ) {
    day += 1;
    const spans = spansOn(calendar, day);
    if (spans.length === 0) {
      skipped += 1;
      continue;
    }
    skipped = 0;
    counted += 1;
    if (counted < n) continue;
    const ms = fromLocalMs(zone, day * DAY_MS + wallClock);
    for (const [s, e] of spans) if (ms < e) return out(calendar, Math.max(s, ms));
    return out(calendar, spans[spans.length - 1]?.[1] ?? ms);
  }
  return null;
}

/**
 * Due after `n` calendar weeks ("4 weken"): from the start of counting (as for working days: the
 * request, or the next opening when closed), the same local weekday and wall-clock time `n` weeks
 * later (across DST changes too), then the next moment the office is open from there (a date that
 * falls on a public holiday or a closure moves to the next opening). Null as for working days.
 */
export function addWeeks(calendar: BusinessCalendar, from: Instant, n: number): DateTime | null {
  nonNegativeInteger(n, 'weeks');
  const startMs = nextOpeningMs(calendar, millisOf(from));
  if (startMs === null) return null;
  const zone = calendar.timeZone;
  const ms = nextOpeningMs(calendar, fromLocalMs(zone, startMs + offsetMs(zone, startMs) + n * 7 * DAY_MS));
  return ms === null ? null : out(calendar, ms);
}

/**
 * The earliest instant by which `minutes` office minutes have passed since `from`, counting only
 * while the office is open: 8 × 60 from Friday 17:00 is Monday 15:00; 60 from Monday 17:00 is
 * 18:00 that day (the close), not the next opening. 0 is `from` itself. Null when the office does
 * open again within `HORIZON_DAYS` days.
 */
export function addOfficeMinutes(
  calendar: BusinessCalendar,
  from: Instant,
  minutes: number,
): DateTime | null {
  const ms = addOfficeMs(calendar, millisOf(from), minutes * MINUTE_MS);
  return ms === null ? null : out(calendar, ms);
}

/** `addOfficeMinutes` with hours ("8 kantooruren"; fractions allowed). */
export const addOfficeHours = (calendar: BusinessCalendar, from: Instant, hours: number): DateTime | null =>
  addOfficeMinutes(calendar, from, hours * 60);

/** Internal: office time added in milliseconds, for the SLA clocks. */
export function addOfficeMs(calendar: BusinessCalendar, fromMs: number, ms: number): number | null {
  if (!Number.isFinite(ms) || ms < 0)
    throw new RangeError(`office time must be ≥ 0: ${ms / MINUTE_MS} minutes`);
  let need = Math.round(ms);
  if (need === 0) return fromMs;
  for (const [s, e] of spansFrom(calendar, fromMs)) {
    const begin = Math.max(s, fromMs);
    if (need <= e - begin) return begin + need;
    need -= e - begin;
  }
  return null;
}

/**
 * The office minutes between two instants: the open time in [a, b), exact (fractions of a minute
 * included); 0 when b is not after a.
 */
export function officeMinutesBetween(calendar: BusinessCalendar, a: Instant, b: Instant): number {
  return officeMsBetween(calendar, millisOf(a), millisOf(b)) / MINUTE_MS;
}

/** Internal: the open milliseconds in [a, b). */
export function officeMsBetween(calendar: BusinessCalendar, a: number, b: number): number {
  if (b <= a) return 0;
  let total = 0;
  for (const [s, e] of spansFrom(calendar, a, localDay(calendar.timeZone, b))) {
    if (s >= b) break;
    total += Math.min(e, b) - Math.max(s, a);
  }
  return total;
}

/** Internal: whether the office is open at an epoch instant. */
export const isOpenAtMs = (calendar: BusinessCalendar, ms: number): boolean =>
  spansOn(calendar, localDay(calendar.timeZone, ms)).some(([s, e]) => s <= ms && ms < e);
