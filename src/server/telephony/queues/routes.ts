import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoInstantSchema } from '../../../core/dates';
import {
  queueInputSchema,
  queuePatchSchema,
  queueSchema,
  queueStateSchema,
} from '../../../core/telephony/queues';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, protectedErrors, searchQuery } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('queueId');

const SETTINGS =
  'Distribution as for hunt groups (regular, circular, simultaneous, uniform, weighted) with a ring pattern; ' +
  '`maxQueueLength` callers wait at most, each at most `maxWaitSeconds`; a `comfortMessage` (text, read ' +
  'aloud by the call plane) every `comfortIntervalSeconds` (shorter than the maximum wait); ' +
  '`positionAnnouncements`. Overflow (when the queue is full or after `overflowAfterSeconds`, at most the ' +
  'maximum wait): busy, transfer to `overflowDestination` (an existing extension or an outside number, ' +
  'never the queue itself) or keep waiting. `bouncedAfterRings` (null: off): an offered call not answered ' +
  'in that many rings goes back to the queue and the agent becomes unavailable. Stranded calls (no agent ' +
  'available): busy, transfer to `strandedDestination` or keep waiting. `wrapUpSeconds` after each call ' +
  '(0: none). The extension must be free in the enterprise and the number a free, non-mobile number of ' +
  'the plan (on the queue’s site when allocated to one). Opening hours: `scheduleId` (a schedule of the ' +
  'enterprise; a site admin: enterprise-wide or of its own sites, else 422 `target_not_yours`; one that ' +
  'is not there or another tenant’s: `target_unknown`); outside them `closedAction` (busy, or transfer to ' +
  '`closedDestination`, checked as overflow’s; keep-waiting is refused) and, on a public holiday or during ' +
  'a named closure, `holidayAction` with `holidayDestination` (null: as closed); `closedMessage` plays ' +
  'the enterprise’s closed message (call settings) first. Without a schedule these are reset (always ' +
  'open). A schedule a queue follows is not removed (409 `in_use`).';

export default async function queueRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: queueSchema.meta({ id: 'Queue' }),
    read: 'queues.read',
    write: 'queues.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/queues',
    {
      ...inEnterprise,
      query: {
        q: searchQuery,
        siteId: z.uuid().optional(),
        direction: z.enum(['asc', 'desc']).default('asc'),
      },
      summary: "List an enterprise's call centre queues",
      description:
        'By name in `direction`. A site admin sees the queues of its own sites. `q` finds a fragment of the ' +
        'name; `siteId` narrows to one site.',
    },
    (ctx, { params, query }) => service.listQueues(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/queues',
    {
      ...inEnterprise,
      body: queueInputSchema,
      summary: 'Add a call centre queue',
      description: `On a site of the enterprise (a site admin: one of its own), with a name unique in the enterprise (409). ${SETTINGS}`,
    },
    (ctx, { params, body }) => service.createQueue(ctx, params.enterpriseId, body),
  );
  routes.get('/api/queues/:queueId', { params, summary: 'One call centre queue' }, (ctx, { params }) =>
    service.getQueue(ctx, params.queueId),
  );
  routes.update(
    '/api/queues/:queueId',
    {
      params,
      body: queuePatchSchema,
      summary: 'Change a call centre queue',
      description: `What is given replaces what the queue had; the rules apply to the result. ${SETTINGS}`,
    },
    (ctx, { params, body }) => service.updateQueue(ctx, params.queueId, body),
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/queues/:queueId/state',
    {
      config: { policy: { permission: 'queues.read' } },
      schema: {
        tags: ['telephony'],
        summary: 'What a call centre queue does at an instant, by its schedule',
        description:
          'At `at` (an ISO instant, default now), as the schedules’ state: `service` open (no schedule: ' +
          '`reason` no_schedule), closed or holiday (a public holiday or a named closure, `reason` holiday or ' +
          'closure, by name in `lang`, `names` both) with the `action` (busy or transfer), its `destination`, ' +
          'whether the closed message is played first, `asClosed` when a holiday takes the closed action, and ' +
          'when the schedule’s state changes next.',
        params,
        querystring: z.object({
          at: isoInstantSchema().optional(),
          lang: z.enum(['nl', 'en']).default('nl'),
        }),
        response: { 200: queueStateSchema.meta({ id: 'QueueState' }), ...protectedErrors },
      },
    },
    async (req) => service.queueState(ctxOf(req), req.params.queueId, req.query),
  );
  routes.remove(
    '/api/queues/:queueId',
    {
      params,
      summary: 'Remove a call centre queue',
      description:
        'With its agents and supervisors; its extension and number become free. Refused (409 `in_use`, with ' +
        'their names) while a menu key, route or anything else points at the queue.',
    },
    (ctx, { params }) => service.deleteQueue(ctx, params.queueId),
  );
}
