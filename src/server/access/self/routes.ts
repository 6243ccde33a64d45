import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenInputSchema,
  apiTokenSchema,
  changePasswordSchema,
  createdApiTokenSchema,
  languageChoiceSchema,
  passwordChangedSchema,
  passwordConfirmationSchema,
  recoveryCodesSchema,
  totpEnableSchema,
  totpSetupSchema,
} from '../../../core/access/self';
import { ctxOf } from '../../http/context';
import { errorSchema, idParams, writeErrors } from '../../http/schemas';
import * as service from './service';

/** Everything an account does to itself; credentials only with a portal session, not a token. */
export default async function selfRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['self'];
  const credentials = { self: true, sessionOnly: true } as const;
  const restricted = { self: true, sessionOnly: true, allowRestricted: true } as const;
  // A route that asks the current password is limited per client address as the login is.
  const reauthLimit = { max: app.services.config.loginRateLimitPerMinute, timeWindow: '1 minute' };
  const noContent = z.null().describe('Done');
  const tokenParams = idParams('tokenId');

  r.post(
    '/api/me/password',
    {
      config: { policy: restricted, rateLimit: reauthLimit },
      schema: {
        tags,
        summary: 'Change your password',
        description:
          "The role's policy applies (length, character classes, not your login name, not the current one " +
          'reversed, not one of the recent ones). Your other sessions end, and your API tokens are revoked ' +
          'except those in `keepTokenIds`. A wrong current password counts as a failed login.',
        body: changePasswordSchema,
        response: { 200: passwordChangedSchema, ...writeErrors, 429: errorSchema },
      },
    },
    async (req) => service.changePassword(ctxOf(req), req.body),
  );

  r.post(
    '/api/me/totp/setup',
    {
      config: { policy: restricted, rateLimit: reauthLimit },
      schema: {
        tags,
        summary: 'Start two-factor enrolment',
        description:
          'Asks your password; returns a new TOTP secret and its QR code. Confirm with a code to switch it on.',
        body: passwordConfirmationSchema,
        response: { 200: totpSetupSchema, ...writeErrors },
      },
    },
    async (req) => service.startTotpSetup(ctxOf(req), req.body.password),
  );

  r.post(
    '/api/me/totp/enable',
    {
      config: { policy: restricted },
      schema: {
        tags,
        summary: 'Confirm two-factor enrolment',
        description: 'With the current code from the app; returns ten one-time recovery codes, shown once.',
        body: totpEnableSchema,
        response: { 200: recoveryCodesSchema, ...writeErrors, 401: errorSchema },
      },
    },
    async (req) => service.enableTotp(ctxOf(req), req.body.code),
  );

  r.post(
    '/api/me/totp/disable',
    {
      config: { policy: credentials, rateLimit: reauthLimit },
      schema: {
        tags,
        summary: 'Switch two-factor authentication off',
        description: 'Asks your password; refused when your role requires two-factor.',
        body: passwordConfirmationSchema,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.disableTotp(ctxOf(req), req.body.password);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/me/recovery-codes',
    {
      config: { policy: credentials, rateLimit: reauthLimit },
      schema: {
        tags,
        summary: 'New recovery codes',
        description: 'Asks your password; the old codes stop working.',
        body: passwordConfirmationSchema,
        response: { 200: recoveryCodesSchema, ...writeErrors },
      },
    },
    async (req) => service.regenerateRecoveryCodes(ctxOf(req), req.body.password),
  );

  r.get(
    '/api/me/tokens',
    {
      config: { policy: restricted },
      schema: {
        tags,
        summary: 'Your API tokens',
        description:
          'Never the secrets: they are stored hashed. Also while the account must first change its password, ' +
          'since the change revokes the tokens it does not keep.',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...writeErrors },
      },
    },
    async (req) => ({ items: await service.listApiTokens(ctxOf(req)) }),
  );

  r.post(
    '/api/me/tokens',
    {
      config: { policy: credentials, rateLimit: reauthLimit },
      schema: {
        tags,
        summary: 'Create an API token',
        description:
          'Asks your password. The token acts with your role and scope, limited to reading when `access` is ' +
          '`read`. The secret is returned once.',
        body: apiTokenInputSchema,
        response: { 201: createdApiTokenSchema, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await service.createApiToken(ctxOf(req), req.body)),
  );

  r.post(
    '/api/me/tokens/:tokenId/revoke',
    {
      config: { policy: credentials, rateLimit: reauthLimit },
      schema: {
        tags,
        summary: 'Revoke an API token',
        description: 'Asks your password. The token stops working at once, on every server.',
        params: tokenParams,
        body: passwordConfirmationSchema,
        response: { 204: noContent, ...writeErrors },
      },
    },
    async (req, reply) => {
      await service.revokeApiToken(ctxOf(req), req.params.tokenId, req.body.password);
      return reply.code(204).send(null);
    },
  );

  r.put(
    '/api/me/language',
    {
      config: { policy: { self: true } },
      schema: {
        tags,
        summary: 'Choose the language of your e-mails',
        description:
          '`nl` or `en`: the language of the messages the outbox sends you (ticket notifications). The portal ' +
          'sets it with its language switch. Audited when it changes.',
        body: languageChoiceSchema,
        response: { 200: languageChoiceSchema, ...writeErrors },
      },
    },
    async (req) => service.setLanguage(ctxOf(req), req.body.language),
  );
}
