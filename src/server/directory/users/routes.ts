import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { profileSchema } from '../../../core/directory/profiles';
import { userInputSchema, userPatchSchema, userSchema } from '../../../core/directory/schemas';
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
const params = idParams('userId');
const user = userSchema.meta({ id: 'User' });

export default async function userRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  r.get(
    '/api/enterprises/:enterpriseId/users',
    {
      config: { policy: { permission: 'users.read', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: "List an enterprise's users",
        description:
          'Sorted by `sort` (name or email, case-insensitive) in `direction` (asc or desc). A site admin sees the users of its own sites. ' +
          '`q` filters on name and e-mail, `siteId` and `profile` narrow further.',
        params: enterpriseParams,
        querystring: pageQuery({
          q: searchQuery,
          siteId: z.uuid({ error: 'must be a UUID' }).optional(),
          profile: profileSchema.optional(),
          sort: z.enum(['name', 'email'], { error: 'must be name or email' }).default('name'),
          direction: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).default('asc'),
        }),
        response: { 200: pageSchema(user), ...protectedErrors },
      },
    },
    async (req) => service.listUsers(ctxOf(req), req.params.enterpriseId, req.query),
  );

  r.post(
    '/api/enterprises/:enterpriseId/users',
    {
      config: { policy: { permission: 'users.write', enterpriseParam: 'enterpriseId' } },
      schema: {
        tags,
        summary: 'Add a user',
        description: 'A site admin must place the user on one of its own sites.',
        params: enterpriseParams,
        body: userInputSchema,
        response: { 201: user, ...writeErrors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await service.createUser(ctxOf(req), req.params.enterpriseId, req.body)),
  );

  r.get(
    '/api/users/:userId',
    {
      config: { policy: { permission: 'users.read' } },
      schema: { tags, summary: 'One user', params, response: { 200: user, ...protectedErrors } },
    },
    async (req) => service.getUser(ctxOf(req), req.params.userId),
  );

  r.patch(
    '/api/users/:userId',
    {
      config: { policy: { permission: 'users.write' } },
      schema: {
        tags,
        summary: 'Change a user',
        description:
          'Name, e-mail and site. Only provider staff change the profile: for a customer a profile ' +
          'change is a change request (guide §3.3), refused here with 422.',
        params,
        body: userPatchSchema,
        response: { 200: user, ...writeErrors },
      },
    },
    async (req) => service.updateUser(ctxOf(req), req.params.userId, req.body),
  );

  r.delete(
    '/api/users/:userId',
    {
      config: { policy: { permission: 'users.write' } },
      schema: {
        tags,
        summary: 'Remove a user',
        description: 'Refused (409) while the user has a portal login.',
        params,
        response: { 204: z.null().describe('Removed'), ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.deleteUser(ctxOf(req), req.params.userId);
      return reply.code(204).send(null);
    },
  );
}
