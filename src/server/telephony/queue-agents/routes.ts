import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  queueAgentInputSchema,
  queueAgentPatchSchema,
  queueAgentSchema,
} from '../../../core/telephony/queues';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const queueParams = idParams('queueId');
const params = idParams('queueAgentId');
const agent = queueAgentSchema.meta({ id: 'QueueAgent' });

const PROFILE =
  'An agent’s profile must include `call_center_agent`, a supervisor’s `call_center_supervisor` (the ' +
  'profiles’ feature matrix).';

export default async function queueAgentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/queues/:queueId/agents',
    {
      config: { policy: { permission: 'queues.read' } },
      schema: {
        tags: ['telephony'],
        summary: "A queue's agents and supervisors",
        description:
          'In the order they were added (the order of regular and circular distribution). A user’s name is ' +
          'given to a reader whose scope holds the user.',
        params: queueParams,
        response: { 200: z.object({ items: z.array(agent) }), ...protectedErrors },
      },
    },
    async (req) => service.listQueueAgents(ctxOf(req), req.params.queueId),
  );

  r.post(
    '/api/queues/:queueId/agents',
    {
      config: { policy: { permission: 'queues.write' } },
      schema: {
        tags: ['telephony'],
        summary: 'Add an agent or supervisor to a queue',
        description: `A user of the queue’s enterprise (a site admin: of its own sites), at most once per queue (409). ${PROFILE}`,
        params: queueParams,
        body: queueAgentInputSchema,
        response: { 201: agent, ...writeErrors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await service.addQueueAgent(ctxOf(req), req.params.queueId, req.body)),
  );

  r.patch(
    '/api/queue-agents/:queueAgentId',
    {
      config: { policy: { permission: 'queues.write' } },
      schema: {
        tags: ['telephony'],
        summary: "Change an agent's role or weight in a queue",
        description: PROFILE,
        params,
        body: queueAgentPatchSchema,
        response: { 200: agent, ...writeErrors },
      },
    },
    async (req) => service.updateQueueAgent(ctxOf(req), req.params.queueAgentId, req.body),
  );

  r.delete(
    '/api/queue-agents/:queueAgentId',
    {
      config: { policy: { permission: 'queues.write' } },
      schema: {
        tags: ['telephony'],
        summary: 'Take an agent or supervisor out of a queue',
        description: 'Its agent state stays (it is one for all the user’s queues).',
        params,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.removeQueueAgent(ctxOf(req), req.params.queueAgentId);
      return reply.code(204).send(null);
    },
  );
}
