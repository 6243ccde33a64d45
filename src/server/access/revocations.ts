import type { FastifyBaseLogger } from 'fastify';
import type { Database, ListenStatus } from '../db/client';
import type { AuthCache, Revocation } from './auth-cache';

/**
 * Revocations reach every server at once: a server that ends a session, revokes a token or
 * changes an account (its cache's `delete`, `forgetAccount`, `clear`) sends a NOTIFY on one
 * channel right after the change committed; every server LISTENs and drops the entries named.
 * The payload names only what the cache keys on: `session:<sha256>`, `token:<sha256>`,
 * `account:<id>` or `all`.
 *
 * While the listening connection is down nothing is cached (a revocation could be missed), and
 * everything cached is dropped when it is back. The answer to the request that revoked waits
 * until the notification came back to this server over its own listening connection: by then
 * PostgreSQL has handed it to the other servers' connections too.
 */
export const REVOCATION_CHANNEL = 'centrale_auth';

/** How long an answer waits for its notification to come back before it goes anyway. */
const ECHO_TIMEOUT_MS = 1_000;
/** Attempts to send one notification (the change itself is already committed). */
const SEND_ATTEMPTS = 3;

const HASH = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeRevocation(revocation: Revocation): string {
  switch (revocation.kind) {
    case 'session':
      return `session:${revocation.sessionHash}`;
    case 'token':
      return `token:${revocation.tokenHash}`;
    case 'account':
      return `account:${revocation.accountId}`;
    case 'all':
      return 'all';
  }
}

/** The revocation a payload names; anything unrecognised drops everything (the safe side). */
export function decodeRevocation(payload: string): Revocation {
  const colon = payload.indexOf(':');
  const kind = colon < 0 ? payload : payload.slice(0, colon);
  const value = colon < 0 ? '' : payload.slice(colon + 1);
  if (kind === 'session' && HASH.test(value)) return { kind: 'session', sessionHash: value };
  if (kind === 'token' && HASH.test(value)) return { kind: 'token', tokenHash: value };
  if (kind === 'account' && UUID.test(value)) return { kind: 'account', accountId: value.toLowerCase() };
  return { kind: 'all' };
}

export type RevocationsOptions = {
  log: FastifyBaseLogger;
  /** Also dropped on `all` and on a reconnect (the security policy cache). */
  onDropAll?: () => void;
};

export class Revocations {
  readonly #database: Database;
  readonly #cache: AuthCache;
  readonly #log: FastifyBaseLogger;
  readonly #onDropAll: () => void;
  readonly #sending = new Set<Promise<void>>();
  readonly #echoes = new Map<string, Set<() => void>>();
  #listening = false;
  #wasDown = false;
  #stopped = false;
  readonly #statusWaiters = new Set<{ status: ListenStatus; resolve: () => void }>();
  #unlisten: (() => Promise<void>) | null = null;

  constructor(database: Database, cache: AuthCache, options: RevocationsOptions) {
    this.#database = database;
    this.#cache = cache;
    this.#log = options.log;
    this.#onDropAll = options.onDropAll ?? (() => {});
    cache.publish = (revocation) => this.publish(revocation);
  }

  /** Listens; until it does, the cache keeps nothing. */
  async start(): Promise<void> {
    if (this.#unlisten) return;
    this.#stopped = false;
    this.#cache.setTrusted(false);
    this.#unlisten = await this.#database.listen(REVOCATION_CHANNEL, {
      onMessage: (payload) => this.#received(payload),
      onStatus: (status) => this.#status(status),
    });
  }

  /** Waits for notifications still being sent, then stops listening. */
  async stop(): Promise<void> {
    await this.settled();
    this.#stopped = true;
    const unlisten = this.#unlisten;
    this.#unlisten = null;
    this.#listening = false;
    this.#cache.setTrusted(false);
    await unlisten?.();
  }

  /** Whether revocations from other servers are heard (the listening connection is up). */
  get listening(): boolean {
    return this.#listening;
  }

  /** Resolves once the listening connection is up (or down), at once if it is. */
  whenStatus(status: ListenStatus): Promise<void> {
    if (this.#listening === (status === 'up')) return Promise.resolve();
    return new Promise((resolve) => this.#statusWaiters.add({ status, resolve }));
  }

  /** Whether a notification is being sent (answers wait for it: see `settled`). */
  get sending(): boolean {
    return this.#sending.size > 0;
  }

  /** Resolves when every notification started so far is sent and back (or given up). */
  async settled(): Promise<void> {
    while (this.#sending.size > 0) await Promise.all(this.#sending);
  }

  /** Tells every server (this one included) to drop what the revocation names. */
  publish(revocation: Revocation): void {
    const task = this.#send(encodeRevocation(revocation)).finally(() => this.#sending.delete(task));
    this.#sending.add(task);
  }

  async #send(payload: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const echo = this.#listening ? this.#echo(payload) : null;
      try {
        await this.#database.notify(REVOCATION_CHANNEL, payload);
        await echo?.arrived;
        return;
      } catch (err) {
        echo?.cancel();
        if (attempt >= SEND_ATTEMPTS) {
          this.#log.error(
            { err, revocation: payload },
            'revocation not sent: other servers keep their cached credentials until they expire',
          );
          return;
        }
        this.#log.warn({ err, revocation: payload, attempt }, 'revocation not sent; trying again');
        await new Promise((resolve) => setTimeout(resolve, 50 * 4 ** attempt));
      }
    }
  }

  /** Resolves when the payload comes back over the listening connection, or after a second. */
  #echo(payload: string): { arrived: Promise<void>; cancel: () => void } {
    let waiters = this.#echoes.get(payload);
    if (waiters === undefined) {
      waiters = new Set();
      this.#echoes.set(payload, waiters);
    }
    const set = waiters;
    let done: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), ECHO_TIMEOUT_MS);
      timer.unref();
      done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0 && this.#echoes.get(payload) === set) this.#echoes.delete(payload);
        resolve();
      };
    });
    set.add(done);
    return { arrived, cancel: done };
  }

  #received(payload: string): void {
    const revocation = decodeRevocation(payload);
    this.#cache.drop(revocation);
    if (revocation.kind === 'all') this.#onDropAll();
    const waiters = this.#echoes.get(payload);
    if (waiters) for (const done of [...waiters]) done();
  }

  #status(status: ListenStatus): void {
    if (this.#stopped) return;
    this.#statusChanged(status);
    for (const waiter of [...this.#statusWaiters])
      if (waiter.status === status) {
        this.#statusWaiters.delete(waiter);
        waiter.resolve();
      }
  }

  #statusChanged(status: ListenStatus): void {
    if (status === 'up') {
      this.#listening = true;
      // Whatever was cached, and whatever policy was read, may predate a missed revocation.
      this.#cache.setTrusted(true);
      this.#onDropAll();
      if (this.#wasDown) this.#log.info('revocation channel listening again; credentials are cached again');
      this.#wasDown = false;
      return;
    }
    this.#listening = false;
    this.#cache.setTrusted(false);
    // Echoes will not come: answers need not wait for them.
    for (const waiters of [...this.#echoes.values()]) for (const done of [...waiters]) done();
    if (!this.#wasDown)
      this.#log.warn('revocation channel lost; credentials are not cached until it is back (reconnecting)');
    this.#wasDown = true;
  }
}
