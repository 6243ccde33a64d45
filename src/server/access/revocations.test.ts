import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../testing/harness';
import { sessionKey, tokenKey } from './auth-cache';
import { sha256 } from './crypto';
import { REVOCATION_CHANNEL, REVOCATIONS_APPLICATION_NAME } from './revocations';

/**
 * The revocation channel in one process, on PGlite and on PostgreSQL: what a notification names is
 * dropped from the cache, what the cache drops is published, and while the listening connection
 * is down nothing is cached. Two real servers on one database: `server/revocation.test.ts`.
 */
const usePostgres = Boolean(process.env.DATABASE_URL);

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(async () => t.close());

const sessionHashOf = (agent: Agent) => sha256((agent.cookie ?? '').replace(/^centrale_session=/, ''));
const cache = () => t.app.services.authCache;
/** The sending server and a sequence number, which the others acknowledge. */
const REFERENCE = '[0-9a-f]{12}\\.\\d+';

/**
 * Sends a notification as another server would (on a connection of its own), and returns once
 * this server has handled it: its own notification sent after it comes back later, as
 * PostgreSQL delivers notifications in commit order.
 */
let sent = 0;
async function fromAnotherServer(what: string, reference = `${'e'.repeat(12)}.${++sent}`): Promise<void> {
  await t.database.notify(REVOCATION_CHANNEL, reference === '' ? what : `${what} ${reference}`);
  const revocations = t.app.services.revocations;
  expect(revocations.listening).toBe(true);
  revocations.publish({ kind: 'token', tokenHash: '0'.repeat(64) });
  await revocations.settled();
}

/** Every payload on the channel, as another server would hear it. */
async function overhear(): Promise<{ next: (match: RegExp) => Promise<string>; stop: () => Promise<void> }> {
  const heard: string[] = [];
  const waiting = new Set<{ match: RegExp; resolve: (p: string) => void }>();
  const stop = await t.database.listen(REVOCATION_CHANNEL, {
    onMessage: (payload) => {
      heard.push(payload);
      for (const w of [...waiting])
        if (w.match.test(payload)) {
          waiting.delete(w);
          w.resolve(payload);
        }
    },
  });
  return {
    next: (match) => {
      const found = heard.find((p) => match.test(p));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve) => waiting.add({ match, resolve }));
    },
    stop,
  };
}

describe('a revocation from another server', () => {
  it('ends a session here on the next request', async () => {
    const agent = await t.login(w.accounts.site_admin.email, PASSWORD);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    const hash = sessionHashOf(agent);
    // Another server's logout: the row is gone, but this server answers from its cache...
    await t.database.query('delete from sessions where id_hash = $1', [hash]);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    // ...until its notification arrives.
    await fromAnotherServer(`session:${hash}`);
    const refused = await agent.get('/api/me');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('session_expired');
  });

  it('drops what it names, and only that', async () => {
    const admin = w.accounts.enterprise_admin;
    const first = await t.login(admin.email, PASSWORD);
    const second = await t.login(admin.email, PASSWORD);
    const other = await t.login(w.accounts.end_user.email, PASSWORD);
    const created = await first.post('/api/me/tokens', { name: 'bot', access: 'read', password: PASSWORD });
    expect(created.statusCode).toBe(201);
    const bot = t.withToken(created.json().secret);
    const keys = {
      first: sessionKey(sessionHashOf(first)),
      second: sessionKey(sessionHashOf(second)),
      other: sessionKey(sessionHashOf(other)),
      bot: tokenKey(sha256(created.json().secret)),
    };
    const load = async () => {
      for (const agent of [first, second, other, bot])
        expect((await agent.get('/api/me')).statusCode).toBe(200);
    };
    const cached = () =>
      Object.entries(keys)
        .filter(([, key]) => cache().peek(key) !== undefined)
        .map(([name]) => name);
    await load();
    expect(cached()).toEqual(['first', 'second', 'other', 'bot']);

    await fromAnotherServer(keys.first.replace(/^s:/, 'session:'));
    expect(cached()).toEqual(['second', 'other', 'bot']);
    await fromAnotherServer(keys.bot.replace(/^t:/, 'token:'));
    expect(cached()).toEqual(['second', 'other']);
    await load();
    await fromAnotherServer(`account:${admin.id}`);
    expect(cached()).toEqual(['other']);
    await load();
    // As an operator may: NOTIFY centrale_auth, 'all'.
    await fromAnotherServer('all', '');
    expect(cached()).toEqual([]);
  });

  it('is acknowledged once dropped, so that its sender may answer', async () => {
    const channel = await overhear();
    try {
      await fromAnotherServer(`session:${'1'.repeat(64)}`, 'abcdef012345.7');
      expect(await channel.next(/^ack /)).toBe('ack abcdef012345.7');
    } finally {
      await channel.stop();
    }
  });
});

