import { describe, expect, it } from 'vitest';
import { dayBoundary, formatDateTime, formatValue } from './format';

describe('formatDateTime', () => {
  it('shows UTC instants in Amsterdam time', () => {
    expect(formatDateTime('2026-07-01T10:00:00.000Z', 'en')).toBe('1 Jul 2026 12:00');
    expect(formatDateTime('2026-01-01T10:00:00.000Z', 'en')).toBe('1 Jan 2026 11:00');
    expect(formatDateTime(null, 'nl')).toBe('');
  });
});

describe('dayBoundary', () => {
  it('turns a day into the UTC start or end of that day in Amsterdam', () => {
    expect(dayBoundary('2026-07-01', 'start')).toBe('2026-06-30T22:00:00.000Z');
    expect(dayBoundary('2026-07-01', 'end')).toBe('2026-07-01T21:59:59.999Z');
    expect(dayBoundary('nope', 'start')).toBeNull();
  });
});

describe('formatValue', () => {
  it('writes audit values briefly', () => {
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue(null)).toBe('∅');
    expect(formatValue('x')).toBe('x');
    expect(formatValue(['a', 1])).toBe('["a",1]');
  });
});
