import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  announcedWorksInputSchema,
  announcedWorksPatchSchema,
  announcedWorksSchema,
  unjustifiedInputSchema,
  unjustifiedReportSchema,
} from '../../../core/servicedesk/announced-works';
import { ticketDetailSchema, yearIn } from '../../../core/servicedesk/tickets';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('worksId');
const ticketParams = idParams('ticketId');

/**
 * Customer-announced works (guide §3.2.4), the desk's mark of unjustified incidents and the
 * yearly report of those per enterprise.
 */
export default async function announcedWorksRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: announcedWorksSchema.meta({ id: 'AnnouncedWorks' }),
    read: 'announced-works.read',
    write: 'announced-works.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/announced-works',
    {
      ...inEnterprise,
      query: {
        siteId: z.uuid().optional(),
        current: z
          .enum(['true', 'false'])
          .transform((v) => v === 'true')
          .optional(),
      },
      summary: "An enterprise's announced works",
      description:
        'Works on the customer’s own network or power announced beforehand per site and time span (guide ' +
        '§3.2.4), latest start first. A site admin sees those of its sites. `siteId` narrows to one site, ' +
        '`current=true` to the works that have not ended yet.',
    },
    (ctx, { params, query }) => service.listWorks(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/announced-works',
    {
      ...inEnterprise,
      body: announcedWorksInputSchema,
      summary: 'Announce works at a site',
      description:
        '`kind` is `network`, `power` or `other`; `startsAt` and `endsAt` are ISO times with offset, the end ' +
        'after the start (400 `ends_before_start` on `endsAt`). A site not of the enterprise (or, for a site ' +
        'admin, not its own) is a field issue (422). Incidents opened for the site from the start (inclusive) ' +
        'to the end (exclusive) are marked as during announced works.',
    },
    (ctx, { params, body }) => service.createWorks(ctx, params.enterpriseId, body),
  );
  routes.update(
    '/api/announced-works/:worksId',
    {
      params,
      body: announcedWorksPatchSchema,
      summary: 'Change announced works',
      description:
        'The works as they would be are checked whole (the end after the start; the site the enterprise’s and, ' +
        'for a site admin, its own). Incidents opened before keep the mark they got.',
    },
    (ctx, { params, body }) => service.updateWorks(ctx, params.worksId, body),
  );
  routes.remove(
    '/api/announced-works/:worksId',
    {
      params,
      summary: 'Remove announced works',
      description: 'Incidents opened during them keep their mark and a copy of the works.',
    },
    (ctx, { params }) => service.deleteWorks(ctx, params.worksId),
  );

  const r = app.withTypeProvider<ZodTypeProvider>();
  const detail = ticketDetailSchema.meta({ id: 'TicketDetail' });
  r.post(
    '/api/tickets/:ticketId/unjustified',
    {
      config: { policy: { permission: 'tickets.assess' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Mark an incident as unjustified (the desk)',
        description:
          'The incident turned out to be caused by the customer (guide §3.2.4); `reason` says how. Marking ' +
          'again replaces the reason. Only incidents (409 `unjustified_incidents_only`). Audited.',
        params: ticketParams,
        body: unjustifiedInputSchema,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.setUnjustified(ctxOf(req), req.params.ticketId, req.body.reason),
  );
  r.delete(
    '/api/tickets/:ticketId/unjustified',
    {
      config: { policy: { permission: 'tickets.assess' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Take away the unjustified mark of an incident (the desk)',
        params: ticketParams,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.setUnjustified(ctxOf(req), req.params.ticketId, null),
  );

  r.get(
    '/api/enterprises/:enterpriseId/reports/unjustified-incidents',
    {
      config: { policy: { permission: 'incident-reports.read', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags: ['servicedesk'],
        summary: "An enterprise's unjustified incidents of a year",
        description:
          'The incidents opened in the calendar year (the provider’s time zone), how many of them the desk ' +
          'marked unjustified, their share in percent and whether it lies above the configured threshold ' +
          '(CENTRALE_UNJUSTIFIED_THRESHOLD_PERCENT, 5 by default: guide §3.2.4), with the counts per month and ' +
          'how many were opened during announced works. `year` defaults to the current one.',
        params: enterpriseParams,
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: {
          200: unjustifiedReportSchema.meta({ id: 'UnjustifiedIncidentsReport' }),
          ...protectedErrors,
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const year = req.query.year ?? yearIn(ctx.now, ctx.services.config.timezone);
      return service.unjustifiedReport(ctx, req.params.enterpriseId, year);
    },
  );
}
