import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addOfficeHours,
  addOfficeMinutes,
  addWeeks,
  addWorkingDays,
  isInOfficeHours,
  isoIn,
  isWorkingDay,
  nextOfficeOpening,
  OFFICE_CALENDAR_DEFAULTS,
  officeCalendar,
  officeMinutesBetween,
  toDateTime,
} from './business';
import { type BusinessCalendar, stateAt, WEEKDAYS } from './calendar';
import { dutchPublicHolidayOn } from './holidays';

const office = officeCalendar();
const goodFriday2027 = officeCalendar({
  closures: [{ id: 'gf', name: 'Goede Vrijdag', startDate: '2027-03-26', endDate: '2027-03-26' }],
});
const newYearsEveAfternoon = officeCalendar({
  closures: [
    {
      id: 'nye',
      name: 'Oudjaarsmiddag',
      startDate: '2026-12-31',
      endDate: '2026-12-31',
      startTime: '12:00',
      endTime: '18:00',
    },
  ],
});
const liberationDay2025 = officeCalendar({
  closures: [{ id: 'lib', name: 'Bevrijdingsdag', startDate: '2025-05-05', endDate: '2025-05-05' }],
});
/** Open every day 08:00–18:00, no holidays: a day is always a working day (for the DST cases). */
const everyDay = officeCalendar({ workdays: WEEKDAYS, publicHolidaysClosed: false });
/** Always open: office minutes are plain minutes. */
const always = officeCalendar({
  workdays: WEEKDAYS,
  opens: '00:00',
  closes: '00:00',
  publicHolidaysClosed: false,
});
const lunchBreak = officeCalendar({
  weekly: ([1, 2, 3, 4, 5] as const).flatMap((weekday) => [
    { weekday, start: '08:00', end: '12:00' },
    { weekday, start: '13:00', end: '18:00' },
  ]),
});
const never = officeCalendar({ workdays: [] });

const iso = (dt: DateTime | null): string | null => dt?.toISO({ suppressMilliseconds: true }) ?? null;

