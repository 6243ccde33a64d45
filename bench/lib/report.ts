import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadResult } from './load';
import { type BenchOptions, REPO_DIR } from './options';
import type { DriverResult } from './scenario';
import { STARTUP_TARGET_MS, type StartupResult } from './startup';

export const RATIO_TARGET = 0.7;
export const README = path.join(REPO_DIR, 'bench/README.md');
const MARKER = '<!-- results: newest first; `npm run bench:api` inserts a section below -->';

const INTRODUCTION = `# API benchmark

\`npm run bench:api\` measures the HTTP API under load with [autocannon](https://github.com/mcollina/autocannon)
and records the figures here, newest first.

## What is measured

For each store (PGlite in a data directory, and PostgreSQL in a fresh scratch database):

1. **Seed**: the server's migrations and bootstrap, then one enterprise with one site, 10,000 users
   with varied names, each with a five-digit extension and a fixed number (one block from
   +31 30 700 0000), and a trained Telecom Manager (\`enterprise_admin\`) with a known password.
   The statement the server's own repository (\`listUsers\`) sends for the list below is captured
   there (text and parameters), with its query plan.
2. **Floor**: a bare Fastify app (\`bench/lib/floor-server.ts\`, a child process) that runs that same
   statement through the same driver (a \`pg.Pool\` of 10 like the server's, or \`PGlite\`) with no
   authentication, validation, ORM or response schema, and answers the same \`{ items, nextCursor }\`
   page. It is checked to return the same 50 user ids as the repository, then loaded; then its
   bare \`/health\` route (an empty handler) is loaded as a reference for the machine.
3. **Centrale**: \`node bin/centrale.js serve --no-build --no-demo\` on the same data (a child process,
   \`LOG_LEVEL=warn\`), logged in through \`POST /api/auth/login\`, checked to return the same 50 ids,
   then loaded on \`GET /api/health\` and on
   \`GET /api/enterprises/:enterpriseId/users?limit=50\` with the session cookie (a GET needs no
   CSRF token).
4. **Filtered lists**: the same list sorted by name and filtered with \`q\` — by a name fragment
   (\`meij\`, about one user in fifty) and by a number fragment in national notation (\`030 700 12\`,
   one user in a hundred) — each beside a floor that runs the statement the repository sends for
   that filter, with its captured parameters, on the floor's \`/filtered/:name\` route. Both are
   checked to return the same 50 ids first.

Each load: 20 connections, a warm-up that is discarded, then the measured run (10 s by default).
req/s is autocannon's mean of the per-second counts; p50 and p99 come from every response's own
timing. Any non-2xx answer fails the run. The servers run in their own processes so that autocannon
does not share their event loop (on a 2-core machine the load generator, the server and PostgreSQL
still share the CPUs, alike for the floor and for Centrale).

**Server CPU ms/req** is the CPU time (user + system, from \`/proc/<pid>/stat\`) of the server
process during the measured run divided by the answered requests. req/s moves with whatever else
runs on the machine; CPU per request moves less, so "floor ÷ list" of CPU per request tells what
the list would reach were the server process the only limit. \`--rounds n\` alternates floor and
Centrale n times and reports medians, which steadies the req/s ratio on a busy machine.

**Start-up**: \`node bin/centrale.js serve --no-build\` (\`npm start\` without the web build step) on
PGlite: one start seeds an empty data directory (demo included), then each timed start opens that
existing installation; the time runs from spawning the process to the first 200 of \`/api/health\`.

## Targets

- The authenticated list reaches at least **70 %** of the floor's req/s in the same run, on both
  stores; so does each filtered list of its own floor.
- A start on an existing data directory answers \`/api/health\` within **3 s**.

## Running it

\`\`\`sh
npm run bench:api                          # both stores, 10 s per endpoint (about 3 minutes)
npm run bench:api -- --quick --no-readme   # a 3 s smoke run that leaves this file alone
npm run bench:api -- --driver pglite --duration 20
npm run bench:api -- --rounds 3           # alternate floor and Centrale 3 times, report medians
npm run bench:api -- --cpu-prof /tmp/prof  # V8 CPU profiles of the server processes
npx tsx bench/profile-summary.ts /tmp/prof/centrale-postgres-1/<largest>.cpuprofile --last 9
npm run bench:api -- --help
\`\`\`

\`profile-summary.ts\` sums a profile's self time by package or source folder and lists the hottest
functions; \`--last 9\` keeps the last 9 seconds, i.e. the list load, which runs last.

PostgreSQL is reached at \`postgresql://postgres@127.0.0.1:5432/\` (trust authentication; override
with \`--postgres-url\` or \`BENCH_POSTGRES_URL\`); the bench creates \`centrale_bench_<random>\` and
drops it at the end. \`--server-dir\` measures the server of another checkout (to compare a change)
against the same floor.

## Results

${MARKER}
`;

const fmtRate = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtMs = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

