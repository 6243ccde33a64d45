import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type BusinessCalendar,
  calendarDay,
  calendarMonths,
  localTimeExists,
  nextChange,
  stateAt,
  type WeeklyPeriod,
} from './calendar';
import { dutchPublicHolidays } from './holidays';

const AMS = 'Europe/Amsterdam';
const at = (local: string, zone = AMS): DateTime => DateTime.fromISO(local, { zone });

const officeHours = (start = '08:30', end = '17:30'): WeeklyPeriod[] =>
  ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start, end }));

const kantoortijden = (over: Partial<BusinessCalendar> = {}): BusinessCalendar => ({
  timeZone: AMS,
  weekly: officeHours(),
  publicHolidaysClosed: true,
  closures: [],
  openings: [],
  recurringClosures: [],
  ...over,
});

// The Dutch public holidays by date, looked up independently (Easter: 5 Apr 2026, 28 Mar 2027,
// 16 Apr 2028, 1 Apr 2029, 21 Apr 2030, 13 Apr 2031; Ascension +39, Pentecost +49 days).
const EXPECTED: Record<number, [string, string][]> = {
  2026: [
    ['01-01', 'new-years-day'],
    ['04-05', 'easter-sunday'],
    ['04-06', 'easter-monday'],
    ['04-27', 'kings-day'],
    ['05-14', 'ascension-day'],
    ['05-24', 'pentecost'],
    ['05-25', 'whit-monday'],
    ['12-25', 'christmas-day'],
    ['12-26', 'boxing-day'],
  ],
  2027: [
    ['01-01', 'new-years-day'],
    ['03-28', 'easter-sunday'],
    ['03-29', 'easter-monday'],
    ['04-27', 'kings-day'],
    ['05-06', 'ascension-day'],
    ['05-16', 'pentecost'],
    ['05-17', 'whit-monday'],
    ['12-25', 'christmas-day'],
    ['12-26', 'boxing-day'],
  ],
  2028: [
    ['01-01', 'new-years-day'],
    ['04-16', 'easter-sunday'],
    ['04-17', 'easter-monday'],
    ['04-27', 'kings-day'],
    ['05-25', 'ascension-day'],
    ['06-04', 'pentecost'],
    ['06-05', 'whit-monday'],
    ['12-25', 'christmas-day'],
    ['12-26', 'boxing-day'],
  ],
  2029: [
    ['01-01', 'new-years-day'],
    ['04-01', 'easter-sunday'],
    ['04-02', 'easter-monday'],
    ['04-27', 'kings-day'],
    ['05-10', 'ascension-day'],
    ['05-20', 'pentecost'],
    ['05-21', 'whit-monday'],
    ['12-25', 'christmas-day'],
    ['12-26', 'boxing-day'],
  ],
  2030: [
    ['01-01', 'new-years-day'],
    ['04-21', 'easter-sunday'],
    ['04-22', 'easter-monday'],
    ['04-27', 'kings-day'],
    ['05-30', 'ascension-day'],
    ['06-09', 'pentecost'],
    ['06-10', 'whit-monday'],
    ['12-25', 'christmas-day'],
    ['12-26', 'boxing-day'],
  ],
  2031: [
    ['01-01', 'new-years-day'],
    ['04-13', 'easter-sunday'],
    ['04-14', 'easter-monday'],
    ['04-26', 'kings-day'],
    ['05-22', 'ascension-day'],
    ['06-01', 'pentecost'],
    ['06-02', 'whit-monday'],
    ['12-25', 'christmas-day'],
    ['12-26', 'boxing-day'],
  ],
};

