import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  enterpriseInputSchema,
  enterprisePatchSchema,
  enterpriseSchema,
} from '../../../core/directory/schemas';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery } from '../../http/schemas';
import * as service from './service';

const params = idParams('enterpriseId');

export default async function enterpriseRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['directory'],
    item: enterpriseSchema.meta({ id: 'Enterprise' }),
    read: 'enterprises.read',
    write: 'enterprises.write',
  });
  const one = { params, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises',
    {
      query: { q: searchQuery, partnerId: z.uuid().optional() },
      summary: 'List the enterprises in your scope',
      description:
        'Provider staff see every enterprise, a partner its customers, everyone else its own ' +
        "(a site admin's counts cover its own sites). " +
        '`q` filters on name and customer number; `partnerId` on the partner.',
    },
    (ctx, { query }) => service.listEnterprises(ctx, query),
  );
  routes.create(
    '/api/enterprises',
    { body: enterpriseInputSchema, summary: 'Create an enterprise' },
    (ctx, { body }) => service.createEnterprise(ctx, body),
  );
  routes.get('/api/enterprises/:enterpriseId', { ...one, summary: 'One enterprise' }, (ctx, { params }) =>
    service.getEnterprise(ctx, params.enterpriseId),
  );
  routes.update(
    '/api/enterprises/:enterpriseId',
    {
      ...one,
      body: enterprisePatchSchema,
      summary: 'Change an enterprise',
      description: 'Setting `partnerId` links the enterprise to a business partner (null unlinks it).',
    },
    (ctx, { params, body }) => service.updateEnterprise(ctx, params.enterpriseId, body),
  );
  routes.remove(
    '/api/enterprises/:enterpriseId',
    {
      ...one,
      summary: 'Remove an enterprise',
      description: 'Refused (409) while it still has sites, users or accounts.',
    },
    (ctx, { params }) => service.deleteEnterprise(ctx, params.enterpriseId),
  );
}
