import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  slaPauseSchema,
  slaPolicyKeySchema,
  slaPolicyPatchSchema,
  slaPolicySchema,
  ticketPatchSchema,
} from '../../../core/servicedesk/sla-policies';
import { queueItemSchema, ticketDetailSchema, ticketStatusSchema } from '../../../core/servicedesk/tickets';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, writeErrors } from '../../http/schemas';
import * as policies from '../sla-policies/service';
import * as service from './service';

const ticketParams = idParams('ticketId');
const deskParams = idParams('deskId');
const policyParams = z.object({ key: slaPolicyKeySchema });

/** The SLA policies, the desk's actions on a ticket's clocks, and the desks' queues (issue 11). */
export default async function slaRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: slaPolicySchema.meta({ id: 'SlaPolicy' }),
    read: 'sla-policies.read',
    write: 'sla-policies.write',
  });
  routes.list(
    '/api/sla-policies',
    {
      summary: 'The SLA policies',
      description:
        'One policy per ticket type × priority (key `incident-critical`), all on one page: the hours its clocks ' +
        'run in (`24x7`, or `office`: the provider’s business calendar), the first-response and resolution ' +
        'targets in minutes of running time, and `warnShare`, the share of a target at which the desk on duty ' +
        'is warned (the escalation follows at the target). Seeded once from the demo’s defaults; a change ' +
        'request’s resolution is its catalogue lead time, so only its first-response target counts.',
    },
    (ctx) => policies.listPolicies(ctx),
  );
  routes.get(
    '/api/sla-policies/:key',
    { params: policyParams, summary: 'One SLA policy' },
    (ctx, { params }) => policies.getPolicy(ctx, params.key),
  );
  routes.update(
    '/api/sla-policies/:key',
    {
      params: policyParams,
      body: slaPolicyPatchSchema,
      summary: 'Change an SLA policy (provider admin)',
      description:
        'Targets are whole minutes from 1 to a year; `warnShare` in (0, 1]; the first response is not due after ' +
        'the resolution (422 `sla_first_response_after_resolution`). New tickets are planned by it, and the ' +
        'clocks of the open tickets that follow it are derived again from their logs in the same transaction: ' +
        'the time already run counts against the new targets and hours, earlier pauses stay pauses. Audited.',
    },
    (ctx, { params, body }) => policies.updatePolicy(ctx, params.key, body),
  );

  const detail = ticketDetailSchema.meta({ id: 'TicketDetail' });
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/tickets/:ticketId/sla-pause',
    {
      config: { policy: { permission: 'tickets.sla' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Pause a ticket’s resolution clock (desk)',
        description:
          'Why: `waiting_supplier`, `waiting_parts` or `waiting_customer`; the customer sees the reason on the ' +
          'ticket. Refused with 409 when it does not apply: `sla_clock_not_running` (already paused), ' +
          '`sla_clock_stopped` (resolved), `sla_first_response_never_pauses` (a change request has only a ' +
          'first-response clock), `ticket_not_open`. Moving the ticket to waiting for the customer pauses it by ' +
          'itself, the customer’s answer resumes it.',
        params: ticketParams,
        body: slaPauseSchema,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.pauseClock(ctxOf(req), req.params.ticketId, req.body.reason),
  );
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/tickets/:ticketId/sla-resume',
    {
      config: { policy: { permission: 'tickets.sla' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Resume a ticket’s paused resolution clock (desk)',
        description:
          'The clock runs on from the time already run. 409 `sla_clock_not_paused` when it runs, `ticket_not_open` ' +
          'when the ticket is resolved or closed (reopening resumes it).',
        params: ticketParams,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.resumeClock(ctxOf(req), req.params.ticketId),
  );
  app.withTypeProvider<ZodTypeProvider>().patch(
    '/api/tickets/:ticketId',
    {
      config: { policy: { permission: 'tickets.sla' } },
      schema: {
        tags: ['servicedesk'],
        summary: 'Change a ticket’s priority inputs (desk)',
        description:
          '`businessCritical`, `impact`, `urgency`. A new priority brings the policy of the ticket’s type and that ' +
          'priority: a `policy_changed` event on its clocks, which are derived again over their whole log with ' +
          'the new targets and hours (business-critical counts around the clock from the start), earlier ' +
          'pauses kept. The desk the ticket was routed to stays. 409 `ticket_not_open` once resolved. Audited.',
        params: ticketParams,
        body: ticketPatchSchema,
        response: { 200: detail, ...writeErrors },
      },
    },
    async (req) => service.patchTicket(ctxOf(req), req.params.ticketId, req.body),
  );

  const queue = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: queueItemSchema.meta({ id: 'QueueItem' }),
    read: 'desk-queues.read',
    write: 'desk-queues.read',
  });
  queue.list(
    '/api/desks/:deskId/queue',
    {
      params: deskParams,
      query: { status: ticketStatusSchema.optional() },
      summary: 'A desk’s queue, by SLA due',
      description:
        'The desk’s open tickets (or those of one `status`), the soonest SLA due first (the resolution clock’s; ' +
        'a change request’s lead time), paused and stopped clocks last, keyset-paged (`cursor`). Each row has ' +
        '`sla`: the clock’s state when it was last derived, its due, what is left now (`remainingMinutes`, ' +
        'counted in its policy’s hours) and, while paused, why and since when — read from the stored ' +
        'snapshot, in one query. The ticket’s `slaWarnedAt` and `slaEscalatedAt` are the SLA sweep’s marks.',
    },
    (ctx, { params, query }) => service.deskQueue(ctx, params.deskId, query),
  );
}
