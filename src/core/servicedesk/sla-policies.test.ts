import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SLA_POLICIES,
  lifecycleEvents,
  slaPolicyKey,
  slaPolicyPatchSchema,
  slaPolicyProblems,
} from './sla-policies';
import type { TicketStatus } from './tickets';

const at = new Date('2026-12-03T10:00:00Z');

describe('the seeded SLA policies', () => {
  it('cover every ticket type × priority with its priority’s default targets', () => {
    expect(DEFAULT_SLA_POLICIES).toHaveLength(20);
    expect(DEFAULT_SLA_POLICIES.find((p) => p.key === slaPolicyKey('repair', 'critical'))).toMatchObject({
      hours: '24x7',
      firstResponseMinutes: 15,
      resolutionMinutes: 240,
      warnShare: 0.8,
    });
    for (const p of DEFAULT_SLA_POLICIES) expect(slaPolicyProblems(p)).toEqual({});
  });
});

describe('a policy’s change', () => {
  it.each([
    [{ warnShare: 0 }, false],
    [{ warnShare: 1 }, true],
    [{ warnShare: 1.2 }, false],
    [{ firstResponseMinutes: 0 }, false],
    [{ resolutionMinutes: 1.5 }, false],
    [{ hours: 'office' }, true],
    [{ hours: 'weekends' }, false],
    [{ other: 1 }, false],
  ])('%j is valid: %s', (patch, valid) => {
    expect(slaPolicyPatchSchema.safeParse(patch).success).toBe(valid);
  });

  it.each([
    [60, 60, {}],
    [61, 60, { firstResponseMinutes: 'sla_first_response_after_resolution' }],
  ])('first response %i, resolution %i', (firstResponseMinutes, resolutionMinutes, problems) => {
    expect(
      slaPolicyProblems({ hours: '24x7', warnShare: 0.8, firstResponseMinutes, resolutionMinutes }),
    ).toEqual(problems);
  });
});

describe('what a status step means for the clocks', () => {
  const kinds = (
    from: TicketStatus,
    to: TicketStatus,
    byDesk: boolean,
    paused: 'waiting_customer' | 'waiting_parts' | null = null,
  ) => lifecycleEvents(from, to, byDesk, at, paused).map((e) => `${e.clock}:${e.event.type}`);

  it.each([
    ['new', 'acknowledged', true, null, ['first_response:stopped']],
    ['acknowledged', 'in_progress', true, null, ['first_response:stopped']],
    ['in_progress', 'waiting_for_customer', true, null, ['first_response:stopped', 'resolution:paused']],
    ['waiting_for_customer', 'in_progress', false, 'waiting_customer', ['resolution:resumed']],
    ['waiting_for_customer', 'in_progress', false, 'waiting_parts', []],
    ['in_progress', 'resolved', true, null, ['first_response:stopped', 'resolution:stopped']],
    ['resolved', 'closed', false, null, []],
    ['resolved', 'in_progress', false, null, ['resolution:resumed']],
    ['closed', 'in_progress', true, null, ['first_response:stopped', 'resolution:resumed']],
  ] as const)('%s → %s (desk: %s, paused for %s)', (from, to, byDesk, paused, expected) => {
    expect(kinds(from, to, byDesk, paused)).toEqual(expected);
  });
});
