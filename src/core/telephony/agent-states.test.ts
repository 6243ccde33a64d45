import { describe, expect, it } from 'vitest';
import { effectiveState, nextAgentState } from './agent-states';

const now = new Date('2026-03-02T10:00:00Z');
const later = (s: number) => new Date(now.getTime() + s * 1000);

describe('an agent’s next state', () => {
  it.each([
    [{ state: 'available' as const }, 0, { ok: { state: 'available', reason: null, until: null } }],
    [
      { state: 'unavailable' as const, reason: 'lunch' as const },
      0,
      { ok: { state: 'unavailable', reason: 'lunch', until: null } },
    ],
    [{ state: 'unavailable' as const }, 0, { fields: { reason: 'agent_reason_required' } }],
    [{ state: 'unavailable' as const, reason: null }, 0, { fields: { reason: 'agent_reason_required' } }],
    [
      { state: 'available' as const, reason: 'break' as const },
      0,
      { fields: { reason: 'agent_reason_only_unavailable' } },
    ],
    [
      { state: 'wrap_up' as const, reason: 'break' as const },
      30,
      { fields: { reason: 'agent_reason_only_unavailable' } },
    ],
    [{ state: 'wrap_up' as const }, 0, { fields: { state: 'agent_no_wrap_up' } }],
    [{ state: 'wrap_up' as const }, 45, { ok: { state: 'wrap_up', reason: null, until: later(45) } }],
  ])('%o with a wrap-up time of %i s', (input, wrapUp, expected) => {
    expect(nextAgentState(input, wrapUp, now)).toEqual(expected);
  });
});

describe('an agent’s state as read', () => {
  it.each([
    ['never set', null, now, 'available'],
    [
      'unavailable',
      { state: 'unavailable' as const, reason: 'meeting' as const, until: null },
      now,
      'unavailable',
    ],
    ['in wrap-up', { state: 'wrap_up' as const, reason: null, until: later(30) }, now, 'wrap_up'],
    [
      'a second before the end',
      { state: 'wrap_up' as const, reason: null, until: later(30) },
      later(29),
      'wrap_up',
    ],
    [
      'at the end of wrap-up',
      { state: 'wrap_up' as const, reason: null, until: later(30) },
      later(30),
      'available',
    ],
    ['after wrap-up', { state: 'wrap_up' as const, reason: null, until: later(30) }, later(300), 'available'],
  ])('%s', (_name, stored, at, expected) => {
    expect(effectiveState(stored, at).state).toBe(expected);
  });
});
