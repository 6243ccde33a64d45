import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages, ticketSlaClocks, tickets } from '../../db/schema';
import { type ServerProcess, startServer } from '../../testing/server-process';
import { freshDatabase, type TestDatabase } from '../../testing/test-database';

/**
 * Two real `centrale serve` processes on one PostgreSQL database, both running the SLA sweep every
 * 50 ms: each breach is escalated exactly once and mailed exactly once (SKIP LOCKED claims of the
 * clock and ticket rows, in the same transaction as the outbox messages). PGlite has no second
 * process: one server owns its data directory.
 */
const usePostgres = Boolean(process.env.DATABASE_URL);
const ADMIN_PASSWORD = 'Admin-Password-2026!';
const TICKETS = 40;

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
    CENTRALE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    CENTRALE_LOGIN_RATE_LIMIT: '1000',
    CENTRALE_SLA_SWEEP_MS: '50',
    CENTRALE_SLA_SWEEP_BATCH: '7',
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

async function login(server: ServerProcess): Promise<Record<string, string>> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password: ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

async function post(server: ServerProcess, headers: Record<string, string>, path: string, body: unknown) {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe.skipIf(!usePostgres)('the SLA sweep on two servers', () => {
  it('escalates each breach once, with one e-mail', async () => {
    const db = (database as TestDatabase).db;
    const admin = await login(a);
    const enterprise = await post(a, admin, '/api/enterprises', {
      name: 'SLA Twee Servers BV',
    });
    expect(enterprise.status, JSON.stringify(enterprise.json)).toBe(201);
    const enterpriseId = enterprise.json.id as string;
    const site = await post(a, admin, `/api/enterprises/${enterpriseId}/sites`, {
      name: 'Hoofdkantoor',
      street: 'Stationsplein 1',
      postcode: '3511 ED',
      city: 'Utrecht',
      lineType: 'fibre',
      voiceChannels: 10,
      codec: 'g711',
    });
    expect(site.status, JSON.stringify(site.json)).toBe(201);
    const ids: string[] = [];
    for (let i = 0; i < TICKETS; i++) {
      const server = i % 2 === 0 ? a : b;
      const made = await post(server, admin, '/api/tickets', {
        type: 'service',
        enterpriseId,
        title: `Storing ${i}`,
        description: 'Alles ligt eruit',
        siteId: site.json.id,
        businessCritical: true,
        contact: { name: 'Tom', phone: '020 794 0000' },
      });
      expect(made.status, JSON.stringify(made.json)).toBe(201);
      ids.push(made.json.id as string);
    }
    // Every clock of them is past its due now (as if four hours had gone by).
    await db
      .update(ticketSlaClocks)
      .set({
        dueAt: sql`now() - interval '1 minute'`,
        warnAt: sql`now() - interval '2 minutes'`,
        warnedAt: sql`now()`,
      })
      .where(inArray(ticketSlaClocks.ticketId, ids));

    const escalated = async () =>
      (
        await db
          .select({ id: tickets.id })
          .from(tickets)
          .where(and(inArray(tickets.id, ids), sql`${tickets.slaEscalatedAt} is not null`))
      ).length;
    const deadline = Date.now() + 30_000;
    while ((await escalated()) < TICKETS && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await escalated()).toBe(TICKETS);
    // A few more rounds of both servers change nothing.
    await new Promise((r) => setTimeout(r, 500));

    const mails = await db
      .select({ entityId: outboxMessages.entityId, n: sql<number>`count(*)::int`.mapWith(Number) })
      .from(outboxMessages)
      .where(and(inArray(outboxMessages.entityId, ids), eq(outboxMessages.kind, 'sla_breach')))
      .groupBy(outboxMessages.entityId);
    // Both clocks of each ticket breached: two e-mails per ticket, one per clock, none twice.
    expect(mails).toHaveLength(TICKETS);
    expect(new Set(mails.map((m) => m.n))).toEqual(new Set([2]));
    const clocks = await db
      .select({ escalatedAt: ticketSlaClocks.escalatedAt })
      .from(ticketSlaClocks)
      .where(inArray(ticketSlaClocks.ticketId, ids));
    expect(clocks).toHaveLength(TICKETS * 2);
    expect(clocks.every((c) => c.escalatedAt !== null)).toBe(true);
  }, 120_000);
});
