import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ticketInputSchema, ticketPreviewSchema } from '../../../core/servicedesk/intake';
import {
  statusChangeSchema,
  ticketDetailSchema,
  ticketSchema,
  ticketStatusSchema,
  ticketTypeSchema,
} from '../../../core/servicedesk/tickets';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, protectedErrors, searchQuery, writeErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('ticketId');

export default async function ticketRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: ticketSchema.meta({ id: 'Ticket' }),
    read: 'tickets.read',
    write: 'tickets.write',
  });
  const detail = ticketDetailSchema.meta({ id: 'TicketDetail' });

  routes.list(
    '/api/tickets',
    {
      query: {
        enterpriseId: z.uuid().optional(),
        type: ticketTypeSchema.optional(),
        status: ticketStatusSchema.optional(),
        q: searchQuery,
      },
      summary: 'List tickets',
      description:
        "Newest first. The provider sees every enterprise's tickets, a partner admin those of its enterprises, an " +
        "enterprise admin its own enterprise's, a site admin those naming one of its sites and those it reported " +
        '(an enterprise-wide incident of other sites is not its). `enterpriseId` (404 outside your scope), `type` ' +
        'and `status` narrow; `q` finds a fragment of the number or title. `commentCount` counts only the ' +
        'comments the reader may see.',
    },
    (ctx, { query }) => service.listTickets(ctx, query),
  );

  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/tickets',
    {
      config: { policy: { permission: 'tickets.write' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Report a ticket',
        description:
          "The body is the intake form of its `type`. An `incident` needs the guide's §4.1 answers: `what` (A- and " +
          'B-number, any notation), `when` (`occurredAt`, not in the future; `workedBefore`), `scope` (people and ' +
          "sites affected, others not affected, reproducible, frequency), `where` (the enterprise's `siteIds`, " +
          'other sites affected with their `otherPostcodes`, sites not affected) and `other` (the displays of A ' +
          'and B, phone type and software version, the network when roaming, the company contact). The other ' +
          'types need `title`, `description`, `siteId` and `contact`, except a `change`: it names its `catalogueItem` ' +
          '(a key of `GET /api/change-catalogue`) and a `description`, and what the item asks for (`siteId`, ' +
          '`userId`); its title defaults to the item’s name. Every form asks `businessCritical` ' +
          '(critical priority) and optionally `impact` and `urgency` (the priority matrix otherwise). A site ' +
          'not of the enterprise (or, for a site admin, not its own) is a field issue (422). The answer carries ' +
          'the readable number (`INC-2026-000042`), numbered per type and year, its `dueAt`, `desk` and ' +
          '`costEstimate` as `POST /api/tickets/preview` would have answered at that moment.',
        body: ticketInputSchema,
        response: { 201: detail, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await service.createTicket(ctxOf(req), req.body)),
  );

  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/tickets/preview',
    {
      config: { policy: { permission: 'tickets.write', readsOnly: true } },
      schema: {
        tags: ['servicedesk'],
        summary: 'What a ticket would come to, before it is sent',
        description:
          'The body of `POST /api/tickets` and an optional `at` (ISO time with offset; now by default). Stores ' +
          'nothing. `dueAt` is the due moment on the business calendar (ISO with offset): a change request’s lead ' +
          'time from its catalogue item (working days from the request, or from the next opening when the office ' +
          'is closed; calendar weeks; for a move by the site’s line), other tickets by the resolution target of ' +
          'their priority. An item on request has `dueAt` null and `onRequest` true. `desk` is the desk of the ' +
          'contact matrix it goes to at `at`, `costEstimate` the tariff list’s estimate (null without one). The ' +
          'same checks as sending it: a site, user or catalogue item that does not fit is a field issue (422).',
        body: ticketPreviewSchema,
        response: {
          200: z.object({
            dueAt: z.string().nullable(),
            onRequest: z.boolean(),
            desk: z
              .object({
                id: z.string(),
                name: z.string(),
                names: z.object({ nl: z.string(), en: z.string() }),
              })
              .nullable(),
            costEstimate: z.object({ amount: z.number(), currency: z.literal('EUR') }).nullable(),
            category: z.enum(['fixed', 'mobile', 'billing']),
          }),
          ...writeErrors,
        },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const { at, ...input } = req.body;
      return service.previewTicket(ctx, input, at === undefined ? ctx.now : new Date(at));
    },
  );

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/tickets/:ticketId',
    {
      config: { policy: { permission: 'tickets.read' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'One ticket, with its status history',
        description:
          '`history` lists every step of its status, oldest first, with who (`byName`, `byRole`), when and why. ' +
          'A ticket outside your scope is not found (404).',
        params,
        response: { 200: detail, ...protectedErrors },
      },
    },
    async (req) => service.getTicket(ctxOf(req), req.params.ticketId),
  );

  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/tickets/:ticketId/status',
    {
      config: { policy: { permission: 'tickets.write' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Move a ticket to another status',
        description:
          'The flow: new → acknowledged → in progress ⇄ waiting for customer → resolved → closed; the desk may ' +
          'resolve from acknowledged or waiting. The customer may answer a waiting ticket (→ in progress) and ' +
          'confirm a resolution (→ closed). A resolved or closed ticket is reopened (→ in progress) within ' +
          'CENTRALE_TICKET_REOPEN_DAYS of its resolution. Another step is refused with 409 ' +
          '`ticket_status_not_allowed`, its `allowed` parameter listing the states possible from here ' +
          '(`nextStates` of the ticket says the same beforehand); a closed ticket past its reopen period ' +
          'answers `ticket_status_final`, and a step only the desk may take now `ticket_status_desk_only`.',
        params,
        body: statusChangeSchema,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.changeStatus(ctxOf(req), req.params.ticketId, req.body),
  );
}
