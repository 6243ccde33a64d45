import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SESSION_LIMITS,
  type SessionLimits,
  type SessionStatus,
  sessionStatus,
} from './session-timeouts';

const CREATED = new Date('2026-05-04T08:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (offset: number): Date => new Date(CREATED.getTime() + offset);

describe('DEFAULT_SESSION_LIMITS', () => {
  it('is 30 minutes idle and 12 hours in all', () => {
    expect(DEFAULT_SESSION_LIMITS).toStrictEqual({ idleMinutes: 30, absoluteHours: 12 });
  });
});

describe('sessionStatus with the default limits', () => {
  it.each<[string, number, number, SessionStatus]>([
    ['just created', 0, 0, 'active'],
    ['idle one millisecond short of 30 minutes', 0, 30 * MINUTE - 1, 'active'],
    ['idle exactly 30 minutes', 0, 30 * MINUTE, 'idle_expired'],
    ['idle 31 minutes', 0, 31 * MINUTE, 'idle_expired'],
    ['seen 29 minutes ago after hours of use', 5 * HOUR, 5 * HOUR + 29 * MINUTE, 'active'],
    ['seen 30 minutes ago after hours of use', 5 * HOUR, 5 * HOUR + 30 * MINUTE, 'idle_expired'],
    ['busy until one millisecond short of 12 hours', 12 * HOUR - MINUTE, 12 * HOUR - 1, 'active'],
    ['busy at exactly 12 hours', 12 * HOUR - MINUTE, 12 * HOUR, 'absolute_expired'],
    ['seen this very moment at 12 hours', 12 * HOUR, 12 * HOUR, 'absolute_expired'],
    // Both limits passed: the absolute limit is reported.
    ['idle and past 12 hours', 0, 13 * HOUR, 'absolute_expired'],
  ])('%s: %s', (_label, seenAfter, nowAfter, status) => {
    expect(
      sessionStatus({ createdAt: CREATED, lastSeenAt: at(seenAfter) }, DEFAULT_SESSION_LIMITS, at(nowAfter)),
    ).toBe(status);
  });
});

describe('sessionStatus with other limits', () => {
  it.each<[SessionLimits, number, number, SessionStatus]>([
    [{ idleMinutes: 5, absoluteHours: 1 }, 0, 5 * MINUTE - 1, 'active'],
    [{ idleMinutes: 5, absoluteHours: 1 }, 0, 5 * MINUTE, 'idle_expired'],
    [{ idleMinutes: 5, absoluteHours: 1 }, 59 * MINUTE, HOUR - 1, 'active'],
    [{ idleMinutes: 5, absoluteHours: 1 }, 59 * MINUTE, HOUR, 'absolute_expired'],
    [{ idleMinutes: 120, absoluteHours: 24 }, 0, 119 * MINUTE, 'active'],
    [{ idleMinutes: 120, absoluteHours: 24 }, 20 * HOUR, 24 * HOUR - 1, 'idle_expired'],
    [{ idleMinutes: 120, absoluteHours: 24 }, 23 * HOUR, 24 * HOUR, 'absolute_expired'],
  ])('%j, seen at +%i ms, now +%i ms: %s', (limits, seenAfter, nowAfter, status) => {
    expect(sessionStatus({ createdAt: CREATED, lastSeenAt: at(seenAfter) }, limits, at(nowAfter))).toBe(
      status,
    );
  });
});
