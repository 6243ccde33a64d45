import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import * as repo from './repository';

/**
 * Background jobs: periodic work registered by name with an interval, run by every server and
 * done once per round across all of them. Each round of a job is taken through its row in
 * `job_schedules` (FOR UPDATE SKIP LOCKED, with a lease), so on PostgreSQL with several servers
 * one server runs it, and on PGlite the one process does. What a round works on (due messages,
 * open tickets) a job claims the same way, row by row, so that even overlapping rounds never do
 * one thing twice.
 *
 *   export const myJob = defineJob({
 *     name: 'context.my-job',
 *     interval: (config) => config.something.intervalMs,
 *     run: async ({ services, now, signal }) => { ... },
 *   });
 *   // and list it in server/jobs/registry.ts
 */

/** What a job's round gets: the app's services (database, config, clock, log, mailer...), the moment, a stop signal. */
export type JobContext<S extends JobServices = JobServices> = {
  services: S;
  now: Date;
  /** Aborted when the server stops: a long round should stop at its next step. */
  signal: AbortSignal;
  log: FastifyBaseLogger;
};

export type JobServices = {
  database: Database;
  config: Config;
  clock: () => Date;
  log: FastifyBaseLogger;
};

export type JobDefinition<S extends JobServices = JobServices> = {
  /** Unique, `context.what` (the key of its row in job_schedules). */
  name: string;
  /** Milliseconds between two rounds, from the configuration. */
  interval: (config: Config) => number;
  /** How long a round may hold the job before another server may take it (default 5 minutes). */
  leaseMs?: number;
  run: (ctx: JobContext<S>) => Promise<void>;
};

export const defineJob = <S extends JobServices = JobServices>(job: JobDefinition<S>): JobDefinition<S> =>
  job;

const DEFAULT_LEASE_MS = 5 * 60_000;

export type RoundResult = 'ran' | 'skipped';

export class JobRunner<S extends JobServices = JobServices> {
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly #services: S;
  readonly #jobs = new Map<string, JobDefinition<S>>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #inFlight = new Set<Promise<unknown>>();
  #abort = new AbortController();
  #running = false;

  constructor(services: S) {
    this.#services = services;
  }

  get names(): string[] {
    return [...this.#jobs.keys()];
  }

  get running(): boolean {
    return this.#running;
  }

  register(job: JobDefinition<S>): void {
    if (this.#jobs.has(job.name)) throw new Error(`Job ${job.name} is registered twice`);
    const interval = job.interval(this.#services.config);
    if (!Number.isFinite(interval) || interval <= 0)
      throw new Error(`Job ${job.name} has no positive interval`);
    this.#jobs.set(job.name, job);
  }

  /** Starts ticking every job at its interval (the first tick at once). */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#abort = new AbortController();
    const now = this.#services.clock();
    for (const name of this.#jobs.keys()) await repo.ensureSchedule(this.#services.database.db, name, now);
    for (const name of this.#jobs.keys()) this.#schedule(name, 0);
  }

  /** Stops ticking, signals running rounds to stop and waits until they have. */
  async stop(): Promise<void> {
    this.#running = false;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#abort.abort();
    await Promise.allSettled([...this.#inFlight]);
  }

  /**
   * One round of a job, if this server gets it: due (or `force`) and not leased elsewhere.
   * Tests drive jobs with this instead of waiting for the timer.
   */
  async runNow(name: string, options: { force?: boolean } = {}): Promise<RoundResult> {
    const job = this.#jobs.get(name);
    if (job === undefined) throw new Error(`No job ${name}`);
    const round = this.#round(job, options.force ?? false);
    this.#inFlight.add(round);
    try {
      return await round;
    } finally {
      this.#inFlight.delete(round);
    }
  }

  async #round(job: JobDefinition<S>, force: boolean): Promise<RoundResult> {
    const { database, clock, config } = this.#services;
    const now = clock();
    await repo.ensureSchedule(database.db, job.name, now);
    const claimed = await repo.claimRound(database.db, {
      name: job.name,
      holder: this.holder,
      now,
      leaseUntil: new Date(now.getTime() + (job.leaseMs ?? DEFAULT_LEASE_MS)),
      nextRunAt: new Date(now.getTime() + job.interval(config)),
      force,
    });
    if (!claimed) return 'skipped';
    const log = this.#services.log.child({ job: job.name });
    let error: string | null = null;
    try {
      await job.run({ services: this.#services, now, signal: this.#abort.signal, log });
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      log.error({ err }, 'job round failed');
    }
    await repo.finishRound(database.db, { name: job.name, holder: this.holder, now: clock(), error });
    return 'ran';
  }

  #schedule(name: string, delayMs: number): void {
    if (!this.#running) return;
    const job = this.#jobs.get(name);
    if (job === undefined) return;
    const timer = setTimeout(async () => {
      this.#timers.delete(name);
      try {
        await this.runNow(name);
      } catch (err) {
        // The database was unreachable or is closing; the next tick tries again.
        if (this.#running) this.#services.log.warn({ err, job: name }, 'job tick failed');
      }
      this.#schedule(name, job.interval(this.#services.config));
    }, delayMs);
    timer.unref();
    this.#timers.set(name, timer);
  }
}
