/**
 * `npm run bench:routing`: the routing engine on generated enterprises of 1,000, 10,000 and
 * 100,000 users (compile time, memory, plans per second for a realistic mix of calls, in memory,
 * no database), then `simulate` through the API at 20 connections beside GET /api/health (the
 * demo on PGlite). Prints the figures; `--write` records them in bench/README.md.
 * Options: --sizes 1000,10000 --seconds 3 --no-api --api-seconds 10
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { compile, plan, type Snapshot, simulate } from '../src/core/routing';
import type { Menu } from '../src/core/telephony/attendants';
import { DEFAULT_SETTINGS } from '../src/core/telephony/features';
import { DEFAULT_QUEUE_SETTINGS } from '../src/core/telephony/queues';
import { freePort, startServer } from './lib/processes';
import { machine } from './lib/report';

const REPO = path.resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = (opt('sizes') ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const SECONDS = Number(opt('seconds') ?? 3);
const API_SECONDS = Number(opt('api-seconds') ?? 10);
const gc = (globalThis as { gc?: () => void }).gc;

type Draft = {
  -readonly [K in keyof Snapshot]: Snapshot[K] extends readonly (infer E)[] ? E[] : Snapshot[K];
};

const WEEKLY = ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '08:30', end: '17:30' }));
const ext = (i: number) => String(100_000 + i);
const userNumber = (i: number) => `+3120${1_000_000 + i}`;
const mainNumber = (j: number) => `+3130${1_000_000 + j}`;

/**
 * An enterprise of n users on n/100 sites: a desk phone each, a fixed number each; 10% forward on
 * no answer to a colleague, 2% always to a mobile, 5% have voicemail, 5% a stricter own set of
 * restrictions; a hunt group of 5 per 50 users, a queue with 10 agents per 200 users, and per
 * 500 users an attendant with menus nested 5 deep behind its own main number and incoming route.
 */
