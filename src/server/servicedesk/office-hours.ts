import { isInOfficeHours } from '../../core/calendar/business';
import type { BusinessCalendar } from '../../core/calendar/calendar';
import { businessCalendarOf, DEFAULT_BUSINESS_HOURS } from '../../core/calendar/provider';
import type { Executor } from '../db/client';
import type { Ctx } from '../http/context';
import { calendarVersion, findCalendar, listClosures } from './business-calendar/repository';

type Cached = { version: number; timeZone: string; calendar: BusinessCalendar };

/** What the calendar needs of a request's or a job's context: the app's services (config, and the cache key). */
export type CalendarContext = { services: Pick<Ctx['services'], 'config'> };

/** Per app (its services), the calendar of the configuration version last read. */
const cache = new WeakMap<object, Cached>();

/**
 * The provider's business calendar: the office hours and closures the provider configured
 * (`business_calendar`, `business_closures`; Monday–Friday 08:00–18:00 until then), the Dutch
 * public holidays closed, in the installation's time zone (CENTRALE_TIMEZONE). Lead times, the
 * desks' hours and the SLA clocks count on it.
 *
 * Each call reads the configuration's version on `db` (the transaction in use, or the database),
 * one cheap query, and builds the calendar again only when the version is not the one cached in
 * this process: a change made through another server process counts at once, without a restart.
 * A calendar object stays the same while its version does, so `core/calendar/business.ts` keeps
 * its open periods cached. The business-calendar writes never call this inside their own
 * transaction, so no uncommitted version is ever cached.
 */
export async function providerCalendar(ctx: CalendarContext, db: Executor): Promise<BusinessCalendar> {
  const timeZone = ctx.services.config.timezone;
  const version = (await calendarVersion(db)) ?? 0;
  const cached = cache.get(ctx.services);
  if (cached && cached.version === version && cached.timeZone === timeZone) return cached.calendar;
  const row = await findCalendar(db);
  const closures = await listClosures(db);
  const calendar = businessCalendarOf({
    timeZone,
    hours: row?.hours ?? DEFAULT_BUSINESS_HOURS,
    closures: closures.map((c) => ({ date: c.date, name: c.name })),
  });
  // Kept under the version read with the hours: a write in between is read again next time.
  cache.set(ctx.services, { version: row?.version ?? 0, timeZone, calendar });
  return calendar;
}

export async function inOfficeHours(ctx: CalendarContext, db: Executor, at: Date): Promise<boolean> {
  return isInOfficeHours(await providerCalendar(ctx, db), at);
}
