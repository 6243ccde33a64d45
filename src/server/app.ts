import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { AuthCache } from './access/auth-cache';
import { installAuthentication } from './access/authenticate';
import { Revocations } from './access/revocations';
import { SecurityPolicyStore } from './access/security-policies/store';
import type { AppDeps, AppServices } from './deps';
import { enterpriseExists } from './directory/enterprises/repository';
import { handleClientError, installErrorHandling, MAX_PARAM_LENGTH, sendError } from './http/errors';
import healthRoutes from './http/health';
import { installOpenApi } from './http/openapi';
import { installPolicy } from './http/policy';
import { installSecurityHeaders, securityHeaders } from './http/security-headers';
import { responseSerializerCompiler } from './http/serializer';
import { installTextGuard } from './http/text-guard';
import { installWeb } from './http/web';
import { JOBS } from './jobs/registry';
import { JobRunner } from './jobs/runner';
import { smtpMailer } from './notifications/mailer';
import { ROUTE_MODULES } from './routes';

export const BODY_LIMIT_BYTES = 1024 * 1024;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export type AppOptions = {
  /** Pino options, or false for no logging (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Check every response against its zod schema too (the test suites; costs time per answer). */
  validateResponses?: boolean;
  /** The built portal to serve (default dist/web). */
  webDir?: string;
};

/**
 * Builds the whole HTTP app on the given database; tests call it in-process, main.ts listens.
 * Order matters: the policy hook must see every route, so it is installed before any.
 */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  // What the router refuses comes before any hook: its answer gets the headers hooks would set.
  const refusalHeaders = {
    ...securityHeaders({ hsts: deps.config.cookieSecure }),
    'cache-control': 'no-store',
  };
  const app = Fastify({
    logger: options.logger ?? { level: deps.config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: deps.config.trustProxy,
    // Our own id for every request. A caller's X-Request-Id is kept apart as its correlation id
    // (logged and audited beside ours), so that no caller can reuse or forge our ids.
    genReqId: () => randomUUID(),
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    return503OnClosing: true,
    // What the router refuses (bad percent-encoding, an over-long parameter) and what Node's
    // parser refuses (headers over 16 KiB, malformed HTTP) answer in the error shape too.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: (err, req, reply) =>
      sendError(err, req, reply.headers(refusalHeaders).header('x-request-id', req.id)),
    clientErrorHandler: handleClientError,
  });
  const authCache = new AuthCache();
  const policies = new SecurityPolicyStore(deps.database.db);
  // Revocations made here reach every server sharing the database, and theirs reach this one.
  const revocations = new Revocations(deps.database, authCache, {
    log: app.log,
    onDropAll: () => policies.invalidate(),
  });
  const { smtpUrl, from } = deps.config.outbox;
  const mailer = smtpUrl === undefined ? null : smtpMailer(smtpUrl, from);
  const services = { ...deps, authCache, policies, revocations, log: app.log, mailer } as AppServices;
  services.jobs = new JobRunner<AppServices>(services);
  for (const job of JOBS) services.jobs.register(job);
  app.decorate('services', services);
  app.addHook('onReady', () => revocations.start());
  app.addHook('onClose', () => revocations.stop());
  // A round in flight finishes (or stops at its next step) before the database closes.
  app.addHook('onClose', async () => {
    await services.jobs.stop();
    mailer?.close();
  });
  app.decorateRequest('correlationId', null);
  app.addHook('onRequest', async (req) => {
    const given = req.headers['x-request-id'];
    if (typeof given === 'string' && REQUEST_ID.test(given)) {
      req.correlationId = given;
      req.log = req.log.child({ correlationId: given });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler({ validate: options.validateResponses ?? false }));
  installErrorHandling(app);
  installPolicy(app, { enterpriseExists: (id) => enterpriseExists(deps.database.db, id) });
  installTextGuard(app);
  // Once closing, answers end their connection: a keep-alive connection whose request was in
  // flight at SIGTERM would otherwise hold the shutdown until the keep-alive timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (req, reply) => {
    // A revocation is answered once the other servers have it (see access/revocations.ts).
    if (revocations.sending) await revocations.settled();
    reply.header('x-request-id', req.id);
    if (closing) reply.header('connection', 'close');
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });

  installSecurityHeaders(app, { hsts: deps.config.cookieSecure });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  installAuthentication(app);
  await installOpenApi(app);
  await app.register(healthRoutes);
  for (const routes of ROUTE_MODULES) await app.register(routes);
  await installWeb(app, options.webDir);
  return app;
}
