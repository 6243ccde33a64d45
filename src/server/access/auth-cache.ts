import type { Actor } from '../../core/access/actor';
import type { Authentication } from '../http/types';

/**
 * Recently resolved credentials, so that an authenticated request costs no extra query.
 * An entry is reloaded from the database after `ttlMs`. When an account, its scope or its
 * sessions change, `delete`, `forgetAccount` and `clear` drop the entries here at once and
 * publish the revocation, so that every other server drops them too (`revocations.ts`).
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

/** What to drop, on every server. Hashes and ids only: never a secret. */
export type Revocation =
  | { kind: 'session'; sessionHash: string }
  | { kind: 'token'; tokenHash: string }
  | { kind: 'account'; accountId: string }
  | { kind: 'all' };

export const sessionKey = (sessionHash: string) => `s:${sessionHash}`;
export const tokenKey = (tokenHash: string) => `t:${tokenHash}`;

export class AuthCache {
  readonly #entries = new Map<string, CachedAuth>();
  readonly ttlMs: number;
  /** Tells the other servers; set by `Revocations`. */
  publish: (revocation: Revocation) => void = () => {};
  /** Counts drops: a load that started before one is not kept (it may predate the revocation). */
  #generation = 0;
  /** False while revocations from other servers could be missed: then nothing is kept. */
  #trusted = true;

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

  /** To take before loading from the database, and to give to `set`. */
  get generation(): number {
    return this.#generation;
  }

  /**
   * Keeps an entry, unless something was dropped since `loadedIn` (the generation taken before
   * the load) or other servers' revocations cannot be heard right now.
   */
  set(key: string, entry: CachedAuth, loadedIn: number = this.#generation): void {
    if (!this.#trusted || loadedIn !== this.#generation) return;
    if (this.#entries.size > 50_000) this.#entries.clear();
    this.#entries.set(key, entry);
  }

  /** Forgets an entry on this server only (a credential found invalid: nothing to tell). */
  evict(key: string): void {
    this.#entries.delete(key);
  }

  /** A session or token ended (key `s:<hash>` or `t:<hash>`): dropped here and everywhere. */
  delete(key: string): void {
    const revocation = keyRevocation(key);
    if (revocation === null) {
      this.evict(key);
      return;
    }
    this.drop(revocation);
    this.publish(revocation);
  }

  /** Drops every entry of one account (its role, scope, password or sessions changed), everywhere. */
  forgetAccount(accountId: string): void {
    const revocation: Revocation = { kind: 'account', accountId };
    this.drop(revocation);
    this.publish(revocation);
  }

  /** Drops everything (a change that touches many accounts' scope, such as a partner link), everywhere. */
  clear(): void {
    const revocation: Revocation = { kind: 'all' };
    this.drop(revocation);
    this.publish(revocation);
  }

  /** Drops what a revocation names, here only (one published elsewhere, or our own coming back). */
  drop(revocation: Revocation): void {
    this.#generation += 1;
    switch (revocation.kind) {
      case 'session':
        this.#entries.delete(sessionKey(revocation.sessionHash));
        return;
      case 'token':
        this.#entries.delete(tokenKey(revocation.tokenHash));
        return;
      case 'account':
        for (const [key, entry] of this.#entries)
          if (entry.actor.accountId === revocation.accountId) this.#entries.delete(key);
        return;
      case 'all':
        this.#entries.clear();
        return;
    }
  }

  /**
   * Trusted: revocations from other servers arrive (the listening connection is up), so entries
   * may be kept. Either way everything is dropped: what was kept before the connection was lost,
   * or while it was down, may have missed a revocation.
   */
  setTrusted(trusted: boolean): void {
    this.drop({ kind: 'all' });
    this.#trusted = trusted;
  }

  get trusted(): boolean {
    return this.#trusted;
  }
}

function keyRevocation(key: string): Revocation | null {
  if (key.startsWith('s:')) return { kind: 'session', sessionHash: key.slice(2) };
  if (key.startsWith('t:')) return { kind: 'token', tokenHash: key.slice(2) };
  return null;
}
