import { z } from 'zod';
import {
  type BusinessCalendar,
  endMinutesOf,
  isCalendarDate,
  isValidTimeZone,
  localTimeExists,
  minutesOf,
  WEEKDAYS,
  type Weekday,
} from '../calendar/calendar';
import type { IssueSpec } from '../errors';
import { idSchema } from '../ids';

/**
 * Schedules (DESIGN C2): reusable business calendars of an enterprise (siteId null) or of one of
 * its sites, that incoming routes, menus and queues point at. A period until midnight ends at
 * "00:00"; "24:00" is refused.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';
export const MAX_CALENDAR_MONTHS = 24;
const MAX_ITEMS = 200;

const TIME_LIKE = /^\d{2}:\d{2}$/;

/** "HH:MM" with a message that says how to write midnight when "24:00" is given. */
export const timeOfDaySchema = z.string().superRefine((value, ctx) => {
  if (minutesOf(value) !== null) return;
  ctx.addIssue({
    code: 'custom',
    message: TIME_LIKE.test(value) && value.startsWith('24') ? 'schedule_time_24' : 'schedule_time_format',
  });
});

const dateSchema = z.string().refine(isCalendarDate, { message: 'schedule_date' });
const entryName = z.string().trim().min(1).max(80);
const weekdaySchema = z.union(
  WEEKDAYS.map((d) => z.literal(d)) as [z.ZodLiteral<Weekday>, ...z.ZodLiteral<Weekday>[]],
);

export const weeklyPeriodSchema = z.strictObject({
  weekday: weekdaySchema,
  start: timeOfDaySchema,
  end: timeOfDaySchema,
});
export const closureSchema = z.strictObject({
  id: idSchema.optional(),
  name: entryName,
  startDate: dateSchema,
  endDate: dateSchema,
  startTime: timeOfDaySchema.nullable().optional(),
  endTime: timeOfDaySchema.nullable().optional(),
});
export const openingSchema = z.strictObject({
  id: idSchema.optional(),
  name: entryName,
  date: dateSchema,
  start: timeOfDaySchema,
  end: timeOfDaySchema,
});
export const recurringClosureSchema = z.strictObject({
  id: idSchema.optional(),
  name: entryName,
  month: z.int().min(1).max(12),
  day: z.int().min(1).max(31),
});

const timeZoneSchema = z.string().refine(isValidTimeZone, { message: 'schedule_time_zone' });

/** The calendar part of a schedule, as it is written. */
const calendarFields = {
  timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
  weekly: z.array(weeklyPeriodSchema).max(MAX_ITEMS).default([]),
  publicHolidaysClosed: z.boolean().default(true),
  closures: z.array(closureSchema).max(MAX_ITEMS).default([]),
  openings: z.array(openingSchema).max(MAX_ITEMS).default([]),
  recurringClosures: z.array(recurringClosureSchema).max(MAX_ITEMS).default([]),
};

