import { describe, expect, it } from 'vitest';
import {
  type CalendarDayView,
  copyMondayToWorkdays,
  dayKind,
  movedDate,
  type Period,
  spanOf,
  type Weekday,
  weeklySummary,
} from './schedule-view';

const SHORT = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const short = (d: Weekday) => SHORT[d - 1] ?? '';
const days = (list: Weekday[], start: string, end: string): Period[] =>
  list.map((weekday) => ({ weekday, start, end }));

describe('weeklySummary', () => {
  it.each<[string, Period[], string]>([
    ['never open', [], ''],
    ['office days', days([1, 2, 3, 4, 5], '08:30', '17:30'), 'ma–vr 08:30–17:30'],
    [
      'a lunch break and a Saturday morning',
      [
        ...days([1, 2], '13:00', '17:00'),
        ...days([1, 2], '09:00', '12:00'),
        { weekday: 6, start: '10:00', end: '14:00' },
      ],
      'ma–di 09:00–12:00, 13:00–17:00; za 10:00–14:00',
    ],
    [
      'a gap in the week',
      [...days([1, 2], '08:00', '18:00'), ...days([4, 5], '08:00', '18:00')],
      'ma–di 08:00–18:00; do–vr 08:00–18:00',
    ],
    ['until midnight on one day', [{ weekday: 7, start: '20:00', end: '00:00' }], 'zo 20:00–00:00'],
  ])('%s', (_, weekly, expected) => {
    expect(weeklySummary(weekly, short)).toBe(expected);
  });
});

describe('spanOf', () => {
  it.each<[string, string, [number, number] | null]>([
    ['08:30', '17:30', [510, 1050]],
    ['20:00', '00:00', [1200, 1440]],
    ['00:00', '00:00', [0, 1440]],
    ['17:00', '09:00', null],
    ['25:00', '26:00', null],
    ['8:30', '17:30', null],
  ])('%s–%s', (start, end, expected) => {
    expect(spanOf(start, end)).toEqual(expected);
  });
});

const day = (over: Partial<CalendarDayView>): CalendarDayView => ({
  date: '2026-12-24',
  weekday: 4,
  closures: [],
  openings: [],
  hours: [],
  ...over,
});

describe('dayKind', () => {
  const hours = [{ start: '08:30', end: '17:30' }];
  const holiday = {
    key: 'christmas-day',
    name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' },
    closes: true,
  };
  it.each<[string, CalendarDayView, string]>([
    ['a workday', day({ hours }), 'open'],
    ['a weekend day', day({}), 'closed'],
    ['a holiday that closes it', day({ holiday }), 'holiday'],
    ['a holiday it ignores', day({ holiday: { ...holiday, closes: false }, hours }), 'open'],
    [
      'a closure of part of the day',
      day({
        hours: [{ start: '08:30', end: '12:00' }],
        closures: [{ id: 'c', name: 'Middag', allDay: false, recurring: false }],
      }),
      'closure',
    ],
    [
      'a holiday with a closure too',
      day({ holiday, closures: [{ id: 'c', name: 'Dicht', allDay: true, recurring: true }] }),
      'holiday',
    ],
  ])('%s', (_, d, expected) => {
    expect(dayKind(d)).toBe(expected);
  });
});

describe('copyMondayToWorkdays', () => {
  it("gives Tuesday to Friday Monday's periods and keeps the weekend", () => {
    const weekly: Period[] = [
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '17:00' },
      { weekday: 3, start: '07:00', end: '08:00' },
      { weekday: 6, start: '10:00', end: '14:00' },
    ];
    const copied = copyMondayToWorkdays(weekly);
    for (const d of [1, 2, 3, 4, 5] as Weekday[])
      expect(copied.filter((p) => p.weekday === d).map((p) => `${p.start}-${p.end}`)).toEqual([
        '09:00-12:00',
        '13:00-17:00',
      ]);
    expect(copied.filter((p) => p.weekday === 6)).toEqual([{ weekday: 6, start: '10:00', end: '14:00' }]);
  });
});

describe('movedDate', () => {
  it.each<[string, string, string | null]>([
    ['ArrowLeft', '2027-01-01', '2026-12-31'],
    ['ArrowRight', '2026-12-31', '2027-01-01'],
    ['ArrowUp', '2026-12-03', '2026-11-26'],
    ['ArrowDown', '2026-12-29', '2027-01-05'],
    ['PageDown', '2027-01-31', '2027-02-28'],
    ['PageUp', '2026-12-15', '2026-11-15'],
    ['Home', '2026-12-03', '2026-11-30'],
    ['End', '2026-12-03', '2026-12-06'],
    ['Enter', '2026-12-03', null],
  ])('%s from %s', (key, from, expected) => {
    expect(movedDate(from, key)).toBe(expected);
  });
});
