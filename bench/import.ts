/**
 * `npm run bench:import`: 10,000 users with an extension and a fixed number each, imported from
 * CSV through the provisioning form's service (file reading, every rule, the bulk writes and the
 * audit records, in one transaction), beside a floor in the same run: one bulk statement per
 * table of the same rows (users, extensions, the numbers' assignment) through the same driver.
 * On PGlite and on PostgreSQL; prints the figures and, with --readme, records them in bench/README.md.
 *
 *   npm run bench:import                 # both stores, 3 rounds, medians
 *   npm run bench:import -- --rows 2000 --rounds 1 --driver pglite
 *   npm run bench:import -- --cpu-prof /tmp/prof   # a V8 CPU profile of each measured import alone
 *   npm run bench:import -- --cpu-prof /tmp/prof --heap-prof   # and what it allocates
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importFile } from '../src/server/telephony/provisioning/service';
import { freshDatabase, type TestDatabase } from '../src/server/testing/test-database';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    driver: { type: 'string', multiple: true },
    'postgres-url': {
      type: 'string',
      default: process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    readme: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    'heap-prof': { type: 'boolean', default: false },
  },
});
const ROWS = Number(values.rows);
const ROUNDS = Number(values.rounds);
const DRIVERS = (values.driver ?? ['pglite', 'postgres']) as ('pglite' | 'postgres')[];
const TARGET = 3;

type Setup = { enterpriseId: string; siteId: string; numbers: string[]; first: number };

let block = 0;
/** An enterprise with a site, extensions of 5 digits and a block of ROWS fixed numbers (+31 20 …). */
async function enterprise(db: TestDatabase, providerId: string): Promise<Setup> {
  const enterpriseId = randomUUID();
  const siteId = randomUUID();
  const blockId = randomUUID();
  const first = 2_000_000 + block * ROWS;
  block += 1;
  await db.query('insert into enterprises (id, provider_id, name) values ($1, $2, $3)', [
    enterpriseId,
    providerId,
    `Bench ${enterpriseId}`,
  ]);
  await db.query(
    `insert into sites (id, enterprise_id, name, street, city, postcode, line_type, voice_channels, codec)
     values ($1, $2, 'Amsterdam', 'Straat 1', 'Amsterdam', '1012 AB', 'fibre', 100, 'g711')`,
    [siteId, enterpriseId],
  );
  await db.query('insert into enterprise_telephony (enterprise_id, extension_length) values ($1, 5)', [
    enterpriseId,
  ]);
  await db.query(
    `insert into number_blocks (id, enterprise_id, first, size, kind) values ($1, $2, $3, $4, 'geographic')`,
    [blockId, enterpriseId, `+3120${first}`, ROWS],
  );
  await db.query(
    `insert into numbers (id, enterprise_id, block_id, number, kind, site_id)
     select gen_random_uuid(), $1, $2, '+3120' || (${first} + i), 'geographic', $3 from generate_series(0, ${ROWS - 1}) as i`,
    [enterpriseId, blockId, siteId],
  );
  const numbers = Array.from({ length: ROWS }, (_, i) => `+3120${first + i}`);
  return { enterpriseId, siteId, numbers, first };
}

const national = (e164: string) => `0${e164.slice(3, 5)} ${e164.slice(5, 8)} ${e164.slice(8)}`;

function csvOf(setup: Setup): Buffer {
  const lines = ['name,email,site,profile,extension,number,mobile'];
  for (let i = 0; i < ROWS; i += 1) {
    lines.push(
      `Gebruiker ${i},gebruiker${i}@bench.example,Amsterdam,Vast,${20000 + i},${national(setup.numbers[i] ?? '')},`,
    );
  }
  return Buffer.from(lines.join('\r\n'));
}

/** The floor: the same rows, one statement per table, through the same driver. */
async function floor(db: TestDatabase, setup: Setup): Promise<void> {
  const ids = Array.from({ length: ROWS }, () => randomUUID());
  await db.query('begin');
  await db.query(
    `insert into users (id, enterprise_id, site_id, name, email, profile)
     select u.id, $1, $2, u.name, u.email, 'vast'
     from unnest($3::uuid[], $4::text[], $5::text[]) as u(id, name, email)`,
    [
      setup.enterpriseId,
      setup.siteId,
      ids,
      ids.map((_, i) => `Gebruiker ${i}`),
      ids.map((_, i) => `gebruiker${i}@bench.example`),
    ],
  );
  await db.query(
    `insert into extensions (enterprise_id, extension, assignee_type, assignee_id)
     select $1, e.extension, 'user', e.id from unnest($2::text[], $3::uuid[]) as e(extension, id)`,
    [setup.enterpriseId, ids.map((_, i) => String(20000 + i)), ids],
  );
  await db.query(
    `update numbers as n set state = 'assigned', assignee_type = 'user', assignee_id = v.id, assignee_role = 'fixed'
     from unnest($1::text[], $2::uuid[]) as v(number, id) where n.number = v.number`,
    [setup.numbers, ids],
  );
  await db.query('commit');
}

