import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  businessCalendarSchema,
  businessClosureInputSchema,
  businessClosureSchema,
  businessHoursInputSchema,
  calendarDateSchema,
} from '../../../core/servicedesk/business-calendar';
import { ctxOf } from '../../http/context';
import { protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const calendar = businessCalendarSchema.meta({ id: 'BusinessCalendar' });
const closure = businessClosureSchema.meta({ id: 'BusinessClosure' });
const closureParams = z.strictObject({ date: calendarDateSchema });

const ABOUT =
  'The provider’s business calendar: the office hours the lead times, the desks’ hours and the SLA clocks ' +
  'count on, in the installation’s time zone (CENTRALE_TIMEZONE). The Dutch public holidays always close ' +
  'the office; Good Friday, Liberation Day and 31 December are working days unless the provider adds a ' +
  'closure on them. A change counts for the next request at once, on every server process.';

/** The business calendar (issue 11): read by the provider's staff, edited by its administrators. */
export default async function businessCalendarRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['servicedesk'];

  r.get(
    '/api/business-calendar',
    {
      config: { policy: { permission: 'business-calendar.read' } },
      schema: {
        tags,
        summary: 'The business calendar',
        description:
          `${ABOUT} Answers the zone, the open periods of each weekday (\`weekday\` 1 = Monday … 7 = Sunday, ` +
          '`HH:MM`, an `end` of `00:00` is midnight), the closures, and the holidays of the next 24 months ' +
          '(`kind` `public` or `optional`, and whether each closes the office). `version` counts the changes.',
        response: { 200: calendar, ...protectedErrors },
      },
    },
    async (req) => service.getBusinessCalendar(ctxOf(req)),
  );

  r.put(
    '/api/business-calendar/hours',
    {
      config: { policy: { permission: 'business-calendar.write' } },
      schema: {
        tags,
        summary: 'Set the office hours of the week (provider)',
        description:
          'The whole week: every open period (a weekday without one is closed). Each period opens before it ' +
          'closes (`schedule_period_inverted`) and periods of one weekday do not overlap ' +
          '(`schedule_period_overlap`): 400 with an issue per field, nothing stored. Answers the calendar.',
        body: businessHoursInputSchema,
        response: { 200: calendar, ...writeErrors },
      },
    },
    async (req) => service.setHours(ctxOf(req), req.body),
  );

  r.post(
    '/api/business-calendar/closures',
    {
      config: { policy: { permission: 'business-calendar.write' } },
      schema: {
        tags,
        summary: 'Close the office on a date (provider)',
        description:
          'A whole local date with a name (a company day, or an optional holiday such as Good Friday). ' +
          'Today or later (422 `closure_date_past`), one closure per date (409 `closure_date_taken`).',
        body: businessClosureInputSchema,
        response: { 201: closure, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await service.addClosure(ctxOf(req), req.body)),
  );

  r.delete(
    '/api/business-calendar/closures/:date',
    {
      config: { policy: { permission: 'business-calendar.write' } },
      schema: {
        tags,
        summary: 'Remove a closure (provider)',
        description:
          'The date (YYYY-MM-DD) is a working day again, unless it is a public holiday or a weekend.',
        params: closureParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.removeClosure(ctxOf(req), req.params.date);
      return reply.code(204).send(null);
    },
  );
}
