import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../../core/ids';
import {
  agentBoardSchema,
  agentStateInputSchema,
  boardStateInputSchema,
  myAgentStateSchema,
} from '../../../core/telephony/agent-states';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const board = agentBoardSchema.meta({ id: 'AgentBoard' });
const mine = myAgentStateSchema.meta({ id: 'MyAgentState' });

const STATES =
  'States: available; unavailable with a reason (break, lunch, meeting, training, other_work, end_of_shift, ' +
  'bounced); wrap_up for the queue’s wrap-up time, after which the agent is available by itself. One state ' +
  'per agent, for all its queues. Every change is in the audit log (who, from, to, reason).';

export default async function agentStateRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/queues/:queueId/agent-states',
    {
      config: { policy: { self: true } },
      schema: {
        tags: ['telephony'],
        summary: "A queue's agent states (the board)",
        description:
          'For an admin with `agent-states.read` whose scope holds the queue, and for the agents and ' +
          'supervisors of the queue, by their user’s link to it (others: 404; user roles hold no permission of ' +
          `the administration). \`canChange\` tells which states the asking account may change. ${STATES}`,
        params: idParams('queueId'),
        response: { 200: board, ...protectedErrors },
      },
    },
    async (req) => service.getBoard(ctxOf(req), req.params.queueId),
  );

  r.put(
    '/api/queues/:queueId/agent-states/:userId',
    {
      config: { policy: { self: true } },
      schema: {
        tags: ['telephony'],
        summary: "Change an agent's state from a queue's board",
        description:
          'By a supervisor of the queue or an admin with `agent-states.write` (any agent of the queue), or by ' +
          'the agent itself (403 ' +
          `\`not_a_supervisor\` for another's). The queue's wrap-up time applies. ${STATES}`,
        params: z.object({ queueId: idSchema, userId: idSchema }),
        body: boardStateInputSchema,
        response: { 200: board, ...writeErrors },
      },
    },
    async (req) => service.setBoardState(ctxOf(req), req.params.queueId, req.params.userId, req.body),
  );

  r.get(
    '/api/me/agent-state',
    {
      config: { policy: { self: true } },
      schema: {
        tags: ['self'],
        summary: 'My agent state',
        description:
          'The state of the user the account belongs to, with the queues it is an agent or supervisor of ' +
          '(none: no call centre work; 404 for an account without a user).',
        response: { 200: mine, ...protectedErrors },
      },
    },
    async (req) => service.getMyState(ctxOf(req)),
  );

  r.put(
    '/api/me/agent-state',
    {
      config: { policy: { self: true } },
      schema: {
        tags: ['self'],
        summary: 'Change my agent state',
        description: `Only for an agent of some queue (409 \`not_an_agent\`). A wrap-up lasts the wrap-up time of \`queueId\` (one of the agent's queues) or else the longest of its queues. ${STATES}`,
        body: agentStateInputSchema,
        response: { 200: mine, ...writeErrors },
      },
    },
    async (req) => service.setMyState(ctxOf(req), req.body),
  );
}