/**
 * A CPU profile of `work` alone (the measured import), and with `--heap-prof` a sampling heap
 * profile of what it allocates (collected objects included: that is the garbage collector's work),
 * written to `--cpu-prof`'s folder. Profiling slows the import: its figures are not the bench's.
 */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  const dir = values['cpu-prof'];
  if (dir === undefined) return work();
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const heap = values['heap-prof'];
  if (heap) {
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    if (heap) {
      const sampled = await session.post('HeapProfiler.stopSampling');
      writeFileSync(path.join(dir, `${name}.heapprofile`), JSON.stringify(sampled.profile));
    }
    session.disconnect();
  }
}

function peakMemory<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakRssMb: number; peakHeapMb: number }> {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 20);
  return work().then((result) => {
    clearInterval(timer);
    const m = process.memoryUsage();
    return {
      result,
      peakRssMb: Math.max(rss, m.rss) / 2 ** 20,
      peakHeapMb: Math.max(heap, m.heapUsed) / 2 ** 20,
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

type Result = {
  driver: string;
  floorMs: number;
  importMs: number;
  dryRunMs: number;
  ratio: number;
  rssMb: number;
  heapMb: number;
};

async function run(driver: 'pglite' | 'postgres'): Promise<Result> {
  if (driver === 'postgres') process.env.DATABASE_URL = values['postgres-url'];
  else delete process.env.DATABASE_URL;
  const db = await freshDatabase();
  try {
    const providerId = randomUUID();
    await db.query(`insert into providers (id, name) values ($1, 'Bench')`, [providerId]);
    const floors: number[] = [];
    const imports: number[] = [];
    const dryRuns: number[] = [];
    let rssMb = 0;
    let heapMb = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const a = await enterprise(db, providerId);
      let t = performance.now();
      await floor(db, a);
      floors.push(performance.now() - t);

      const b = await enterprise(db, providerId);
      const body = csvOf(b);
      const ctx = {
        db: db.db,
        actor: null,
        requestId: `bench-${round}`,
        now: new Date(),
        sipRealm: 'centrale',
      };
      t = performance.now();
      const dry = await importFile(ctx, b.enterpriseId, {
        contentType: 'text/csv',
        body,
        sheet: 'users',
        dryRun: true,
      });
      dryRuns.push(performance.now() - t);
      if (dry.counts.create !== ROWS) throw new Error(`dry run: ${JSON.stringify(dry.counts)}`);
      t = performance.now();
      const measured = await peakMemory(() =>
        profiled(`import-${driver}-${round + 1}`, () =>
          importFile(ctx, b.enterpriseId, { contentType: 'text/csv', body, sheet: 'users', dryRun: false }),
        ),
      );
      imports.push(performance.now() - t);
      if (measured.result.counts.create !== ROWS)
        throw new Error(`import: ${JSON.stringify(measured.result.counts)}`);
      rssMb = Math.max(rssMb, measured.peakRssMb);
      heapMb = Math.max(heapMb, measured.peakHeapMb);
      const [check] = await db.query<{ n: number }>(
        `select count(*)::int as n from numbers where enterprise_id = $1 and state = 'assigned'`,
        [b.enterpriseId],
      );
      if (check?.n !== ROWS) throw new Error(`only ${check?.n} numbers assigned`);
      process.stdout.write(
        `[${driver}] round ${round + 1}: floor ${floors.at(-1)?.toFixed(0)} ms, import ${imports.at(-1)?.toFixed(0)} ms, dry run ${dryRuns.at(-1)?.toFixed(0)} ms\n`,
      );
    }
    const floorMs = median(floors);
    const importMs = median(imports);
    return { driver, floorMs, importMs, dryRunMs: median(dryRuns), ratio: importMs / floorMs, rssMb, heapMb };
  } finally {
    await db.close();
  }
}

async function main() {
  const results: Result[] = [];
  for (const driver of DRIVERS) results.push(await run(driver));
  const rows = results.map(
    (r) =>
      `| ${r.driver === 'pglite' ? 'PGlite' : 'PostgreSQL'} | ${r.floorMs.toFixed(0)} | ${r.importMs.toFixed(0)} | ${r.dryRunMs.toFixed(0)} | ${r.ratio.toFixed(2)}× | ${r.rssMb.toFixed(0)} | ${r.heapMb.toFixed(0)} |`,
  );
  const section = [
    `### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${ROWS} users, medians of ${ROUNDS} round(s)`,
    '',
    '| store | floor ms | import ms | dry run ms | import ÷ floor | peak RSS MB | peak heap MB |',
    '| ----- | -------- | --------- | ---------- | -------------- | ----------- | ------------ |',
    ...rows,
  ].join('\n');
  process.stdout.write(`\n${section}\n`);
  for (const r of results)
    if (r.ratio > TARGET) process.stdout.write(`${r.driver}: import ÷ floor above ${TARGET}×\n`);
  if (values.readme) {
    const file = path.join(import.meta.dirname, 'README.md');
    const text = readFileSync(file, 'utf8');
    const marker = '<!-- import results: newest first -->';
    writeFileSync(file, text.includes(marker) ? text.replace(marker, `${marker}\n\n${section}`) : text);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
