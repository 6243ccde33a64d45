import type { FastifyInstance } from 'fastify';
import { partnerInputSchema, partnerPatchSchema, partnerSchema } from '../../../core/directory/schemas';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery } from '../../http/schemas';
import * as service from './service';

const params = idParams('partnerId');

export default async function partnerRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['directory'],
    item: partnerSchema.meta({ id: 'Partner' }),
    read: 'partners.read',
    write: 'partners.write',
  });

  routes.list(
    '/api/partners',
    {
      query: { q: searchQuery },
      summary: 'List business partners',
      description: 'Sorted by name; `q` filters on the name.',
    },
    (ctx, { query }) => service.listPartners(ctx, query),
  );
  routes.create(
    '/api/partners',
    { body: partnerInputSchema, summary: 'Create a business partner' },
    (ctx, { body }) => service.createPartner(ctx, body),
  );
  routes.get('/api/partners/:partnerId', { params, summary: 'One business partner' }, (ctx, { params }) =>
    service.getPartner(ctx, params.partnerId),
  );
  routes.update(
    '/api/partners/:partnerId',
    { params, body: partnerPatchSchema, summary: 'Change a business partner' },
    (ctx, { params, body }) => service.updatePartner(ctx, params.partnerId, body),
  );
  routes.remove(
    '/api/partners/:partnerId',
    {
      params,
      summary: 'Remove a business partner',
      description: 'Refused (409) while enterprises or accounts still belong to the partner.',
    },
    (ctx, { params }) => service.deletePartner(ctx, params.partnerId),
  );
}
