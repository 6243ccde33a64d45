import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, stateAt } from '../calendar/calendar';
import { DEFAULT_CALL_RESTRICTIONS } from './call-classes';
import {
  barredRouteNumbers,
  checkRoute,
  type Destination,
  pointersOf,
  type RouteDestinations,
  routeDestinationsSchema,
  routeFor,
} from './incoming-routes';

const AMS = 'Europe/Amsterdam';
const ATTENDANT = '6f1c1f64-0c0e-4a55-9a57-3a1f4b8e0a01';
const GROUP = '6f1c1f64-0c0e-4a55-9a57-3a1f4b8e0a02';
const USER = '6f1c1f64-0c0e-4a55-9a57-3a1f4b8e0a03';
const NEW_YEARS_EVE = '6f1c1f64-0c0e-4a55-9a57-3a1f4b8e0a04';
const COMPANY_DAY = '6f1c1f64-0c0e-4a55-9a57-3a1f4b8e0a05';

const kantoortijden: BusinessCalendar = {
  timeZone: AMS,
  weekly: [
    ...([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '08:30', end: '17:30' })),
    // Sunday mornings, so that the DST Sundays have hours to be exact about.
    { weekday: 7 as const, start: '08:00', end: '12:00' },
  ],
  publicHolidaysClosed: true,
  closures: [
    {
      id: NEW_YEARS_EVE,
      name: 'Oudejaarsmiddag',
      startDate: '2026-12-31',
      endDate: '2026-12-31',
      startTime: '12:00',
      endTime: '17:30',
    },
  ],
  openings: [],
  recurringClosures: [{ id: COMPANY_DAY, name: 'Bedrijfsdag', month: 6, day: 12 }],
};

const menu = (menus: 'businessHours' | 'afterHours' | 'holiday'): Destination => ({
  type: 'auto_attendant',
  id: ATTENDANT,
  menus,
});

const full: RouteDestinations = {
  open: menu('businessHours'),
  closed: menu('afterHours'),
  holiday: menu('holiday'),
  closures: { [NEW_YEARS_EVE]: { type: 'hunt_group', id: GROUP } },
};
const noHoliday: RouteDestinations = { ...full, holiday: null, closures: {} };

const local = (iso: string) => DateTime.fromISO(iso, { zone: AMS });

describe('routeFor', () => {
  const cases: [string, string, RouteDestinations, string, string, boolean, Destination][] = [
    ['a Tuesday 10:00', '2026-04-14T10:00', full, 'open', 'open', false, menu('businessHours')],
    ['a Tuesday 20:00', '2026-04-14T20:00', full, 'closed', 'closed', false, menu('afterHours')],
    [
      'a Tuesday 17:30 (the end is not open)',
      '2026-04-14T17:30',
      full,
      'closed',
      'closed',
      false,
      menu('afterHours'),
    ],
    ['Tweede Paasdag 10:00', '2026-04-06T10:00', full, 'holiday', 'holiday', false, menu('holiday')],
    [
      'Tweede Paasdag without a holiday entry',
      '2026-04-06T10:00',
      noHoliday,
      'holiday',
      'closed',
      true,
      menu('afterHours'),
    ],
    ['King’s Day 2026 (a Monday)', '2026-04-27T11:00', full, 'holiday', 'holiday', false, menu('holiday')],
    [
      'New Year’s Eve afternoon',
      '2026-12-31T14:00',
      full,
      'closure',
      'closure',
      false,
      { type: 'hunt_group', id: GROUP },
    ],
    ['New Year’s Eve morning', '2026-12-31T10:00', full, 'open', 'open', false, menu('businessHours')],
    [
      'a named closure without its own entry',
      '2026-06-12T10:00',
      full,
      'closure',
      'closed',
      true,
      menu('afterHours'),
    ],
    ['spring DST Sunday 08:30 CEST', '2026-03-29T08:30', full, 'open', 'open', false, menu('businessHours')],
    ['spring DST Sunday 07:30 CEST', '2026-03-29T07:30', full, 'closed', 'closed', false, menu('afterHours')],
    ['autumn DST Sunday 08:30 CET', '2026-10-25T08:30', full, 'open', 'open', false, menu('businessHours')],
    ['autumn DST Sunday 12:00 CET', '2026-10-25T12:00', full, 'closed', 'closed', false, menu('afterHours')],
  ];
  it.each(cases)('%s', (_, when, destinations, state, entry, fallback, destination) => {
    const decision = routeFor(destinations, stateAt(kantoortijden, local(when)));
    expect(decision).toMatchObject({ state, entry, fallback, destination });
  });

  it('is exact in UTC across both DST changes', () => {
    // 06:30 UTC is 08:30 in summer time on 29 March, and 07:30 in winter time on 25 October.
    const spring = routeFor(full, stateAt(kantoortijden, new Date('2026-03-29T06:30:00Z')));
    const autumn = routeFor(full, stateAt(kantoortijden, new Date('2026-10-25T06:30:00Z')));
    expect([spring.entry, autumn.entry]).toEqual(['open', 'closed']);
  });

  it('names the holiday and the closure in Dutch and English', () => {
    const easter = routeFor(full, stateAt(kantoortijden, local('2026-04-06T10:00')));
    expect(easter).toMatchObject({ holidayKey: 'easter-monday', closureId: null });
    expect(easter.name?.nl).toBe('Tweede paasdag');
    expect(easter.name?.en).toBe('Easter Monday');
    const eve = routeFor(full, stateAt(kantoortijden, local('2026-12-31T14:00')));
    expect(eve).toMatchObject({
      closureId: NEW_YEARS_EVE,
      name: { nl: 'Oudejaarsmiddag', en: 'Oudejaarsmiddag' },
    });
  });

  it('is always open without a schedule', () => {
    const only: RouteDestinations = {
      open: { type: 'user', id: USER },
      closed: null,
      holiday: null,
      closures: {},
    };
    expect(routeFor(only, null)).toMatchObject({ state: 'open', entry: 'open', destination: only.open });
    // Total even for a state it cannot have been checked for: no closed entry means open.
    expect(routeFor(only, { state: 'closed' })).toMatchObject({ entry: 'open', fallback: true });
  });
});