export function generate(n: number): Snapshot {
  const s: Draft = {
    enterpriseId: `e-${n}`,
    extensionLength: 6,
    defaultRestrictions: null,
    queueMessages: null,
    numbers: [],
    extensions: [],
    users: [],
    userFeatures: [],
    userRestrictions: [],
    devices: [],
    huntGroups: [],
    huntGroupMembers: [],
    pickupGroups: [],
    pickupGroupMembers: [],
    schedules: [],
    autoAttendants: [],
    queues: [],
    queueAgents: [],
    incomingRoutes: [],
  };
  const sites = Math.max(1, Math.floor(n / 100));
  for (let i = 0; i < n; i++) {
    const id = `u${i}`;
    const siteId = `s${i % sites}`;
    s.users.push({ id, name: `User ${i}`, profile: 'vast', siteId });
    s.extensions.push({ extension: ext(i), assigneeType: 'user', assigneeId: id });
    s.numbers.push({
      number: userNumber(i),
      state: 'assigned',
      assigneeType: 'user',
      assigneeId: id,
      assigneeRole: 'fixed',
    });
    s.devices.push({ id: `d${i}`, userId: id, lines: [{ line: 1, userId: null, sipUsername: `sip${i}` }] });
    const forwardsNoAnswer = i % 10 === 3;
    const forwardsAlways = i % 50 === 7;
    const voicemail = i % 20 === 1;
    if (forwardsNoAnswer || forwardsAlways || voicemail) {
      const f = structuredClone(DEFAULT_SETTINGS.forwarding);
      if (forwardsNoAnswer) f.noAnswer = { enabled: true, destination: ext((i + 1) % n), afterSeconds: 20 };
      if (forwardsAlways) f.always = { enabled: true, destination: '0612345678' };
      s.userFeatures.push({
        userId: id,
        dnd: false,
        forwarding: f,
        voicemail: { ...DEFAULT_SETTINGS.voicemail, enabled: voicemail },
        simultaneousRing: structuredClone(DEFAULT_SETTINGS.simultaneousRing),
        sequentialRing: structuredClone(DEFAULT_SETTINGS.sequentialRing),
      });
    }
    if (i % 20 === 5) {
      s.userRestrictions.push({
        userId: id,
        internal: true,
        nationalFixed: true,
        mobile: true,
        international: false,
        premium: false,
        service: true,
      });
    }
  }
  const schedules = Math.max(1, Math.floor(n / 1000));
  for (let k = 0; k < schedules; k++) {
    s.schedules.push({
      id: `sch${k}`,
      name: `Kantoor ${k}`,
      timeZone: 'Europe/Amsterdam',
      weekly: WEEKLY,
      publicHolidaysClosed: true,
      closures: [],
      openings: [],
      recurringClosures: [],
    });
  }
  let next = n;
  const groups = Math.max(1, Math.floor(n / 50));
  for (let g = 0; g < groups; g++) {
    const id = `hg${g}`;
    s.huntGroups.push({
      id,
      name: `Groep ${g}`,
      siteId: `s${g % sites}`,
      distribution:
        (['regular', 'circular', 'simultaneous', 'uniform', 'weighted'] as const)[g % 5] ?? 'regular',
      huntAfterSeconds: 15,
      timeoutSeconds: 60,
      timeoutDestination: ext((g * 7) % n),
      busyAction: 'busy_tone',
      busyDestination: null,
      unreachableAction: 'busy_tone',
      unreachableDestination: null,
      callWaiting: false,
      ringPattern: 'normal',
    });
    s.extensions.push({ extension: ext(next++), assigneeType: 'hunt_group', assigneeId: id });
    for (let m = 0; m < 5; m++) {
      s.huntGroupMembers.push({
        id: `hgm${g}-${m}`,
        huntGroupId: id,
        position: m + 1,
        userId: `u${(g * 5 + m) % n}`,
        externalNumber: null,
        weight: 1 + m,
        loggedIn: true,
      });
    }
  }
  const queueCount = Math.max(1, Math.floor(n / 200));
  for (let q = 0; q < queueCount; q++) {
    const id = `q${q}`;
    s.queues.push({
      ...DEFAULT_QUEUE_SETTINGS,
      id,
      name: `Wachtrij ${q}`,
      siteId: `s${q % sites}`,
      distribution: 'circular',
      maxQueueLength: 20,
      maxWaitSeconds: 300,
      overflowAction: 'transfer',
      overflowAfterSeconds: 120,
      overflowDestination: ext(n),
      scheduleId: `sch${q % schedules}`,
      closedAction: 'busy',
    });
    s.extensions.push({ extension: ext(next++), assigneeType: 'queue', assigneeId: id });
    for (let a = 0; a < 10; a++) {
      s.queueAgents.push({ queueId: id, userId: `u${(q * 10 + a + 3) % n}`, role: 'agent', weight: 50 });
    }
  }
  const attendants = Math.max(1, Math.floor(n / 500));
  for (let a = 0; a < attendants; a++) {
    const id = `aa${a}`;
    const menus: Menu[] = [];
    for (let depth = 0; depth < 5; depth++) {
      const last = depth === 4;
      menus.push({
        id: depth === 0 ? 'root' : `m${depth}`,
        name: `Menu ${depth}`,
        greeting: { kind: 'text', text: `Menu ${depth}` },
        timeoutSeconds: 5,
        maxRepeats: 1,
        keys: {
          '1': last
            ? { kind: 'transfer', target: { type: 'queue', id: `q${a % queueCount}` }, announce: false }
            : { kind: 'submenu', menuId: `m${depth + 1}` },
          '2': {
            kind: 'transfer',
            target: { type: 'hunt_group', id: `hg${(a + depth) % groups}` },
            announce: false,
          },
          '3': {
            kind: 'transfer',
            target: { type: 'user', id: `u${(a * 13 + depth) % n}` },
            announce: false,
          },
          ...(depth > 0 ? { '*': { kind: 'back' as const } } : {}),
        },
        timeoutAction: { kind: 'transfer', target: { type: 'operator' }, announce: false },
        invalidAction: { kind: 'repeat' },
      });
    }
    s.autoAttendants.push({
      id,
      name: `Receptie ${a}`,
      siteId: `s${a % sites}`,
      scheduleId: `sch${a % schedules}`,
      operator: { type: 'user', id: `u${a % n}` },
      menus: {
        businessHours: { menus },
        afterHours: {
          menus: [
            {
              id: 'night',
              name: 'Nacht',
              greeting: { kind: 'text', text: 'Gesloten' },
              timeoutSeconds: 5,
              maxRepeats: 0,
              keys: { '1': { kind: 'voicemail', userId: `u${a % n}` } },
              timeoutAction: { kind: 'voicemail', userId: `u${a % n}` },
              invalidAction: { kind: 'voicemail', userId: `u${a % n}` },
            },
          ],
        },
        holiday: null,
      },
    });
    s.extensions.push({ extension: ext(next++), assigneeType: 'auto_attendant', assigneeId: id });
    const routeId = `r${a}`;
    s.incomingRoutes.push({
      id: routeId,
      name: `Hoofdnummer ${a}`,
      scheduleId: `sch${a % schedules}`,
      destinations: {
        open: { type: 'auto_attendant', id, menus: null },
        closed: { type: 'auto_attendant', id, menus: 'afterHours' },
        holiday: null,
        closures: {},
      },
    });
    s.numbers.push({
      number: mainNumber(a),
      state: 'assigned',
      assigneeType: 'incoming_route',
      assigneeId: routeId,
      assigneeRole: 'main',
    });
  }
  return s;
}