function sh(command: string, args: string[], cwd = REPO_DIR): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function packageVersion(name: string): string {
  const file = path.join(REPO_DIR, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : '?';
}

export function machine(): string {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = (os.totalmem() / 1024 ** 3).toFixed(1);
  return (
    `${os.availableParallelism()} CPUs (nproc) — ${model}, ${memory} GiB RAM, ` +
    `${os.type()} ${os.release()}, Node ${process.version}`
  );
}

function revision(serverDir: string): string {
  const commit = sh('git', ['rev-parse', '--short', 'HEAD'], serverDir);
  const dirty = sh('git', ['status', '--porcelain', '--', 'src', 'bin'], serverDir);
  return dirty !== '' && dirty !== 'unknown' ? `${commit} (with uncommitted changes in src/)` : commit;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const medianLoad = (results: LoadResult[]): LoadResult => ({
  reqPerSec: median(results.map((r) => r.reqPerSec)),
  p50Ms: median(results.map((r) => r.p50Ms)),
  p99Ms: median(results.map((r) => r.p99Ms)),
  responses: median(results.map((r) => r.responses)),
  cpuMsPerRequest: median(results.map((r) => r.cpuMsPerRequest)),
});

export type Summary = {
  floorHealth: LoadResult;
  health: LoadResult;
  list: LoadResult;
  floor: LoadResult;
  /** Median of the rounds' list req/s ÷ floor req/s. */
  ratio: number;
  ratios: number[];
  /** Median of the rounds' floor CPU per request ÷ list CPU per request (server process only). */
  cpuRatio: number;
  serverReadyMs: number;
  /** The filtered lists, each beside the floor on its own statement. */
  filtered: FilteredSummary[];
};

export type FilteredSummary = {
  name: string;
  what: string;
  q: string;
  list: LoadResult;
  floor: LoadResult;
  ratio: number;
  ratios: number[];
};

/** One driver's rounds as medians (a single round is itself). */
export function summarize(result: DriverResult): Summary {
  const ratios = result.rounds.map((r) => r.list.reqPerSec / r.floor.reqPerSec);
  return {
    floorHealth: medianLoad(result.rounds.map((r) => r.floorHealth)),
    health: medianLoad(result.rounds.map((r) => r.health)),
    list: medianLoad(result.rounds.map((r) => r.list)),
    floor: medianLoad(result.rounds.map((r) => r.floor)),
    ratio: median(ratios),
    ratios,
    cpuRatio: median(result.rounds.map((r) => r.floor.cpuMsPerRequest / r.list.cpuMsPerRequest)),
    serverReadyMs: median(result.rounds.map((r) => r.serverReadyMs)),
    filtered: result.filtered.map((f) => {
      const loads = result.rounds.map((r) => r.filtered[f.name] as { floor: LoadResult; list: LoadResult });
      const filteredRatios = loads.map((l) => l.list.reqPerSec / l.floor.reqPerSec);
      return {
        name: f.name,
        what: f.what,
        q: f.q,
        list: medianLoad(loads.map((l) => l.list)),
        floor: medianLoad(loads.map((l) => l.floor)),
        ratio: median(filteredRatios),
        ratios: filteredRatios,
      };
    }),
  };
}

/** Every list ÷ floor ratio of a driver: the plain list, then each filter. */
export function ratiosOf(s: Summary): { what: string; ratio: number }[] {
  return [
    { what: 'list', ratio: s.ratio },
    ...s.filtered.map((f) => ({ what: `${f.name} filter`, ratio: f.ratio })),
  ];
}

/** A Markdown table with padded columns (as Biome formats it): the first column left, the rest right. */
function markdownTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`));
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}

const cells = (what: string, r: LoadResult) => [
  what,
  fmtRate(r.reqPerSec),
  fmtMs(r.p50Ms),
  fmtMs(r.p99Ms),
  r.cpuMsPerRequest.toFixed(3),
];

function driverTable(r: DriverResult): string {
  const s = summarize(r);
  const store = r.driver === 'pglite' ? 'PGlite' : 'node-postgres';
  const verdict = s.ratio >= RATIO_TARGET ? 'met' : '**not met**';
  const rounds = r.rounds.length;
  const perRound = rounds > 1 ? ` (median of ${rounds} rounds: ${s.ratios.map(pct).join(', ')})` : '';
  const table = markdownTable(
    [
      `endpoint${rounds > 1 ? ` (medians of ${rounds} rounds)` : ''}`,
      'req/s',
      'p50 ms',
      'p99 ms',
      'server CPU ms/req',
    ],
    [
      cells('`GET /api/health` (Centrale)', s.health),
      cells('`GET /api/enterprises/:id/users?limit=50` (Centrale, session cookie)', s.list),
      cells(`floor: the same SQL on bare Fastify + ${store}`, s.floor),
      ...s.filtered.flatMap((f) => [
        cells(`\`…/users?limit=50&sort=name&q=${f.q}\` (${f.what})`, f.list),
        cells(`floor: the same filtered SQL on bare Fastify + ${store}`, f.floor),
      ]),
      cells('bare Fastify health route (machine reference)', s.floorHealth),
    ],
  );
  const filteredLines = s.filtered.map((f) => {
    const ok = f.ratio >= RATIO_TARGET ? 'met' : '**not met**';
    const each = rounds > 1 ? ` (rounds: ${f.ratios.map(pct).join(', ')})` : '';
    return `Filtered by ${f.what} (\`q=${f.q}\`) ÷ its floor: **${pct(f.ratio)}**${each} (target ≥ ${pct(RATIO_TARGET)}: ${ok}).`;
  });
  return [
    `### ${r.driver === 'pglite' ? `PGlite ${packageVersion('@electric-sql/pglite')}` : r.databaseVersion}`,
    '',
    ...table,
    '',
    `List ÷ floor: **${pct(s.ratio)}**${perRound} (target ≥ ${pct(RATIO_TARGET)}: ${verdict}). ` +
      `Server CPU per request, floor ÷ list: ${pct(s.cpuRatio)} (the ratio were the server process ` +
      'the only limit). ' +
      `Centrale answered \`/api/health\` ${fmtRate(s.serverReadyMs)} ms after spawn on this ` +
      'installation (10,000 users).',
    ...(filteredLines.length > 0 ? ['', ...filteredLines] : []),
  ].join('\n');
}

