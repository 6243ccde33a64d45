import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { profileSchema } from '../../../core/directory/profiles';
import { userInputSchema, userPatchSchema, userSchema } from '../../../core/directory/schemas';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery } from '../../http/schemas';
import * as service from './service';

const enterpriseParams = idParams('enterpriseId');
const params = idParams('userId');

export default async function userRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['directory'],
    item: userSchema.meta({ id: 'User' }),
    read: 'users.read',
    write: 'users.write',
  });
  const inEnterprise = { params: enterpriseParams, enterpriseParam: 'enterpriseId' } as const;

  routes.list(
    '/api/enterprises/:enterpriseId/users',
    {
      ...inEnterprise,
      query: {
        q: searchQuery,
        siteId: z.uuid().optional(),
        profile: profileSchema.optional(),
        sort: z.enum(['name', 'email']).default('name'),
        direction: z.enum(['asc', 'desc']).default('asc'),
      },
      summary: "List an enterprise's users",
      description:
        'Sorted by `sort` (name or email, case-insensitive) in `direction` (asc or desc). A site admin sees the users of its own sites. ' +
        '`q` filters on name and e-mail, `siteId` and `profile` narrow further.',
    },
    (ctx, { params, query }) => service.listUsers(ctx, params.enterpriseId, query),
  );
  routes.create(
    '/api/enterprises/:enterpriseId/users',
    {
      ...inEnterprise,
      body: userInputSchema,
      summary: 'Add a user',
      description: 'A site admin must place the user on one of its own sites.',
    },
    (ctx, { params, body }) => service.createUser(ctx, params.enterpriseId, body),
  );
  routes.get('/api/users/:userId', { params, summary: 'One user' }, (ctx, { params }) =>
    service.getUser(ctx, params.userId),
  );
  routes.update(
    '/api/users/:userId',
    {
      params,
      body: userPatchSchema,
      summary: 'Change a user',
      description:
        'Name, e-mail and site. Only provider staff change the profile: for a customer a profile ' +
        'change is a change request (guide §3.3), refused here with 422.',
    },
    (ctx, { params, body }) => service.updateUser(ctx, params.userId, body),
  );
  routes.remove(
    '/api/users/:userId',
    { params, summary: 'Remove a user', description: 'Refused (409) while the user has a portal login.' },
    (ctx, { params }) => service.deleteUser(ctx, params.userId),
  );
}
