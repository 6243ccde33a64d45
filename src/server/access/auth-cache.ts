import type { Actor } from '../../core/access/actor';
import type { Authentication } from '../http/types';

/**
 * Recently resolved credentials, so that an authenticated request costs no extra query.
 * An entry is reloaded from the database after `ttlMs`; this node drops entries at once when an
 * account, its scope or its sessions change. Other nodes notice within the lifetime.
 */
export type CachedAuth = {
  actor: Actor;
  authentication: Authentication;
  loadedAt: number;
  /** Session timestamps (sessions only): creation, last activity, and last activity written. */
  session?: { createdAt: Date; lastSeenAt: Date; persistedLastSeenAt: Date };
  /** API tokens: the expiry and when last_used_at was last written. */
  token?: { expiresAt: Date | null; persistedLastUsedAt: Date | null };
};

export class AuthCache {
  readonly #entries = new Map<string, CachedAuth>();
  readonly ttlMs: number;

  constructor(ttlMs = 5_000) {
    this.ttlMs = ttlMs;
  }

  get(key: string, nowMs: number): CachedAuth | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (nowMs - entry.loadedAt >= this.ttlMs) return undefined;
    return entry;
  }

  /** The entry whatever its age (to carry session activity over a reload). */
  peek(key: string): CachedAuth | undefined {
    return this.#entries.get(key);
  }

  set(key: string, entry: CachedAuth): void {
    if (this.#entries.size > 50_000) this.#entries.clear();
    this.#entries.set(key, entry);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Drops every entry of one account (its role, scope, password or sessions changed). */
  forgetAccount(accountId: string): void {
    for (const [key, entry] of this.#entries)
      if (entry.actor.accountId === accountId) this.#entries.delete(key);
  }

  /** Drops everything (a change that touches many accounts' scope, such as a partner link). */
  clear(): void {
    this.#entries.clear();
  }
}
