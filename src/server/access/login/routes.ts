import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginInputSchema, sessionSchema } from '../../../core/access/me';
import { DomainError } from '../../../core/errors';
import { errorSchema } from '../../http/schemas';
import { findAccountById } from '../actors/repository';
import { resolveSession } from '../authenticate';
import { SESSION_COOKIE, sessionCookieOptions } from '../cookies';
import { presentMe } from './presenter';
import { login, logout } from './service';

export default async function loginRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { services } = app;

  r.post(
    '/api/auth/login',
    {
      config: {
        policy: { public: true },
        rateLimit: { max: services.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in',
        description:
          'Checks the password (and, when enrolled, the TOTP or recovery code in `totp`), starts a new session ' +
          'in an HttpOnly SameSite=Lax cookie and returns the account with the CSRF token to send as ' +
          '`X-CSRF-Token` on every unsafe request. A session that was open in this browser is ended.',
        body: loginInputSchema,
        response: {
          200: sessionSchema,
          400: errorSchema,
          401: errorSchema.describe(
            'Wrong credentials (`invalid_credentials`), or a code is needed (`totp_required`)',
          ),
          429: errorSchema.describe('Locked after too many failures (`account_locked`) or rate limited'),
        },
      },
    },
    async (req, reply) => {
      const previous = req.authentication?.kind === 'session' ? req.authentication.sessionHash : null;
      const result = await login(services, req.body, {
        requestId: req.id,
        correlationId: req.correlationId,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        previousSessionHash: previous,
      });
      reply.setCookie(SESSION_COOKIE, result.sessionId, sessionCookieOptions(services.config.cookieSecure));
      // Resolve the new session as any later request would, to answer with the same view of the account.
      const resolved = await resolveSession(services, result.sessionId);
      if (resolved === null) throw new DomainError('internal');
      const policy = await services.policies.of(result.account.role);
      return { account: presentMe(resolved.actor, result.account, policy), csrfToken: result.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { policy: { self: true, allowRestricted: true, sessionOnly: true } },
      schema: {
        tags: ['auth'],
        summary: 'Log out',
        description: 'Ends the session on the server and clears the cookie.',
        response: { 204: z.null().describe('Logged out'), 401: errorSchema, 403: errorSchema },
      },
    },
    async (req, reply) => {
      const auth = req.authentication;
      const actor = req.actor;
      if (auth?.kind === 'session' && actor)
        await logout(services, auth.sessionHash, actor, {
          requestId: req.id,
          correlationId: req.correlationId,
        });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/me',
    {
      config: { policy: { self: true, allowRestricted: true } },
      schema: {
        tags: ['auth'],
        summary: 'The logged-in account',
        description:
          'The account with its role, scope, permissions and pending obligations (password change, ' +
          'two-factor enrolment, training), and the CSRF token of the session (null with an API token).',
        response: { 200: sessionSchema, 401: errorSchema },
      },
    },
    async (req) => {
      const actor = req.actor;
      if (actor === null) throw new DomainError('unauthenticated');
      const account = await findAccountById(services.database.db, actor.accountId);
      if (account === null) throw new DomainError('unauthenticated');
      const policy = await services.policies.of(account.role);
      const auth = req.authentication;
      return {
        account: presentMe(actor, account, policy),
        csrfToken: auth?.kind === 'session' ? auth.csrfToken : null,
      };
    },
  );
}
