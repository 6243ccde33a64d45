import { describe, expect, it } from 'vitest';
import { officeCalendar } from '../calendar/business';
import { checkWindows, maintenanceStateAt, workingDaysNotice } from './maintenance';

const calendar = officeCalendar({ timeZone: 'Europe/Amsterdam' });
const w = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const codes = (r: ReturnType<typeof checkWindows>) => ({
  errors: r.errors.map((i) => [i.path, i.code]),
  warnings: r.warnings.map((i) => [i.path, i.code]),
});

describe('checkWindows: the guide §3.2.2 slots', () => {
  it.each([
    ['a on a Tuesday 07:00–08:00', 'a', w('2026-12-08T07:00+01:00', '2026-12-08T08:00+01:00'), [], []],
    ['a on a Tuesday 07:15–07:45', 'a', w('2026-12-08T07:15+01:00', '2026-12-08T07:45+01:00'), [], []],
    [
      'a running past 08:00',
      'a',
      w('2026-12-08T07:30+01:00', '2026-12-08T08:30+01:00'),
      [['windows.0.start', 'maintenance_window_outside_slot']],
      [],
    ],
    [
      'a on a Saturday',
      'a',
      w('2026-12-05T07:00+01:00', '2026-12-05T08:00+01:00'),
      [['windows.0.start', 'maintenance_window_outside_slot']],
      [],
    ],
    [
      'a on Christmas (a public holiday, no working day)',
      'a',
      w('2026-12-25T07:00+01:00', '2026-12-25T08:00+01:00'),
      [['windows.0.start', 'maintenance_window_outside_slot']],
      [],
    ],
    [
      'b on a Wednesday night 00:30–05:00',
      'b',
      w('2026-12-09T00:30+01:00', '2026-12-09T05:00+01:00'),
      [],
      [],
    ],
    [
      'c at 23:00–01:00 (across midnight)',
      'c',
      w('2026-12-08T23:00+01:00', '2026-12-09T01:00+01:00'),
      [['windows.0.start', 'maintenance_window_outside_slot']],
      [],
    ],
    [
      'c on a Sunday night: allowed, with a warning',
      'c',
      w('2026-12-06T01:00+01:00', '2026-12-06T04:00+01:00'),
      [],
      [['windows.0.start', 'maintenance_window_not_working_day']],
    ],
    [
      'b 00:00–06:00 on the night the clocks go back (25 hours that day)',
      'b',
      w('2026-10-25T00:00+02:00', '2026-10-25T06:00+01:00'),
      [],
      [['windows.0.start', 'maintenance_window_not_working_day']],
    ],
    [
      'b 02:00–03:30 on the night the clocks go forward (2:00 CET is 3:00 CEST)',
      'b',
      w('2027-03-28T02:00+01:00', '2027-03-28T03:30+02:00'),
      [],
      [['windows.0.start', 'maintenance_window_not_working_day']],
    ],
    [
      'an end before its start',
      'b',
      w('2026-12-09T04:00+01:00', '2026-12-09T03:00+01:00'),
      [['windows.0.end', 'maintenance_window_order']],
      [],
    ],
  ] as const)('%s', (_name, category, window, errors, warnings) => {
    expect(codes(checkWindows(category, [window], calendar))).toEqual({ errors, warnings });
  });

  it('refuses windows of one maintenance that overlap, naming the later one', () => {
    const r = checkWindows(
      'b',
      [
        w('2026-12-09T01:00+01:00', '2026-12-09T03:00+01:00'),
        w('2026-12-10T01:00+01:00', '2026-12-10T02:00+01:00'),
        w('2026-12-09T02:30+01:00', '2026-12-09T04:00+01:00'),
      ],
      calendar,
    );
    expect(r.errors).toEqual([
      { path: 'windows.2.start', code: 'maintenance_window_overlap', params: { other: 1 } },
    ]);
  });

  it('names the slot in the refusal', () => {
    const [issue] = checkWindows(
      'a',
      [w('2026-12-08T09:00+01:00', '2026-12-08T09:30+01:00')],
      calendar,
    ).errors;
    expect(issue?.params).toEqual({ category: 'a', slot: '07:00–08:00', workingDays: 1 });
  });

  it('takes other slots from configuration', () => {
    const slots = {
      a: { start: '06:00', end: '08:00', workingDaysOnly: true },
      b: { start: '01:00', end: '05:00', workingDaysOnly: true },
      c: { start: '01:00', end: '05:00', workingDaysOnly: true },
    };
    expect(
      checkWindows('a', [w('2026-12-08T06:00+01:00', '2026-12-08T07:00+01:00')], calendar, slots).errors,
    ).toEqual([]);
    expect(
      checkWindows('c', [w('2026-12-06T01:00+01:00', '2026-12-06T02:00+01:00')], calendar, slots).errors.map(
        (i) => i.code,
      ),
    ).toEqual(['maintenance_window_outside_slot']);
  });
});

describe('maintenanceStateAt', () => {
  const windows = [
    w('2026-12-09T01:00+01:00', '2026-12-09T03:00+01:00'),
    w('2026-12-10T01:00+01:00', '2026-12-10T02:00+01:00'),
  ];
  it.each([
    ['2026-12-08T12:00+01:00', 'announced'],
    ['2026-12-09T01:00+01:00', 'in_progress'],
    ['2026-12-09T03:00+01:00', 'announced'],
    ['2026-12-10T01:59+01:00', 'in_progress'],
    ['2026-12-10T02:00+01:00', 'completed'],
  ])('at %s: %s', (now, state) => {
    expect(maintenanceStateAt(windows, new Date(now))).toBe(state);
  });
  it('a cancelled one stays cancelled', () => {
    expect(maintenanceStateAt(windows, new Date('2026-12-09T02:00+01:00'), true)).toBe('cancelled');
  });
});

describe('workingDaysNotice', () => {
  it.each([
    // Wednesday 2 December for Wednesday 9 December: Thu, Fri, Mon, Tue.
    ['2026-12-02T10:00+01:00', '2026-12-09T01:00+01:00', 4],
    // Over Christmas: 22 December for 29 December: 23, 24 (25, 26 holidays; 27 Sunday), 28.
    ['2026-12-22T10:00+01:00', '2026-12-29T01:00+01:00', 3],
    ['2026-12-08T10:00+01:00', '2026-12-08T23:00+01:00', 0],
  ])('from %s to %s: %i', (now, start, days) => {
    expect(workingDaysNotice(calendar, new Date(now), new Date(start))).toBe(days);
  });
});
