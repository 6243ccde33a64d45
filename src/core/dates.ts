import { z } from 'zod';

/**
 * Dates and times that both PostgreSQL (timestamptz, date) and JavaScript's Date hold, and that
 * a person can mean: years 1900 to 9999. PostgreSQL has no year 0 (`0000-01-01` is an error
 * there), Date has no year past 275760, and a five-digit year is not ISO 8601's basic form.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

/** The parameters of the `date_out_of_range` issue. */
const YEARS = { min: MIN_YEAR, max: MAX_YEAR };

const MIN_MS = Date.UTC(MIN_YEAR, 0, 1);
const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1) - 1;

/** The instant of an ISO 8601 text, in milliseconds, when it is one within the years above. */
export function storableInstant(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms >= MIN_MS && ms <= MAX_MS ? ms : null;
}

/** An ISO 8601 date-time with offset (`2026-05-04T09:00:00+02:00`), in the years above (in UTC). */
export const isoInstantSchema = () =>
  z.iso
    .datetime({ offset: true, abort: true })
    .refine((value) => storableInstant(value) !== null, { error: 'date_out_of_range', params: YEARS });

/** A calendar date (`YYYY-MM-DD`), in the years above. */
export const isoDateSchema = () =>
  z.iso.date({ abort: true }).refine((value) => storableInstant(`${value}T00:00:00Z`) !== null, {
    error: 'date_out_of_range',
    params: YEARS,
  });
