import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { MIGRATIONS_DIR } from '../paths';
import { type ListenHandlers, listenOnPostgres } from './pg-listener';
import * as schema from './schema';

export type { ListenHandlers, ListenStatus } from './pg-listener';

export type Schema = typeof schema;
/** The Drizzle database, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export const MIGRATIONS_FOLDER = MIGRATIONS_DIR;

export type Database = {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Runs one SQL text with parameters on the driver itself (tests, benchmarks, health checks). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * LISTENs on a channel (PostgreSQL: on a connection of its own, reconnected with backoff; PGlite:
   * its one connection, which never drops). Resolves once the first attempt is over; the status
   * handler says whether notifications can be missed. Returns the function that stops listening.
   * `applicationName`: what the PostgreSQL connection shows in pg_stat_activity.
   */
  listen(
    channel: string,
    handlers: ListenHandlers,
    options?: { applicationName?: string },
  ): Promise<() => Promise<void>>;
  /**
   * NOTIFY through `pg_notify`, on the given transaction (delivered at its commit, never if it
   * aborts) or on its own. Every listener of the channel gets it, the sender's own included.
   */
  notify(channel: string, payload: string, executor?: Executor): Promise<void>;
  migrate(): Promise<void>;
  /** Stops the listeners, then closes the connections. */
  close(): Promise<void>;
};

export type DatabaseOptions =
  /** PostgreSQL server. */
  | {
      databaseUrl: string;
      poolSize?: number;
      /**
       * An idle pooled connection that broke (the server restarted, an administrator ended it).
       * The pool drops it and opens another when needed; without a handler node-postgres would
       * throw the error and stop the process.
       */
      onConnectionError?: (err: Error) => void;
    }
  /** Embedded PGlite: a directory, or in memory when `dataDir` is undefined. */
  | { dataDir: string | undefined };

/**
 * PGlite's WebAssembly modules, when bin/centrale.js started compiling them at process start
 * (they compile on background threads while the server's modules load).
 */
async function precompiled(): Promise<{
  pgliteWasmModule?: WebAssembly.Module;
  initdbWasmModule?: WebAssembly.Module;
}> {
  const early = (globalThis as Record<symbol, unknown>)[Symbol.for('centrale.pglite.wasm')] as
    | { pglite: Promise<WebAssembly.Module>; initdb: Promise<WebAssembly.Module> }
    | undefined;
  if (early === undefined) return {};
  try {
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all([early.pglite, early.initdb]);
    return { pgliteWasmModule, initdbWasmModule };
  } catch {
    return {};
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('databaseUrl' in options) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', (err) => options.onConnectionError?.(err));
    // Fail fast with a clear message when the server cannot be reached.
    const probe = await pool.connect();
    probe.release();
    const nodePgDb = drizzleNodePg(pool, { schema });
    const db = nodePgDb as unknown as Db;
    const listeners = new Set<() => Promise<void>>();
    return {
      db,
      driver: 'postgres',
      query: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
      listen: async (channel, handlers, listenOptions = {}) => {
        const stop = await listenOnPostgres({
          connectionString: options.databaseUrl,
          channel,
          handlers,
          ...listenOptions,
        });
        const unlisten = async () => {
          listeners.delete(unlisten);
          await stop();
        };
        listeners.add(unlisten);
        return unlisten;
      },
      notify: (channel, payload, executor = db) => notify(executor, channel, payload),
      migrate: () => migrateNodePg(nodePgDb, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: async () => {
        await Promise.all([...listeners].map((unlisten) => unlisten()));
        await pool.end();
      },
    };
  }
  const client = new PGlite({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(await precompiled()),
  });
  await client.waitReady;
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    driver: 'pglite',
    query: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
    listen: async (channel, handlers) => {
      const unlisten = await client.listen(channel, handlers.onMessage);
      handlers.onStatus?.('up');
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    notify: (channel, payload, executor = db as unknown as Db) => notify(executor, channel, payload),
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

async function notify(executor: Executor, channel: string, payload: string): Promise<void> {
  await executor.execute(sql`select pg_notify(${channel}, ${payload})`);
}
