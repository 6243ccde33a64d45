import { describe, expect, it } from 'vitest';
import { checkQueueSettings, DEFAULT_QUEUE_SETTINGS, type QueueSettings, queueInputSchema } from './queues';

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