describe('the office calendar', () => {
  it('defaults to Europe/Amsterdam, Monday–Friday 08:00–18:00, public holidays closed', () => {
    expect(OFFICE_CALENDAR_DEFAULTS).toMatchObject({
      timeZone: 'Europe/Amsterdam',
      opens: '08:00',
      closes: '18:00',
    });
    expect(office.timeZone).toBe('Europe/Amsterdam');
    expect(office.publicHolidaysClosed).toBe(true);
    expect(office.weekly).toEqual(
      [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
    );
  });

  it('takes overrides', () => {
    const cal = officeCalendar({
      timeZone: 'Europe/Brussels',
      workdays: [1, 2],
      opens: '09:00',
      closes: '17:00',
    });
    expect(cal.timeZone).toBe('Europe/Brussels');
    expect(cal.weekly).toEqual([
      { weekday: 1, start: '09:00', end: '17:00' },
      { weekday: 2, start: '09:00', end: '17:00' },
    ]);
  });

  it.each([
    [{ timeZone: 'Europe/Nowhere' }],
    [{ opens: '8:00' }],
    [{ opens: '18:00', closes: '08:00' }],
    [{ closes: '24:00' }],
  ])('refuses %o', (overrides) => {
    expect(() => officeCalendar(overrides)).toThrow(RangeError);
  });
});

describe('instants in', () => {
  it('accepts a Date, a DateTime and an ISO string with an offset, all the same instant', () => {
    const ms = Date.parse('2026-12-07T09:00:00Z');
    expect(toDateTime(new Date(ms)).toMillis()).toBe(ms);
    expect(toDateTime(DateTime.fromMillis(ms)).toMillis()).toBe(ms);
    expect(toDateTime('2026-12-07T10:00:00+01:00').toMillis()).toBe(ms);
    expect(toDateTime('2026-12-07T09:00:00Z').toMillis()).toBe(ms);
  });

  it.each(['2026-12-07T10:00:00', '2026-12-07', 'yesterday', '2026-13-01T10:00:00Z'])('refuses %s', (s) => {
    expect(() => toDateTime(s)).toThrow(RangeError);
  });
});

describe('isInOfficeHours', () => {
  it.each([
    ['2026-12-07T07:59:59+01:00', office, false, 'Monday just before opening'],
    ['2026-12-07T08:00:00+01:00', office, true, 'Monday at opening'],
    ['2026-12-07T17:59:59+01:00', office, true, 'Monday just before closing'],
    ['2026-12-07T18:00:00+01:00', office, false, 'Monday at 18:00 exactly (closed)'],
    ['2026-12-05T11:00:00+01:00', office, false, 'Saturday'],
    ['2026-12-25T11:00:00+01:00', office, false, 'Christmas Day'],
    ['2026-12-31T11:00:00+01:00', office, true, '31 December is a working day'],
    [
      '2026-12-31T11:00:00+01:00',
      newYearsEveAfternoon,
      true,
      '31 December morning with an afternoon closure',
    ],
    ['2026-12-31T12:00:00+01:00', newYearsEveAfternoon, false, '31 December afternoon closed'],
    ['2027-03-26T11:00:00+01:00', office, true, 'Good Friday is a working day'],
    ['2027-03-26T11:00:00+01:00', goodFriday2027, false, 'unless the provider closes it'],
    ['2027-03-29T11:00:00+02:00', office, false, 'Easter Monday'],
    ['2025-05-05T11:00:00+02:00', office, true, 'Liberation Day 2025 is a working day'],
    ['2025-05-05T11:00:00+02:00', liberationDay2025, false, 'unless the provider closes it'],
    ['2026-12-07T07:30:00Z', office, true, 'a UTC instant, 08:30 in Amsterdam'],
    ['2026-12-07T12:30:00+01:00', lunchBreak, false, 'a lunch break'],
  ] as const)('%s: %s (%s)', (at, cal, open, _why) => {
    expect(isInOfficeHours(cal, at)).toBe(open);
  });

  it('agrees with the calendar core (stateAt) at every 7 minutes around both DST changes', () => {
    const cal: BusinessCalendar = officeCalendar({
      workdays: WEEKDAYS,
      opens: '01:00',
      closes: '03:30',
      closures: [{ id: 'c', name: 'c', startDate: '2027-03-21', endDate: '2027-03-21' }],
      openings: [{ id: 'o', name: 'o', date: '2027-10-30', start: '12:00', end: '13:00' }],
    });
    for (const [from, to] of [
      ['2027-03-20T00:00:00Z', '2027-04-03T00:00:00Z'],
      ['2027-10-23T00:00:00Z', '2027-11-06T00:00:00Z'],
    ] as const) {
      for (let ms = Date.parse(from); ms < Date.parse(to); ms += 7 * 60_000) {
        const at = new Date(ms);
        expect(isInOfficeHours(cal, at), at.toISOString()).toBe(stateAt(cal, at).state === 'open');
      }
    }
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2027-03-26', office, true, 'Good Friday 2027'],
    ['2027-03-26', goodFriday2027, false, 'Good Friday closed by the provider'],
    ['2027-03-29', office, false, 'Easter Monday 2027'],
    ['2026-12-31', office, true, 'New Year’s Eve'],
    ['2027-01-01', office, false, 'New Year’s Day'],
    ['2026-04-27', office, false, 'King’s Day 2026 (a Monday)'],
    ['2025-04-26', office, false, 'King’s Day 2025 moved to Saturday 26 April'],
    ['2025-04-28', office, true, 'the Monday after is not a holiday'],
    ['2025-05-05', office, true, 'Liberation Day'],
    ['2025-05-05', liberationDay2025, false, 'Liberation Day closed by the provider'],
    ['2026-12-05', office, false, 'a Saturday'],
    ['2026-12-31', newYearsEveAfternoon, true, 'a day closed only in the afternoon'],
  ] as const)('%s: %s (%s)', (date, cal, working, _why) => {
    expect(isWorkingDay(cal, date)).toBe(working);
  });

  it('King’s Day 2025 is on Saturday 26 April (27 April was a Sunday)', () => {
    expect(dutchPublicHolidayOn('2025-04-26')?.key).toBe('kings-day');
    expect(dutchPublicHolidayOn('2025-04-27')).toBeUndefined();
  });

  it('takes an instant for its local date in the calendar’s zone', () => {
    expect(isWorkingDay(office, '2026-12-04T23:30:00Z')).toBe(false); // Saturday 00:30 in Amsterdam
    expect(isWorkingDay(office, new Date('2026-12-04T22:30:00Z'))).toBe(true); // Friday 23:30
  });

  it('counts a one-off opening on a Saturday', () => {
    const cal = officeCalendar({
      openings: [{ id: 'o', name: 'Inhaaldag', date: '2026-12-05', start: '09:00', end: '13:00' }],
    });
    expect(isWorkingDay(cal, '2026-12-05')).toBe(true);
  });

  it('refuses a date that does not exist', () => {
    expect(() => isWorkingDay(office, '2026-02-30')).toThrow(RangeError);
  });
});

describe('nextOfficeOpening', () => {
  it.each([
    ['2026-12-07T10:00:00+01:00', office, '2026-12-07T10:00:00+01:00', 'open: the instant itself'],
    ['2026-12-07T07:59:00+01:00', office, '2026-12-07T08:00:00+01:00', '07:59'],
    ['2026-12-07T18:00:00+01:00', office, '2026-12-08T08:00:00+01:00', '18:00 exactly'],
    ['2026-12-05T11:00:00+01:00', office, '2026-12-07T08:00:00+01:00', 'Saturday'],
    ['2026-12-24T18:30:00+01:00', office, '2026-12-28T08:00:00+01:00', 'over Christmas'],
    [
      '2027-03-25T19:00:00+01:00',
      goodFriday2027,
      '2027-03-30T08:00:00+02:00',
      'over a closed Easter weekend',
    ],
    ['2026-12-07T12:15:00+01:00', lunchBreak, '2026-12-07T13:00:00+01:00', 'after lunch'],
  ] as const)('%s → %s (%s)', (at, cal, expected, _why) => {
    expect(iso(nextOfficeOpening(cal, at))).toBe(expected);
  });

  it('is null for a calendar that never opens', () => {
    expect(nextOfficeOpening(never, '2026-12-07T10:00:00+01:00')).toBeNull();
    expect(addWorkingDays(never, '2026-12-07T10:00:00+01:00', 1)).toBeNull();
    expect(addOfficeHours(never, '2026-12-07T10:00:00+01:00', 1)).toBeNull();
    expect(addWeeks(never, '2026-12-07T10:00:00+01:00', 1)).toBeNull();
  });
});

describe('addWorkingDays: the guide’s lead times on real dates', () => {
  it.each([
    // 3 werkdagen, hunt group change, on Good Friday 2027 at 17:30 (open until 18:00): Easter
    // Monday skipped, and the clocks went forward on Sunday — still 17:30 local.
    ['2027-03-26T17:30:00+01:00', 3, office, '2027-04-01T17:30:00+02:00', 'hunt group change on Good Friday'],
    [
      '2027-03-25T17:30:00+01:00',
      3,
      office,
      '2027-03-31T17:30:00+02:00',
      'the day before: Good Friday counts',
    ],
    [
      '2027-03-25T17:30:00+01:00',
      3,
      goodFriday2027,
      '2027-04-01T17:30:00+02:00',
      'unless the provider closes it',
    ],
    // 20 werkdagen, number porting over Christmas and New Year (31 December counts).
    ['2026-12-16T10:00:00+01:00', 20, office, '2027-01-15T10:00:00+01:00', 'number porting from 16 Dec 2026'],
    ['2025-12-15T09:00:00+01:00', 20, office, '2026-01-15T09:00:00+01:00', 'number porting from 15 Dec 2025'],
    // 1 dag, password reset of the main account, asked on a Saturday: counting starts Monday 08:00.
    ['2026-12-05T11:00:00+01:00', 1, office, '2026-12-08T08:00:00+01:00', 'password reset on Saturday'],
    // Edges of the office hours.
    ['2026-12-07T07:59:00+01:00', 3, office, '2026-12-10T08:00:00+01:00', 'asked at 07:59'],
    ['2026-12-07T08:00:00+01:00', 3, office, '2026-12-10T08:00:00+01:00', 'asked at 08:00'],
    ['2026-12-07T17:59:00+01:00', 3, office, '2026-12-10T17:59:00+01:00', 'asked at 17:59'],
    ['2026-12-07T18:00:00+01:00', 3, office, '2026-12-11T08:00:00+01:00', 'asked at 18:00 exactly'],
    ['2026-12-04T17:00:00+01:00', 1, office, '2026-12-07T17:00:00+01:00', 'Friday to Monday'],
    // King's Day: on a Sunday (2025) it is Saturday 26 April and the Monday after is a working day.
    ['2025-04-25T10:00:00+02:00', 1, office, '2025-04-28T10:00:00+02:00', 'King’s Day 2025 on a Saturday'],
    ['2026-04-24T10:00:00+02:00', 1, office, '2026-04-28T10:00:00+02:00', 'King’s Day 2026 on a Monday'],
    // The due day closes early (a closure from 12:00): past the close, due at that close.
    [
      '2026-12-30T15:00:00+01:00',
      1,
      newYearsEveAfternoon,
      '2026-12-31T12:00:00+01:00',
      'due day closes at 12:00',
    ],
    [
      '2026-12-30T10:00:00+01:00',
      1,
      newYearsEveAfternoon,
      '2026-12-31T10:00:00+01:00',
      'before the early close',
    ],
    // A lunch break on the due day: the end of the break.
    ['2026-12-07T12:00:00+01:00', 1, lunchBreak, '2026-12-08T13:00:00+01:00', 'counted from after lunch'],
    // n = 0: the start of counting.
    ['2026-12-05T11:00:00+01:00', 0, office, '2026-12-07T08:00:00+01:00', 'zero days'],
    // DST: a day is not 24 hours. Open every day, so each day is a working day.
    ['2027-03-27T10:00:00+01:00', 1, everyDay, '2027-03-28T10:00:00+02:00', 'last Sunday of March'],
    ['2027-10-30T10:00:00+02:00', 1, everyDay, '2027-10-31T10:00:00+01:00', 'last Sunday of October'],
    ['2026-10-23T16:00:00+02:00', 2, office, '2026-10-27T16:00:00+01:00', 'over the October change'],
  ] as const)('%s + %i working days → %s (%s)', (from, n, cal, expected, _why) => {
    expect(iso(addWorkingDays(cal, from, n))).toBe(expected);
  });

  it('answers in the calendar’s zone with its offset', () => {
    const due = addWorkingDays(office, new Date('2026-12-07T09:00:00Z'), 3);
    expect(due?.zoneName).toBe('Europe/Amsterdam');
    expect(iso(due)).toBe('2026-12-10T10:00:00+01:00');
  });

  it.each([-1, 1.5, Number.NaN])('refuses %d days', (n) => {
    expect(() => addWorkingDays(office, '2026-12-07T10:00:00+01:00', n)).toThrow(RangeError);
  });
});

describe('addWeeks', () => {
  it.each([
    [
      '2026-10-14T10:00:00+02:00',
      4,
      office,
      '2026-11-11T10:00:00+01:00',
      'a move within the building, over DST',
    ],
    ['2027-04-19T09:00:00+02:00', 4, office, '2027-05-18T08:00:00+02:00', 'landing on Whit Monday'],
    ['2026-12-05T11:00:00+01:00', 4, office, '2027-01-04T08:00:00+01:00', 'asked on a Saturday'],
    ['2026-12-03T17:30:00+01:00', 6, office, '2027-01-14T17:30:00+01:00', '6 weeks, another building'],
    ['2026-11-30T09:00:00+01:00', 4, office, '2026-12-28T09:00:00+01:00', 'the Monday after Christmas'],
    ['2027-03-01T10:00:00+01:00', 4, office, '2027-03-30T08:00:00+02:00', 'landing on Easter Monday'],
  ] as const)('%s + %i weeks → %s (%s)', (from, n, cal, expected, _why) => {
    expect(iso(addWeeks(cal, from, n))).toBe(expected);
  });

  it('refuses a negative number of weeks', () => {
    expect(() => addWeeks(office, '2026-12-07T10:00:00+01:00', -1)).toThrow(RangeError);
  });
});

describe('addOfficeHours and officeMinutesBetween', () => {
  it.each([
    ['2026-12-04T17:00:00+01:00', 8, office, '2026-12-07T15:00:00+01:00', 'Friday 17:00 + 8 office hours'],
    ['2026-10-23T17:00:00+02:00', 8, office, '2026-10-26T15:00:00+01:00', 'over the October DST change'],
    ['2027-03-26T17:00:00+01:00', 8, office, '2027-03-30T15:00:00+02:00', 'over Easter and the March change'],
    [
      '2026-12-07T10:00:00+01:00',
      8,
      office,
      '2026-12-07T18:00:00+01:00',
      'ending at the close, not the next opening',
    ],
    ['2026-12-05T11:00:00+01:00', 1, office, '2026-12-07T09:00:00+01:00', 'from a Saturday'],
    ['2026-12-07T11:00:00+01:00', 2, lunchBreak, '2026-12-07T14:00:00+01:00', 'over a lunch break'],
    ['2026-12-07T10:00:00+01:00', 0.5, office, '2026-12-07T10:30:00+01:00', 'half an hour'],
    ['2026-12-05T11:00:00+01:00', 0, office, '2026-12-05T11:00:00+01:00', 'zero: the instant itself'],
    [
      '2027-03-27T12:00:00+01:00',
      24,
      always,
      '2027-03-28T13:00:00+02:00',
      'always open: 24 h over the March change',
    ],
    [
      '2027-10-30T12:00:00+02:00',
      24,
      always,
      '2027-10-31T11:00:00+01:00',
      'always open: 24 h over the October change',
    ],
    ['2026-12-21T09:00:00+01:00', 50, office, '2026-12-29T09:00:00+01:00', '50 hours over Christmas'],
  ] as const)('%s + %d office hours → %s (%s)', (from, hours, cal, expected, _why) => {
    const due = addOfficeHours(cal, from, hours);
    expect(iso(due)).toBe(expected);
    if (hours > 0) expect(officeMinutesBetween(cal, from, due ?? from)).toBe(hours * 60);
  });

  it('counts minutes as addOfficeMinutes does', () => {
    expect(iso(addOfficeMinutes(office, '2026-12-07T17:59:00+01:00', 2))).toBe('2026-12-08T08:01:00+01:00');
  });

  it.each([
    ['2026-12-04T17:00:00+01:00', '2026-12-07T15:00:00+01:00', office, 480],
    ['2026-12-05T00:00:00+01:00', '2026-12-07T00:00:00+01:00', office, 0],
    ['2026-12-07T15:00:00+01:00', '2026-12-04T17:00:00+01:00', office, 0],
    ['2026-12-07T09:00:00+01:00', '2026-12-07T09:00:30+01:00', office, 0.5],
    ['2027-03-27T12:00:00+01:00', '2027-03-28T12:00:00+02:00', always, 23 * 60],
    ['2027-10-30T12:00:00+02:00', '2027-10-31T12:00:00+01:00', always, 25 * 60],
    ['2026-12-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00', office, 22 * 600],
    ['2025-01-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00', office, (255 + 255) * 600],
  ] as const)('%s → %s: %d office minutes', (a, b, cal, minutes) => {
    expect(officeMinutesBetween(cal, a, b)).toBe(minutes);
  });
});

describe('other zones', () => {
  const newYork = officeCalendar({ timeZone: 'America/New_York', publicHolidaysClosed: false });
  const adelaide = officeCalendar({
    timeZone: 'Australia/Adelaide',
    workdays: WEEKDAYS,
    publicHolidaysClosed: false,
  });
  it.each([
    ['2027-03-12T10:00:00-05:00', 1, newYork, '2027-03-15T10:00:00-04:00', 'New York, over its March change'],
    ['2027-04-03T10:00:00+10:30', 1, adelaide, '2027-04-04T10:00:00+09:30', 'Adelaide, a half-hour offset'],
  ] as const)('%s + %i working days → %s (%s)', (from, n, cal, expected, _why) => {
    expect(iso(addWorkingDays(cal, from, n))).toBe(expected);
  });

  it.each([
    ['Europe/Amsterdam', '2027-03-28T01:00:00Z', '2027-03-28T03:00:00+02:00'],
    ['Europe/Amsterdam', '2027-03-28T00:59:59.250Z', '2027-03-28T01:59:59.250+01:00'],
    ['Australia/Adelaide', '2027-04-03T00:00:00Z', '2027-04-03T10:30:00+10:30'],
    ['America/St_Johns', '2027-01-01T12:00:00Z', '2027-01-01T08:30:00-03:30'],
    ['UTC', '2027-01-01T12:00:00Z', '2027-01-01T12:00:00Z'],
  ])('isoIn %s %s → %s', (zone, at, expected) => {
    expect(isoIn(zone, Date.parse(at))).toBe(expected);
  });
});

describe('speed', () => {
  it('computes the lead times of 100,000 tickets within the job’s 10 s budget', () => {
    // Ten batches of 10,000; the fastest batch × 10 against the budget, so that a load spike on a
    // shared machine does not decide the outcome (the total is usually a quarter of the budget).
    const start = Date.parse('2026-01-01T00:00:00Z');
    const batches: number[] = [];
    for (let b = 0; b < 10; b += 1) {
      const t0 = performance.now();
      for (let i = b * 10_000; i < (b + 1) * 10_000; i += 1) {
        const from = new Date(start + i * 7 * 60_000 * 13);
        if (i % 4 === 0) addWorkingDays(office, from, 20);
        else if (i % 4 === 1) addOfficeHours(office, from, 8);
        else if (i % 4 === 2) addWeeks(office, from, 4);
        else officeMinutesBetween(office, from, new Date(from.getTime() + 30 * 86_400_000));
      }
      batches.push(performance.now() - t0);
    }
    expect(Math.min(...batches) * 10).toBeLessThan(10_000);
  });
});
