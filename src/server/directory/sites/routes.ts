import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { siteInputSchema, sitePatchSchema, siteSchema } from '../../../core/directory/schemas';
import { ctxOf } from '../../http/context';
import {
  idParams,
  pageQuery,
  pageSchema,
  protectedErrors,
  searchQuery,
  writeErrors,
} from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('siteId');
const site = siteSchema.meta({ id: 'Site' });

export default async function siteRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  r.get(
    '/api/enterprises/:enterpriseId/sites',
    {
      config: { policy: { permission: 'sites.read', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: "List an enterprise's sites",
        description: 'A site admin sees only its own sites. `q` filters on name, street, city and postcode.',
        params: enterpriseParams,
        querystring: pageQuery({ q: searchQuery }),
        response: { 200: pageSchema(site), ...protectedErrors },
      },
    },
    async (req) => service.listSites(ctxOf(req), req.params.enterpriseId, req.query),
  );

  r.post(
    '/api/enterprises/:enterpriseId/sites',
    {
      config: { policy: { permission: 'sites.write', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: 'Add a site (location)',
        description: 'The postcode is a Dutch postcode and is stored as "1234 AB".',
        params: enterpriseParams,
        body: siteInputSchema,
        response: { 201: site, ...writeErrors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await service.createSite(ctxOf(req), req.params.enterpriseId, req.body)),
  );

  r.get(
    '/api/sites/:siteId',
    {
      config: { policy: { permission: 'sites.read' } },
      schema: { tags, summary: 'One site', params, response: { 200: site, ...protectedErrors } },
    },
    async (req) => service.getSite(ctxOf(req), req.params.siteId),
  );

  r.patch(
    '/api/sites/:siteId',
    {
      config: { policy: { permission: 'sites.write' } },
      schema: {
        tags,
        summary: 'Change a site',
        params,
        body: sitePatchSchema,
        response: { 200: site, ...writeErrors },
      },
    },
    async (req) => service.updateSite(ctxOf(req), req.params.siteId, req.body),
  );

  r.delete(
    '/api/sites/:siteId',
    {
      config: { policy: { permission: 'sites.write' } },
      schema: {
        tags,
        summary: 'Remove a site',
        description: 'Refused (409) while users or site administrators still belong to it.',
        params,
        response: { 204: z.null().describe('Removed'), ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.deleteSite(ctxOf(req), req.params.siteId);
      return reply.code(204).send(null);
    },
  );
}
