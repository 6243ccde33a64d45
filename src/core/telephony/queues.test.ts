import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, stateAt } from '../calendar/calendar';
import {
  checkQueueSettings,
  DEFAULT_QUEUE_SETTINGS,
  type QueueService,
  type QueueServiceSettings,
  type QueueSettings,
  queueInputSchema,
  queueServiceAt,
} from './queues';

const context = { extensionLength: 3, ownExtension: '500', ownNumber: '+31207940500' };
const check = (change: Partial<QueueSettings>) =>
  checkQueueSettings({ ...DEFAULT_QUEUE_SETTINGS, ...change }, context);
const fieldsOf = (change: Partial<QueueSettings>) => {
  const result = check(change);
  return result.ok ? {} : result.fields;
};

describe('a queue’s settings', () => {
  it.each<[string, Partial<QueueSettings>, Record<string, unknown>]>([
    ['the defaults', {}, {}],
    ['overflow busy after 60 s', { overflowAction: 'busy', overflowAfterSeconds: 60 }, {}],
    [
      'overflow without its timeout',
      { overflowAction: 'busy' },
      { overflowAfterSeconds: 'queue_overflow_after_required' },
    ],
    [
      'overflow later than the maximum wait',
      { overflowAction: 'busy', overflowAfterSeconds: 601, maxWaitSeconds: 600 },
      { overflowAfterSeconds: { code: 'queue_overflow_after_max_wait', params: { max: 600 } } },
    ],
    [
      'overflow at the maximum wait',
      { overflowAction: 'busy', overflowAfterSeconds: 600, maxWaitSeconds: 600 },
      {},
    ],
    [
      'a transfer without a destination',
      { overflowAction: 'transfer', overflowAfterSeconds: 60 },
      { overflowDestination: 'queue_destination_required' },
    ],
    [
      'a transfer to a blank destination',
      { overflowAction: 'transfer', overflowAfterSeconds: 60, overflowDestination: '  ' },
      { overflowDestination: 'queue_destination_required' },
    ],
    [
      'a transfer to an extension',
      { overflowAction: 'transfer', overflowAfterSeconds: 60, overflowDestination: '200' },
      {},
    ],
    [
      'a transfer to the queue’s own extension',
      { overflowAction: 'transfer', overflowAfterSeconds: 60, overflowDestination: '500' },
      { overflowDestination: 'queue_destination_self' },
    ],
    [
      'a transfer to the queue’s own number',
      { strandedAction: 'transfer', strandedDestination: '020 794 0500' },
      { strandedDestination: 'queue_destination_self' },
    ],
    [
      'a transfer to voicemail',
      { strandedAction: 'transfer', strandedDestination: 'voicemail' },
      { strandedDestination: 'queue_destination_voicemail' },
    ],
    [
      'a transfer to an extension of the wrong length',
      { strandedAction: 'transfer', strandedDestination: '2000' },
      { strandedDestination: { code: 'extension_length', params: { length: 3 } } },
    ],
    [
      'a transfer to something that is no number',
      { strandedAction: 'transfer', strandedDestination: 'receptie' },
      { strandedDestination: 'destination_format' },
    ],
    [
      'a stranded transfer to a mobile',
      { strandedAction: 'transfer', strandedDestination: '06 12345678' },
      {},
    ],
    [
      'a comfort message as often as the maximum wait',
      { comfortMessage: 'Een moment geduld', comfortIntervalSeconds: 60, maxWaitSeconds: 60 },
      { comfortIntervalSeconds: { code: 'queue_comfort_interval_max_wait', params: { max: 60 } } },
    ],
    ['a comfort message every 30 s', { comfortMessage: 'Een moment geduld', comfortIntervalSeconds: 30 }, {}],
    [
      'no comfort message at any interval',
      { comfortMessage: null, comfortIntervalSeconds: 600, maxWaitSeconds: 60 },
      {},
    ],
    [
      'positions in a queue of one',
      { positionAnnouncements: true, maxQueueLength: 1 },
      { positionAnnouncements: 'queue_position_single' },
    ],
    [
      'every mistake at once',
      { overflowAction: 'transfer', strandedAction: 'transfer', strandedDestination: 'voicemail' },
      {
        overflowAfterSeconds: 'queue_overflow_after_required',
        overflowDestination: 'queue_destination_required',
        strandedDestination: 'queue_destination_voicemail',
      },
    ],
  ])('%s', (_name, change, expected) => {
    expect(fieldsOf(change)).toEqual(expected);
  });

  it('stores destinations in their normal form and drops what the action does not use', () => {
    const result = check({
      overflowAction: 'transfer',
      overflowAfterSeconds: 90,
      overflowDestination: ' 020-794 0001 ',
      strandedAction: 'busy',
      strandedDestination: '200',
      comfortMessage: '  Een moment geduld  ',
    });
    expect(result).toMatchObject({
      ok: true,
      settings: {
        overflowDestination: '+31207940001',
        strandedDestination: null,
        comfortMessage: 'Een moment geduld',
      },
      extensions: [],
    });
    const waiting = check({ overflowAction: 'keep_waiting', overflowAfterSeconds: 90 });
    expect(waiting).toMatchObject({ ok: true, settings: { overflowAfterSeconds: null } });
  });

  it('names the extensions it transfers to, for the caller to check they exist', () => {
    const result = check({
      overflowAction: 'transfer',
      overflowAfterSeconds: 60,
      overflowDestination: '200',
      strandedAction: 'transfer',
      strandedDestination: '201',
    });
    expect(result).toMatchObject({ ok: true, extensions: ['200', '201'] });
  });

  it.each([
    ['maxQueueLength', 0],
    ['maxQueueLength', 501],
    ['maxWaitSeconds', 9],
    ['maxWaitSeconds', 7201],
    ['comfortIntervalSeconds', 5],
    ['bouncedAfterRings', 0],
    ['bouncedAfterRings', 21],
    ['wrapUpSeconds', -1],
    ['wrapUpSeconds', 601],
    ['distribution', 'random'],
    ['overflowAction', 'hang_up'],
  ])('refuses %s %s at the edge', (field, value) => {
    const parsed = queueInputSchema.safeParse({
      siteId: crypto.randomUUID(),
      name: 'Support',
      [field]: value,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

const SCHEDULE = '00000000-0000-4000-8000-000000000001';

describe('a queue’s opening hours', () => {
  it.each<[string, Partial<QueueSettings>, Record<string, unknown>]>([
    ['a schedule, busy when closed', { scheduleId: SCHEDULE }, {}],
    [
      'closed: a transfer to an outside number',
      { scheduleId: SCHEDULE, closedAction: 'transfer', closedDestination: '030 760 1000' },
      {},
    ],
    [
      'closed: a transfer without a destination',
      { scheduleId: SCHEDULE, closedAction: 'transfer' },
      { closedDestination: 'queue_destination_required' },
    ],
    [
      'closed: keep waiting',
      { scheduleId: SCHEDULE, closedAction: 'keep_waiting' },
      { closedAction: 'queue_closed_keep_waiting' },
    ],
    [
      'holiday: keep waiting',
      { scheduleId: SCHEDULE, holidayAction: 'keep_waiting' },
      { holidayAction: 'queue_closed_keep_waiting' },
    ],
    [
      'holiday: a transfer to voicemail',
      { scheduleId: SCHEDULE, holidayAction: 'transfer', holidayDestination: 'voicemail' },
      { holidayDestination: 'queue_destination_voicemail' },
    ],
    [
      'holiday: a transfer to the queue itself',
      { scheduleId: SCHEDULE, holidayAction: 'transfer', holidayDestination: '500' },
      { holidayDestination: 'queue_destination_self' },
    ],
    [
      'closed: a transfer to the queue’s own number',
      { scheduleId: SCHEDULE, closedAction: 'transfer', closedDestination: '+31207940500' },
      { closedDestination: 'queue_destination_self' },
    ],
    [
      'closed: an extension of the wrong length',
      { scheduleId: SCHEDULE, closedAction: 'transfer', closedDestination: '20' },
      { closedDestination: { code: 'extension_length', params: { length: 3 } } },
    ],
    [
      'no schedule: whatever the out-of-hours settings say',
      { closedAction: 'keep_waiting', holidayAction: 'transfer', closedMessage: true },
      {},
    ],
  ])('%s', (_name, change, expected) => {
    expect(fieldsOf(change)).toEqual(expected);
  });

  it('keeps the out-of-hours settings with a schedule, in normal form, and drops them without one', () => {
    const out = {
      closedAction: 'transfer',
      closedDestination: ' 030-760 1000 ',
      holidayAction: 'transfer',
      holidayDestination: '201',
      closedMessage: true,
    } as const;
    expect(check({ scheduleId: SCHEDULE, ...out })).toEqual({
      ok: true,
      settings: expect.objectContaining({
        scheduleId: SCHEDULE,
        closedAction: 'transfer',
        closedDestination: '+31307601000',
        holidayAction: 'transfer',
        holidayDestination: '201',
        closedMessage: true,
      }),
      extensions: ['201'],
    });
    expect(check({ scheduleId: SCHEDULE, ...out, holidayAction: 'busy' })).toMatchObject({
      ok: true,
      settings: { holidayAction: 'busy', holidayDestination: null },
    });
    expect(check({ scheduleId: SCHEDULE, ...out, holidayAction: null })).toMatchObject({
      ok: true,
      settings: { holidayAction: null, holidayDestination: null },
    });
    expect(check(out)).toMatchObject({
      ok: true,
      settings: {
        scheduleId: null,
        closedAction: 'busy',
        closedDestination: null,
        holidayAction: null,
        holidayDestination: null,
        closedMessage: false,
      },
      extensions: [],
    });
  });
});

/** Office hours of a support desk: weekdays 08:00–18:00 and Sunday 12:00–16:00, public holidays closed. */
const DESK: BusinessCalendar = {
  timeZone: 'Europe/Amsterdam',
  weekly: [
    ...([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
    { weekday: 7, start: '12:00', end: '16:00' },
  ],
  publicHolidaysClosed: true,
  closures: [{ id: 'company-day', name: 'Bedrijfsdag', startDate: '2026-06-12', endDate: '2026-06-12' }],
  openings: [],
  recurringClosures: [],
};

const FOLLOWING: QueueServiceSettings = {
  scheduleId: SCHEDULE,
  closedAction: 'transfer',
  closedDestination: '+31307601000',
  holidayAction: null,
  holidayDestination: null,
  closedMessage: true,
};

const serviceAt = (queue: QueueServiceSettings, iso: string): QueueService =>
  queueServiceAt(queue, stateAt(DESK, DateTime.fromISO(iso, { setZone: true })));

describe('a queue’s service at an instant', () => {
  const closed = {
    service: 'closed',
    reason: 'closed',
    action: 'transfer',
    destination: '+31307601000',
    closedMessage: true,
    asClosed: false,
    name: null,
  };
  it.each<[string, QueueServiceSettings, string, Record<string, unknown>]>([
    ['a Tuesday morning', FOLLOWING, '2026-12-01T10:00:00+01:00', { service: 'open', reason: 'open' }],
    ['a Tuesday evening', FOLLOWING, '2026-12-01T19:30:00+01:00', closed],
    ['a Tuesday, the minute it closes', FOLLOWING, '2026-12-01T18:00:00+01:00', closed],
    ['a Tuesday, the minute before', FOLLOWING, '2026-12-01T17:59:00+01:00', { service: 'open' }],
    // 26 December 2025 is a Friday: a working day but for the holiday.
    [
      'Tweede Kerstdag, as closed (no holiday action)',
      FOLLOWING,
      '2025-12-26T10:00:00+01:00',
      {
        ...closed,
        service: 'holiday',
        reason: 'holiday',
        asClosed: true,
        name: { nl: 'Tweede kerstdag', en: 'Boxing Day' },
        holidayKey: 'boxing-day',
      },
    ],
    [
      'Tweede Kerstdag, with a holiday action of its own',
      { ...FOLLOWING, holidayAction: 'busy', closedMessage: false },
      '2025-12-26T10:00:00+01:00',
      {
        service: 'holiday',
        reason: 'holiday',
        action: 'busy',
        destination: null,
        closedMessage: false,
        asClosed: false,
      },
    ],
    [
      'the company day (a named closure) takes the holiday action',
      { ...FOLLOWING, holidayAction: 'transfer', holidayDestination: '201' },
      '2026-06-12T10:00:00+02:00',
      {
        service: 'holiday',
        reason: 'closure',
        action: 'transfer',
        destination: '201',
        name: { nl: 'Bedrijfsdag', en: 'Bedrijfsdag' },
        closureId: 'company-day',
      },
    ],
    // 29 March 2026: the clocks go from 02:00 to 03:00. 10:30 UTC is 12:30 summer time (open); in
    // winter time it would be 11:30 (closed).
    ['the DST Sunday, 12:30 summer time', FOLLOWING, '2026-03-29T10:30:00Z', { service: 'open' }],
    ['the DST Sunday, 11:30 summer time', FOLLOWING, '2026-03-29T09:30:00Z', closed],
    ['the DST Sunday, 16:00 summer time', FOLLOWING, '2026-03-29T14:00:00Z', closed],
    [
      'no schedule, at night',
      { ...FOLLOWING, scheduleId: null },
      '2026-12-01T23:00:00+01:00',
      { service: 'open', reason: 'no_schedule' },
    ],
    [
      'closed: busy',
      { ...FOLLOWING, closedAction: 'busy', closedDestination: null },
      '2026-12-05T10:00:00+01:00',
      { service: 'closed', action: 'busy', destination: null },
    ],
  ])('%s', (_name, queue, at, expected) => {
    expect(serviceAt(queue, at)).toMatchObject(expected);
  });

  it('is open without a state to go by', () => {
    expect(queueServiceAt(FOLLOWING, null)).toEqual({ service: 'open', reason: 'no_schedule' });
  });
});
