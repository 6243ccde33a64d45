import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpLogin, runCli, type ServerProcess, startServer } from './testing/server-process';
import { freshDatabase, type TestDatabase } from './testing/test-database';

/**
 * The real `centrale serve` in a child process: demo on first start, nothing seeded twice, one
 * server per data directory, graceful shutdown, and durability of acknowledged writes after
 * kill -9. On PGlite, or on PostgreSQL when DATABASE_URL is set (the CI's second pass).
 */
const DEMO_PASSWORD = 'Demo-Password-2026!';
const ADMIN_PASSWORD = 'Admin-Password-2026!';
const usePostgres = Boolean(process.env.DATABASE_URL);

let dataDir: string;
let pgDatabase: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'centrale-serve-'));
  env = { DATA_DIR: dataDir, CENTRALE_DEMO_PASSWORD: DEMO_PASSWORD, CENTRALE_ADMIN_PASSWORD: ADMIN_PASSWORD };
  if (usePostgres) {
    pgDatabase = await freshDatabase();
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = `/${pgDatabase.name}`;
    env.DATABASE_URL = url.toString();
  }
});

afterAll(async () => {
  await pgDatabase?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function stop(server: ServerProcess): Promise<void> {
  server.proc.kill('SIGTERM');
  await server.exited;
}

type Session = Awaited<ReturnType<typeof httpLogin>>;
/** The demo's Telecom Manager, logged in once per server (each login costs an argon2 hash). */
const telecomManager = (url: string): Promise<Session> =>
  httpLogin(url, 'telecom.manager@voorbeeld.example', DEMO_PASSWORD);

async function countUsers(tm: Session): Promise<number> {
  const enterprise = (
    (await (await tm.get('/api/enterprises')).json()) as { items: { id: string; userCount: number }[] }
  ).items[0];
  return enterprise?.userCount ?? -1;
}

/** What the demo's number plan holds, summed over its blocks. */
async function demoNumberPlan(tm: Session): Promise<Record<string, number>> {
  const enterpriseId = ((await (await tm.get('/api/enterprises')).json()) as { items: { id: string }[] })
    .items[0]?.id;
  const blocks = (
    (await (await tm.get(`/api/enterprises/${enterpriseId}/number-blocks`)).json()) as {
      items: { counts: Record<string, number> }[];
    }
  ).items;
  const sum = (state: string) => blocks.reduce((total, b) => total + (b.counts[state] ?? 0), 0);
  return {
    blocks: blocks.length,
    assigned: sum('assigned'),
    reserved: sum('reserved'),
    porting: sum('porting'),
  };
}

/** What the demo's devices are: how many of each kind, and the size of the catalogue. */
async function demoDevices(tm: Session): Promise<Record<string, number>> {
  const enterpriseId = ((await (await tm.get('/api/enterprises')).json()) as { items: { id: string }[] })
    .items[0]?.id;
  const list = (await (await tm.get(`/api/enterprises/${enterpriseId}/devices?limit=200`)).json()) as {
    items: { kind: string; lines: unknown[] }[];
  };
  const models = (await (await tm.get('/api/device-models')).json()) as { items: unknown[] };
  const counts: Record<string, number> = { models: models.items.length };
  for (const d of list.items) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
  return counts;
}

/**
 * The demo's call centre queues: name, extension, how many agents and supervisors, the schedule
 * it follows and what it does on a Tuesday evening.
 */
async function demoQueues(tm: Session): Promise<unknown> {
  const enterpriseId = ((await (await tm.get('/api/enterprises')).json()) as { items: { id: string }[] })
    .items[0]?.id;
  const { items } = (await (await tm.get(`/api/enterprises/${enterpriseId}/queues`)).json()) as {
    items: {
      id: string;
      name: string;
      extension: string;
      agentCount: number;
      supervisorCount: number;
      scheduleName: string | null;
    }[];
  };
  const out: unknown[] = [];
  for (const { id, name, extension, agentCount, supervisorCount, scheduleName } of items) {
    const evening = (await (
      await tm.get(`/api/queues/${id}/state?at=2026-12-01T19:30:00%2B01:00`)
    ).json()) as { service: string; action: string; destination: string; closedMessage: boolean };
    out.push({
      name,
      extension,
      agentCount,
      supervisorCount,
      scheduleName,
      evening: `${evening.service}: ${evening.closedMessage ? 'message, ' : ''}${evening.action} ${evening.destination}`,
    });
  }
  return out;
}

/** The demo's default call restrictions and what they say of a premium-rate number and of 112. */
async function demoCallRestrictions(tm: Session): Promise<unknown> {
  const enterpriseId = ((await (await tm.get('/api/enterprises')).json()) as { items: { id: string }[] })
    .items[0]?.id;
  const base = `/api/enterprises/${enterpriseId}/call-restrictions`;
  const allowed = async (dialled: string) =>
    ((await (await tm.post(`${base}/check`, { dialled })).json()) as { allowed: boolean }).allowed;
  const { restrictions } = (await (await tm.get(base)).json()) as { restrictions: Record<string, boolean> };
  return {
    premium: restrictions.premium,
    '0900': await allowed('0900 123 4567'),
    '112': await allowed('112'),
  };
}

/** The demo's caller ID: the main number and name, and the sites with an override of their own. */
async function demoCallSettings(tm: Session): Promise<unknown> {
  const enterpriseId = ((await (await tm.get('/api/enterprises')).json()) as { items: { id: string }[] })
    .items[0]?.id;
  const { presentation } = (await (
    await tm.get(`/api/enterprises/${enterpriseId}/call-settings`)
  ).json()) as {
    presentation: {
      displayName: string;
      mainNumber: { national: string } | null;
      sites: { siteName: string; mainNumber: { national: string } | null }[];
    };
  };
  return {
    displayName: presentation.displayName,
    mainNumber: presentation.mainNumber?.national,
    sites: presentation.sites.map((s) => `${s.siteName} ${s.mainNumber?.national}`),
  };
}

/** The demo's schedules, and which of them the auto attendant "Hoofdmenu" follows. */
async function demoSchedules(tm: Session): Promise<unknown> {
  const enterpriseId = ((await (await tm.get('/api/enterprises')).json()) as { items: { id: string }[] })
    .items[0]?.id;
  const { items } = (await (await tm.get(`/api/enterprises/${enterpriseId}/schedules`)).json()) as {
    items: { id: string; name: string; siteName: string | null; weekly: unknown[] }[];
  };
  const attendants = (await (await tm.get(`/api/enterprises/${enterpriseId}/auto-attendants`)).json()) as {
    items: { name: string; scheduleId: string | null }[];
  };
  const christmas = `${new Date().getUTCFullYear()}-12-25T10:00:00+01:00`;
  const office = items.find((s) => s.name === 'Kantoortijden');
  const state = (await (
    await tm.get(`/api/schedules/${office?.id}/state?at=${encodeURIComponent(christmas)}`)
  ).json()) as {
    state: string;
  };
  // Hoofdmenu follows it, so it stays: the refusal names the attendant.
  const removal = await tm.delete(`/api/schedules/${office?.id}`);
  const refusal = ((await removal.json()) as { error: { issues: { code: string; params: object }[] } }).error
    .issues[0];
  return {
    schedules: items.map((s) => `${s.name} (${s.siteName ?? 'enterprise'}, ${s.weekly.length} periods)`),
    removal: [removal.status, refusal?.code, refusal?.params],
    hoofdmenu: items.find((s) => s.id === attendants.items.find((a) => a.name === 'Hoofdmenu')?.scheduleId)
      ?.name,
    christmas: state.state,
  };
}

/** The demo's incoming route on the main number, and where a call goes on Christmas and on a workday. */
async function demoRoutes(tm: Session): Promise<unknown> {
  const enterpriseId = ((await (await tm.get('/api/enterprises')).json()) as { items: { id: string }[] })
    .items[0]?.id;
  const { items } = (await (await tm.get(`/api/enterprises/${enterpriseId}/incoming-routes`)).json()) as {
    items: { id: string; name: string; number: string; scheduleName: string }[];
  };
  const year = new Date().getUTCFullYear() + 1;
  const at = async (iso: string) => {
    const d = (await (
      await tm.get(`/api/incoming-routes/${items[0]?.id}/route?at=${encodeURIComponent(iso)}`)
    ).json()) as { state: string; destination: { menus: string }; destinationName: string };
    return `${d.state} → ${d.destinationName} (${d.destination.menus})`;
  };
  // 1 February next year: a workday unless it is a weekend; 10 o'clock of the first Tuesday of February.
  const firstTuesday = [1, 2, 3, 4, 5, 6, 7].find(
    (day) => new Date(Date.UTC(year, 1, day)).getUTCDay() === 2,
  );
  return {
    routes: items.map((r) => `${r.name} ${r.number} (${r.scheduleName})`),
    tuesday: await at(`${year}-02-0${firstTuesday}T10:00:00+01:00`),
    evening: await at(`${year}-02-0${firstTuesday}T20:00:00+01:00`),
    christmas: await at(`${year}-12-25T10:00:00+01:00`),
  };
}

// Each test starts real server processes (two for the seed test): a loaded machine takes longer than
// the suite's 30 s, so these have a minute and a half; what they check is not their speed.
describe('centrale serve', { timeout: 90_000 }, () => {
  it('seeds the demo on first start, prints how to log in, and seeds nothing twice', async () => {
    const first = await startServer(env);
    expect(first.output()).toContain('Centrale is running: http://localhost:');
    expect(first.output()).toContain('telecom.manager@voorbeeld.example');
    expect(first.output()).toContain('admin@example.com');
    const tm = await telecomManager(first.url);
    expect(await countUsers(tm)).toBe(40);
    expect(await demoNumberPlan(tm)).toEqual({
      blocks: 24, // Amsterdam, Utrecht, Maastricht, the 0800 number and 20 mobile numbers
      assigned: 43, // the users' fixed and mobile numbers, queue Support's, hunt group Verkoop's, the main route's
      reserved: 0,
      porting: 20,
    });
    // Most users have what their profile calls with; each site a DECT base and handset.
    expect(await demoDevices(tm)).toEqual({
      models: 9,
      desk_phone: 18,
      sim: 18,
      softphone: 8,
      dect_base: 3,
      dect_handset: 3,
      conference: 1,
      ata: 1,
    });
    expect(await demoCallRestrictions(tm)).toEqual({ premium: false, '0900': false, '112': true });
    expect(await demoQueues(tm)).toEqual([
      {
        name: 'Support',
        extension: '310',
        agentCount: 3,
        supervisorCount: 1,
        scheduleName: 'Supportdesk Utrecht',
        evening: 'closed: message, transfer 215',
      },
    ]);
    expect(await demoCallSettings(tm)).toEqual({
      displayName: 'Voorbeeld BV',
      mainNumber: '020 794 0000',
      sites: ['Utrecht 030 760 1049'],
    });
    expect(await demoSchedules(tm)).toEqual({
      schedules: ['Kantoortijden (enterprise, 5 periods)', 'Supportdesk Utrecht (Utrecht, 5 periods)'],
      hoofdmenu: 'Kantoortijden',
      removal: [409, 'in_use', { count: 2, referrers: 'Hoofdmenu, Hoofdnummer' }],
      christmas: 'holiday',
    });
    expect(await demoRoutes(tm)).toEqual({
      routes: ['Hoofdnummer +31207940000 (Kantoortijden)'],
      tuesday: 'open → Hoofdmenu (businessHours)',
      evening: 'closed → Hoofdmenu (afterHours)',
      christmas: 'holiday → Hoofdmenu (holiday)',
    });
    const file = readFileSync(path.join(dataDir, 'demo-accounts.txt'), 'utf8');
    expect(file).toContain('partner@partnerconnect.example');
    await stop(first);

    const second = await startServer(env);
    expect(second.output()).not.toContain('Demo accounts (also in');
    expect(await countUsers(await telecomManager(second.url))).toBe(40);
    await stop(second);
  });

  it.skipIf(usePostgres)('refuses a second server on the same data directory', async () => {
    const first = await startServer(env);
    try {
      const second = runCli(['serve', '--no-build'], { ...env, PORT: '0' });
      const { code } = await second.exited;
      expect(code).toBe(2);
      expect(second.output()).toContain('Another Centrale server');
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    } finally {
      await stop(first);
    }
    expect(existsSync(path.join(dataDir, 'centrale.lock'))).toBe(false);
  });

  it('finishes requests in flight on SIGTERM, then exits 0', async () => {
    const server = await startServer({ ...env, LOG_LEVEL: 'info' });
    const tm = await httpLogin(server.url, 'telecom.manager@voorbeeld.example', DEMO_PASSWORD);
    const enterpriseId = ((await (await tm.get('/api/enterprises')).json()) as { items: { id: string }[] })
      .items[0]?.id;
    const requests = Array.from({ length: 20 }, (_, i) =>
      tm.post(`/api/enterprises/${enterpriseId}/users`, { name: `Shutdown ${i}`, profile: 'vast' }).then(
        (r) => r.status,
        () => 'refused',
      ),
    );
    // Signal once the server is busy with the burst: the rest are in flight or queued.
    await Promise.race(requests);
    server.proc.kill('SIGTERM');
    const statuses = await Promise.all(requests);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(0);
    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(server.output()).toContain('finishing requests in flight');
    expect(server.output()).toMatch(/"msg":"stopped"/);
    // Every request got an answer or was never accepted; none was cut off half-way.
    for (const status of statuses) expect([201, 503, 'refused']).toContain(status);
  });

  it('keeps every acknowledged write after kill -9 during a burst', async () => {
    const server = await startServer(env);
    const tm = await httpLogin(server.url, 'telecom.manager@voorbeeld.example', DEMO_PASSWORD);
    const enterpriseId = ((await (await tm.get('/api/enterprises')).json()) as { items: { id: string }[] })
      .items[0]?.id;
    const acknowledged: string[] = [];
    let killed = false;
    const worker = async () => {
      while (!killed) {
        try {
          const res = await tm.post(`/api/enterprises/${enterpriseId}/users`, {
            name: `Burst ${randomUUID()}`,
            profile: 'flex',
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return;
        }
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 20));
    server.proc.kill('SIGKILL');
    killed = true;
    await Promise.all(workers);
    await server.exited;

    const restarted = await startServer(env);
    try {
      const again = await httpLogin(restarted.url, 'telecom.manager@voorbeeld.example', DEMO_PASSWORD);
      const missing: string[] = [];
      for (const id of acknowledged) {
        if ((await again.get(`/api/users/${id}`)).status !== 200) missing.push(id);
      }
      expect(acknowledged.length).toBeGreaterThanOrEqual(60);
      expect(missing).toEqual([]);
    } finally {
      await stop(restarted);
    }
  });
});