describe('checkRoute', () => {
  const schedule = { closureIds: new Set([NEW_YEARS_EVE, COMPANY_DAY]) };
  const parse = (d: unknown) => routeDestinationsSchema.parse(d);
  const cases: [string, unknown, { closureIds: Set<string> } | null, [string, string][]][] = [
    ['a full route', full, schedule, []],
    [
      'closed is required with a schedule',
      { open: menu('businessHours') },
      schedule,
      [['destinations.closed', 'required']],
    ],
    ['only open without a schedule', { open: menu('businessHours') }, null, []],
    [
      'no other periods without a schedule',
      full,
      null,
      [
        ['destinations.closed', 'route_needs_schedule'],
        ['destinations.holiday', 'route_needs_schedule'],
        [`destinations.closures.${NEW_YEARS_EVE}`, 'route_needs_schedule'],
      ],
    ],
    [
      'a closure of another schedule',
      { ...full, closures: { [USER]: { type: 'user', id: USER } } },
      schedule,
      [[`destinations.closures.${USER}`, 'route_closure_unknown']],
    ],
    [
      'an outside number that is none, and the route’s own',
      { open: { type: 'number', number: '12' }, closed: { type: 'number', number: '020 794 0000' } },
      schedule,
      [
        ['destinations.open.number', 'phone_number'],
        ['destinations.closed.number', 'route_to_itself'],
      ],
    ],
  ];
  it.each(cases)('%s', (_, input, sched, problems) => {
    const checked = checkRoute(parse(input), sched, '+31207940000');
    expect(Object.entries(checked.problems).map(([p, c]) => [p, typeof c === 'string' ? c : c.code])).toEqual(
      problems,
    );
  });

  it('stores outside numbers in E.164 and lists what the destinations point at', () => {
    const checked = checkRoute(
      parse({
        open: { type: 'number', number: '06 1234 5678' },
        closed: { type: 'voicemail', userId: USER },
        holiday: menu('holiday'),
      }),
      schedule,
      '+31207940000',
    );
    expect(checked.destinations.open).toEqual({ type: 'number', number: '+31612345678' });
    expect(checked.references).toEqual([
      { path: 'destinations.closed.userId', target: { type: 'user', id: USER } },
      { path: 'destinations.holiday.id', target: { type: 'auto_attendant', id: ATTENDANT } },
    ]);
    expect(pointersOf(full)).toEqual([
      { type: 'auto_attendant', id: ATTENDANT },
      { type: 'auto_attendant', id: ATTENDANT },
      { type: 'auto_attendant', id: ATTENDANT },
      { type: 'hunt_group', id: GROUP },
    ]);
  });

  it('refuses unknown destination types and closure keys that are no ids at the edge', () => {
    expect(routeDestinationsSchema.safeParse({ open: { type: 'operator' } }).success).toBe(false);
    expect(
      routeDestinationsSchema.safeParse({ open: menu('holiday'), closures: { x: menu('holiday') } }).success,
    ).toBe(false);
    expect(
      routeDestinationsSchema.safeParse({ open: { type: 'auto_attendant', id: ATTENDANT, menus: 'night' } })
        .success,
    ).toBe(false);
  });
});

describe('barredRouteNumbers', () => {
  const to = (number: string): RouteDestinations => ({
    open: { type: 'user', id: USER },
    closed: { type: 'number', number },
    holiday: null,
    closures: { [NEW_YEARS_EVE]: { type: 'number', number } },
  });
  const options = { extensionLength: 3, ownNumbers: new Set(['+31909000000']) };
  const cases: [string, string, typeof DEFAULT_CALL_RESTRICTIONS, string[]][] = [
    ['a mobile, by default', '+31612345678', DEFAULT_CALL_RESTRICTIONS, []],
    [
      'a premium-rate number, by default',
      '+319001234567',
      DEFAULT_CALL_RESTRICTIONS,
      ['destinations.closed.number', `destinations.closures.${NEW_YEARS_EVE}.number`],
    ],
    [
      'abroad, when international calls are barred',
      '+442079460000',
      { ...DEFAULT_CALL_RESTRICTIONS, international: false },
      ['destinations.closed.number', `destinations.closures.${NEW_YEARS_EVE}.number`],
    ],
    ['abroad, allowed', '+442079460000', DEFAULT_CALL_RESTRICTIONS, []],
  ];
  it.each(cases)('%s', (_, number, restrictions, paths) => {
    expect(Object.keys(barredRouteNumbers(to(number), restrictions, options))).toEqual(paths);
  });
});
