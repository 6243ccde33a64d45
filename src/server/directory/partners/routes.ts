import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { partnerInputSchema, partnerPatchSchema, partnerSchema } from '../../../core/directory/schemas';
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

const params = idParams('partnerId');
const partner = partnerSchema.meta({ id: 'Partner' });

export default async function partnerRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  r.get(
    '/api/partners',
    {
      config: { policy: { permission: 'partners.read' } },
      schema: {
        tags,
        summary: 'List business partners',
        description: 'Sorted by name; `q` filters on the name.',
        querystring: pageQuery({ q: searchQuery }),
        response: { 200: pageSchema(partner), ...protectedErrors },
      },
    },
    async (req) => service.listPartners(ctxOf(req), req.query),
  );

  r.post(
    '/api/partners',
    {
      config: { policy: { permission: 'partners.write' } },
      schema: {
        tags,
        summary: 'Create a business partner',
        body: partnerInputSchema,
        response: { 201: partner, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await service.createPartner(ctxOf(req), req.body)),
  );

  r.get(
    '/api/partners/:partnerId',
    {
      config: { policy: { permission: 'partners.read' } },
      schema: {
        tags,
        summary: 'One business partner',
        params,
        response: { 200: partner, ...protectedErrors },
      },
    },
    async (req) => service.getPartner(ctxOf(req), req.params.partnerId),
  );

  r.patch(
    '/api/partners/:partnerId',
    {
      config: { policy: { permission: 'partners.write' } },
      schema: {
        tags,
        summary: 'Change a business partner',
        params,
        body: partnerPatchSchema,
        response: { 200: partner, ...writeErrors },
      },
    },
    async (req) => service.updatePartner(ctxOf(req), req.params.partnerId, req.body),
  );

  r.delete(
    '/api/partners/:partnerId',
    {
      config: { policy: { permission: 'partners.write' } },
      schema: {
        tags,
        summary: 'Remove a business partner',
        description: 'Refused (409) while enterprises or accounts still belong to the partner.',
        params,
        response: { 204: z.null().describe('Removed'), ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.deletePartner(ctxOf(req), req.params.partnerId);
      return reply.code(204).send(null);
    },
  );
}
