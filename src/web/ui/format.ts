import { DateTime } from 'luxon';

/** Times are stored in UTC and shown in the provider's zone. */
export const DISPLAY_ZONE = 'Europe/Amsterdam';

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const value = DateTime.fromISO(iso, { zone: 'utc' });
  if (!value.isValid) return iso;
  return value.setZone(DISPLAY_ZONE).setLocale(locale).toFormat('d LLL yyyy HH:mm');
}

export function formatDate(isoDate: string | null | undefined, locale: string): string {
  if (!isoDate) return '';
  const value = DateTime.fromISO(isoDate, { zone: DISPLAY_ZONE });
  return value.isValid ? value.setLocale(locale).toFormat('d LLL yyyy') : isoDate;
}

/** A date input's day (YYYY-MM-DD) as the start or end of that day in the display zone, in UTC ISO. */
export function dayBoundary(day: string, edge: 'start' | 'end'): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const value = DateTime.fromISO(day, { zone: DISPLAY_ZONE });
  if (!value.isValid) return null;
  return (edge === 'start' ? value.startOf('day') : value.endOf('day'))
    .toUTC()
    .toISO({ suppressMilliseconds: false });
}

/** Today in the display zone, as YYYY-MM-DD. */
export const today = (): string => DateTime.now().setZone(DISPLAY_ZONE).toISODate() ?? '';

/** A JSON value of the audit log as a short readable text. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return '∅';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
