import path from 'node:path';
import { parseArgs } from 'node:util';

export type Driver = 'pglite' | 'postgres';

export type BenchOptions = {
  drivers: Driver[];
  /** Seconds of measured load per endpoint. */
  durationSeconds: number;
  /** Seconds of discarded load before each measurement. */
  warmupSeconds: number;
  connections: number;
  /** Floor-then-Centrale rounds; the report gives the median of each figure. */
  rounds: number;
  users: number;
  /** Spawn-to-first-200 measurements of `serve --no-build` on an installation that has its data. */
  startupRuns: number;
  /** PostgreSQL server to create the bench database on (trust authentication). */
  postgresUrl: string;
  /** The checkout whose server is measured (another checkout measures a variant of the server). */
  serverDir: string;
  writeReadme: boolean;
  /** Directory for V8 CPU profiles of the server children (`--cpu-prof`), or null. */
  cpuProfileDir: string | null;
  quick: boolean;
};

const USAGE = `npm run bench:api -- [options]

  --driver pglite|postgres|both   which databases (default both; env BENCH_DRIVER)
  --duration <s>                  measured seconds per endpoint (default 10; env BENCH_DURATION)
  --warmup <s>                    warm-up seconds before each measurement (default 3; env BENCH_WARMUP)
  --connections <n>               autocannon connections (default 20)
  --rounds <n>                    repeat floor, health and list n times and report medians
                                  (default 1; env BENCH_ROUNDS)
  --users <n>                     users in the benchmark enterprise (default 10000)
  --startup-runs <n>              timed starts of 'serve --no-build' (default 3; 0 skips them)
  --quick                         3 s loads, 1 s warm-up, 1 timed start (a smoke run)
  --postgres-url <url>            PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/;
                                  env BENCH_POSTGRES_URL)
  --server-dir <dir>              checkout whose server is measured (default this repository)
  --no-readme                     print the results only; leave bench/README.md alone
  --cpu-prof <dir>                write V8 CPU profiles of the server processes into <dir>
  --help`;

const positive = (name: string, raw: string): number => {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not '${raw}'`);
  return value;
};

const atLeastZero = (name: string, raw: string): number => (raw === '0' ? 0 : positive(name, raw));

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      driver: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      users: { type: 'string' },
      'startup-runs': { type: 'string' },
      quick: { type: 'boolean', default: false },
      'postgres-url': { type: 'string' },
      'server-dir': { type: 'string' },
      'no-readme': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return null;
  }
  const driver = values.driver ?? env.BENCH_DRIVER ?? 'both';
  if (!['pglite', 'postgres', 'both'].includes(driver)) {
    throw new Error(`--driver must be pglite, postgres or both, not '${driver}'`);
  }
  const quick = values.quick;
  const duration = values.duration ?? env.BENCH_DURATION ?? (quick ? '3' : '10');
  const warmup = values.warmup ?? env.BENCH_WARMUP ?? (quick ? '1' : '3');
  return {
    drivers: driver === 'both' ? ['pglite', 'postgres'] : [driver as Driver],
    durationSeconds: Math.round(positive('--duration', duration)),
    warmupSeconds: Math.round(positive('--warmup', warmup)),
    connections: Math.round(positive('--connections', values.connections ?? '20')),
    rounds: Math.round(positive('--rounds', values.rounds ?? env.BENCH_ROUNDS ?? '1')),
    users: Math.round(positive('--users', values.users ?? '10000')),
    startupRuns: Math.round(atLeastZero('--startup-runs', values['startup-runs'] ?? (quick ? '1' : '3'))),
    postgresUrl: values['postgres-url'] ?? env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/',
    serverDir: path.resolve(values['server-dir'] ?? REPO_DIR),
    writeReadme: !values['no-readme'],
    cpuProfileDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : null,
    quick,
  };
}

/** The repository this bench belongs to. */
export const REPO_DIR = path.resolve(new URL('../..', import.meta.url).pathname);
