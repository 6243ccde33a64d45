import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { TestClock } from '../testing/harness';
import { freshDatabase, type TestDatabase } from '../testing/test-database';
import * as repo from './repository';
import { defineJob, JobRunner, type JobServices } from './runner';

/**
 * The runner on a database of its own: on PGlite one connection, on PostgreSQL (DATABASE_URL) two
 * runners on two connection pools, as two servers would have.
 */
let database: TestDatabase;
let other: Database;
const clock = new TestClock();
const log = pino({ level: 'silent' });
const config = loadConfig({ DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent' });

beforeAll(async () => {
  database = await freshDatabase();
  other = await database.openAnother();
});
afterAll(async () => {
  if (other !== database) await other.close();
  await database.close();
});

const servicesOn = (db: Database): JobServices => ({ database: db, config, clock: clock.now, log });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let n = 0;
const uniqueName = () => `test.job-${++n}-${Math.random().toString(36).slice(2, 8)}`;

describe('JobRunner', () => {
  it('of two servers ticking at once, one runs the round; the job is not due again before its interval', async () => {
    const name = uniqueName();
    let runs = 0;
    const job = defineJob({
      name,
      interval: () => 60_000,
      run: async () => {
        runs++;
        await sleep(50);
      },
    });
    const a = new JobRunner(servicesOn(database));
    const b = new JobRunner(servicesOn(other));
    a.register(job);
    b.register(job);
    const results = await Promise.all([a.runNow(name), b.runNow(name), a.runNow(name), b.runNow(name)]);
    expect(results.filter((r) => r === 'ran')).toHaveLength(1);
    expect(runs).toBe(1);
    expect(await b.runNow(name)).toBe('skipped');
    clock.advance(60_001);
    expect(await b.runNow(name)).toBe('ran');
    const row = await repo.findSchedule(database.db, name);
    expect(row).toMatchObject({ runs: 2, leaseUntil: null, leasedBy: null, lastError: null });
  });

  it('a running round holds the job: even a forced round elsewhere waits for the lease', async () => {
    const name = uniqueName();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const job = defineJob({ name, interval: () => 1000, run: () => gate });
    const a = new JobRunner(servicesOn(database));
    const b = new JobRunner(servicesOn(other));
    a.register(job);
    b.register(job);
    const first = a.runNow(name);
    await sleep(50);
    expect(await b.runNow(name, { force: true })).toBe('skipped');
    release();
    expect(await first).toBe('ran');
    expect(await b.runNow(name, { force: true })).toBe('ran');
  });

  it('a lease that lapsed (its server died) lets another server take the job', async () => {
    const name = uniqueName();
    const job = defineJob({ name, interval: () => 1000, leaseMs: 10_000, run: async () => {} });
    const b = new JobRunner(servicesOn(other));
    b.register(job);
    await repo.ensureSchedule(database.db, name, clock.now());
    const now = clock.now();
    const taken = await repo.claimRound(database.db, {
      name,
      holder: 'dead-server',
      now,
      leaseUntil: new Date(now.getTime() + 10_000),
      nextRunAt: now,
      force: false,
    });
    expect(taken).toBe(true);
    expect(await b.runNow(name, { force: true })).toBe('skipped');
    clock.advance(10_001);
    expect(await b.runNow(name)).toBe('ran');
  });

  it('a failing round is recorded and the next round runs', async () => {
    const name = uniqueName();
    let fail = true;
    const runner = new JobRunner(servicesOn(database));
    runner.register(
      defineJob({
        name,
        interval: () => 1000,
        run: async () => {
          if (fail) throw new Error('smtp down');
        },
      }),
    );
    expect(await runner.runNow(name)).toBe('ran');
    expect((await repo.findSchedule(database.db, name))?.lastError).toBe('smtp down');
    fail = false;
    expect(await runner.runNow(name, { force: true })).toBe('ran');
    expect(await repo.findSchedule(database.db, name)).toMatchObject({ lastError: null, leaseUntil: null });
  });

  it('refuses a name twice and an interval that is not positive', async () => {
    const runner = new JobRunner(servicesOn(database));
    const job = defineJob({ name: 'test.twice', interval: () => 1000, run: async () => {} });
    runner.register(job);
    expect(() => runner.register(job)).toThrow(/twice/);
    expect(() => runner.register({ ...job, name: 'test.zero', interval: () => 0 })).toThrow(/interval/);
    await expect(runner.runNow('test.unknown')).rejects.toThrow(/No job/);
  });

  it('started, it runs at its interval; stopped, it waits for the round in flight and runs no more', async () => {
    const name = uniqueName();
    const real = { ...servicesOn(database), clock: () => new Date() };
    let runs = 0;
    let inRound = false;
    let finishedAfterStop = false;
    const runner = new JobRunner(real);
    runner.register(
      defineJob({
        name,
        interval: () => 20,
        run: async ({ signal }) => {
          inRound = true;
          runs++;
          await sleep(30);
          if (signal.aborted) finishedAfterStop = true;
          inRound = false;
        },
      }),
    );
    await runner.start();
    const deadline = Date.now() + 5000;
    while (runs < 3 && Date.now() < deadline) await sleep(10);
    expect(runs).toBeGreaterThanOrEqual(3);
    while (!inRound && Date.now() < deadline) await sleep(2);
    await runner.stop();
    expect(inRound).toBe(false);
    expect(finishedAfterStop).toBe(true);
    const after = runs;
    await sleep(100);
    expect(runs).toBe(after);
    expect(runner.running).toBe(false);
  });
});