describe('Dutch public holidays', () => {
  for (const [year, days] of Object.entries(EXPECTED)) {
    it(`are, in ${year}, exactly the nine public ones by date`, () => {
      expect(dutchPublicHolidays(Number(year)).map((h) => [h.date, h.key])).toEqual(
        days.map(([d, key]) => [`${year}-${d}`, key]),
      );
    });
  }

  it('have names in Dutch and English', () => {
    const byKey = Object.fromEntries(dutchPublicHolidays(2026).map((h) => [h.key, h.name]));
    expect(byKey['kings-day']).toEqual({ nl: 'Koningsdag', en: "King's Day" });
    expect(byKey['new-years-day']).toEqual({ nl: 'Nieuwjaar', en: "New Year's Day" });
    expect(byKey['whit-monday']).toEqual({ nl: 'Tweede pinksterdag', en: 'Whit Monday' });
  });

  it('leave out Good Friday and Liberation Day (date-holidays does not type them public)', () => {
    const dates = dutchPublicHolidays(2026).map((h) => h.date);
    expect(dates).not.toContain('2026-04-03');
    expect(dates).not.toContain('2026-05-05');
  });

  it.each([
    [2025, '2025-04-26'],
    [2031, '2031-04-26'],
    [2036, '2036-04-26'],
    [2030, '2030-04-27'], // a Saturday: stays
  ])("move King's Day on a Sunday to the Saturday before (%i → %s)", (year, date) => {
    const kingsDay = dutchPublicHolidays(year).find((h) => h.key === 'kings-day');
    expect(kingsDay?.date).toBe(date);
    expect(DateTime.fromISO(date).weekday).toBe(6);
  });

  it("close the schedule on King's Day 2025 (Saturday 26 April), not on Sunday the 27th", () => {
    const allWeek = kantoortijden({
      weekly: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
    });
    expect(stateAt(allWeek, at('2025-04-26T10:00'))).toMatchObject({
      state: 'holiday',
      name: { nl: 'Koningsdag', en: "King's Day" },
    });
    expect(stateAt(allWeek, at('2025-04-27T10:00'))).toEqual({ state: 'open' });
  });
});

describe('stateAt', () => {
  const cal = kantoortijden();

  it.each([
    ['a Monday at opening', '2026-03-02T08:30', 'open'],
    ['a Monday just before opening', '2026-03-02T08:29', 'closed'],
    ['a Friday just before closing', '2026-03-06T17:29', 'open'],
    ['a Friday at closing', '2026-03-06T17:30', 'closed'],
    ['a Saturday', '2026-03-07T10:00', 'closed'],
    ['Ascension Day 2026', '2026-05-14T10:00', 'holiday'],
    ['Christmas 2026 (Friday)', '2026-12-25T10:00', 'holiday'],
    ['Good Friday 2026 (not a public holiday in date-holidays)', '2026-04-03T10:00', 'open'],
  ])('%s → %s', (_what, local, state) => {
    expect(stateAt(cal, at(local)).state).toBe(state);
  });

  it('answers a holiday with its name in both languages', () => {
    expect(stateAt(cal, at('2026-05-25T12:00'))).toEqual({
      state: 'holiday',
      name: { nl: 'Tweede pinksterdag', en: 'Whit Monday' },
      holidayKey: 'whit-monday',
    });
  });

  it('keeps a holiday open when holidays do not close the schedule', () => {
    expect(stateAt(kantoortijden({ publicHolidaysClosed: false }), at('2026-05-14T10:00')).state).toBe(
      'open',
    );
  });

  it('takes several periods a day', () => {
    const split = kantoortijden({
      weekly: [
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '17:00' },
      ],
    });
    expect(stateAt(split, at('2026-03-02T11:59')).state).toBe('open');
    expect(stateAt(split, at('2026-03-02T12:30')).state).toBe('closed');
    expect(stateAt(split, at('2026-03-02T13:00')).state).toBe('open');
  });

  it('runs a period ending at 00:00 until midnight', () => {
    const evening = kantoortijden({ weekly: [{ weekday: 1, start: '18:00', end: '00:00' }] });
    expect(stateAt(evening, at('2026-03-02T23:59:30')).state).toBe('open');
    expect(stateAt(evening, at('2026-03-03T00:00')).state).toBe('closed');
  });

  it('works from any instant, whatever zone it is written in', () => {
    expect(stateAt(cal, new Date('2026-03-02T07:30:00Z')).state).toBe('open'); // 08:30 CET
    expect(stateAt(cal, new Date('2026-03-02T07:29:00Z')).state).toBe('closed');
    const ny = kantoortijden({ timeZone: 'America/New_York' });
    expect(stateAt(ny, new Date('2026-03-02T13:30:00Z')).state).toBe('open'); // 08:30 EST
  });
});

