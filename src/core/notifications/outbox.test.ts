import { describe, expect, it } from 'vitest';
import { afterAttempt, backoffDelayMs, mayRetry, type RetryPolicy } from './outbox';

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 600_000 };
const now = new Date('2026-12-03T10:00:00Z');

describe('backoffDelayMs', () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [4, 480_000],
    [5, 600_000],
    [6, 600_000],
    [1000, 600_000],
  ])('after failed attempt %i waits %i ms', (attempt, ms) => {
    expect(backoffDelayMs(attempt, policy)).toBe(ms);
  });
  it.each([0, -1, 1.5, Number.NaN])('refuses attempt %s', (attempt) => {
    expect(() => backoffDelayMs(attempt, policy)).toThrow(RangeError);
  });
});

describe('afterAttempt', () => {
  it.each([
    { name: 'sent', result: { ok: true } as const, attempts: 1, expected: { state: 'sent' } },
    {
      name: 'a temporary failure is tried again after the backoff',
      result: { ok: false, permanent: false } as const,
      attempts: 1,
      expected: { state: 'queued', nextAttemptAt: new Date('2026-12-03T10:01:00Z') },
    },
    {
      name: 'the third temporary failure waits four times the base',
      result: { ok: false, permanent: false } as const,
      attempts: 3,
      expected: { state: 'queued', nextAttemptAt: new Date('2026-12-03T10:04:00Z') },
    },
    {
      name: 'the last attempt fails the message',
      result: { ok: false, permanent: false } as const,
      attempts: 5,
      expected: { state: 'failed' },
    },
    {
      name: 'a permanent refusal fails at once',
      result: { ok: false, permanent: true } as const,
      attempts: 1,
      expected: { state: 'failed' },
    },
  ])('$name', ({ result, attempts, expected }) => {
    expect(afterAttempt(result, attempts, now, policy)).toEqual(expected);
  });
});

describe('mayRetry', () => {
  it.each([
    ['failed', true],
    ['queued', false],
    ['sending', false],
    ['sent', false],
  ] as const)('%s → %s', (state, expected) => expect(mayRetry(state)).toBe(expected));
});
