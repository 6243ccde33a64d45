import { describe, expect, it } from 'vitest';
import {
  checkHandling,
  type HuntGroupHandling,
  huntGroupMemberInputSchema,
  moved,
  orderProblem,
} from './hunt-groups';

const base: HuntGroupHandling = {
  distribution: 'regular',
  huntAfterSeconds: 15,
  timeoutSeconds: null,
  timeoutDestination: null,
  busyAction: 'busy_tone',
  busyDestination: null,
  unreachableAction: 'busy_tone',
  unreachableDestination: null,
  callWaiting: false,
  ringPattern: 'normal',
};
const ctx = {
  extensionLength: 3,
  knownExtensions: new Set(['200']),
  ownExtension: '300',
  ownNumber: '+31207940010',
};

describe('checkHandling', () => {
  it.each([
    ['nothing forwarded', {}, {}],
    ['a timeout needs a destination', { timeoutSeconds: 60 }, { timeoutDestination: 'required' }],
    ['forward on busy needs one', { busyAction: 'forward' }, { busyDestination: 'required' }],
    [
      'an unknown extension',
      { busyAction: 'forward', busyDestination: '201' },
      { busyDestination: 'extension_unknown' },
    ],
    [
      'voicemail',
      { unreachableAction: 'forward', unreachableDestination: 'voicemail' },
      { unreachableDestination: 'group_no_voicemail' },
    ],
    [
      'its own extension',
      { busyAction: 'forward', busyDestination: '300' },
      { busyDestination: 'forward_to_self' },
    ],
    [
      'its own number',
      { busyAction: 'forward', busyDestination: '020 794 0010' },
      { busyDestination: 'forward_to_self' },
    ],
    ['garbage', { busyAction: 'forward', busyDestination: 'x?' }, { busyDestination: 'destination_format' }],
    [
      'an extension of another length',
      { busyAction: 'forward', busyDestination: '2001' },
      { busyDestination: { code: 'extension_length', params: { length: 3 } } },
    ],
    [
      'a timeout before one member rang',
      { timeoutSeconds: 10, timeoutDestination: '200', huntAfterSeconds: 15 },
      { timeoutSeconds: { code: 'timeout_before_hunt', params: { seconds: 15 } } },
    ],
  ] as const)('%s', (_, change, fields) => {
    const result = checkHandling({ ...base, ...change }, ctx);
    if (Object.keys(fields).length === 0) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, fields });
  });

  it('keeps destinations in their normal form, and drops one that is not used', () => {
    const result = checkHandling(
      { ...base, timeoutSeconds: 60, timeoutDestination: '06-1234 5678', busyDestination: '200' },
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      handling: { timeoutDestination: '+31612345678', busyDestination: null },
    });
  });
});

describe('member order', () => {
  it.each([
    [['a', 'b', 'c'], ['c', 'a', 'b'], null],
    [['a', 'b', 'c'], ['c', 'a'], 'order_members'],
    [['a', 'b'], ['a', 'b', 'x'], 'order_members'],
    [['a', 'b'], ['a', 'a'], 'order_duplicate'],
    [['a', 'b'], ['a', 'x'], 'order_members'],
  ] as const)('%j reordered as %j: %s', (current, ids, problem) => {
    expect(orderProblem(current, ids)).toBe(problem);
  });

  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, 0, ['c', 'a', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 5, ['a', 'b', 'c']],
    [1, 2, ['a', 'c', 'b']],
  ] as const)('moves %i to %i', (from, to, out) => {
    expect(moved(['a', 'b', 'c'], from, to)).toEqual(out);
  });
});

describe('a member', () => {
  it.each([
    [{ userId: '5f0c3b8e-7c1a-4a53-9d2e-2b7f1e1a0c11' }, true],
    [{ externalNumber: '06 1234 5678' }, true],
    [{}, false],
    [{ userId: '5f0c3b8e-7c1a-4a53-9d2e-2b7f1e1a0c11', externalNumber: '0612345678' }, false],
    [{ externalNumber: 'mobiel' }, false],
    [{ externalNumber: '0612345678', weight: 101 }, false],
  ])('%j valid: %s', (input, ok) => {
    expect(huntGroupMemberInputSchema.safeParse(input).success).toBe(ok);
  });
});