const TIMES = [
  '2026-04-07T10:00:00+02:00',
  '2026-04-07T20:00:00+02:00',
  '2026-04-06T10:00:00+02:00',
  '2026-04-11T11:00:00+02:00',
];

type Call = { from: string; to: string; at: string; digits?: string; kind: string };

/** The mix: 40% internal, 30% the main number at four times, 20% to users who forward, 10% barred. */
function mix(n: number, count: number): Call[] {
  const calls: Call[] = [];
  const attendants = Math.max(1, Math.floor(n / 500));
  let r = 12345;
  const rand = (m: number) => {
    r = (r * 1103515245 + 12345) % 2147483648;
    return r % m;
  };
  for (let k = 0; k < count; k++) {
    const at = TIMES[k % TIMES.length] as string;
    const slot = k % 10;
    if (slot < 4) calls.push({ kind: 'internal', from: ext(rand(n)), to: ext(rand(n)), at });
    else if (slot < 7) {
      calls.push({
        kind: 'main',
        from: '+31612345678',
        to: mainNumber(rand(attendants)),
        at,
        digits: ['11111', '2', '13', '112'][k % 4] as string,
      });
    } else if (slot < 9) {
      const u = rand(Math.floor(n / 10)) * 10 + 3;
      calls.push({ kind: 'forwarded', from: '+31612345678', to: userNumber(u % n), at });
    } else {
      const u = rand(Math.floor(n / 20)) * 20 + 5;
      calls.push({ kind: 'barred', from: ext(u % n), to: '0900 123 4567', at });
    }
  }
  return calls;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

type SizeResult = {
  n: number;
  compileMs: number;
  heapMb: number;
  rssMb: number;
  plansPerSec: number;
  byKind: Record<string, number>;
  simsPerSec: number;
};

function measure(n: number): SizeResult {
  const snapshot = generate(n);
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const compiled = compile(snapshot);
  const compileMs = performance.now() - t0;
  gc?.();
  const heapMb = Number(mb(process.memoryUsage().heapUsed - heapBefore));
  const rssMb = Number(mb(process.memoryUsage().rss));
  const calls = mix(n, 4096);
  // Warm-up, then as many plans as fit in SECONDS.
  for (const c of calls) plan(compiled, c, {});
  const rate = (pick: (c: Call) => boolean, walk: boolean) => {
    const list = calls.filter(pick);
    let done = 0;
    const start = performance.now();
    const until = start + SECONDS * 1000;
    while (performance.now() < until) {
      for (let i = 0; i < 256; i++) {
        const c = list[(done + i) % list.length] as Call;
        const p = plan(compiled, c, {});
        if (walk) simulate(p, { ...(c.digits ? { digits: c.digits } : {}), language: 'nl' });
      }
      done += 256;
    }
    return Math.round(done / ((performance.now() - start) / 1000));
  };
  const plansPerSec = rate(() => true, false);
  const byKind: Record<string, number> = {};
  for (const kind of ['internal', 'main', 'forwarded', 'barred'])
    byKind[kind] = rate((c) => c.kind === kind, false);
  const simsPerSec = rate(() => true, true);
  return { n, compileMs, heapMb, rssMb, plansPerSec, byKind, simsPerSec };
}

type ApiResult = {
  simulate: { rps: number; p50: number; p99: number };
  health: { rps: number; p50: number; p99: number };
};

async function apiBench(): Promise<ApiResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'centrale-bench-routing-'));
  const port = await freePort();
  const password = 'Demo-Password-2026!';
  const server = await startServer({
    name: 'centrale',
    script: path.join(REPO, 'bin/centrale.js'),
    args: ['serve', '--no-build'],
    cwd: REPO,
    env: {
      DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      CENTRALE_DEMO_PASSWORD: password,
      CENTRALE_ADMIN_PASSWORD: 'Admin-Password-2026!',
      CENTRALE_LOGIN_RATE_LIMIT: '1000',
    },
    port,
    readyPath: '/api/health',
    timeoutMs: 180_000,
  });
  try {
    const login = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'telecom.manager@voorbeeld.example', password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const list = (await (await fetch(`${server.baseUrl}/api/enterprises`, { headers })).json()) as {
      items: { id: string }[];
    };
    const enterpriseId = list.items[0]?.id as string;
    const url = `${server.baseUrl}/api/enterprises/${enterpriseId}/simulate`;
    const body = JSON.stringify({ from: '+31612345678', to: '201', at: '2026-04-07T10:00:00+02:00' });
    const check = await fetch(url, { method: 'POST', headers, body });
    if (check.status !== 200) throw new Error(`simulate answered ${check.status}: ${await check.text()}`);
    const run = (opts: autocannon.Options) =>
      new Promise<autocannon.Result>((resolve, reject) =>
        autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
      );
    const simOpts = { url, method: 'POST' as const, headers, body, connections: 20 };
    const healthOpts = { url: `${server.baseUrl}/api/health`, connections: 20 };
    await Promise.all([run({ ...simOpts, duration: 2 }), run({ ...healthOpts, duration: 2 })]);
    const [sim, health] = await Promise.all([
      run({ ...simOpts, duration: API_SECONDS }),
      run({ ...healthOpts, duration: API_SECONDS }),
    ]);
    for (const r of [sim, health])
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${r.url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    const fig = (r: autocannon.Result) => ({
      rps: Math.round(r.requests.average),
      p50: r.latency.p50,
      p99: r.latency.p99,
    });
    return { simulate: fig(sim), health: fig(health) };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const at = new Date();
  if (!gc)
    process.stdout.write('(run with node --expose-gc for the memory figures: npm run bench:routing does)\n');
  const results: SizeResult[] = [];
  for (const n of SIZES) {
    process.stdout.write(`[${n} users] generating, compiling, planning…\n`);
    const r = measure(n);
    results.push(r);
    process.stdout.write(`${JSON.stringify(r)}\n`);
  }
  const api = args.includes('--no-api') ? null : await apiBench();
  if (api) process.stdout.write(`${JSON.stringify(api)}\n`);
  const table = [
    '| users | compile | heap of the compiled config | RSS | plans/s (mix) | internal | main number (menus) | forwarded | barred | plan + walk/s |',
    '| ----: | ------: | --------------------------: | --: | ------------: | -------: | ------------------: | --------: | -----: | ------------: |',
    ...results.map(
      (r) =>
        `| ${r.n.toLocaleString('en')} | ${r.compileMs.toFixed(0)} ms | ${r.heapMb} MB | ${r.rssMb} MB | ${r.plansPerSec.toLocaleString('en')} | ${(r.byKind.internal ?? 0).toLocaleString('en')} | ${(r.byKind.main ?? 0).toLocaleString('en')} | ${(r.byKind.forwarded ?? 0).toLocaleString('en')} | ${(r.byKind.barred ?? 0).toLocaleString('en')} | ${r.simsPerSec.toLocaleString('en')} |`,
    ),
  ];
  const first = results[0];
  const last = results[results.length - 1];
  const ratio = first && last ? (first.plansPerSec / last.plansPerSec).toFixed(2) : '–';
  const section = [
    `### ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Command: \`npm run bench:routing${args.length ? ` -- ${args.join(' ')}` : ''}\`. Machine: ${machine()}. Load average before: ${os.loadavg()[0]?.toFixed(2)}.`,
    '',
    ...table,
    '',
    `Plans/s at ${first?.n.toLocaleString('en')} users ÷ at ${last?.n.toLocaleString('en')}: ${ratio} (target ≤ 1.5).`,
    ...(api
      ? [
          '',
          `API (demo on PGlite, 20 connections each, ${API_SECONDS} s, at the same time): simulate ${api.simulate.rps} req/s (p50 ${api.simulate.p50} ms, p99 ${api.simulate.p99} ms) beside GET /api/health ${api.health.rps} req/s (p50 ${api.health.p50} ms, p99 ${api.health.p99} ms).`,
        ]
      : []),
    '',
  ].join('\n');
  process.stdout.write(`\n${section}\n`);
  if (args.includes('--write')) {
    const file = path.join(REPO, 'bench/README.md');
    const text = readFileSync(file, 'utf8');
    const marker = '## Routing engine (`npm run bench:routing`)';
    const intro = `${marker}\n\nGenerated enterprises (bench/routing.ts \`generate\`): n users on n/100 sites, a desk phone and a fixed number each; 10% forward on no answer to a colleague, 2% always to a mobile, 5% with voicemail, 5% with a stricter own set; a hunt group of 5 per 50 users (the five distributions in turn), a queue with 10 agents per 200 users, and per 500 users an auto attendant with menus nested 5 deep behind a main number with a schedule. Compiled in memory (no database). The mix: 40% internal calls, 30% the main number at four times (a Tuesday morning, its evening, Tweede Paasdag, a Saturday) with keys, 20% calls to users who forward, 10% barred premium calls. Plans/s is \`plan()\` alone on one core (the bench's one thread); plan + walk adds \`simulate()\`. Newest first.\n\n`;
    const next = text.includes(marker)
      ? text.replace(`${intro}`, `${intro}${section}\n`)
      : `${text.trimEnd()}\n\n${intro}${section}`;
    writeFileSync(file, next);
    process.stdout.write('Recorded in bench/README.md\n');
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
