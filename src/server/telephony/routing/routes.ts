import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { simulateInputSchema, simulationSchema } from '../../../core/routing';
import { ctxOf } from '../../http/context';
import { idParams, writeErrors } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const simulation = simulationSchema.meta({ id: 'Simulation' });

export default async function routingRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/enterprises/:enterpriseId/simulate',
    {
      config: {
        policy: { permission: 'routing.simulate', enterpriseParam: 'enterpriseId', readsOnly: true },
      },
      schema: {
        tags: ['telephony'],
        summary: 'Test a call: the way a call takes through the configuration',
        description:
          '`from`: a user id, an extension of the enterprise, one of its numbers or an outside number; `to`: an ' +
          'extension or a number in any usual Dutch or E.164 notation; `at`: an ISO time with offset (default now); ' +
          '`digits`: the keys the caller presses (0-9, *, #), in order; `answer`: `first` (the first endpoint rung ' +
          'answers, the default) or `none`; `state`: assumptions over the live state (users busy, on DND or ' +
          "unregistered; agents' states and queue lengths by id). Answers the steps taken, each with its " +
          "explanation in the language of Accept-Language (else the account's), and the outcome with a stable " +
          'code (`barred`, `loop`, `unassigned`, `queue_full`, `closed`...). Changes nothing. An unknown caller, ' +
          'extension or malformed number is 422 with the field.',
        params: enterpriseParams,
        body: simulateInputSchema,
        response: { 200: simulation, ...writeErrors },
      },
    },
    async (req) =>
      service.simulateForRequest(
        ctxOf(req),
        req.params.enterpriseId,
        req.body,
        req.headers['accept-language'],
      ),
  );
}
