import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { queueInputSchema, queuePatchSchema, queueSchema } from '../../../core/telephony/queues';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery } from '../../http/schemas';
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
  'the plan (on the queue’s site when allocated to one). Night and holiday service is decided by the ' +
  'incoming route of the number, by schedule.';

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
