import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoInstantSchema } from '../../../core/dates';
import {
  calendarQuery,
  scheduleCalendarSchema,
  scheduleInputSchema,
  schedulePatchSchema,
  scheduleSchema,
  scheduleStateSchema,
} from '../../../core/telephony/schedules';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, protectedErrors } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('scheduleId');

export default async function scheduleRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: scheduleSchema.meta({ id: 'Schedule' }),
    read: 'schedules.read',
    write: 'schedules.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/schedules',
    {
      ...inEnterprise,
      summary: "List an enterprise's schedules",
      description:
        'Sorted by name; all on one page. A site admin sees the enterprise-wide schedules and those of its own sites.',
    },
    (ctx, { params }) => service.listSchedules(ctx, params.enterpriseId),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/schedules',
    {
      ...inEnterprise,
      body: scheduleInputSchema,
      summary: 'Add a schedule',
      description:
        'Enterprise-wide (`siteId` null) or of a site (a site admin: one of its own). The name is unique in the ' +
        'enterprise (409). Times are local HH:MM in `timeZone` (IANA, default Europe/Amsterdam); a period until ' +
        'midnight ends at "00:00" ("24:00" is refused). Periods of a day may not overlap; closures and openings ' +
        'may not start or end at a local time the clocks skip (e.g. 2027-03-28 02:30 in Europe/Amsterdam). ' +
        '`publicHolidaysClosed` closes it on the Dutch public holidays (date-holidays, type public).',
    },
    (ctx, { params, body }) => service.createSchedule(ctx, params.enterpriseId, body),
  );
  routes.get('/api/schedules/:scheduleId', { params, summary: 'One schedule' }, (ctx, { params }) =>
    service.getSchedule(ctx, params.scheduleId),
  );
  routes.update(
    '/api/schedules/:scheduleId',
    {
      params,
      body: schedulePatchSchema,
      summary: 'Change a schedule',
      description:
        'Each list given replaces the stored one; closures and openings keep the `id` they are sent with. A site ' +
        'admin changes the schedules of its own sites only (an enterprise-wide one it only reads: 403).',
    },
    (ctx, { params, body }) => service.updateSchedule(ctx, params.scheduleId, body),
  );
  routes.remove(
    '/api/schedules/:scheduleId',
    {
      params,
      summary: 'Remove a schedule',
      description: 'Refused (409 `in_use`, naming them) while routes, menus or queues point at it.',
    },
    (ctx, { params }) => service.deleteSchedule(ctx, params.scheduleId),
  );

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/schedules/:scheduleId/calendar',
    {
      config: { policy: { permission: 'schedules.read' } },
      schema: {
        tags: ['telephony'],
        summary: "A schedule's month calendar",
        description:
          'Every day of `months` months (1–24, default 12) from `from` (YYYY-MM, default this month in the ' +
          "schedule's zone): its public holiday, closures, openings and the resulting opening hours.",
        params,
        querystring: z.object(calendarQuery),
        response: { 200: scheduleCalendarSchema.meta({ id: 'ScheduleCalendar' }), ...protectedErrors },
      },
    },
    async (req) => service.scheduleCalendar(ctxOf(req), req.params.scheduleId, req.query),
  );
  r.get(
    '/api/schedules/:scheduleId/state',
    {
      config: { policy: { permission: 'schedules.read' } },
      schema: {
        tags: ['telephony'],
        summary: 'Whether a schedule is open at an instant',
        description:
          'At `at` (an ISO instant, default now): open, closed, holiday or closure, with the holiday or closure ' +
          'by name in `lang` (nl or en, default nl; `names` gives both), the closure id (incoming routes route ' +
          'per named closure) and the next change of state.',
        params,
        querystring: z.object({
          at: isoInstantSchema().optional(),
          lang: z.enum(['nl', 'en']).default('nl'),
        }),
        response: { 200: scheduleStateSchema.meta({ id: 'ScheduleState' }), ...protectedErrors },
      },
    },
    async (req) => service.scheduleState(ctxOf(req), req.params.scheduleId, req.query),
  );
}
