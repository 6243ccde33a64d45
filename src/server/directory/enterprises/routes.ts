import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  enterpriseInputSchema,
  enterprisePatchSchema,
  enterpriseSchema,
} from '../../../core/directory/schemas';
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

const params = idParams('enterpriseId');
const enterprise = enterpriseSchema.meta({ id: 'Enterprise' });

export default async function enterpriseRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  r.get(
    '/api/enterprises',
    {
      config: { policy: { permission: 'enterprises.read' } },
      schema: {
        tags,
        summary: 'List the enterprises in your scope',
        description:
          'Provider staff see every enterprise, a partner its customers, everyone else its own ' +
          "(a site admin's counts cover its own sites). " +
          '`q` filters on name and customer number; `partnerId` on the partner.',
        querystring: pageQuery({ q: searchQuery, partnerId: z.uuid({ error: 'must be a UUID' }).optional() }),
        response: { 200: pageSchema(enterprise), ...protectedErrors },
      },
    },
    async (req) => service.listEnterprises(ctxOf(req), req.query),
  );

  r.post(
    '/api/enterprises',
    {
      config: { policy: { permission: 'enterprises.write' } },
      schema: {
        tags,
        summary: 'Create an enterprise',
        body: enterpriseInputSchema,
        response: { 201: enterprise, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await service.createEnterprise(ctxOf(req), req.body)),
  );

  r.get(
    '/api/enterprises/:enterpriseId',
    {
      config: { policy: { permission: 'enterprises.read', enterpriseParam: 'enterpriseId' } },
      schema: { tags, summary: 'One enterprise', params, response: { 200: enterprise, ...protectedErrors } },
    },
    async (req) => service.getEnterprise(ctxOf(req), req.params.enterpriseId),
  );

  r.patch(
    '/api/enterprises/:enterpriseId',
    {
      config: { policy: { permission: 'enterprises.write', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: 'Change an enterprise',
        description: 'Setting `partnerId` links the enterprise to a business partner (null unlinks it).',
        params,
        body: enterprisePatchSchema,
        response: { 200: enterprise, ...writeErrors },
      },
    },
    async (req) => service.updateEnterprise(ctxOf(req), req.params.enterpriseId, req.body),
  );

  r.delete(
    '/api/enterprises/:enterpriseId',
    {
      config: { policy: { permission: 'enterprises.write', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: 'Remove an enterprise',
        description: 'Refused (409) while it still has sites, users or accounts.',
        params,
        response: { 204: z.null().describe('Removed'), ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.deleteEnterprise(ctxOf(req), req.params.enterpriseId);
      return reply.code(204).send(null);
    },
  );
}
