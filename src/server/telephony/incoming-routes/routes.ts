import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoInstantSchema } from '../../../core/dates';
import {
  incomingRouteInputSchema,
  incomingRoutePatchSchema,
  incomingRouteSchema,
  routeDecisionSchema,
} from '../../../core/telephony/incoming-routes';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, protectedErrors, searchQuery } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('routeId');

const RULES =
  'A route holds a `number` of the plan (any notation; a fixed number — geographic, 085/088, 0800/090x — in ' +
  "the caller's scope, of the route's site when allocated to one; 409 `number_taken` when another took it " +
  'first) and sends its calls by `destinations`: `open` always; with a `scheduleId`, `closed` is required, ' +
  '`holiday` is optional (a public holiday without it goes where `closed` goes) and `closures` gives a named ' +
  "closure of the schedule (by its id) a destination of its own (else `closed`'s); without a schedule only " +
  '`open` is allowed (`route_needs_schedule`). A destination is a user, a user’s `voicemail`, a hunt group, a ' +
  'queue, an auto attendant (optionally one of its menu trees: `businessHours`, `afterHours`, `holiday`; none: ' +
  "the attendant's own schedule chooses) or an outside `number` (not the route's own, and one the enterprise's " +
  'call restrictions allow: `route_destination_barred`). Every object must be ' +
  "the enterprise's and, for a site admin, of its own sites (schedules: or enterprise-wide) — `target_unknown` " +
  'for another enterprise’s id as for one that does not exist. Refused by path (422), nothing stored.';

export default async function incomingRouteRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: incomingRouteSchema.meta({ id: 'IncomingRoute' }),
    read: 'incoming-routes.read',
    write: 'incoming-routes.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/incoming-routes',
    {
      ...inEnterprise,
      query: { q: searchQuery, siteId: z.uuid().optional() },
      summary: "List an enterprise's incoming routes",
      description:
        'Sorted by name. A site admin sees those of its own sites (not the enterprise-wide ones). `q` finds a ' +
        'fragment of the name or the number (E.164).',
    },
    (ctx, { params, query }) => service.listRoutes(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/incoming-routes',
    {
      ...inEnterprise,
      body: incomingRouteInputSchema,
      summary: 'Add an incoming route',
      description:
        'Enterprise-wide (`siteId` null; not for a site admin) or of a site of the enterprise; the name is unique ' +
        `in the enterprise. ${RULES}`,
    },
    (ctx, { params, body }) => service.createRoute(ctx, params.enterpriseId, body),
  );
  routes.get('/api/incoming-routes/:routeId', { params, summary: 'One incoming route' }, (ctx, { params }) =>
    service.getRoute(ctx, params.routeId),
  );
  routes.update(
    '/api/incoming-routes/:routeId',
    {
      params,
      body: incomingRoutePatchSchema,
      summary: 'Change an incoming route',
      description:
        'The fields given replace the former ones; `destinations` replaces the whole set (a new schedule: its ' +
        `closures are checked against the new one). A new \`number\` frees the former one. ${RULES}`,
    },
    (ctx, { params, body }) => service.updateRoute(ctx, params.routeId, body),
  );
  routes.remove(
    '/api/incoming-routes/:routeId',
    {
      params,
      summary: 'Remove an incoming route',
      description: 'Its number goes back to the number plan, free.',
    },
    (ctx, { params }) => service.deleteRoute(ctx, params.routeId),
  );

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/incoming-routes/:routeId/route',
    {
      config: { policy: { permission: 'incoming-routes.read' } },
      schema: {
        tags: ['telephony'],
        summary: 'Where a call to the route goes at an instant',
        description:
          "At `at` (an ISO instant, default now): the state of the route's schedule (open without one), the " +
          'holiday or closure by name in `lang` (nl or en; `names` gives both), the entry of `destinations` that ' +
          'applies (`fallback` when a holiday or closure without its own went to `closed`) and its destination ' +
          'with its name.',
        params,
        querystring: z.object({
          at: isoInstantSchema().optional(),
          lang: z.enum(['nl', 'en']).default('nl'),
        }),
        response: { 200: routeDecisionSchema.meta({ id: 'RouteDecision' }), ...protectedErrors },
      },
    },
    async (req) => service.routeAt(ctxOf(req), req.params.routeId, req.query),
  );
}
