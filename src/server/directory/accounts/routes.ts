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
import {
  idParams,
  pageQuery,
  pageSchema,
  protectedErrors,
  searchQuery,
  writeErrors,
} from '../../http/schemas';
import * as service from './service';

const params = idParams('accountId');
const account = accountSchema.meta({ id: 'Account' });
const uuid = z.uuid({ error: 'must be a UUID' });

export default async function accountRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  r.get(
    '/api/accounts',
    {
      config: { policy: { permission: 'accounts.read' } },
      schema: {
        tags,
        summary: 'List the portal accounts in your scope',
        description:
          'Sorted by e-mail. Provider staff see all; partners and enterprise admins the accounts of their ' +
          'enterprises; a site admin the user logins of its sites. Filters: `enterpriseId`, `partnerId`, `role`, `q`.',
        querystring: pageQuery({
          q: searchQuery,
          enterpriseId: uuid.optional(),
          partnerId: uuid.optional(),
          role: roleSchema.optional(),
        }),
        response: { 200: pageSchema(account), ...protectedErrors },
      },
    },
    async (req) => service.listAccounts(ctxOf(req), req.query),
  );

  r.post(
    '/api/accounts',
    {
      config: { policy: { permission: 'accounts.write' } },
      schema: {
        tags,
        summary: 'Create a portal account',
        description:
          'Returns a temporary password, shown once; the account chooses its own at first login. ' +
          'Who may create what: the provider every role; partners and enterprise admins site admins and user ' +
          'logins; site admins user logins on their sites. At most 3 enterprise admins per enterprise (409). ' +
          'A user with profile Mobiel gets no login (422).',
        body: accountInputSchema,
        response: { 201: createdAccountSchema, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await service.createAccount(ctxOf(req), req.body)),
  );

  r.get(
    '/api/accounts/:accountId',
    {
      config: { policy: { permission: 'accounts.read' } },
      schema: { tags, summary: 'One account', params, response: { 200: account, ...protectedErrors } },
    },
    async (req) => service.getAccount(ctxOf(req), req.params.accountId),
  );

  r.patch(
    '/api/accounts/:accountId',
    {
      config: { policy: { permission: 'accounts.write' } },
      schema: {
        tags,
        summary: 'Change an account',
        description:
          "Name, e-mail, status, a site admin's sites, and the role within its level (enterprise admin ↔ site " +
          'admin, between user roles, between provider roles). Disabling ends its sessions.',
        params,
        body: accountPatchSchema,
        response: { 200: account, ...writeErrors },
      },
    },
    async (req) => service.updateAccount(ctxOf(req), req.params.accountId, req.body),
  );

  r.delete(
    '/api/accounts/:accountId',
    {
      config: { policy: { permission: 'accounts.write' } },
      schema: {
        tags,
        summary: 'Remove an account',
        params,
        response: { 204: z.null().describe('Removed'), ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.deleteAccount(ctxOf(req), req.params.accountId);
      return reply.code(204).send(null);
    },
  );

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