describe('a revocation on this server', () => {
  it('is published with the hashes of the session or token, never their secrets', async () => {
    const channel = await overhear();
    try {
      const agent = await t.login(w.accounts.agent.email, PASSWORD);
      const secret = (
        await agent.post('/api/me/tokens', { name: 'bot', access: 'read', password: PASSWORD })
      ).json().secret as string;
      const tokenId = (await agent.get('/api/me/tokens')).json().items[0].id as string;
      expect((await agent.post(`/api/me/tokens/${tokenId}/revoke`, { password: PASSWORD })).statusCode).toBe(
        204,
      );
      expect(await channel.next(/^token:/)).toMatch(new RegExp(`^token:${sha256(secret)} ${REFERENCE}$`));
      const cookie = (agent.cookie ?? '').replace(/^centrale_session=/, '');
      expect((await agent.post('/api/auth/logout')).statusCode).toBe(204);
      expect(await channel.next(/^session:/)).toMatch(new RegExp(`^session:${sha256(cookie)} ${REFERENCE}$`));

      const provider = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      const disabled = await provider.patch(`/api/accounts/${w.accounts.receptionist.id}`, {
        status: 'disabled',
      });
      expect(disabled.statusCode).toBe(200);
      expect(await channel.next(/^account:/)).toMatch(
        new RegExp(`^account:${w.accounts.receptionist.id} ${REFERENCE}$`),
      );
    } finally {
      await channel.stop();
    }
  });
});

describe.skipIf(!usePostgres)('while the listening connection is down (PostgreSQL)', () => {
  it('caches nothing, and caches again once it is back', async () => {
    const databaseUrl = new URL(process.env.DATABASE_URL as string);
    databaseUrl.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: databaseUrl.toString() });
    await admin.connect();
    const name = t.database.name;
    const revocations = t.app.services.revocations;
    try {
      const agent = await t.login(w.accounts.supervisor.email, PASSWORD);
      const key = sessionKey(sessionHashOf(agent));
      expect((await agent.get('/api/me')).statusCode).toBe(200);
      expect(cache().peek(key)).toBeDefined();

      // Cut the listening connection, and keep it from coming back for now.
      await admin.query(`alter database "${name}" allow_connections false`);
      const cut = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = $2',
        [name, REVOCATIONS_APPLICATION_NAME],
      );
      expect(cut.rowCount).toBe(1);
      await revocations.whenStatus('down');
      expect(cache().peek(key)).toBeUndefined();
      expect((await agent.get('/api/me')).statusCode).toBe(200);
      expect(cache().peek(key)).toBeUndefined();
      // So a session ended elsewhere, whose notification this server cannot hear, is refused at once.
      await t.database.query('delete from sessions where id_hash = $1', [sessionHashOf(agent)]);
      expect((await agent.get('/api/me')).statusCode).toBe(401);

      await admin.query(`alter database "${name}" allow_connections true`);
      await revocations.whenStatus('up');
      const again = await t.login(w.accounts.supervisor.email, PASSWORD);
      expect((await again.get('/api/me')).statusCode).toBe(200);
      expect(cache().peek(sessionKey(sessionHashOf(again)))).toBeDefined();
    } finally {
      await admin.query(`alter database "${name}" allow_connections true`);
      await admin.end();
    }
  });
});
