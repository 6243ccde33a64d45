import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attendantInputSchema,
  attendantPatchSchema,
  attendantSchema,
} from '../../../core/telephony/attendants';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, protectedErrors, searchQuery } from '../../http/schemas';
import { REGISTRY_TYPES } from '../targets';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('attendantId');

const targetListSchema = z
  .object({
    type: z.enum(REGISTRY_TYPES),
    available: z.boolean().describe('false while this kind of object cannot be chosen yet'),
    items: z.array(z.object({ id: z.uuid(), name: z.string(), siteId: z.uuid().nullable() })),
  })
  .meta({ id: 'TargetList' });

export default async function attendantRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: attendantSchema.meta({ id: 'AutoAttendant' }),
    read: 'auto-attendants.read',
    write: 'auto-attendants.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;
  const menuRules =
    'The menus are one document: `businessHours`, and optionally `afterHours` and `holiday` (a missing holiday ' +
    'tree falls back to after hours, a missing after-hours tree to business hours), each a list of menus whose ' +
    'first is the root. A key (0–9, *, #), the timeout and invalid-input actions each do one thing: transfer ' +
    '(announced or not) to an extension, an outside number, a user, hunt group, queue, attendant or the ' +
    'operator; a sub-menu (by id); back; a user’s voicemail; dial by extension or name; repeat; an ' +
    'announcement. Refused by path (422): a sub-menu cycle (`menus.businessHours.menus.2.keys.1.menuId`), back ' +
    'in a root menu, a menu no key reaches, and any target not of this enterprise (a site admin: its own ' +
    'sites, or enterprise-wide audio) — `target_unknown`, as for a hunt group, queue or schedule that cannot ' +
    'be chosen yet. Nothing is stored on a refusal. Extension and number come from the number plan.';

  routes.list(
    '/api/enterprises/:enterpriseId/auto-attendants',
    {
      ...inEnterprise,
      query: { q: searchQuery, siteId: z.uuid().optional() },
      summary: "List an enterprise's auto attendants",
      description: 'Sorted by name. A site admin sees those of its own sites.',
    },
    (ctx, { params, query }) => service.listAttendants(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/auto-attendants',
    {
      ...inEnterprise,
      body: attendantInputSchema,
      summary: 'Add an auto attendant (keuzemenu)',
      description: `On a site of the enterprise; the name is unique in the enterprise (409). ${menuRules}`,
    },
    (ctx, { params, body }) => service.createAttendant(ctx, params.enterpriseId, body),
  );
  routes.get(
    '/api/auto-attendants/:attendantId',
    { params, summary: 'One auto attendant' },
    (ctx, { params }) => service.getAttendant(ctx, params.attendantId),
  );
  routes.update(
    '/api/auto-attendants/:attendantId',
    {
      params,
      body: attendantPatchSchema,
      summary: 'Change an auto attendant',
      description: `The fields given replace the former ones; \`menus\` replaces the whole document. ${menuRules}`,
    },
    (ctx, { params, body }) => service.updateAttendant(ctx, params.attendantId, body),
  );
  routes.remove(
    '/api/auto-attendants/:attendantId',
    {
      params,
      summary: 'Remove an auto attendant',
      description:
        'Refused (409 in_use, naming them) while another attendant (or a route) points at it; its extension and ' +
        'number go back to the number plan.',
    },
    (ctx, { params }) => service.deleteAttendant(ctx, params.attendantId),
  );

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/enterprises/:enterpriseId/targets',
    {
      config: { policy: { permission: 'auto-attendants.read', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags: ['telephony'],
        summary: 'What a menu key, route or group can point at, for the pickers',
        description:
          'The objects of one `type` (default user) in the reader’s scope whose name holds `q`, sorted by name (at most `limit`). ' +
          'A type whose part is not there yet answers `available: false` and no items.',
        params: enterpriseParams,
        querystring: z.strictObject({
          type: z.enum(REGISTRY_TYPES).default('user'),
          q: searchQuery,
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: targetListSchema, ...protectedErrors },
      },
    },
    async (req) => service.listTargets(ctxOf(req), req.params.enterpriseId, req.query),
  );
}
