import { describe, expect, it } from 'vitest';
import { addWorkingDays, isInOfficeHours, isWorkingDay } from './business';
import type { WeeklyPeriod } from './calendar';
import {
  businessCalendarOf,
  businessHoursProblems,
  DEFAULT_BUSINESS_HOURS,
  holidaysAhead,
  hoursByWeekday,
} from './provider';

const zone = 'Europe/Amsterdam';
const p = (weekday: WeeklyPeriod['weekday'], start: string, end: string): WeeklyPeriod => ({
  weekday,
  start,
  end,
});

describe('businessHoursProblems', () => {
  it.each([
    ['the guide’s week', DEFAULT_BUSINESS_HOURS, {}],
    ['a lunch break', [p(1, '08:00', '12:00'), p(1, '13:00', '17:00')], {}],
    ['periods that touch', [p(1, '08:00', '12:00'), p(1, '12:00', '17:00')], {}],
    ['until midnight', [p(6, '18:00', '00:00')], {}],
    ['the same periods on other days', [p(1, '08:00', '12:00'), p(2, '08:00', '12:00')], {}],
    ['a close before the opening', [p(1, '18:00', '08:00')], { 'hours.0.end': 'schedule_period_inverted' }],
    ['an empty period', [p(1, '08:00', '08:00')], { 'hours.0.end': 'schedule_period_inverted' }],
    [
      'an overlap',
      [p(3, '08:00', '12:30'), p(3, '12:00', '17:00')],
      { 'hours.1.start': { code: 'schedule_period_overlap', params: { other: '08:00–12:30' } } },
    ],
    [
      'a period inside another',
      [p(3, '08:00', '18:00'), p(3, '10:00', '11:00')],
      { 'hours.1.start': { code: 'schedule_period_overlap', params: { other: '08:00–18:00' } } },
    ],
  ] as const)('%s', (_, hours, expected) => {
    expect(businessHoursProblems(hours)).toEqual(expected);
  });
});

describe('businessCalendarOf', () => {
  const base = { timeZone: zone, hours: DEFAULT_BUSINESS_HOURS, closures: [] };
  it.each([
    // [what, closures, hours, instant, open]
    ['a Monday morning', [], DEFAULT_BUSINESS_HOURS, '2027-03-22T09:00:00+01:00', true],
    ['a Monday at 18:00', [], DEFAULT_BUSINESS_HOURS, '2027-03-22T18:00:00+01:00', false],
    ['a Saturday', [], DEFAULT_BUSINESS_HOURS, '2027-03-27T11:00:00+01:00', false],
    ['Easter Monday (public)', [], DEFAULT_BUSINESS_HOURS, '2027-03-29T11:00:00+02:00', false],
    ['Good Friday (optional, open)', [], DEFAULT_BUSINESS_HOURS, '2027-03-26T11:00:00+01:00', true],
    [
      'Good Friday closed by the provider',
      [{ date: '2027-03-26', name: 'Goede Vrijdag' }],
      DEFAULT_BUSINESS_HOURS,
      '2027-03-26T11:00:00+01:00',
      false,
    ],
    ['31 December (optional, open)', [], DEFAULT_BUSINESS_HOURS, '2027-12-31T11:00:00+01:00', true],
    [
      'a lunch break',
      [],
      [p(1, '08:00', '12:00'), p(1, '13:00', '17:00')],
      '2027-03-22T12:30:00+01:00',
      false,
    ],
    ['a Saturday opening', [], [p(6, '10:00', '14:00')], '2027-03-27T11:00:00+01:00', true],
  ] as const)('%s', (_, closures, hours, at, open) => {
    const calendar = businessCalendarOf({ ...base, closures, hours });
    expect(isInOfficeHours(calendar, at)).toBe(open);
  });

  it('sorts the hours and counts lead times past a closure (3 working days from Good Friday 17:30)', () => {
    const open = businessCalendarOf(base);
    expect(addWorkingDays(open, '2027-03-26T17:30:00+01:00', 3)?.toISO()).toBe(
      '2027-04-01T17:30:00.000+02:00',
    );
    const closed = businessCalendarOf({ ...base, closures: [{ date: '2027-04-01', name: 'Uitje' }] });
    expect(isWorkingDay(closed, '2027-04-01')).toBe(false);
    expect(addWorkingDays(closed, '2027-03-26T17:30:00+01:00', 3)?.toISO()).toBe(
      '2027-04-02T17:30:00.000+02:00',
    );
    expect(
      businessCalendarOf({
        ...base,
        hours: [p(2, '13:00', '17:00'), p(1, '08:00', '12:00'), p(1, '13:00', '17:00')],
      }).weekly,
    ).toEqual([p(1, '08:00', '12:00'), p(1, '13:00', '17:00'), p(2, '13:00', '17:00')]);
  });
});

describe('holidaysAhead', () => {
  it('lists 24 months of public holidays (closed) and optional days (closed only with a closure)', () => {
    const days = holidaysAhead('2026-12-03', [{ date: '2027-05-05', name: 'Bevrijdingsdag' }]);
    expect(days[0]).toMatchObject({ date: '2026-12-25', key: 'christmas-day', kind: 'public', closed: true });
    expect((days.at(-1)?.date ?? '') < '2028-12-03').toBe(true);
    expect(days.filter((d) => d.kind === 'optional').map((d) => [d.date, d.key, d.closed])).toEqual([
      ['2026-12-31', 'new-years-eve', false],
      ['2027-03-26', 'good-friday', false],
      ['2027-05-05', 'liberation-day', true],
      ['2027-12-31', 'new-years-eve', false],
      ['2028-04-14', 'good-friday', false],
      ['2028-05-05', 'liberation-day', false],
    ]);
    expect(days.find((d) => d.key === 'good-friday')?.name).toEqual({
      nl: 'Goede Vrijdag',
      en: 'Good Friday',
    });
    expect(days.filter((d) => d.key === 'kings-day').map((d) => d.date)).toEqual([
      '2027-04-27',
      '2028-04-27',
    ]);
    expect(days.every((d, i) => i === 0 || (days[i - 1]?.date ?? '') <= d.date)).toBe(true);
  });

  it.each([
    ['from a holiday itself', '2027-12-25', 'christmas-day', ['2027-12-25', '2028-12-25']],
    [
      'up to, not including, the same date 24 months on',
      '2025-12-26',
      'boxing-day',
      ['2025-12-26', '2026-12-26'],
    ],
  ])('%s', (_, from, key, dates) => {
    expect(
      holidaysAhead(from, [])
        .filter((d) => d.key === key)
        .map((d) => d.date),
    ).toEqual(dates);
    expect(holidaysAhead(from, []).every((d) => d.date >= from)).toBe(true);
  });

  it('refuses a date that is none', () => {
    expect(() => holidaysAhead('2027-02-30', [])).toThrow(RangeError);
  });
});

describe('hoursByWeekday', () => {
  it('groups the periods per weekday, every weekday present', () => {
    const map = hoursByWeekday([p(1, '13:00', '17:00'), p(1, '08:00', '12:00')]);
    expect([...map.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(map.get(1)?.map((x) => x.start)).toEqual(['08:00', '13:00']);
    expect(map.get(7)).toEqual([]);
  });
});
