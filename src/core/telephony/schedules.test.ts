import { describe, expect, it } from 'vitest';
import { scheduleInputSchema, scheduleProblems } from './schedules';

const base = { name: 'Kantoortijden' };
const issues = (input: Record<string, unknown>): [string, string][] => {
  const parsed = scheduleInputSchema.safeParse({ ...base, ...input });
  if (!parsed.success) return parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
  return Object.entries(scheduleProblems(parsed.data)).map(([path, spec]) => [
    path,
    typeof spec === 'string' ? spec : spec.code,
  ]);
};

describe('schedule rules', () => {
  it.each([
    ['a good week', { weekly: [{ weekday: 1, start: '08:30', end: '17:30' }] }, []],
    ['until midnight as 00:00', { weekly: [{ weekday: 1, start: '18:00', end: '00:00' }] }, []],
    [
      '24:00',
      { weekly: [{ weekday: 1, start: '18:00', end: '24:00' }] },
      [['weekly.0.end', 'schedule_time_24']],
    ],
    [
      '8:30',
      { weekly: [{ weekday: 1, start: '8:30', end: '17:00' }] },
      [['weekly.0.start', 'schedule_time_format']],
    ],
    [
      'an inverted period',
      { weekly: [{ weekday: 2, start: '17:00', end: '09:00' }] },
      [['weekly.0.end', 'schedule_period_inverted']],
    ],
    [
      'overlapping periods',
      {
        weekly: [
          { weekday: 3, start: '08:00', end: '12:00' },
          { weekday: 3, start: '11:00', end: '14:00' },
        ],
      },
      [['weekly.1.start', 'schedule_period_overlap']],
    ],
    [
      'touching periods, and the same hours on other days',
      {
        weekly: [
          { weekday: 3, start: '08:00', end: '12:00' },
          { weekday: 3, start: '12:00', end: '14:00' },
          { weekday: 4, start: '08:00', end: '12:00' },
        ],
      },
      [],
    ],
    ['an unknown time zone', { timeZone: 'Europe/Amsterdm' }, [['timeZone', 'schedule_time_zone']]],
    [
      'a closure at a time the clocks skip',
      {
        closures: [
          {
            name: 'Onderhoud',
            startDate: '2027-03-28',
            endDate: '2027-03-28',
            startTime: '02:30',
            endTime: '05:00',
          },
        ],
      },
      [['closures.0.startTime', 'schedule_local_time_missing']],
    ],
    [
      'a closure at a time that occurs twice',
      {
        closures: [
          {
            name: 'Onderhoud',
            startDate: '2027-10-31',
            endDate: '2027-10-31',
            startTime: '02:30',
            endTime: '05:00',
          },
        ],
      },
      [],
    ],
    [
      'an opening at a time the clocks skip',
      { openings: [{ name: 'Nacht', date: '2026-03-29', start: '01:00', end: '02:15' }] },
      [['openings.0.end', 'schedule_local_time_missing']],
    ],
    [
      'a backwards closure',
      { closures: [{ name: 'Dicht', startDate: '2026-06-12', endDate: '2026-06-11' }] },
      [['closures.0.endDate', 'schedule_range_inverted']],
    ],
    [
      'a closure with one time',
      { closures: [{ name: 'Dicht', startDate: '2026-06-12', endDate: '2026-06-12', startTime: '12:00' }] },
      [['closures.0.endTime', 'schedule_times_pair']],
    ],
    [
      'a date that does not exist',
      { closures: [{ name: 'Dicht', startDate: '2026-02-30', endDate: '2026-03-01' }] },
      [['closures.0.startDate', 'schedule_date']],
    ],
    [
      '31 April yearly',
      { recurringClosures: [{ name: 'X', month: 4, day: 31 }] },
      [['recurringClosures.0.day', 'schedule_month_day']],
    ],
    ['29 February yearly', { recurringClosures: [{ name: 'Schrikkeldag', month: 2, day: 29 }] }, []],
  ])('%s', (_what, input, expected) => {
    expect(issues(input)).toEqual(expected);
  });

  it('defaults to Europe/Amsterdam with holidays closed, enterprise-wide', () => {
    expect(scheduleInputSchema.parse(base)).toMatchObject({
      timeZone: 'Europe/Amsterdam',
      publicHolidaysClosed: true,
      siteId: null,
      weekly: [],
    });
  });
});
