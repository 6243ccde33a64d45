import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../core/access/actor';
import { DomainError } from '../../core/errors';
import type { Db } from '../db/client';
import type { AppServices } from '../deps';

/**
 * What a use case gets: the services, who asks, which request (for the audit log: our request id,
 * the caller's own correlation id, the API token used) and when.
 */
export type Ctx = {
  services: AppServices;
  db: Db;
  actor: Actor;
  requestId: string;
  correlationId: string | null;
  tokenId: string | null;
  /** The portal session the request came with (null with an API token). */
  sessionHash: string | null;
  /** The client's address (from X-Forwarded-For behind a trusted proxy), for login throttling. */
  clientAddress: string;
  now: Date;
};

/** The context of a request that passed the policy (so it has an actor). */
export function ctxOf(req: FastifyRequest): Ctx {
  const services = req.server.services;
  if (req.actor === null) throw new DomainError('unauthenticated');
  return {
    services,
    db: services.database.db,
    actor: req.actor,
    requestId: req.id,
    correlationId: req.correlationId,
    tokenId: req.authentication?.kind === 'token' ? req.authentication.tokenId : null,
    sessionHash: req.authentication?.kind === 'session' ? req.authentication.sessionHash : null,
    clientAddress: req.ip,
    now: services.clock(),
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    services: AppServices;
  }
}
