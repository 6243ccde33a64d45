import type { FastifyInstance } from 'fastify';
import {
  checklistDefinitionSchema,
  checklistInputSchema,
  ticketChecklistSchema,
} from '../../../core/servicedesk/checklists';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams } from '../../http/schemas';
import * as service from './service';

const ticketParams = idParams('ticketId');

/** The line checklist (appendix 3): its steps as data, and answers attached to incidents. */
export default async function checklistRoutes(app: FastifyInstance): Promise<void> {
  const definitions = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: checklistDefinitionSchema.meta({ id: 'ChecklistDefinition' }),
    read: 'tickets.read',
    write: 'tickets.write',
  });
  definitions.list(
    '/api/checklists',
    {
      summary: 'The checklists to walk through before reporting',
      description:
        'The current version of each checklist, with its steps: `yes_no` (an `answer` and an optional `note`) ' +
        'or `leds` (the router’s LEDs as `{ name, state }`, state `on`, `blinking` or `off`). A step with ' +
        '`requiredWhen` is asked only when that earlier step was answered so. All on one page.',
    },
    async () => service.listDefinitions(),
  );

  const checklists = resourceRoutes(app, {
    tags: ['servicedesk'],
    item: ticketChecklistSchema.meta({ id: 'TicketChecklist' }),
    read: 'tickets.read',
    write: 'tickets.write',
  });
  checklists.list(
    '/api/tickets/:ticketId/checklists',
    {
      params: ticketParams,
      summary: 'The checklists attached to an incident',
      description:
        'Oldest first, each with the step definitions of the version it was answered against, so the answers ' +
        'read the same after the checklist changes.',
    },
    (ctx, { params }) => service.listChecklists(ctx, params.ticketId),
  );
  checklists.create(
    '/api/tickets/:ticketId/checklists',
    {
      params: ticketParams,
      body: checklistInputSchema,
      summary: 'Attach a checklist’s answers to an open incident',
      description:
        'The body names the checklist and version (`line-outage`, 1), the site it was done at — one the ' +
        'incident names (422 `checklist_site_not_of_incident`) and, for a site admin, its own — and the ' +
        'answers, one per step (400 per step otherwise; LEDs named once). Only incidents (409 ' +
        '`checklist_incidents_only`), not closed ones (409 `ticket_closed`). A new incident takes the same ' +
        'object as its `checklist`.',
    },
    (ctx, { params, body }) => service.addChecklist(ctx, params.ticketId, body),
  );
}
