import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { configChecksSchema, simulateInputSchema, simulationSchema } from '../../../core/routing';
import { ctxOf } from '../../http/context';
import { idParams, protectedErrors, writeErrors } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const simulation = simulationSchema.meta({ id: 'Simulation' });
const configChecks = configChecksSchema.meta({ id: 'ConfigChecks' });

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
          'code (`barred`, `loop`, `unassigned`, `queue_full`, `closed`...), and the whole plan (`plan`: entry and every ' +
          'step with a short label and its branches, also those not taken) for a diagram. Changes nothing. An unknown caller, ' +
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
  r.get(
    '/api/enterprises/:enterpriseId/config-checks',
    {
      config: { policy: { permission: 'routing.simulate', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags: ['telephony'],
        summary: 'Configuration checks: what in the telephony configuration sends calls nowhere',
        description:
          'Found by rule (hunt groups without members, queues without agents, schedules without opening ' +
          'hours, menus no key reaches, numbers in use assigned to nothing) and by the routing engine itself: ' +
          'a call from outside to every number in use and from a colleague to every extension, at a working ' +
          'day 10:00 and 21:00, a Saturday 12:00 and the next public holiday 10:00, every branch followed; an ' +
          'end that points at nothing (`dead_end`), a forwarding or overflow loop (`loop`), a forwarding to a ' +
          'barred destination (`forwarding_barred`) or a plan cut at its budget (`plan_too_large`) is a ' +
          "finding. Errors first. `message` is in the language of Accept-Language (else the account's); " +
          '`objects` names what is concerned, the one to fix first. Same permission as the simulator ' +
          '(`routing.simulate`): the findings follow calls across sites.',
        params: enterpriseParams,
        response: { 200: configChecks, ...protectedErrors },
      },
    },
    async (req) =>
      service.configChecksForRequest(ctxOf(req), req.params.enterpriseId, req.headers['accept-language']),
  );
}
