import { describe, expect, it } from 'vitest';
import { officeCalendar } from '../calendar/business';
import {
  deriveSlaClock,
  type SlaClockKind,
  type SlaClockView,
  type SlaEvent,
  type SlaPolicies,
  type SlaPolicy,
  slaEventProblem,
} from './sla';

const office = officeCalendar();
const nyeAfternoon = officeCalendar({
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

const critical: SlaPolicy = {
  id: 'critical',
  firstResponseMinutes: 30,
  resolutionMinutes: 240,
  hours: '24x7',
};
const high: SlaPolicy = { id: 'high', firstResponseMinutes: 60, resolutionMinutes: 8 * 60, hours: office };
const medium: SlaPolicy = {
  id: 'medium',
  firstResponseMinutes: 240,
  resolutionMinutes: 16 * 60,
  hours: office,
};
const hour24x7: SlaPolicy = { id: 'hour', firstResponseMinutes: 60, resolutionMinutes: 60, hours: '24x7' };
const policies: SlaPolicies = { critical, high, medium, hour: hour24x7 };

const start = (at: string, policyId: string): SlaEvent => ({ type: 'started', at, policyId });
const pause = (at: string, reason: 'waiting_customer' | 'waiting_supplier' | 'waiting_parts'): SlaEvent => ({
  type: 'paused',
  at,
  reason,
});
const resume = (at: string): SlaEvent => ({ type: 'resumed', at });
const stop = (at: string): SlaEvent => ({ type: 'stopped', at });
const change = (at: string, policyId: string): SlaEvent => ({ type: 'policy_changed', at, policyId });

type Row = [
  name: string,
  kind: SlaClockKind,
  log: SlaEvent[],
  at: string,
  expected: Partial<SlaClockView>,
  policies?: SlaPolicies,
];

const criticalLog = [start('2026-12-05T22:00:00+01:00', 'critical')];
const fridayLog = [start('2026-12-04T17:00:00+01:00', 'high')];
const weekendPause = [
  start('2026-12-03T09:00:00+01:00', 'medium'),
  pause('2026-12-04T10:00:00+01:00', 'waiting_customer'),
  resume('2026-12-07T11:00:00+01:00'),
];
const raised = [start('2026-12-07T09:00:00+01:00', 'medium'), change('2026-12-07T15:00:00+01:00', 'high')];
const toCritical = [
  start('2026-12-07T09:00:00+01:00', 'medium'),
  pause('2026-12-07T10:00:00+01:00', 'waiting_customer'),
  resume('2026-12-07T16:00:00+01:00'),
  change('2026-12-07T20:00:00+01:00', 'critical'),
];
const exact = [start('2026-12-07T10:00:00+01:00', 'hour')];
const yearEnd = [
  start('2026-12-30T09:00:00+01:00', 'medium'),
  pause('2026-12-30T10:00:00+01:00', 'waiting_supplier'),
  resume('2026-12-30T11:00:00+01:00'),
];
const withClosure: SlaPolicies = { ...policies, medium: { ...medium, hours: nyeAfternoon } };

const ROWS: Row[] = [
  // 24×7 business-critical incident, 4 h to resolve, opened on a Saturday night.
  [
    'critical, 3 h in',
    'resolution',
    criticalLog,
    '2026-12-06T01:00:00+01:00',
    {
      state: 'running',
      elapsedMinutes: 180,
      remainingMinutes: 60,
      dueAt: '2026-12-06T02:00:00+01:00',
      warnAt: '2026-12-06T01:12:00+01:00',
      warned: false,
      breachedAt: null,
    },
  ],
  [
    'critical, first hour',
    'resolution',
    criticalLog,
    '2026-12-05T23:00:00+01:00',
    { state: 'running', elapsedMinutes: 60, warned: false, warnAt: '2026-12-06T01:12:00+01:00' },
  ],
  [
    'critical, at the due minute',
    'resolution',
    criticalLog,
    '2026-12-06T02:00:00+01:00',
    { state: 'breached', breachedAt: '2026-12-06T02:00:00+01:00', remainingMinutes: 0, overdueMinutes: 0 },
  ],
  [
    'critical, resolved in time',
    'resolution',
    [...criticalLog, stop('2026-12-06T01:30:00+01:00')],
    '2026-12-07T12:00:00+01:00',
    {
      state: 'met',
      elapsedMinutes: 210,
      dueAt: null,
      breachedAt: null,
      stoppedAt: '2026-12-06T01:30:00+01:00',
    },
  ],
  [
    'critical, first response 30 min',
    'first_response',
    criticalLog,
    '2026-12-05T22:10:00+01:00',
    {
      state: 'running',
      targetMinutes: 30,
      dueAt: '2026-12-05T22:30:00+01:00',
      warnAt: '2026-12-05T22:24:00+01:00',
    },
  ],
  [
    '24×7 over the March DST change: 4 hours are 4 real hours',
    'resolution',
    [start('2027-03-28T00:30:00+01:00', 'critical')],
    '2027-03-28T01:00:00+01:00',
    { dueAt: '2027-03-28T05:30:00+02:00' },
  ],
  // Office hours: opened Friday 17:00 with 8 office hours.
  [
    'office hours, Friday evening',
    'resolution',
    fridayLog,
    '2026-12-04T19:00:00+01:00',
    {
      state: 'out_of_hours',
      elapsedMinutes: 60,
      remainingMinutes: 420,
      dueAt: '2026-12-07T15:00:00+01:00',
      warnAt: '2026-12-07T13:24:00+01:00',
      resumesAt: '2026-12-07T08:00:00+01:00',
    },
  ],
  [
    'office hours, Monday morning',
    'resolution',
    fridayLog,
    '2026-12-07T10:00:00+01:00',
    { state: 'running', elapsedMinutes: 180, dueAt: '2026-12-07T15:00:00+01:00', resumesAt: null },
  ],
  [
    'office hours, due at the close is due at 18:00, not the next opening',
    'resolution',
    [start('2026-12-07T10:00:00+01:00', 'high')],
    '2026-12-07T18:00:00+01:00',
    { state: 'breached', breachedAt: '2026-12-07T18:00:00+01:00', dueAt: '2026-12-07T18:00:00+01:00' },
  ],
  [
    'office hours, breached: the overdue minutes count in office hours only',
    'resolution',
    fridayLog,
    '2026-12-08T09:00:00+01:00',
    { state: 'breached', breachedAt: '2026-12-07T15:00:00+01:00', overdueMinutes: 240, remainingMinutes: 0 },
  ],
  // Paused over a weekend (waiting for the customer).
  [
    'paused, on Saturday',
    'resolution',
    weekendPause,
    '2026-12-05T12:00:00+01:00',
    {
      state: 'paused',
      elapsedMinutes: 660,
      remainingMinutes: 300,
      dueAt: null,
      warnAt: null,
      pause: { reason: 'waiting_customer', since: '2026-12-04T10:00:00+01:00' },
      pauses: [{ reason: 'waiting_customer', from: '2026-12-04T10:00:00+01:00', to: null }],
    },
  ],
  [
    'resumed on Monday 11:00',
    'resolution',
    weekendPause,
    '2026-12-07T12:00:00+01:00',
    {
      state: 'running',
      elapsedMinutes: 720,
      dueAt: '2026-12-07T16:00:00+01:00',
      pause: null,
      pauses: [
        { reason: 'waiting_customer', from: '2026-12-04T10:00:00+01:00', to: '2026-12-07T11:00:00+01:00' },
      ],
    },
  ],
  [
    'the first-response clock ignores the pause',
    'first_response',
    weekendPause,
    '2026-12-05T12:00:00+01:00',
    { state: 'breached', breachedAt: '2026-12-03T13:00:00+01:00', pause: null, pauses: [] },
  ],
  // Priority raised mid-way: medium (16 office hours) to high (8) at 15:00, 6 hours in.
  [
    'before the raise',
    'resolution',
    raised,
    '2026-12-07T14:00:00+01:00',
    { policyId: 'medium', targetMinutes: 960, dueAt: '2026-12-08T15:00:00+01:00' },
  ],
  [
    'after the raise',
    'resolution',
    raised,
    '2026-12-07T15:30:00+01:00',
    { policyId: 'high', targetMinutes: 480, elapsedMinutes: 390, dueAt: '2026-12-07T17:00:00+01:00' },
  ],
  // Raised to business-critical (24×7, 4 h) at 20:00: counted around the clock since the start,
  // the pause 10:00–16:00 kept: 1 h + 4 h = 5 h, breached at 19:00 (3 h after the resume).
  [
    'raised to business-critical in the evening',
    'resolution',
    toCritical,
    '2026-12-07T20:00:00+01:00',
    { state: 'breached', elapsedMinutes: 300, breachedAt: '2026-12-07T19:00:00+01:00', overdueMinutes: 60 },
  ],
  [
    'the same log before the raise: office hours, medium',
    'resolution',
    toCritical,
    '2026-12-07T19:00:00+01:00',
    {
      state: 'out_of_hours',
      policyId: 'medium',
      elapsedMinutes: 180,
      resumesAt: '2026-12-08T08:00:00+01:00',
    },
  ],
  // The target minute exactly (24×7, 60 minutes from 10:00).
  [
    'a millisecond before the target',
    'resolution',
    exact,
    '2026-12-07T10:59:59.999+01:00',
    { state: 'running', breachedAt: null, dueAt: '2026-12-07T11:00:00+01:00' },
  ],
  [
    'at the target',
    'resolution',
    exact,
    '2026-12-07T11:00:00+01:00',
    { state: 'breached', breachedAt: '2026-12-07T11:00:00+01:00' },
  ],
  [
    'stopped at the target minute: met',
    'resolution',
    [...exact, stop('2026-12-07T11:00:00+01:00')],
    '2026-12-07T12:00:00+01:00',
    { state: 'met', breachedAt: null, elapsedMinutes: 60 },
  ],
  [
    'stopped a millisecond after: breached',
    'resolution',
    [...exact, stop('2026-12-07T11:00:00.001+01:00')],
    '2026-12-07T12:00:00+01:00',
    {
      state: 'breached',
      breachedAt: '2026-12-07T11:00:00+01:00',
      stoppedAt: '2026-12-07T11:00:00.001+01:00',
    },
  ],
  // A closure added later (31 December afternoon): re-derived on the new calendar, pause kept.
  [
    'year end, before the closure',
    'resolution',
    yearEnd,
    '2026-12-30T12:00:00+01:00',
    { elapsedMinutes: 120, dueAt: '2026-12-31T16:00:00+01:00' },
  ],
  [
    'year end, with the closure',
    'resolution',
    yearEnd,
    '2026-12-30T12:00:00+01:00',
    {
      elapsedMinutes: 120,
      dueAt: '2027-01-04T12:00:00+01:00',
      pauses: [
        { reason: 'waiting_supplier', from: '2026-12-30T10:00:00+01:00', to: '2026-12-30T11:00:00+01:00' },
      ],
    },
    withClosure,
  ],
  // Reopened: the resolution clock runs on from the time already run.
  [
    'reopened',
    'resolution',
    [...exact, stop('2026-12-07T10:40:00+01:00'), resume('2026-12-08T09:00:00+01:00')],
    '2026-12-08T09:10:00+01:00',
    { state: 'running', elapsedMinutes: 50, dueAt: '2026-12-08T09:20:00+01:00', stoppedAt: null },
  ],
  [
    'resolved while waiting for the customer',
    'resolution',
    [...exact, pause('2026-12-07T10:20:00+01:00', 'waiting_parts'), stop('2026-12-07T12:00:00+01:00')],
    '2026-12-07T13:00:00+01:00',
    {
      state: 'met',
      elapsedMinutes: 20,
      pause: null,
      pauses: [
        { reason: 'waiting_parts', from: '2026-12-07T10:20:00+01:00', to: '2026-12-07T12:00:00+01:00' },
      ],
    },
  ],
  [
    'before it started',
    'resolution',
    exact,
    '2026-12-07T09:00:00+01:00',
    { state: 'not_started', policyId: null, elapsedMinutes: 0, dueAt: null },
  ],
  [
    'events after the instant do not count',
    'resolution',
    [...exact, stop('2026-12-07T10:30:00+01:00')],
    '2026-12-07T10:15:00+01:00',
    { state: 'running', elapsedMinutes: 15, stoppedAt: null },
  ],
  [
    'events that do not apply are ignored',
    'resolution',
    [
      resume('2026-12-07T09:00:00+01:00'),
      ...exact,
      resume('2026-12-07T10:05:00+01:00'),
      start('2026-12-07T10:06:00+01:00', 'critical'),
      pause('2026-12-07T10:10:00+01:00', 'waiting_customer'),
      pause('2026-12-07T10:12:00+01:00', 'waiting_supplier'),
    ],
    '2026-12-07T10:30:00+01:00',
    {
      state: 'paused',
      policyId: 'hour',
      elapsedMinutes: 10,
      pause: { reason: 'waiting_customer', since: '2026-12-07T10:10:00+01:00' },
    },
  ],
];

describe('SLA clocks derived from their log', () => {
  it.each(ROWS)('%s', (_name, kind, log, at, expected, given = policies) => {
    expect(deriveSlaClock(kind, log, given, at)).toMatchObject(expected);
  });

  it('takes Dates and a policy lookup function, and shows 24×7 instants in the zone asked for', () => {
    const view = deriveSlaClock(
      'resolution',
      [{ type: 'started', at: new Date('2026-12-07T09:00:00Z'), policyId: 'critical' }],
      (id) => (id === 'critical' ? critical : undefined),
      new Date('2026-12-07T10:00:00Z'),
      { timeZone: 'UTC' },
    );
    expect(view).toMatchObject({ dueAt: '2026-12-07T13:00:00Z', startedAt: '2026-12-07T09:00:00Z' });
  });

  it('warns at a configurable share', () => {
    const log = [start('2026-12-07T10:00:00+01:00', 'hour')];
    expect(
      deriveSlaClock('resolution', log, policies, '2026-12-07T10:00:00+01:00', { warnShare: 0.5 }).warnAt,
    ).toBe('2026-12-07T10:30:00+01:00');
    const own = { hour: { ...hour24x7, warnShare: 0.9 } };
    expect(deriveSlaClock('resolution', log, own, '2026-12-07T10:00:00+01:00').warnAt).toBe(
      '2026-12-07T10:54:00+01:00',
    );
  });

  it('refuses a log out of order and a policy it does not know', () => {
    const log = [start('2026-12-07T10:00:00+01:00', 'hour'), stop('2026-12-07T09:00:00+01:00')];
    expect(() => deriveSlaClock('resolution', log, policies, '2026-12-07T12:00:00+01:00')).toThrow(
      RangeError,
    );
    const unknown = [start('2026-12-07T10:00:00+01:00', 'gone')];
    expect(() => deriveSlaClock('resolution', unknown, policies, '2026-12-07T12:00:00+01:00')).toThrow(
      RangeError,
    );
  });

  it('derives 100,000 clocks within the job’s 10 s budget', () => {
    // Ten batches of 10,000; the fastest batch × 10 against the budget, so that a load spike on a
    // shared machine does not decide the outcome (the total is usually under half the budget).
    const base = Date.parse('2026-01-05T08:00:00Z');
    const batches: number[] = [];
    for (let b = 0; b < 10; b += 1) {
      const t0 = performance.now();
      for (let i = b * 10_000; i < (b + 1) * 10_000; i += 1) {
        const t = base + (i % 5000) * 37 * 60_000;
        const log: SlaEvent[] = [
          { type: 'started', at: new Date(t), policyId: i % 3 === 0 ? 'critical' : 'medium' },
          { type: 'paused', at: new Date(t + 3_600_000), reason: 'waiting_customer' },
          { type: 'resumed', at: new Date(t + 30 * 3_600_000) },
        ];
        deriveSlaClock('resolution', log, policies, new Date(t + 48 * 3_600_000));
      }
      batches.push(performance.now() - t0);
    }
    expect(Math.min(...batches) * 10).toBeLessThan(10_000);
  });
});

describe('adding an event to a clock’s log', () => {
  const running = [start('2026-12-07T10:00:00+01:00', 'hour')];
  const paused = [...running, pause('2026-12-07T10:10:00+01:00', 'waiting_customer')];
  const stopped = [...running, stop('2026-12-07T10:20:00+01:00')];
  it.each([
    [
      'a pause of the first-response clock',
      'first_response',
      running,
      pause('2026-12-07T10:30:00+01:00', 'waiting_customer'),
      'first_response_never_pauses',
    ],
    [
      'a resume of the first-response clock',
      'first_response',
      running,
      resume('2026-12-07T10:30:00+01:00'),
      'first_response_never_pauses',
    ],
    [
      'a pause of the resolution clock',
      'resolution',
      running,
      pause('2026-12-07T10:30:00+01:00', 'waiting_customer'),
      null,
    ],
    [
      'a second pause',
      'resolution',
      paused,
      pause('2026-12-07T10:30:00+01:00', 'waiting_supplier'),
      'clock_not_running',
    ],
    [
      'a resume while running',
      'resolution',
      running,
      resume('2026-12-07T10:30:00+01:00'),
      'clock_not_paused',
    ],
    ['a resume while paused', 'resolution', paused, resume('2026-12-07T10:30:00+01:00'), null],
    ['a stop while paused', 'resolution', paused, stop('2026-12-07T10:30:00+01:00'), null],
    [
      'a pause once stopped',
      'resolution',
      stopped,
      pause('2026-12-07T10:30:00+01:00', 'waiting_customer'),
      'clock_stopped',
    ],
    ['a second stop', 'first_response', stopped, stop('2026-12-07T10:30:00+01:00'), 'clock_stopped'],
    ['a reopen (resume once stopped)', 'resolution', stopped, resume('2026-12-07T10:30:00+01:00'), null],
    ['anything before the start', 'resolution', [], stop('2026-12-07T10:30:00+01:00'), 'clock_not_started'],
    [
      'a second start',
      'resolution',
      running,
      start('2026-12-07T10:30:00+01:00', 'hour'),
      'clock_already_started',
    ],
    [
      'an event before the last',
      'resolution',
      paused,
      resume('2026-12-07T10:05:00+01:00'),
      'event_before_last',
    ],
    ['a policy change', 'first_response', stopped, change('2026-12-07T10:30:00+01:00', 'critical'), null],
    [
      'a policy it does not know',
      'resolution',
      running,
      change('2026-12-07T10:30:00+01:00', 'nope'),
      'unknown_policy',
    ],
    ['a start', 'resolution', [], start('2026-12-07T10:30:00+01:00', 'critical'), null],
  ] as const)('%s: %s', (_name, kind, log, event, expected) => {
    expect(slaEventProblem(kind, log, event, policies)).toBe(expected);
  });
});
