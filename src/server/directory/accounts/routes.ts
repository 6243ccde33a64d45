import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountInputSchema,
  accountPatchSchema,
  accountSchema,
  createdAccountSchema,
  temporaryPasswordSchema,
} from '../../../core/access/accounts';
import { roleSchema } from '../../../core/access/roles';
import { ctxOf } from '../../http/context';
import { resourceRoutes } from '../../http/resource-routes';
import { idParams, searchQuery, writeErrors } from '../../http/schemas';
import * as service from './service';

const params = idParams('accountId');
const account = accountSchema.meta({ id: 'Account' });
const uuid = z.uuid();

export default async function accountRoutes(app: FastifyInstance): Promise<void> {
  const routes = resourceRoutes(app, {
    tags: ['directory'],
    item: account,
    read: 'accounts.read',
    write: 'accounts.write',
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  routes.list(
    '/api/accounts',
    {
      query: {
        q: searchQuery,
        enterpriseId: uuid.optional(),
        partnerId: uuid.optional(),
        role: roleSchema.optional(),
      },
      summary: 'List the portal accounts in your scope',
      description:
        'Sorted by e-mail. Provider staff see all; partners and enterprise admins the accounts of their ' +
        'enterprises; a site admin the user logins of its sites. Filters: `enterpriseId`, `partnerId`, `role`, `q`.',
    },
    (ctx, { query }) => service.listAccounts(ctx, query),
  );
  routes.create(
    '/api/accounts',
    {
      body: accountInputSchema,
      response: createdAccountSchema,
      summary: 'Create a portal account',
      description:
        'Returns a temporary password, shown once; the account chooses its own at first login. ' +
        'Who may create what: the provider every role; partners and enterprise admins site admins and user ' +
        'logins; site admins user logins on their sites. At most 3 enterprise admins per enterprise (409). ' +
        'A user with profile Mobiel gets no login (422).',
    },
    (ctx, { body }) => service.createAccount(ctx, body),
  );
  routes.get('/api/accounts/:accountId', { params, summary: 'One account' }, (ctx, { params }) =>
    service.getAccount(ctx, params.accountId),
  );
  routes.update(
    '/api/accounts/:accountId',
    {
      params,
      body: accountPatchSchema,
      summary: 'Change an account',
      description:
        "Name, e-mail, status, a site admin's sites, and the role within its level (enterprise admin ↔ site " +
        'admin, between user roles, between provider roles). Disabling ends its sessions and revokes its API ' +
        'tokens for good; a role with stricter password rules makes the account choose a new password.',
    },
    (ctx, { params, body }) => service.updateAccount(ctx, params.accountId, body),
  );
  routes.remove('/api/accounts/:accountId', { params, summary: 'Remove an account' }, (ctx, { params }) =>
    service.deleteAccount(ctx, params.accountId),
  );

  // The account's own actions.
  r.post(
    '/api/accounts/:accountId/reset-password',
    {
      config: { policy: { permission: 'accounts.write' } },
      schema: {
        tags,
        summary: "Reset an account's password",
        description:
          'Sets a temporary password (returned once) that must be changed at the next login; ends the ' +
          "account's sessions and revokes its API tokens.",
        params,
        response: { 200: temporaryPasswordSchema, ...writeErrors },
      },
    },
    async (req) => service.resetPassword(ctxOf(req), req.params.accountId),
  );

  r.post(
    '/api/accounts/:accountId/unlock',
    {
      config: { policy: { permission: 'accounts.write' } },
      schema: {
        tags,
        summary: 'Lift a lockout after failed logins',
        params,
        response: { 200: account, ...writeErrors },
      },
    },
    async (req) => service.unlockAccount(ctxOf(req), req.params.accountId),
  );

  r.post(
    '/api/accounts/:accountId/reset-two-factor',
    {
      config: { policy: { permission: 'accounts.write' } },
      schema: {
        tags,
        summary: 'Switch off two-factor authentication (lost phone)',
        description:
          "Ends the account's sessions; a role that requires two-factor enrols again at its next login.",
        params,
        response: { 200: account, ...writeErrors },
      },
    },
    async (req) => service.resetTwoFactor(ctxOf(req), req.params.accountId),
  );
}
