import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, ListenStatus } from '../db/client';
import type { AuthCache, Revocation } from './auth-cache';

/**
 * Revocations reach every server at once. A server that ends a session, revokes a token or
 * changes an account (its cache's `delete`, `forgetAccount`, `clear`, called right after the
 * change committed) sends a NOTIFY on one channel; every server LISTENs and drops the entries
 * named. The payload names only what the cache keys on — `session:<sha256>`, `token:<sha256>`,
 * `account:<id>` or `all` — then a reference (`<server>.<n>`) that each other server answers
 * with `ack <reference>` once it has dropped them. The answer to the request that revoked waits
 * for those acknowledgements (from every server listening, counted in pg_stat_activity; at most
 * a second), so a client that turns to another server next is already refused there.
 *
 * While the listening connection is down nothing is cached (a revocation could be missed), and
 * everything cached is dropped when it is back. A payload without a reference (an operator's
 * `NOTIFY centrale_auth, 'all'`) is obeyed and not acknowledged.
 */
export const REVOCATION_CHANNEL = 'centrale_auth';
/** How the listening connections show in pg_stat_activity (the acknowledgements to wait for). */
export const REVOCATIONS_APPLICATION_NAME = 'centrale-revocations';

/** How long an answer waits for the acknowledgements before it goes anyway. */
const ACK_TIMEOUT_MS = 1_000;
/** Attempts to send one notification (the change itself is already committed). */
const SEND_ATTEMPTS = 3;

const HASH = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE = /^([0-9a-f]{12})\.(\d{1,15})$/;

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
export function decodeRevocation(what: string): Revocation {
  const colon = what.indexOf(':');
  const kind = colon < 0 ? what : what.slice(0, colon);
  const value = colon < 0 ? '' : what.slice(colon + 1);
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

/** Waiting for one notification: its own echo and `remaining` acknowledgements. */
type Pending = { echoed: boolean; remaining: number; done: () => void };

export class Revocations {
  readonly #database: Database;
  readonly #cache: AuthCache;
  readonly #log: FastifyBaseLogger;
  readonly #onDropAll: () => void;
  /** This server, in references. */
  readonly #origin = randomBytes(6).toString('hex');
  #sequence = 0;
  readonly #sending = new Set<Promise<void>>();
  readonly #pending = new Map<string, Pending>();
  readonly #statusWaiters = new Set<{ status: ListenStatus; resolve: () => void }>();
  #listening = false;
  #wasDown = false;
  #stopped = false;
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
    this.#unlisten = await this.#database.listen(
      REVOCATION_CHANNEL,
      { onMessage: (payload) => this.#received(payload), onStatus: (status) => this.#status(status) },
      { applicationName: REVOCATIONS_APPLICATION_NAME },
    );
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

  /**
   * Resolves when every notification published so far has come back to this server and been
   * acknowledged by the others (or given up on).
   */
  async settled(): Promise<void> {
    while (this.#sending.size > 0) await Promise.all(this.#sending);
  }

  /** Tells every server (this one included) to drop what the revocation names. */
  publish(revocation: Revocation): void {
    const task = this.#send(encodeRevocation(revocation)).finally(() => this.#sending.delete(task));
    this.#sending.add(task);
  }

  async #send(what: string): Promise<void> {
    const reference = `${this.#origin}.${++this.#sequence}`;
    for (let attempt = 1; ; attempt++) {
      try {
        const waited = this.#listening ? this.#await(reference, await this.#peers()) : null;
        try {
          await this.#database.notify(REVOCATION_CHANNEL, `${what} ${reference}`);
        } catch (err) {
          waited?.cancel();
          throw err;
        }
        await waited?.settled;
        return;
      } catch (err) {
        if (attempt >= SEND_ATTEMPTS) {
          this.#log.error(
            { err, revocation: what },
            'revocation not sent: other servers keep their cached credentials until they expire',
          );
          return;
        }
        this.#log.warn({ err, revocation: what, attempt }, 'revocation not sent; trying again');
        await new Promise((resolve) => setTimeout(resolve, 50 * 4 ** attempt));
      }
    }
  }

  /** The other servers listening on this database (PGlite has none). */
  async #peers(): Promise<number> {
    if (this.#database.driver !== 'postgres') return 0;
    const [row] = await this.#database.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = $1',
      [REVOCATIONS_APPLICATION_NAME],
    );
    return Math.max(0, (row?.n ?? 1) - 1);
  }

  /** Resolves when the notification came back here and `peers` servers acknowledged it, or after a second. */
  #await(reference: string, peers: number): { settled: Promise<void>; cancel: () => void } {
    let finish: () => void = () => {};
    const settled = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        const pending = this.#pending.get(reference);
        if (pending && pending.remaining > 0)
          this.#log.warn(
            { revocation: reference, missing: pending.remaining },
            'revocation not acknowledged by every server within a second',
          );
        finish();
      }, ACK_TIMEOUT_MS);
      timer.unref();
      finish = () => {
        clearTimeout(timer);
        this.#pending.delete(reference);
        resolve();
      };
    });
    this.#pending.set(reference, { echoed: false, remaining: peers, done: finish });
    return { settled, cancel: finish };
  }

  #received(payload: string): void {
    const [first = '', second, ...rest] = payload.split(' ');
    if (first === 'ack') {
      const pending = second === undefined ? undefined : this.#pending.get(second);
      if (pending === undefined) return;
      pending.remaining -= 1;
      if (pending.echoed && pending.remaining <= 0) pending.done();
      return;
    }
    const revocation: Revocation = rest.length > 0 ? { kind: 'all' } : decodeRevocation(first);
    this.#cache.drop(revocation);
    if (revocation.kind === 'all') this.#onDropAll();
    const reference = second === undefined ? null : REFERENCE.exec(second);
    if (reference === null || second === undefined) return;
    if (reference[1] === this.#origin) {
      const pending = this.#pending.get(second);
      if (pending === undefined) return;
      pending.echoed = true;
      if (pending.remaining <= 0) pending.done();
      return;
    }
    // Dropped: the sender may answer its client.
    this.#database.notify(REVOCATION_CHANNEL, `ack ${second}`).catch((err: unknown) => {
      this.#log.warn({ err, revocation: second }, 'revocation not acknowledged');
    });
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
    // Neither the echo nor the acknowledgements can arrive now: answers need not wait for them.
    for (const pending of [...this.#pending.values()]) pending.done();
    if (!this.#wasDown)
      this.#log.warn('revocation channel lost; credentials are not cached until it is back (reconnecting)');
    this.#wasDown = true;
  }
}
