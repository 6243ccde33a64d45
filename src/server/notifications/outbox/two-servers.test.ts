import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpLogin, type ServerProcess, startServer } from '../../testing/server-process';
import { startSmtp } from '../../testing/smtp';
import { freshDatabase, type TestDatabase } from '../../testing/test-database';

/**
 * Two real `centrale serve` processes on one PostgreSQL database, both running the outbox's
 * sender job every 100 ms against one SMTP server: every message of every ticket event, whichever
 * server recorded it, reaches the SMTP server exactly once. PGlite has no second process.
 */
const usePostgres = Boolean(process.env.DATABASE_URL);
const DEMO_PASSWORD = 'Demo-Password-2026!';

let database: TestDatabase | null = null;
let smtp: Awaited<ReturnType<typeof startSmtp>> | null = null;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  if (!usePostgres) return;
  database = await freshDatabase();
  smtp = await startSmtp({ delayMs: 20 });
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${database.name}`;
  const env = {
    DATABASE_URL: url.toString(),
    CENTRALE_SECRET_KEY: `${'0'.repeat(63)}7`,
    CENTRALE_DEMO_PASSWORD: DEMO_PASSWORD,
    CENTRALE_ADMIN_PASSWORD: 'Admin-Password-2026!',
    CENTRALE_LOGIN_RATE_LIMIT: '1000',
    SMTP_URL: smtp.url,
    CENTRALE_OUTBOX_INTERVAL_MS: '100',
  };
  // One after the other: the first seeds the demo.
  servers.push(await startServer(env));
  servers.push(await startServer(env));
}, 120_000);

afterAll(async () => {
  for (const server of servers) {
    server.proc.kill('SIGTERM');
    await server.exited;
  }
  await smtp?.close();
  await database?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!usePostgres)('the outbox on two servers sharing one PostgreSQL database', () => {
  it('sends one e-mail per message, whichever server recorded it and however the rounds overlap', async () => {
    const db = database as TestDatabase;
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const tmA = await httpLogin(a.url, 'telecom.manager@voorbeeld.example', DEMO_PASSWORD);
    const tmB = await httpLogin(b.url, 'telecom.manager@voorbeeld.example', DEMO_PASSWORD);
    const deskB = await httpLogin(b.url, 'servicedesk@demo-telecom.example', DEMO_PASSWORD);
    const me = (await (await tmA.get('/api/me')).json()) as { account: { enterpriseId: string } };
    const enterpriseId = me.account.enterpriseId;
    const sites = (await (await tmA.get(`/api/enterprises/${enterpriseId}/sites`)).json()) as {
      items: { id: string }[];
    };
    const siteId = sites.items[0]?.id;
    const request = (i: number) => ({
      type: 'service',
      enterpriseId,
      title: `Extra toestel ${i}`,
      description: 'Graag een extra toestel op de receptie',
      siteId,
      businessCritical: false,
      impact: 'low',
      urgency: 'medium',
      contact: { name: 'Tom', phone: '020 794 0000' },
    });
    const made = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async (i) => {
        const res = await (i % 2 === 0 ? tmA : tmB).post('/api/tickets', request(i));
        expect(res.status).toBe(201);
        return ((await res.json()) as { id: string }).id;
      }),
    );
    // The desk answers on B: one more e-mail, to the reporter.
    expect((await deskB.post(`/api/tickets/${made[0]}/comments`, { body: 'We komen eraan.' })).status).toBe(
      201,
    );

    const rows = () =>
      db.query<{ id: string; state: string; attempts: number }>(
        'select id, state, attempts from outbox_messages order by created_at',
      );
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await rows()).some((r) => r.state !== 'sent')) await sleep(100);
    // Several more rounds of both servers: nothing is sent again.
    await sleep(1000);
    const all = await rows();
    expect(all.length).toBe(6 * 2 + 1);
    expect(all.every((r) => r.state === 'sent' && r.attempts === 1)).toBe(true);
    const received = (smtp?.received ?? []).map((m) => m.messageId);
    expect(received).toHaveLength(all.length);
    expect(new Set(received)).toEqual(new Set(all.map((r) => `<${r.id}@centrale>`)));
    const [schedule] = await db.query<{ runs: number }>(
      "select runs from job_schedules where name = 'notifications.outbox-sender'",
    );
    expect(schedule?.runs).toBeGreaterThan(5);
  }, 90_000);

  it('stops cleanly on SIGTERM with its jobs running', async () => {
    const server = servers.pop() as ServerProcess;
    server.proc.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toMatch(/job tick failed|job round failed/);
  });
});
