import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isoDateSchema, isoInstantSchema, storableInstant } from './dates';
import { issuesOf } from './messages/zod-issues';

const YEAR_RANGE_MESSAGE = 'must lie between the years 1900 and 9999';
const messages = (schema: z.ZodType, value: unknown) =>
  issuesOf(schema, value)?.map((issue) => issue.message) ?? [];

describe('isoInstantSchema', () => {
  it.each([
    '2026-05-04T09:00:00Z',
    '2026-05-04T09:00:00.123+02:00',
    '1900-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
  ])('accepts %s', (value) => {
    expect(isoInstantSchema().safeParse(value).success).toBe(true);
  });

  it.each<[string, string]>([
    ['0000-01-01T00:00:00Z', YEAR_RANGE_MESSAGE],
    ['1899-12-31T23:59:59Z', YEAR_RANGE_MESSAGE],
    // Year 1900 in its own zone, 1899 in UTC.
    ['1900-01-01T00:30:00+01:00', YEAR_RANGE_MESSAGE],
    ['9999-12-31T23:30:00-01:00', YEAR_RANGE_MESSAGE],
    ['99999-12-31T00:00:00Z', 'must be an ISO 8601 date-time with an offset'],
    ['0000-01-01', 'must be an ISO 8601 date-time with an offset'],
    ['2026-02-30T00:00:00Z', 'must be an ISO 8601 date-time with an offset'],
  ])('refuses %s: %s', (value, message) => {
    expect(messages(isoInstantSchema(), value)).toStrictEqual([message]);
  });
});

describe('isoDateSchema', () => {
  it.each(['2026-05-04', '1900-01-01', '9999-12-31', '2024-02-29'])('accepts %s', (value) => {
    expect(isoDateSchema().safeParse(value).success).toBe(true);
  });

  it.each<[string, string]>([
    ['0000-01-01', YEAR_RANGE_MESSAGE],
    ['1899-12-31', YEAR_RANGE_MESSAGE],
    ['99999-12-31', 'must be a date (YYYY-MM-DD)'],
    ['2026-02-29', 'must be a date (YYYY-MM-DD)'],
    ['2026-05-04T00:00:00Z', 'must be a date (YYYY-MM-DD)'],
  ])('refuses %s: %s', (value, message) => {
    expect(messages(isoDateSchema(), value)).toStrictEqual([message]);
  });
});

describe('storableInstant', () => {
  it.each<[string, number | null]>([
    ['1970-01-01T00:00:00Z', 0],
    ['not a date', null],
    ['+275760-09-13T00:00:00Z', null],
  ])('%s is %s', (value, ms) => {
    expect(storableInstant(value)).toBe(ms);
  });
});
