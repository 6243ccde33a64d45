import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertSameIds, login, pageIds } from './http';
import { type LoadResult, runLoad } from './load';
import { type BenchOptions, type Driver, REPO_DIR } from './options';
import { createScratchDatabase } from './postgres';
import { cpuProfileArgs, freePort, type ServerProcess, startServer } from './processes';
import { type BenchData, type FilteredList, PAGE_SIZE, type Statement, seedBenchData } from './seed';

/** The loads of one round, measured one after another. */
export type Round = {
  /** The floor app's own bare health route: what this machine gives an empty Fastify handler. */
  floorHealth: LoadResult;
  floor: LoadResult;
  health: LoadResult;
  list: LoadResult;
  /** Per filter (by name): the floor on its statement, and Centrale's list with its `q`. */
  filtered: Record<string, { floor: LoadResult; list: LoadResult }>;
  serverReadyMs: number;
};

export type DriverResult = {
  driver: Driver;
  databaseVersion: string;
  rounds: Round[];
  statement: Statement;
  plan: string[];
  filtered: FilteredList[];
};

const log = (line: string) => process.stdout.write(`${line}\n`);

const listPath = (enterpriseId: string) => `/api/enterprises/${enterpriseId}/users?limit=${PAGE_SIZE}`;
const filteredPath = (enterpriseId: string, q: string) =>
  `${listPath(enterpriseId)}&sort=name&q=${encodeURIComponent(q)}`;

type Setup = {
  driver: Driver;
  options: BenchOptions;
  data: BenchData;
  /** The server's environment (DATA_DIR, DATABASE_URL, ...). */
  env: NodeJS.ProcessEnv;
  /** The floor's database: DATABASE_URL, or FLOOR_PGLITE_DIR. */
  floorEnv: NodeJS.ProcessEnv;
  running: ServerProcess[];
};

/**
 * One driver: seed an installation, then per round measure the floor on it, stop the floor
 * (PGlite admits one process), start the server on it and measure /api/health and the list.
 */
