import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../../testing/server-process';
import { freshDatabase, type TestDatabase } from '../../testing/test-database';

/**
 * Two real `centrale serve` processes on one PostgreSQL database (the demo): a telephony write
 * through A is seen by B's very next simulation, although B had compiled the configuration
 * before. PGlite has no second process: one server owns its data directory.
 */
const usePostgres = Boolean(process.env.DATABASE_URL);
const DEMO_PASSWORD = 'Demo-Password-2026!';

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
    CENTRALE_ADMIN_PASSWORD: 'Admin-Password-2026!',
    CENTRALE_LOGIN_RATE_LIMIT: '1000',
  };
  a = await startServer(env);
  b = await startServer(env);
}, 120_000);

afterAll(async () => {
  for (const server of [a, b]) {
    if (server === undefined) continue;
    server.proc.kill('SIGTERM');
    await server.exited;
  }
  await database?.close();
});

type Session = Record<string, string>;

async function login(server: ServerProcess): Promise<Session> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'telecom.manager@voorbeeld.example', password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

async function call(server: ServerProcess, session: Session, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...session, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe.skipIf(!usePostgres)('two servers on one database', () => {
  it("a write through one is seen by the other's next simulation", async () => {
    const onA = await login(a);
    const onB = await login(b);
    const enterprises = await call(b, onB, 'GET', '/api/enterprises');
    const enterpriseId = (enterprises.body.items as { id: string }[])[0]?.id as string;
    const users = await call(b, onB, 'GET', `/api/enterprises/${enterpriseId}/users`);
    const userId = (users.body.items as { id: string }[])[0]?.id as string;
    const simulate = () =>
      call(b, onB, 'POST', `/api/enterprises/${enterpriseId}/simulate`, { from: userId, to: '06 12345678' });
    const before = await simulate();
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect((before.body.outcome as { code: string }).code).not.toBe('barred');
    const restrictions = {
      internal: true,
      nationalFixed: true,
      mobile: false,
      international: true,
      premium: false,
      service: true,
    };
    const put = await call(a, onA, 'PUT', `/api/users/${userId}/call-restrictions`, {
      followsDefault: false,
      restrictions,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const after = await simulate();
    expect(after.body.version).not.toBe(before.body.version);
    expect(after.body.outcome).toMatchObject({ kind: 'rejected', code: 'barred' });
  });

  it('parallel telephony writes through both servers do not deadlock', async () => {
    const onA = await login(a);
    const onB = await login(b);
    const enterprises = await call(a, onA, 'GET', '/api/enterprises');
    const enterpriseId = (enterprises.body.items as { id: string }[])[0]?.id as string;
    const users = await call(a, onA, 'GET', `/api/enterprises/${enterpriseId}/users`);
    const ids = (users.body.items as { id: string }[]).slice(1, 9).map((u) => u.id);
    const results = await Promise.all(
      ids.flatMap((id, i) => [
        call(i % 2 === 0 ? a : b, i % 2 === 0 ? onA : onB, 'PUT', `/api/users/${id}/call-restrictions`, {
          followsDefault: true,
        }),
        call(
          i % 2 === 0 ? b : a,
          i % 2 === 0 ? onB : onA,
          'PUT',
          `/api/enterprises/${enterpriseId}/call-restrictions`,
          {
            restrictions: {
              internal: true,
              nationalFixed: true,
              mobile: true,
              international: true,
              premium: false,
              service: true,
            },
          },
        ),
      ]),
    );
    for (const r of results) expect([200, 422], JSON.stringify(r.body)).toContain(r.status);
  });
});
