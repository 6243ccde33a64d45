import { describe, expect, it } from 'vitest';
import { officeCalendar } from '../calendar/business';
import { DEFAULT_CATALOGUE, leadTimeFor } from './catalogue';
import { DEFAULT_SLA_TARGETS, leadTimeDue, targetDue } from './due';

const cal = officeCalendar();
const item = (key: string) => {
  const found = DEFAULT_CATALOGUE.find((i) => i.key === key);
  if (!found) throw new Error(key);
  return found;
};
const due = (key: string, at: string, line: 'dsl' | 'fibre' | null = null) =>
  leadTimeDue(cal, new Date(at), leadTimeFor(item(key), line))?.toISO() ?? null;

describe('the due moment of a change request (guide §5 lead times on the business calendar)', () => {
  it.each([
    // Friday before Easter 2027, 17:30: Good Friday counts, Easter Monday does not.
    ['hunt-group-change', '2027-03-26T17:30:00+01:00', null, '2027-04-01T17:30:00.000+02:00'],
    // 20 working days over Christmas and New Year.
    ['number-porting', '2026-12-14T10:00:00+01:00', null, '2027-01-13T10:00:00.000+01:00'],
    // Saturday: counting starts Monday 08:00.
    ['password-reset-main-account', '2026-12-05T11:00:00+01:00', null, '2026-12-08T08:00:00.000+01:00'],
    ['move-within-building', '2026-12-02T09:00:00+01:00', null, '2026-12-30T09:00:00.000+01:00'],
    ['move-same-area', '2026-12-02T09:00:00+01:00', 'dsl', '2027-01-13T09:00:00.000+01:00'],
    ['move-same-area', '2026-12-02T09:00:00+01:00', 'fibre', null],
    ['call-center-change', '2026-12-02T09:00:00+01:00', null, null],
  ] as const)('%s requested %s (line %s) is due %s', (key, at, line, expected) => {
    expect(due(key, at, line)).toBe(expected);
  });
});

describe('the due moment by priority', () => {
  it.each([
    // Business-critical: 4 hours around the clock, also on a Sunday night.
    ['critical', '2026-12-06T23:00:00+01:00', '2026-12-07T03:00:00.000+01:00'],
    // High: 10 office hours from Friday 17:00 is Monday 17:00 (1 h Friday, 9 h Monday).
    ['high', '2026-12-04T17:00:00+01:00', '2026-12-07T17:00:00.000+01:00'],
    // Medium: two office days from Thursday 24 December 12:00, over Christmas.
    ['medium', '2026-12-24T12:00:00+01:00', '2026-12-29T12:00:00.000+01:00'],
  ] as const)('a %s ticket of %s is due %s', (priority, at, expected) => {
    expect(targetDue(cal, new Date(at), DEFAULT_SLA_TARGETS[priority])?.toISO()).toBe(expected);
  });
});