export async function runDriver(driver: Driver, options: BenchOptions): Promise<DriverResult> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), `centrale-bench-${driver}-`));
  const dataDir = path.join(workDir, 'data');
  const scratch = driver === 'postgres' ? await createScratchDatabase(options.postgresUrl) : null;
  const running: ServerProcess[] = [];
  try {
    const env: NodeJS.ProcessEnv = {
      DATA_DIR: dataDir,
      DATABASE_URL: scratch?.url,
      LOG_LEVEL: 'warn',
      CENTRALE_DEMO: '0',
      CENTRALE_ADMIN_PASSWORD: `Admin-${randomBytes(12).toString('hex')}!`,
      CENTRALE_LOGIN_RATE_LIMIT: '10000',
    };
    log(`[${driver}] seeding ${options.users} users${scratch ? ` into ${scratch.name}` : ` in ${dataDir}`}`);
    const data = await seedBenchData(env, options.users);
    log(`[${driver}] statement: ${data.statement.text}`);
    log(`[${driver}] plan: ${data.plan.join(' | ')}`);
    for (const f of data.filtered) log(`[${driver}] ${f.name} filter plan: ${f.plan.join(' | ')}`);
    const floorEnv = scratch
      ? { DATABASE_URL: scratch.url }
      : { DATABASE_URL: undefined, FLOOR_PGLITE_DIR: path.join(dataDir, 'pglite') };
    const setup: Setup = { driver, options, data, env, floorEnv, running };
    const rounds: Round[] = [];
    for (let i = 1; i <= options.rounds; i++) {
      if (options.rounds > 1) log(`[${driver}] round ${i} of ${options.rounds}`);
      const floor = await measureFloor(setup, i);
      const centrale = await measureCentrale(setup, i);
      const filtered = Object.fromEntries(
        data.filtered.map((f) => {
          const floorLoad = floor.filtered[f.name];
          const listLoad = centrale.filtered[f.name];
          if (!floorLoad || !listLoad) throw new Error(`the ${f.name} filter was not measured`);
          return [f.name, { floor: floorLoad, list: listLoad }];
        }),
      );
      rounds.push({
        floor: floor.floor,
        floorHealth: floor.floorHealth,
        health: centrale.health,
        list: centrale.list,
        serverReadyMs: centrale.serverReadyMs,
        filtered,
      });
    }
    return {
      driver,
      databaseVersion: scratch ? `PostgreSQL ${scratch.version}` : 'PGlite',
      rounds,
      statement: data.statement,
      plan: data.plan,
      filtered: data.filtered,
    };
  } finally {
    for (const server of running) await server.stop();
    await scratch?.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

const loadOf = (options: BenchOptions) => ({
  connections: options.connections,
  durationSeconds: options.durationSeconds,
  warmupSeconds: options.warmupSeconds,
});

type Loads = Record<string, LoadResult>;

async function measureFloor(
  s: Setup,
  round: number,
): Promise<Pick<Round, 'floor' | 'floorHealth'> & { filtered: Loads }> {
  const floor = await startServer({
    name: 'floor',
    script: path.join(REPO_DIR, 'bench/lib/floor-server.ts'),
    nodeArgs: ['--import', 'tsx', ...cpuProfileArgs(s.options.cpuProfileDir, `floor-${s.driver}-${round}`)],
    cwd: REPO_DIR,
    env: {
      ...s.floorEnv,
      FLOOR_STATEMENT: s.data.statement.text,
      FLOOR_FILTERS: JSON.stringify(
        s.data.filtered.map((f) => ({ name: f.name, text: f.statement.text, params: f.statement.params })),
      ),
    },
    port: await freePort(),
    readyPath: '/health',
  });
  s.running.push(floor);
  try {
    const url = `${floor.baseUrl}${listPath(s.data.enterpriseId)}`;
    assertSameIds('the floor', await pageIds(url), s.data.expectedIds);
    log(`[${s.driver}] floor: same ${s.data.expectedIds.length} ids as the repository; loading`);
    const result = await runLoad({ url, pid: floor.pid, ...loadOf(s.options) });
    const floorHealth = await runLoad({
      url: `${floor.baseUrl}/health`,
      pid: floor.pid,
      ...loadOf(s.options),
    });
    const filtered: Loads = {};
    for (const f of s.data.filtered) {
      const filteredUrl = `${floor.baseUrl}/filtered/${f.name}?limit=${PAGE_SIZE}`;
      assertSameIds(`the floor (${f.name} filter)`, await pageIds(filteredUrl), f.expectedIds);
      filtered[f.name] = await runLoad({ url: filteredUrl, pid: floor.pid, ...loadOf(s.options) });
    }
    return { floor: result, floorHealth, filtered };
  } finally {
    await floor.stop();
  }
}

async function measureCentrale(
  s: Setup,
  round: number,
): Promise<Pick<Round, 'health' | 'list' | 'serverReadyMs'> & { filtered: Loads }> {
  const server = await startServer({
    name: 'centrale',
    script: path.join(s.options.serverDir, 'bin/centrale.js'),
    args: ['serve', '--no-build', '--no-demo'],
    nodeArgs: cpuProfileArgs(s.options.cpuProfileDir, `centrale-${s.driver}-${round}`),
    cwd: s.options.serverDir,
    env: s.env,
    port: await freePort(),
    readyPath: '/api/health',
  });
  s.running.push(server);
  try {
    log(`[${s.driver}] centrale answered /api/health ${server.readyAfterMs.toFixed(0)} ms after spawn`);
    const headers = { cookie: await login(server.baseUrl, s.data.email, s.data.password) };
    const url = `${server.baseUrl}${listPath(s.data.enterpriseId)}`;
    assertSameIds('the server', await pageIds(url, headers), s.data.expectedIds);
    log(`[${s.driver}] centrale: same ids as the floor; loading /api/health, then the list`);
    const health = await runLoad({
      url: `${server.baseUrl}/api/health`,
      pid: server.pid,
      ...loadOf(s.options),
    });
    const list = await runLoad({ url, headers, pid: server.pid, ...loadOf(s.options) });
    const filtered: Loads = {};
    for (const f of s.data.filtered) {
      const filteredUrl = `${server.baseUrl}${filteredPath(s.data.enterpriseId, f.q)}`;
      assertSameIds(`the server (${f.name} filter)`, await pageIds(filteredUrl, headers), f.expectedIds);
      filtered[f.name] = await runLoad({ url: filteredUrl, headers, pid: server.pid, ...loadOf(s.options) });
    }
    return { health, list, serverReadyMs: server.readyAfterMs, filtered };
  } finally {
    await server.stop();
  }
}