describe('opening hours across the DST changes', () => {
  const cal = kantoortijden({ publicHolidaysClosed: false });

  it.each([
    // Before and after the clocks go forward (last Sunday of March 2026: 29 March).
    ['Friday before, CET (+01:00)', '2026-03-27T07:30:00Z', 'open'],
    ['Friday before, 06:30Z is 07:30 CET', '2026-03-27T06:30:00Z', 'closed'],
    ['Monday after, CEST (+02:00)', '2026-03-30T06:30:00Z', 'open'],
    ['Monday after, 06:29Z is 08:29 CEST', '2026-03-30T06:29:00Z', 'closed'],
    ['Monday after, closing 15:30Z', '2026-03-30T15:30:00Z', 'closed'],
    // Before and after the clocks go back (last Sunday of October 2026: 25 October).
    ['Friday before, CEST', '2026-10-23T06:30:00Z', 'open'],
    ['Monday after, CET', '2026-10-26T06:30:00Z', 'closed'],
    ['Monday after, CET opening', '2026-10-26T07:30:00Z', 'open'],
    ['Monday after, closing 16:30Z', '2026-10-26T16:30:00Z', 'closed'],
  ])('%s: %s → %s', (_what, iso, state) => {
    expect(stateAt(cal, new Date(iso)).state).toBe(state);
  });

  const night = kantoortijden({
    weekly: [{ weekday: 7, start: '01:00', end: '04:00' }],
    publicHolidaysClosed: false,
  });

  it('a Sunday night period lasts two real hours when the clocks go forward', () => {
    const change = nextChange(night, at('2026-03-29T00:00'));
    expect(change?.at.toUTC().toISO()).toBe('2026-03-29T00:00:00.000Z');
    const end = nextChange(night, at('2026-03-29T01:30'));
    expect(end?.at.toUTC().toISO()).toBe('2026-03-29T02:00:00.000Z');
    expect(stateAt(night, new Date('2026-03-29T01:30:00Z')).state).toBe('open'); // 03:30 CEST
  });

  it('and four real hours when the clocks go back', () => {
    const end = nextChange(night, at('2026-10-25T01:30'));
    expect(end?.at.toUTC().toISO()).toBe('2026-10-25T03:00:00.000Z');
    expect(end?.at.toUTC().diff(DateTime.fromISO('2026-10-24T23:00:00Z')).as('hours')).toBe(4);
    expect(stateAt(night, new Date('2026-10-25T01:30:00Z')).state).toBe('open'); // 02:30 CET
    expect(stateAt(night, new Date('2026-10-25T00:30:00Z')).state).toBe('open'); // 02:30 CEST
  });

  it('knows which local times do not exist', () => {
    expect(localTimeExists('2027-03-28', '02:30', AMS)).toBe(false);
    expect(localTimeExists('2027-03-28', '03:00', AMS)).toBe(true);
    expect(localTimeExists('2027-03-28', '01:59', AMS)).toBe(true);
    expect(localTimeExists('2027-10-31', '02:30', AMS)).toBe(true); // occurs twice
    expect(localTimeExists('2026-03-29', '02:00', AMS)).toBe(false);
  });
});

