import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpLogin, type ServerProcess, startServer } from '../../testing/server-process';
import { startSmtp } from '../../testing/smtp';

/**
 * `centrale serve` on PGlite (one process owns the database): its sender job sends a ticket's
 * messages over SMTP by itself, and SIGTERM stops the job and the server cleanly.
 */
const DEMO_PASSWORD = 'Demo-Password-2026!';
// With DATABASE_URL the server would take PostgreSQL (two-servers.test.ts covers that).
const onPglite = !process.env.DATABASE_URL;
let dataDir: string | undefined;
let server: ServerProcess | null = null;
let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(async () => {
  if (!onPglite) return;
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'centrale-outbox-'));
  smtp = await startSmtp();
  server = await startServer({
    DATA_DIR: dataDir,
    CENTRALE_DEMO_PASSWORD: DEMO_PASSWORD,
    CENTRALE_ADMIN_PASSWORD: 'Admin-Password-2026!',
    SMTP_URL: smtp.url,
    CENTRALE_OUTBOX_INTERVAL_MS: '100',
  });
}, 120_000);

afterAll(async () => {
  if (server !== null && server.proc.exitCode === null) {
    server.proc.kill('SIGTERM');
    await server.exited;
  }
  await smtp?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!onPglite)('the outbox of one server on PGlite', () => {
  it('sends a new ticket’s e-mails by itself, once each, and stops cleanly', async () => {
    const s = server as ServerProcess;
    const tm = await httpLogin(s.url, 'telecom.manager@voorbeeld.example', DEMO_PASSWORD);
    const me = (await (await tm.get('/api/me')).json()) as { account: { enterpriseId: string } };
    const sites = (await (await tm.get(`/api/enterprises/${me.account.enterpriseId}/sites`)).json()) as {
      items: { id: string }[];
    };
    const res = await tm.post('/api/tickets', {
      type: 'service',
      enterpriseId: me.account.enterpriseId,
      title: 'Extra toestel',
      description: 'Graag een extra toestel op de receptie',
      siteId: sites.items[0]?.id,
      businessCritical: false,
      impact: 'low',
      urgency: 'medium',
      contact: { name: 'Tom', phone: '020 794 0000' },
    });
    expect(res.status).toBe(201);
    const deadline = Date.now() + 20_000;
    while (smtp.received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([
      'support@centrale.example',
      'telecom.manager@voorbeeld.example',
    ]);
    s.proc.kill('SIGTERM');
    expect(await s.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});
