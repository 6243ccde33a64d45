import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  pickupGroupInputSchema,
  pickupGroupPatchSchema,
  pickupGroupSchema,
  pickupMemberInputSchema,
} from '../../../core/telephony/hunt-groups';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery, writeErrors } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('pickupGroupId');
const memberParams = z.object({ pickupGroupId: z.uuid(), userId: z.uuid() });

export default async function pickupGroupRoutes(app: FastifyInstance): Promise<void> {
  const item = pickupGroupSchema.meta({ id: 'PickupGroup' });
  const routes = resourceRoutes(app, {
    tags: ['telephony'],
    item,
    read: 'pickup-groups.read',
    write: 'pickup-groups.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/pickup-groups',
    {
      ...inEnterprise,
      query: { q: searchQuery, siteId: z.uuid().optional() },
      summary: "List an enterprise's call pickup groups",
      description: 'By name, with their members. A site admin sees the groups of its own sites.',
    },
    (ctx, { params, query }) => service.listPickupGroups(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/pickup-groups',
    {
      ...inEnterprise,
      body: pickupGroupInputSchema,
      summary: 'Add a call pickup group',
      description:
        'On a site of the enterprise (a site admin: one of its own); its name unique in the enterprise.',
    },
    (ctx, { params, body }) => service.createPickupGroup(ctx, params.enterpriseId, body),
  );
  routes.get(
    '/api/pickup-groups/:pickupGroupId',
    { params, summary: 'One call pickup group' },
    (ctx, { params }) => service.getPickupGroup(ctx, params.pickupGroupId),
  );
  routes.update(
    '/api/pickup-groups/:pickupGroupId',
    {
      params,
      body: pickupGroupPatchSchema,
      summary: 'Rename a call pickup group or move it to another site',
    },
    (ctx, { params, body }) => service.updatePickupGroup(ctx, params.pickupGroupId, body),
  );
  routes.remove(
    '/api/pickup-groups/:pickupGroupId',
    {
      params,
      summary: 'Remove a call pickup group',
      description: 'Its members are then in no pickup group.',
    },
    (ctx, { params }) => service.deletePickupGroup(ctx, params.pickupGroupId),
  );

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/pickup-groups/:pickupGroupId/members',
    {
      config: { policy: { permission: 'pickup-groups.write' } },
      schema: {
        tags: ['telephony'],
        summary: 'Add a user to a call pickup group',
        description:
          'A user of the enterprise (a site admin: of its own sites) whose profile includes `call_pickup`, in no ' +
          'other pickup group (409 `pickup_member_elsewhere`, naming it). Answers the group.',
        params,
        body: pickupMemberInputSchema,
        response: { 200: item, ...writeErrors },
      },
    },
    async (req) => service.addPickupMember(ctxOf(req), req.params.pickupGroupId, req.body.userId),
  );
  r.delete(
    '/api/pickup-groups/:pickupGroupId/members/:userId',
    {
      config: { policy: { permission: 'pickup-groups.write' } },
      schema: {
        tags: ['telephony'],
        summary: 'Take a user out of a call pickup group',
        description: 'Answers the group (404 when the user is not in it).',
        params: memberParams,
        response: { 200: item, ...writeErrors },
      },
    },
    async (req) => service.removePickupMember(ctxOf(req), req.params.pickupGroupId, req.params.userId),
  );
}
