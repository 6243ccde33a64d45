import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from './testing/server-process';
import { freshDatabase, type TestDatabase } from './testing/test-database';

/**
 * Two real `centrale serve` processes on one PostgreSQL database: a revocation made on A is
 * honoured by B on the very next request, although B had the credentials in its cache (which
 * lives 5 s). PGlite has no second process: one server owns its data directory.
 */
const usePostgres = Boolean(process.env.DATABASE_URL);
const DEMO_PASSWORD = 'Demo-Password-2026!';
const ADMIN_PASSWORD = 'Admin-Password-2026!';

let database: TestDatabase | null = null;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  if (!usePostgres) return;
  database = await freshDatabase();
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${database.name}`;
  const env = {
    DATABASE_URL: url.toString(),
    CENTRALE_SECRET_KEY: `${'0'.repeat(63)}7`,
    CENTRALE_DEMO_PASSWORD: DEMO_PASSWORD,
    CENTRALE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    CENTRALE_LOGIN_RATE_LIMIT: '1000',
  };
  // One after the other: the first seeds the demo.
  a = await startServer(env);
  b = await startServer(env);
});

afterAll(async () => {
  for (const server of [a, b]) {
    if (server === undefined) continue;
    server.proc.kill('SIGTERM');
    await server.exited;
  }
  await database?.close();
});

type Credentials = { headers: Record<string, string> };

/** Logs in on one server; the cookie (or token) then works on either. */
async function login(server: ServerProcess, email: string, password = DEMO_PASSWORD): Promise<Credentials> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken } };
}

const bearer = (secret: string): Credentials => ({ headers: { authorization: `Bearer ${secret}` } });

function call(server: ServerProcess, who: Credentials, method: string, path: string, body?: unknown) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { ...who.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function accountId(server: ServerProcess, who: Credentials): Promise<string> {
  const res = await call(server, who, 'GET', '/api/me');
  expect(res.status).toBe(200);
  return ((await res.json()) as { account: { id: string } }).account.id;
}

describe.skipIf(!usePostgres)('two servers on one PostgreSQL database', () => {
  it('a logout on A ends the session on B at once', async () => {
    const session = await login(a, 'beheer.amsterdam@voorbeeld.example');
    // B loads the session and keeps it in its cache.
    expect((await call(b, session, 'GET', '/api/me')).status).toBe(200);
    expect((await call(b, session, 'GET', '/api/me')).status).toBe(200);
    expect((await call(a, session, 'POST', '/api/auth/logout')).status).toBe(204);
    expect((await call(b, session, 'GET', '/api/me')).status).toBe(401);
  });

  it('a token revoked on A is refused by B at once', async () => {
    const owner = await login(a, 'partner@partnerconnect.example');
    const created = await call(a, owner, 'POST', '/api/me/tokens', {
      name: 'two servers',
      access: 'read',
      password: DEMO_PASSWORD,
    });
    expect(created.status).toBe(201);
    const { token, secret } = (await created.json()) as { token: { id: string }; secret: string };
    expect((await call(b, bearer(secret), 'GET', '/api/enterprises')).status).toBe(200);
    const revoked = await call(a, owner, 'POST', `/api/me/tokens/${token.id}/revoke`, {
      password: DEMO_PASSWORD,
    });
    expect(revoked.status).toBe(204);
    expect((await call(b, bearer(secret), 'GET', '/api/enterprises')).status).toBe(401);
  });

  it('an account disabled on A is refused by B at once', async () => {
    const admin = await login(a, 'admin@example.com', ADMIN_PASSWORD);
    const user = await login(b, 'gebruiker@voorbeeld.example');
    const id = await accountId(b, user);
    expect((await call(b, user, 'GET', '/api/me')).status).toBe(200);
    const disabled = await call(a, admin, 'PATCH', `/api/accounts/${id}`, { status: 'disabled' });
    expect(disabled.status).toBe(200);
    expect((await call(b, user, 'GET', '/api/me')).status).toBe(401);
  });

  it('a role changed on A holds on B at once', async () => {
    const admin = await login(a, 'admin@example.com', ADMIN_PASSWORD);
    const manager = await login(b, 'telecom.manager@voorbeeld.example');
    const id = await accountId(b, manager);
    const me = (await (await call(b, manager, 'GET', '/api/me')).json()) as {
      account: { enterpriseId: string; permissions: string[] };
    };
    expect(me.account.permissions).toContain('sites.write');
    const sites = (await (
      await call(b, manager, 'GET', `/api/enterprises/${me.account.enterpriseId}/sites`)
    ).json()) as { items: { id: string; name: string; voiceChannels: number }[] };
    const [site] = sites.items;
    if (site === undefined) throw new Error('the demo enterprise has no sites');
    const patchSite = () => call(b, manager, 'PATCH', `/api/sites/${site.id}`, { name: site.name });
    expect((await patchSite()).status).toBe(200);

    // The Telecom Manager becomes a site administrator, who may not change sites.
    const demoted = await call(a, admin, 'PATCH', `/api/accounts/${id}`, {
      role: 'site_admin',
      siteIds: [site.id],
    });
    expect(demoted.status).toBe(200);
    expect((await patchSite()).status).toBe(403);
  });

  it('sites changed on A hold on B at once (the same role, another scope)', async () => {
    const admin = await login(a, 'admin@example.com', ADMIN_PASSWORD);
    const siteAdmin = await login(b, 'beheer.amsterdam@voorbeeld.example');
    const me = (await (await call(b, siteAdmin, 'GET', '/api/me')).json()) as {
      account: { id: string; enterpriseId: string; siteIds: string[] };
    };
    const all = (await (
      await call(a, admin, 'GET', `/api/enterprises/${me.account.enterpriseId}/sites`)
    ).json()) as { items: { id: string }[] };
    const [own] = me.account.siteIds;
    const other = all.items.find((site) => site.id !== own);
    if (own === undefined || other === undefined) throw new Error('the demo enterprise needs two sites');
    // B reads its own site, not the other, and keeps the credentials in its cache.
    expect((await call(b, siteAdmin, 'GET', `/api/sites/${own}`)).status).toBe(200);
    expect((await call(b, siteAdmin, 'GET', `/api/sites/${other.id}`)).status).toBe(404);

    const moved = await call(a, admin, 'PATCH', `/api/accounts/${me.account.id}`, { siteIds: [other.id] });
    expect(moved.status).toBe(200);
    expect((await call(b, siteAdmin, 'GET', `/api/sites/${own}`)).status).toBe(404);
    expect((await call(b, siteAdmin, 'GET', `/api/sites/${other.id}`)).status).toBe(200);
  });
});
