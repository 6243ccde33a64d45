import { z } from 'zod';

/**
 * Dates and times that both PostgreSQL (timestamptz, date) and JavaScript's Date hold, and that
 * a person can mean: years 1900 to 9999. PostgreSQL has no year 0 (`0000-01-01` is an error
 * there), Date has no year past 275760, and a five-digit year is not ISO 8601's basic form.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
export const YEAR_RANGE_MESSAGE = `must lie between the years ${MIN_YEAR} and ${MAX_YEAR}`;

const MIN_MS = Date.UTC(MIN_YEAR, 0, 1);
const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1) - 1;

/** The instant of an ISO 8601 text, in milliseconds, when it is one within the years above. */
export function storableInstant(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms >= MIN_MS && ms <= MAX_MS ? ms : null;
}

/** An ISO 8601 date-time with offset (`2026-05-04T09:00:00+02:00`), in the years above (in UTC). */
export const isoInstantSchema = (error = 'must be an ISO 8601 date-time') =>
  z.iso
    .datetime({ offset: true, error, abort: true })
    .refine((value) => storableInstant(value) !== null, { error: YEAR_RANGE_MESSAGE });

/** A calendar date (`YYYY-MM-DD`), in the years above. */
export const isoDateSchema = (error = 'must be a date (YYYY-MM-DD)') =>
  z.iso.date({ error, abort: true }).refine((value) => storableInstant(`${value}T00:00:00Z`) !== null, {
    error: YEAR_RANGE_MESSAGE,
  });
