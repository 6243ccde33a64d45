import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sessionStatus } from '../../core/access/session-timeouts';
import type { AppServices } from '../deps';
import { loadActor } from './actors/load-actor';
import { findActiveTokenWithAccount, touchToken } from './api-tokens/repository';
import type { CachedAuth } from './auth-cache';
import { SESSION_COOKIE } from './cookies';
import { sha256 } from './crypto';
import { deleteSession, findSessionWithAccount, touchSession } from './sessions/repository';

/** Activity is written to the database at most this often per session or token. */
const TOUCH_INTERVAL_MS = 60_000;

export const API_TOKEN_PREFIX = 'ctr_';

/**
 * Resolves the credentials of every request (API token or session cookie) into `req.actor`.
 * It never refuses a request itself: the route's policy decides what an anonymous caller gets.
 */
export function installAuthentication(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authentication', null);
  app.decorateRequest('authenticationProblem', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const services = app.services;
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const resolved = match?.[1] ? await resolveToken(services, match[1]) : null;
      if (resolved === null) req.authenticationProblem = 'invalid_token';
      else apply(req, resolved);
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (cookie) {
      const resolved = await resolveSession(services, cookie);
      if (resolved === null) req.authenticationProblem = 'session_expired';
      else apply(req, resolved);
    }
  });
}

function apply(req: FastifyRequest, entry: CachedAuth): void {
  req.actor = entry.actor;
  req.authentication = entry.authentication;
}

export async function resolveSession(services: AppServices, cookie: string): Promise<CachedAuth | null> {
  const { authCache, database, clock, config } = services;
  const idHash = sha256(cookie);
  const key = `s:${idHash}`;
  const now = clock();
  let entry = authCache.get(key, now.getTime());
  if (entry === undefined) {
    // A revocation heard while this loads may predate what the load reads: then it is not kept.
    const generation = authCache.generation;
    const found = await findSessionWithAccount(database.db, idHash);
    if (found === null || found.account.status !== 'active') {
      authCache.evict(key);
      return null;
    }
    const previous = authCache.peek(key)?.session;
    const lastSeenAt =
      previous && previous.lastSeenAt > found.session.lastSeenAt
        ? previous.lastSeenAt
        : found.session.lastSeenAt;
    const policy = await services.policies.of(found.account.role);
    entry = {
      actor: await loadActor(database.db, found.account, policy, {
        via: 'session',
        access: 'read_write',
        now,
      }),
      authentication: { kind: 'session', sessionHash: idHash, csrfToken: found.session.csrfToken },
      loadedAt: now.getTime(),
      session: {
        createdAt: found.session.createdAt,
        lastSeenAt,
        persistedLastSeenAt: found.session.lastSeenAt,
      },
    };
    authCache.set(key, entry, generation);
  }
  const session = entry.session;
  if (session === undefined) return null;
  if (sessionStatus(session, config.session, now) !== 'active') {
    await deleteSession(database.db, idHash);
    // The session ended: other servers may still hold it (with activity this one has not seen).
    authCache.delete(key);
    return null;
  }
  session.lastSeenAt = now;
  if (now.getTime() - session.persistedLastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    session.persistedLastSeenAt = now;
    await touchSession(database.db, idHash, now);
  }
  return entry;
}

async function resolveToken(services: AppServices, presented: string): Promise<CachedAuth | null> {
  if (!presented.startsWith(API_TOKEN_PREFIX)) return null;
  const { authCache, database, clock } = services;
  const tokenHash = sha256(presented);
  const key = `t:${tokenHash}`;
  const now = clock();
  let entry = authCache.get(key, now.getTime());
  if (entry === undefined) {
    const generation = authCache.generation;
    const found = await findActiveTokenWithAccount(database.db, tokenHash);
    if (found === null || found.account.status !== 'active') {
      authCache.evict(key);
      return null;
    }
    const policy = await services.policies.of(found.account.role);
    const actor = await loadActor(database.db, found.account, policy, {
      via: 'token',
      access: found.token.access,
      now,
    });
    entry = {
      // Password expiry and two-factor enrolment concern logging in; a token was issued after both
      // (and is revoked when an administrator resets the password).
      actor: { ...actor, passwordChangeRequired: false, twoFactorEnrolmentRequired: false },
      authentication: { kind: 'token', tokenId: found.token.id },
      loadedAt: now.getTime(),
      token: { expiresAt: found.token.expiresAt, persistedLastUsedAt: found.token.lastUsedAt },
    };
    authCache.set(key, entry, generation);
  }
  const token = entry.token;
  if (token === undefined || entry.authentication.kind !== 'token') return null;
  if (token.expiresAt !== null && token.expiresAt <= now) return null;
  if (
    token.persistedLastUsedAt === null ||
    now.getTime() - token.persistedLastUsedAt.getTime() >= TOUCH_INTERVAL_MS
  ) {
    token.persistedLastUsedAt = now;
    await touchToken(database.db, entry.authentication.tokenId, now);
  }
  return entry;
}
