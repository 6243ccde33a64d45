import { describe, expect, it } from 'vitest';
import {
  nextRepairSteps,
  REPAIR_STATUSES,
  repairOpen,
  repairShippedSchema,
  repairStepProblem,
  warrantyOf,
} from './repairs';

describe('warranty from the device’s ownership (guide §4.4.1)', () => {
  it.each([
    // what, ownership, since, part, today, term months, covered, reason, covered until
    [
      'rented: the whole rental, years on',
      'rented',
      '2019-05-01',
      'device',
      '2026-12-03',
      24,
      true,
      'rented',
      null,
    ],
    ['rented: on the first day', 'rented', '2026-12-03', 'device', '2026-12-03', 24, true, 'rented', null],
    ['rented battery: never', 'rented', '2026-01-01', 'battery', '2026-02-01', 24, false, 'battery', null],
    [
      'bought battery, new: never',
      'bought',
      '2026-12-01',
      'battery',
      '2026-12-03',
      24,
      false,
      'battery',
      null,
    ],
    [
      'bought, within the term',
      'bought',
      '2025-06-15',
      'device',
      '2026-12-03',
      24,
      true,
      'bought_in_term',
      '2027-06-14',
    ],
    [
      'bought, on the day of purchase',
      'bought',
      '2026-12-03',
      'device',
      '2026-12-03',
      24,
      true,
      'bought_in_term',
      '2028-12-02',
    ],
    [
      'bought, the last covered day',
      'bought',
      '2024-03-15',
      'device',
      '2026-03-14',
      24,
      true,
      'bought_in_term',
      '2026-03-14',
    ],
    [
      'bought, the day after the term',
      'bought',
      '2024-03-15',
      'device',
      '2026-03-15',
      24,
      false,
      'bought_term_ended',
      '2026-03-14',
    ],
    [
      'bought on 1 March: to the end of February',
      'bought',
      '2024-03-01',
      'device',
      '2026-02-28',
      24,
      true,
      'bought_in_term',
      '2026-02-28',
    ],
    [
      'bought on 1 March: 1 March is past',
      'bought',
      '2024-03-01',
      'device',
      '2026-03-01',
      24,
      false,
      'bought_term_ended',
      '2026-02-28',
    ],
    [
      'bought on 29 February (leap day)',
      'bought',
      '2024-02-29',
      'device',
      '2026-02-28',
      24,
      true,
      'bought_in_term',
      '2026-02-28',
    ],
    [
      'bought on 29 February, 1 March after',
      'bought',
      '2024-02-29',
      'device',
      '2026-03-01',
      24,
      false,
      'bought_term_ended',
      '2026-02-28',
    ],
    [
      'bought, 12-month term ended',
      'bought',
      '2025-11-30',
      'device',
      '2026-12-03',
      12,
      false,
      'bought_term_ended',
      '2026-11-29',
    ],
    [
      'bought on 31 January, one month',
      'bought',
      '2026-01-31',
      'device',
      '2026-02-28',
      1,
      true,
      'bought_in_term',
      '2026-02-28',
    ],
    [
      'bought, across a year end',
      'bought',
      '2025-01-01',
      'device',
      '2025-12-31',
      12,
      true,
      'bought_in_term',
      '2025-12-31',
    ],
    [
      'bought, new year after 12 months',
      'bought',
      '2025-01-01',
      'device',
      '2026-01-01',
      12,
      false,
      'bought_term_ended',
      '2025-12-31',
    ],
  ] as const)('%s', (_what, ownership, ownershipDate, part, today, term, covered, reason, until) => {
    expect(warrantyOf({ ownership, ownershipDate }, part, today, term)).toEqual({
      covered,
      reason,
      coveredUntil: until,
    });
  });
});

describe('the repair’s steps', () => {
  it.each([
    ['registered', 'received', null],
    ['received', 'shipped', null],
    ['shipped', 'closed', null],
    ['registered', 'shipped', ['received']],
    ['registered', 'closed', ['received']],
    ['received', 'received', ['shipped']],
    ['shipped', 'received', ['closed']],
    ['closed', 'received', []],
  ] as const)('%s → %s', (from, to, allowed) => {
    expect(repairStepProblem(from, to)).toEqual(allowed === null ? null : { allowed });
  });

  it('is open until closed, one next step at a time', () => {
    expect(REPAIR_STATUSES.filter(repairOpen)).toEqual(['registered', 'received', 'shipped']);
    expect(REPAIR_STATUSES.map((s) => nextRepairSteps(s).length)).toEqual([1, 1, 1, 0]);
  });
});

describe('the shipment', () => {
  it.each([
    ['00:11:22:AA:BB:CC', '001122aabbcc'],
    ['0011.22aa.bbcc', '001122aabbcc'],
    ['00-11-22-aa-bb-cc', '001122aabbcc'],
  ])('takes the MAC %s in any usual notation', (mac, stored) => {
    expect(repairShippedSchema.parse({ trackingReference: '3SABC123', mac }).mac).toBe(stored);
  });
  it.each(['00:11:22:AA:BB', 'ff:ff:ff:ff:ff:ff', '01:00:5e:00:00:01', 'zz:11:22:aa:bb:cc'])(
    'refuses the MAC %s',
    (mac) => {
      expect(repairShippedSchema.safeParse({ trackingReference: '3SABC123', mac }).success).toBe(false);
    },
  );
  it('needs a tracking reference', () => {
    expect(repairShippedSchema.safeParse({ trackingReference: '  ' }).success).toBe(false);
  });
});
