import { z } from 'zod';
import { isCalendarDate, minutesOf, WEEKDAYS, type Weekday } from '../calendar/calendar';
import { businessHoursProblems } from '../calendar/provider';

/**
 * The provider's business calendar in the API (issue 11): office hours per weekday and closures,
 * edited by the provider's administrators; the rules are `core/calendar/provider.ts`. The time
 * zone is the installation's and is not edited here. The issue codes are the schedules' (the same
 * texts for the same mistakes in the portal's two calendars).
 */

const TIME_LIKE = /^\d{2}:\d{2}$/;
const timeSchema = z.string().superRefine((value, ctx) => {
  if (minutesOf(value) !== null) return;
  ctx.addIssue({
    code: 'custom',
    message: TIME_LIKE.test(value) && value.startsWith('24') ? 'schedule_time_24' : 'schedule_time_format',
  });
});
const weekdaySchema = z.union(
  WEEKDAYS.map((d) => z.literal(d)) as [z.ZodLiteral<Weekday>, ...z.ZodLiteral<Weekday>[]],
);
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'schedule_date')
  .refine(isCalendarDate, { message: 'schedule_date' });

export const businessPeriodSchema = z.strictObject({
  weekday: weekdaySchema,
  start: timeSchema,
  end: timeSchema,
});

/** The whole week: every open period (none on a weekday: closed that day). */
export const businessHoursInputSchema = z.strictObject({
  hours: z
    .array(businessPeriodSchema)
    .max(70)
    .superRefine((hours, ctx) => {
      for (const [path, spec] of Object.entries(businessHoursProblems(hours))) {
        const [, index, field] = path.split('.');
        ctx.addIssue({
          code: 'custom',
          path: [Number(index), field ?? 'start'],
          message: typeof spec === 'string' ? spec : spec.code,
          ...(typeof spec === 'string' ? {} : { params: spec.params }),
        });
      }
    }),
});
export type BusinessHoursInput = z.infer<typeof businessHoursInputSchema>;

export const businessClosureInputSchema = z.strictObject({
  date: calendarDateSchema,
  name: z.string().trim().min(1).max(80),
});
export type BusinessClosureInput = z.infer<typeof businessClosureInputSchema>;

const bilingual = z.object({ nl: z.string(), en: z.string() });

export const businessClosureSchema = z.object({ date: z.string(), name: z.string(), createdAt: z.string() });

export const businessCalendarSchema = z.object({
  timeZone: z.string(),
  hours: z.array(z.object({ weekday: z.int(), start: z.string(), end: z.string() })),
  closures: z.array(businessClosureSchema),
  holidays: z.array(
    z.object({
      date: z.string(),
      key: z.string(),
      name: bilingual,
      kind: z.enum(['public', 'optional']),
      closed: z.boolean(),
    }),
  ),
  version: z.int(),
  updatedAt: z.string().nullable(),
});
export type BusinessCalendarDto = z.infer<typeof businessCalendarSchema>;
export type BusinessClosureDto = z.infer<typeof businessClosureSchema>;
