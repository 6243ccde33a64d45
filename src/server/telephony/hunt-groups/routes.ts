import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  huntGroupInputSchema,
  huntGroupPatchSchema,
  huntGroupSchema,
} from '../../../core/telephony/hunt-groups';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('huntGroupId');

const HANDLING =
  'A destination (`timeoutDestination`, and `busyDestination` / `unreachableDestination` when their action ' +
  'is `forward`) is an extension of the enterprise or a number in any usual Dutch or E.164 notation; never ' +
  'voicemail or the group itself. `timeoutSeconds` (null: none) is at least `huntAfterSeconds`. The ' +
  '`extension` (the enterprise length, not taken) and `number` (a free fixed number of the plan, on the ' +
  "group's site when allocated to one) are taken from the number plan (409 when another took it first).";

export default async function huntGroupRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item: huntGroupSchema.meta({ id: 'HuntGroup' }),
    read: 'hunt-groups.read',
    write: 'hunt-groups.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/hunt-groups',
    {
      ...inEnterprise,
      query: { q: searchQuery, siteId: z.uuid().optional() },
      summary: "List an enterprise's hunt groups",
      description:
        'By name. A site admin sees the groups of its own sites. `q` finds a fragment of the name, extension ' +
        'or number; `siteId` narrows to one site.',
    },
    (ctx, { params, query }) => service.listHuntGroups(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/hunt-groups',
    {
      ...inEnterprise,
      body: huntGroupInputSchema,
      summary: 'Add a hunt group',
      description: `On a site of the enterprise (a site admin: one of its own), its name unique in the enterprise. ${HANDLING}`,
    },
    (ctx, { params, body }) => service.createHuntGroup(ctx, params.enterpriseId, body),
  );
  routes.get('/api/hunt-groups/:huntGroupId', { params, summary: 'One hunt group' }, (ctx, { params }) =>
    service.getHuntGroup(ctx, params.huntGroupId),
  );
  routes.update(
    '/api/hunt-groups/:huntGroupId',
    {
      params,
      body: huntGroupPatchSchema,
      summary: 'Change a hunt group',
      description: `What is left out stays; \`extension\` or \`number\` null frees it. ${HANDLING}`,
    },
    (ctx, { params, body }) => service.updateHuntGroup(ctx, params.huntGroupId, body),
  );
  routes.remove(
    '/api/hunt-groups/:huntGroupId',
    {
      params,
      summary: 'Remove a hunt group',
      description:
        'With its members; its extension and number return to the plan, free. Refused (409 `in_use`, naming ' +
        'them) while a menu key, route or queue points at the group.',
    },
    (ctx, { params }) => service.deleteHuntGroup(ctx, params.huntGroupId),
  );
}