function startupText(s: StartupResult): string {
  const worst = Math.max(...s.restartsMs);
  const verdict = worst <= STARTUP_TARGET_MS ? 'met' : '**not met**';
  return [
    '### Start-up (PGlite, `serve --no-build`)',
    '',
    `On an existing data directory: ${s.restartsMs.map((ms) => `${fmtRate(ms)} ms`).join(', ')} ` +
      `(worst ${fmtRate(worst)} ms; target ≤ ${fmtRate(STARTUP_TARGET_MS)} ms: ${verdict}). ` +
      `First start on an empty directory (migrations and demo seed): ${fmtRate(s.firstStartMs)} ms.`,
  ].join('\n');
}

const planSteps = (plan: string[]) =>
  plan.map((line) =>
    line
      .trim()
      .replace(/^->\s*/, '')
      .replace(/\s+\(cost=.*\)$/, ''),
  );

export function commandLine(argv: string[]): string {
  return argv.length === 0 ? 'npm run bench:api' : `npm run bench:api -- ${argv.join(' ')}`;
}

export function buildSection(
  options: BenchOptions,
  argv: string[],
  results: DriverResult[],
  startup: StartupResult | null,
  at: Date,
  loadBefore: number[],
): string {
  const parts = [
    `### ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC — server at ${revision(options.serverDir)}`,
    '',
    `- Command: \`${commandLine(argv)}\``,
    `- Machine: ${machine()}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before the run`,
    `- Load: autocannon ${packageVersion('autocannon')}, ${options.connections} connections, ` +
      `${options.warmupSeconds} s warm-up then ${options.durationSeconds} s per endpoint` +
      `${options.rounds > 1 ? `, ${options.rounds} rounds` : ''}; ` +
      `PGlite ${packageVersion('@electric-sql/pglite')}, pg ${packageVersion('pg')}, ` +
      `fastify ${packageVersion('fastify')}`,
  ];
  const first = results[0];
  if (first) {
    parts.push(
      `- Statement (captured from \`listUsers\`, parameters \`${JSON.stringify(first.statement.params.map((p) => (typeof p === 'string' ? '<enterpriseId>' : p)))}\`): ` +
        `\`${first.statement.text}\``,
    );
    for (const r of results) {
      const steps = planSteps(r.plan);
      parts.push(`- Plan on ${r.driver === 'pglite' ? 'PGlite' : 'PostgreSQL'}: ${steps.join(' → ')}`);
    }
    for (const f of first.filtered) {
      parts.push(
        `- Filtered by ${f.what} (\`q=${f.q}\`): the same statement with the filter's conditions, ` +
          `parameters \`${JSON.stringify(f.statement.params.map((p) => (p === first.statement.params[0] ? '<enterpriseId>' : p)))}\``,
      );
      for (const r of results) {
        const plan = r.filtered.find((x) => x.name === f.name)?.plan ?? [];
        parts.push(
          `  - Plan on ${r.driver === 'pglite' ? 'PGlite' : 'PostgreSQL'}: ${planSteps(plan).join(' → ')}`,
        );
      }
    }
  }
  for (const r of results) parts.push('', driverTable(r).replace(/^### /, '#### '));
  if (startup) parts.push('', startupText(startup).replace(/^### /, '#### '));
  return `${parts.join('\n')}\n`;
}

/** Inserts the section below the marker (newest first), creating the file with its introduction. */
export function writeSection(section: string): void {
  const current = existsSync(README) ? readFileSync(README, 'utf8') : INTRODUCTION;
  const withMarker = current.includes(MARKER) ? current : `${current.trimEnd()}\n\n${MARKER}\n`;
  const at = withMarker.indexOf(MARKER) + MARKER.length;
  const older = withMarker.slice(at).trim();
  writeFileSync(README, `${withMarker.slice(0, at)}\n\n${section.trim()}\n${older ? `\n${older}\n` : ''}`);
}
