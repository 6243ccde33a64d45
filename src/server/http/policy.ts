import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { kindOf } from '../../core/access/permissions';
import { canSeeEnterprise, decide } from '../../core/access/policy';
import { isProviderRole } from '../../core/access/roles';
import { DomainError, notFound } from '../../core/errors';
import { safeEqual } from '../access/crypto';
import type { RoutePolicy } from './types';

/**
 * One /api route and its rule, as registered (the role × route matrix test walks this list),
 * with its input schemas (zod; the bad-input fuzz test derives its input from them).
 */
export type ApiRoute = {
  method: string;
  url: string;
  policy: RoutePolicy;
  input: { params?: unknown; querystring?: unknown; body?: unknown };
};

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: readonly ApiRoute[];
  }
}

/** Routes that plugins register and that are public by nature (the browsable API docs). */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs'];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Deny by default: every /api route must carry a policy, checked here before validation and
 * handler run. Register before any route.
 */
export function installPolicy(
  app: FastifyInstance,
  options: { enterpriseExists: (id: string) => Promise<boolean> },
): void {
  const table: ApiRoute[] = [];
  app.decorate('apiRoutes', table);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api')) return;
    if (PLUGIN_ROUTE_PREFIXES.some((p) => route.url.startsWith(p))) return;
    const policy = route.config?.policy;
    if (policy === undefined) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} has no policy rule: every /api route must declare one`,
      );
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      // A change needs a write permission: otherwise read-only tokens and the training gate would
      // let it through. A route that only reads by an unsafe method says so explicitly.
      if (
        UNSAFE.has(method) &&
        'permission' in policy &&
        kindOf(policy.permission) === 'read' &&
        policy.readsOnly !== true
      ) {
        throw new Error(
          `Route ${method} ${route.url} changes with the read permission ${policy.permission}: ` +
            'name a write permission, or set readsOnly: true if it only reads',
        );
      }
      const { params, querystring, body } = route.schema ?? {};
      table.push({ method, url: route.url, policy, input: { params, querystring, body } });
    }
    // Who and what before the input is read (401/403 first); which enterprise after the input
    // is validated, so that a malformed id is a 400 with a field message for everyone.
    route.preValidation = prepend(route.preValidation, policyCheck(policy));
    if ('permission' in policy && policy.enterpriseParam !== undefined) {
      route.preHandler = prepend(
        route.preHandler,
        scopeCheck(policy.enterpriseParam, options.enterpriseExists),
      );
    }
  });
}

type Hook = (req: FastifyRequest, reply: FastifyReply) => Promise<void>;

// biome-ignore lint/suspicious/noExplicitAny: Fastify's own hook option type is a union of arrays and functions
function prepend(existing: any, hook: Hook): any {
  if (existing === undefined) return [hook];
  return [hook, ...(Array.isArray(existing) ? existing : [existing])];
}

/**
 * The enterprise of the path must be one the actor sees, and must exist: the provider sees every
 * enterprise, so an id that names none is a 404 here too (and not whatever the service would make
 * of it, such as a 409 from a foreign key). The others' enterprises come from the database.
 */
function scopeCheck(param: string, enterpriseExists: (id: string) => Promise<boolean>): Hook {
  return async function checkScope(req) {
    const id = (req.params as Record<string, string | undefined>)[param];
    if (req.actor === null || id === undefined || !canSeeEnterprise(req.actor, id)) {
      throw notFound();
    }
    if (isProviderRole(req.actor.role) && !(await enterpriseExists(id))) throw notFound();
  };
}

function policyCheck(policy: RoutePolicy): Hook {
  return async function checkPolicy(req) {
    if ('public' in policy) return;
    const actor = req.actor;
    if (actor === null) {
      if (req.authenticationProblem === 'session_expired') {
        throw new DomainError('session_expired');
      }
      throw new DomainError('unauthenticated');
    }
    const auth = req.authentication;
    if (auth?.kind === 'session' && UNSAFE.has(req.method)) {
      const presented = req.headers['x-csrf-token'];
      if (typeof presented !== 'string' || !safeEqual(presented, auth.csrfToken)) {
        throw new DomainError('csrf_failed');
      }
    }
    if ('self' in policy) {
      if (policy.sessionOnly && auth?.kind !== 'session') {
        throw new DomainError('forbidden', { reason: 'session_required' });
      }
      if (!policy.allowRestricted) {
        if (actor.passwordChangeRequired) {
          throw new DomainError('password_change_required');
        }
        if (actor.twoFactorEnrolmentRequired) {
          throw new DomainError('two_factor_enrolment_required');
        }
      }
      return;
    }
    const denial = decide(actor, policy.permission);
    if (denial !== null) throw new DomainError(denial);
  };
}
