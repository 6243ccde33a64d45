import type { Actor } from '../../core/access/actor';
import type { Permission } from '../../core/access/permissions';

/**
 * Every route under /api declares who may call it, in `config.policy`. A route without one
 * makes the server refuse to start (see policy.ts).
 */
export type RoutePolicy =
  /** Anyone, logged in or not (health, login, API description). */
  | { public: true }
  /** Any logged-in account, about itself. */
  | {
      self: true;
      /** Also while the account must first change its password or enrol two-factor. */
      allowRestricted?: boolean;
      /** Only with a portal session, never with an API token (credentials, tokens). */
      sessionOnly?: boolean;
    }
  /**
   * A permission; with `enterpriseParam`, the route's enterprise must be in the actor's scope.
   * An unsafe method needs a permission of kind `write`, unless `readsOnly` says the route only
   * reads (a simulation, a search by POST): the server refuses to start otherwise.
   */
  | { permission: Permission; enterpriseParam?: string; readsOnly?: true };

export type Authentication =
  | { kind: 'session'; sessionHash: string; csrfToken: string }
  | { kind: 'token'; tokenId: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    actor: Actor | null;
    authentication: Authentication | null;
    /** The caller's own X-Request-Id (our request id is `id`), for logs and the audit log. */
    correlationId: string | null;
    /** Why a presented credential was not accepted (expired session...), for a precise 401. */
    authenticationProblem: 'session_expired' | 'invalid_token' | null;
  }
}
