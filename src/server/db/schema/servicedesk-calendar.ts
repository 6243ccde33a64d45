import { sql } from 'drizzle-orm';
import { check, date, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { WeeklyPeriod } from '../../../core/calendar/calendar';
import { created, updated } from './columns';

/**
 * The provider's business calendar (issue 11): one row for the installation with the office hours
 * of the week (JSON validated by core/servicedesk/business-calendar.ts before it is written) and
 * the configuration's version, a counter every business-calendar write bumps in its transaction
 * (what the in-process cache of `providerCalendar` compares, so every server process sees a
 * change at once); and the closures the provider added, one per local date. The time zone is the
 * installation's CENTRALE_TIMEZONE.
 */
export const businessCalendar = pgTable(
  'business_calendar',
  {
    id: text('id').primaryKey().default('provider'),
    hours: jsonb('hours').$type<WeeklyPeriod[]>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [check('business_calendar_one_row_ck', sql`${t.id} = 'provider'`)],
);

export const businessClosures = pgTable('business_closures', {
  date: date('date', { mode: 'string' }).primaryKey(),
  name: text('name').notNull(),
  createdAt: created(),
});