type CalendarInput = {
  timeZone: string;
  weekly: z.output<typeof weeklyPeriodSchema>[];
  closures: z.output<typeof closureSchema>[];
  openings: z.output<typeof openingSchema>[];
  recurringClosures: z.output<typeof recurringClosureSchema>[];
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The rules across a schedule's fields, as field issues: periods start before they end and do not
 * overlap on a day; date ranges run forward; a timed closure has both times; a closure's or an
 * opening's local time exists on its date in the schedule's zone (not in the hour skipped when the
 * clocks go forward); a yearly date exists (29 February may).
 */
export function scheduleProblems(input: CalendarInput): Record<string, IssueSpec> {
  const fields: Record<string, IssueSpec> = {};
  const zone = input.timeZone;
  const byDay = new Map<number, { i: number; s: number; e: number; text: string }[]>();
  for (const [i, p] of input.weekly.entries()) {
    const s = minutesOf(p.start) ?? 0;
    const e = endMinutesOf(p.end) ?? 0;
    if (s >= e) {
      fields[`weekly.${i}.end`] = 'schedule_period_inverted';
      continue;
    }
    const day = byDay.get(p.weekday) ?? [];
    const other = day.find((q) => s < q.e && q.s < e);
    if (other)
      fields[`weekly.${i}.start`] = { code: 'schedule_period_overlap', params: { other: other.text } };
    day.push({ i, s, e, text: `${p.start}–${p.end}` });
    byDay.set(p.weekday, day);
  }
  const missing = (path: string, date: string, time: string) => {
    if (!localTimeExists(date, time, zone))
      fields[path] = { code: 'schedule_local_time_missing', params: { date, timeZone: zone } };
  };
  for (const [i, c] of input.closures.entries()) {
    const timed = c.startTime != null || c.endTime != null;
    if (c.endDate < c.startDate) fields[`closures.${i}.endDate`] = 'schedule_range_inverted';
    else if (timed && (c.startTime == null || c.endTime == null))
      fields[`closures.${i}.${c.startTime == null ? 'startTime' : 'endTime'}`] = 'schedule_times_pair';
    else if (c.startTime != null && c.endTime != null) {
      if (c.startDate === c.endDate && (minutesOf(c.startTime) ?? 0) >= (minutesOf(c.endTime) ?? 0))
        fields[`closures.${i}.endTime`] = 'schedule_range_inverted';
      missing(`closures.${i}.startTime`, c.startDate, c.startTime);
      missing(`closures.${i}.endTime`, c.endDate, c.endTime);
    }
  }
  for (const [i, o] of input.openings.entries()) {
    if ((minutesOf(o.start) ?? 0) >= (endMinutesOf(o.end) ?? 0))
      fields[`openings.${i}.end`] = 'schedule_period_inverted';
    missing(`openings.${i}.start`, o.date, o.start);
    if (o.end !== '00:00') missing(`openings.${i}.end`, o.date, o.end);
  }
  for (const [i, r] of input.recurringClosures.entries()) {
    if (r.day > (DAYS_IN_MONTH[r.month - 1] ?? 0))
      fields[`recurringClosures.${i}.day`] = 'schedule_month_day';
  }
  return fields;
}

const nameSchema = z.string().trim().min(1).max(80);

export const scheduleInputSchema = z.strictObject({
  name: nameSchema,
  /** null (or left out): enterprise-wide; otherwise one of the enterprise's sites. */
  siteId: idSchema.nullable().default(null),
  ...calendarFields,
});

export const schedulePatchSchema = z.strictObject({
  name: nameSchema.optional(),
  siteId: idSchema.nullable().optional(),
  timeZone: timeZoneSchema.optional(),
  weekly: calendarFields.weekly.unwrap().optional(),
  publicHolidaysClosed: z.boolean().optional(),
  closures: calendarFields.closures.unwrap().optional(),
  openings: calendarFields.openings.unwrap().optional(),
  recurringClosures: calendarFields.recurringClosures.unwrap().optional(),
});

const bilingualSchema = z.object({ nl: z.string(), en: z.string() });
const timestamp = z.iso.datetime();

export const scheduleSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  siteId: idSchema.nullable(),
  siteName: z.string().nullable(),
  name: z.string(),
  timeZone: z.string(),
  weekly: z.array(weeklyPeriodSchema),
  publicHolidaysClosed: z.boolean(),
  closures: z.array(closureSchema.required({ id: true })),
  openings: z.array(openingSchema.required({ id: true })),
  recurringClosures: z.array(recurringClosureSchema.required({ id: true })),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type ScheduleDto = z.infer<typeof scheduleSchema>;

export const scheduleStateSchema = z.object({
  at: timestamp,
  state: z.enum(['open', 'closed', 'holiday', 'closure']),
  /** The holiday's or the closure's name in the requester's language. */
  name: z.string().nullable(),
  names: bilingualSchema.nullable(),
  closureId: z.string().nullable(),
  holidayKey: z.string().nullable(),
  /** When the state changes next, and to what (null: not within two years). */
  next: z
    .object({
      at: timestamp,
      state: z.enum(['open', 'closed', 'holiday', 'closure']),
      name: z.string().nullable(),
    })
    .nullable(),
});
export type ScheduleStateDto = z.infer<typeof scheduleStateSchema>;

const dayHours = z.object({ start: z.string(), end: z.string() });
export const scheduleCalendarSchema = z.object({
  scheduleId: idSchema,
  timeZone: z.string(),
  months: z.array(
    z.object({
      month: z.string(),
      days: z.array(
        z.object({
          date: z.string(),
          weekday: z.int(),
          holiday: z.object({ key: z.string(), name: bilingualSchema, closes: z.boolean() }).optional(),
          closures: z.array(
            z.object({ id: z.string(), name: z.string(), allDay: z.boolean(), recurring: z.boolean() }),
          ),
          openings: z.array(
            z.object({ id: z.string(), name: z.string(), start: z.string(), end: z.string() }),
          ),
          hours: z.array(dayHours),
        }),
      ),
    }),
  ),
});
export type ScheduleCalendarDto = z.infer<typeof scheduleCalendarSchema>;

export const calendarQuery = {
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'schedule_date' })
    .optional(),
  months: z.coerce.number().int().min(1).max(MAX_CALENDAR_MONTHS).default(12),
};

/** The calendar of a stored schedule. */
export const calendarOf = (
  s: Omit<ScheduleDto, 'id' | 'enterpriseId' | 'siteId' | 'siteName' | 'name' | 'createdAt' | 'updatedAt'>,
): BusinessCalendar => ({
  timeZone: s.timeZone,
  weekly: s.weekly,
  publicHolidaysClosed: s.publicHolidaysClosed,
  closures: s.closures,
  openings: s.openings,
  recurringClosures: s.recurringClosures,
});