describe("a schedule's own closures and openings", () => {
  const cal = kantoortijden({
    closures: [
      { id: 'c1', name: 'Bedrijfsuitje', startDate: '2026-06-12', endDate: '2026-06-12' },
      {
        id: 'c2',
        name: 'Verhuizing',
        startDate: '2026-09-03',
        endDate: '2026-09-04',
        startTime: '12:00',
        endTime: '10:00',
      },
    ],
    openings: [{ id: 'o1', name: 'Open op Koningsdag', date: '2026-04-27', start: '10:00', end: '14:00' }],
    recurringClosures: [{ id: 'r1', name: 'Oudejaarsdag', month: 12, day: 31 }],
  });

  it.each([
    ['the whole-day closure', '2026-06-12T10:00', { state: 'closure', closureId: 'c1' }],
    ['a timed closure, before it starts', '2026-09-03T11:59', { state: 'open' }],
    ['a timed closure, once started', '2026-09-03T12:00', { state: 'closure', closureId: 'c2' }],
    ['a timed closure, its second day', '2026-09-04T09:59', { state: 'closure', closureId: 'c2' }],
    ['a timed closure, after it', '2026-09-04T10:00', { state: 'open' }],
    ['the yearly closure, 2026', '2026-12-31T10:00', { state: 'closure', closureId: 'r1' }],
    ['the yearly closure, 2029', '2029-12-31T10:00', { state: 'closure', closureId: 'r1' }],
    ['the opening on a holiday', '2026-04-27T10:00', { state: 'open' }],
    ['the holiday outside the opening', '2026-04-27T09:00', { state: 'holiday' }],
  ])('%s', (_what, local, expected) => {
    expect(stateAt(cal, at(local))).toMatchObject(expected);
  });

  it('names a closure so routes can tell closures apart', () => {
    expect(stateAt(cal, at('2026-06-12T10:00'))).toEqual({
      state: 'closure',
      name: { nl: 'Bedrijfsuitje', en: 'Bedrijfsuitje' },
      closureId: 'c1',
    });
  });

  it('a one-off closure wins over a one-off opening', () => {
    const both = kantoortijden({
      closures: [{ id: 'c', name: 'Dicht', startDate: '2026-04-27', endDate: '2026-04-27' }],
      openings: [{ id: 'o', name: 'Open', date: '2026-04-27', start: '10:00', end: '14:00' }],
    });
    expect(stateAt(both, at('2026-04-27T11:00')).state).toBe('closure');
  });

  it('finds the next change of state', () => {
    const friday = nextChange(cal, at('2026-06-11T18:00'));
    expect(friday?.state).toMatchObject({ state: 'closure', closureId: 'c1' });
    expect(friday?.at.toISO()).toBe('2026-06-12T00:00:00.000+02:00');
    const after = nextChange(cal, at('2026-06-12T10:00'));
    expect(after?.state).toEqual({ state: 'closed' });
    expect(after?.at.toISO()).toBe('2026-06-13T00:00:00.000+02:00');
    const monday = nextChange(cal, at('2026-06-13T10:00'));
    expect(monday?.at.toISO()).toBe('2026-06-15T08:30:00.000+02:00');
    expect(monday?.state).toEqual({ state: 'open' });
    const always = kantoortijden({
      weekly: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start: '00:00', end: '00:00' })),
      publicHolidaysClosed: false,
    });
    expect(nextChange(always, at('2026-06-13T10:00'))).toBeNull();
  });
});

describe('the calendar view', () => {
  const cal = kantoortijden({
    closures: [{ id: 'c1', name: 'Bedrijfsuitje', startDate: '2026-06-12', endDate: '2026-06-12' }],
    openings: [{ id: 'o1', name: 'Koopavond', date: '2026-06-11', start: '18:00', end: '21:00' }],
  });

  it('gives every day of each month', () => {
    const months = calendarMonths(cal, '2026-01', 24);
    expect(months).toHaveLength(24);
    expect(months[0]?.month).toBe('2026-01');
    expect(months[23]?.month).toBe('2027-12');
    expect(months[1]?.days).toHaveLength(28);
    expect(months.flatMap((m) => m.days)).toHaveLength(365 + 365);
  });

  it('marks holidays, closures, openings and the hours of a day', () => {
    expect(calendarDay(cal, '2026-05-14')).toMatchObject({
      holiday: { key: 'ascension-day', closes: true },
      hours: [],
    });
    expect(calendarDay(cal, '2026-06-12')).toMatchObject({
      closures: [{ id: 'c1', name: 'Bedrijfsuitje', allDay: true }],
      hours: [],
    });
    expect(calendarDay(cal, '2026-06-11').hours).toEqual([
      { start: '08:30', end: '17:30' },
      { start: '18:00', end: '21:00' },
    ]);
    expect(calendarDay(cal, '2026-06-13')).toMatchObject({ weekday: 6, hours: [], closures: [] });
  });
});
