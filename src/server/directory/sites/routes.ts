import type { FastifyInstance } from 'fastify';
import { siteInputSchema, sitePatchSchema, siteSchema } from '../../../core/directory/schemas';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('siteId');

export default async function siteRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['directory'],
    item: siteSchema.meta({ id: 'Site' }),
    read: 'sites.read',
    write: 'sites.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/sites',
    {
      ...inEnterprise,
      query: { q: searchQuery },
      summary: "List an enterprise's sites",
      description: 'A site admin sees only its own sites. `q` filters on name, street, city and postcode.',
    },
    (ctx, { params, query }) => service.listSites(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/sites',
    {
      ...inEnterprise,
      body: siteInputSchema,
      summary: 'Add a site (location)',
      description: 'The postcode is a Dutch postcode and is stored as "1234 AB".',
    },
    (ctx, { params, body }) => service.createSite(ctx, params.enterpriseId, body),
  );
  routes.get('/api/sites/:siteId', { params, summary: 'One site' }, (ctx, { params }) =>
    service.getSite(ctx, params.siteId),
  );
  routes.update(
    '/api/sites/:siteId',
    { params, body: sitePatchSchema, summary: 'Change a site' },
    (ctx, { params, body }) => service.updateSite(ctx, params.siteId, body),
  );
  routes.remove(
    '/api/sites/:siteId',
    {
      params,
      summary: 'Remove a site',
      description: 'Refused (409) while users or site administrators still belong to it.',
    },
    (ctx, { params }) => service.deleteSite(ctx, params.siteId),
  );
}
