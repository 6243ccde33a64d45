import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  OneOffClosure,
  OneOffOpening,
  RecurringClosure,
  WeeklyPeriod,
} from '../../../core/calendar/calendar';
import { created, updated } from './columns';
import { enterprises, sites } from './directory';

/**
 * Telephony (C2): schedules, of the enterprise (site_id null) or of one of its sites. The weekly
 * hours, closures, openings and yearly closures are kept as JSON (validated by core/telephony/
 * schedules.ts before they are written; each closure and opening has its own id).
 */
export const schedules = pgTable(
  'schedules',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id').references(() => sites.id),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    weekly: jsonb('weekly').$type<WeeklyPeriod[]>().notNull(),
    publicHolidaysClosed: boolean('public_holidays_closed').notNull(),
    closures: jsonb('closures').$type<OneOffClosure[]>().notNull(),
    openings: jsonb('openings').$type<OneOffOpening[]>().notNull(),
    recurringClosures: jsonb('recurring_closures').$type<RecurringClosure[]>().notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('schedules_name_uq').on(t.enterpriseId, sql`lower(${t.name})`),
    index('schedules_site_ix').on(t.siteId),
  ],
);
