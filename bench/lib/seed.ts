import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { hashPassword } from '../../src/server/access/crypto';
import { loadConfig } from '../../src/server/config';
import type { Db } from '../../src/server/db/client';
import * as schema from '../../src/server/db/schema';
import { accounts, enterprises, sites, trainingRecords, users } from '../../src/server/db/schema';
import { bootstrap } from '../../src/server/demo/bootstrap';
import { listUsers } from '../../src/server/directory/users/repository';
import { closeStore, openStore } from '../../src/server/main';
import { people } from './names';

/** What the server's list endpoint sends to the database for the benchmarked request. */
export type Statement = { text: string; params: unknown[] };

export type BenchData = {
  enterpriseId: string;
  email: string;
  password: string;
  statement: Statement;
  /** The first page's user ids, as the server's own repository returns them. */
  expectedIds: string[];
  /** The query plan of the statement (it should be an index scan). */
  plan: string[];
};

export const PAGE_SIZE = 50;
export const BENCH_ADMIN_EMAIL = 'telecom.manager@bench.example';
export const BENCH_ADMIN_PASSWORD = 'Bench-Password-2026!';
const INSERT_BATCH = 1_000;

/**
 * Prepares an installation the way the server sees it (its migrations, its bootstrap) and adds
 * the benchmark enterprise: one site, `userCount` users and a trained Telecom Manager.
 * `env` is what the server will get: DATA_DIR, and DATABASE_URL for PostgreSQL.
 */
export async function seedBenchData(env: NodeJS.ProcessEnv, userCount: number): Promise<BenchData> {
  const config = loadConfig({ ...env, LOG_LEVEL: 'warn' });
  const store = await openStore(config);
  try {
    const { database } = store;
    const now = new Date();
    const boot = await bootstrap(database, {
      providerName: 'Bench Telecom',
      timezone: config.timezone,
      adminEmail: config.adminEmail,
      adminPassword: config.adminPassword,
      now,
    });
    const enterpriseId = randomUUID();
    const siteId = randomUUID();
    const stamps = { createdAt: now, updatedAt: now };
    await database.db.insert(enterprises).values({
      id: enterpriseId,
      providerId: boot.providerId,
      name: 'Bench Enterprise BV',
      customerNumber: 'BENCH-0001',
      ...stamps,
    });
    await database.db.insert(sites).values({
      id: siteId,
      enterpriseId,
      name: 'Head office',
      street: 'Stationsplein 1',
      city: 'Utrecht',
      postcode: '3511 ED',
      lineType: 'fibre',
      voiceChannels: 60,
      codec: 'g711',
      ...stamps,
    });
    const profiles = ['vast', 'combi', 'flex', 'mobiel'] as const;
    const rows = people(userCount).map((p, i) => ({
      id: randomUUID(),
      enterpriseId,
      siteId,
      name: p.name,
      email: `${p.emailLocal}@bench.example`,
      profile: profiles[i % profiles.length] as (typeof profiles)[number],
      ...stamps,
    }));
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      await database.db.insert(users).values(rows.slice(i, i + INSERT_BATCH));
    }
    const accountId = randomUUID();
    await database.db.insert(accounts).values({
      id: accountId,
      email: BENCH_ADMIN_EMAIL,
      name: 'Bench Telecom Manager',
      role: 'enterprise_admin',
      enterpriseId,
      passwordHash: await hashPassword(BENCH_ADMIN_PASSWORD),
      passwordChangedAt: now,
      ...stamps,
    });
    await database.db.insert(trainingRecords).values({
      id: randomUUID(),
      accountId,
      training: 'telecom_manager',
      completedOn: now.toISOString().slice(0, 10),
      notes: 'API benchmark',
    });
    await database.query('analyze');

    const { statement, ids } = await captureListStatement(database.db, database.driver, enterpriseId);
    const plan = await database.query<{ 'QUERY PLAN': string }>(
      `explain ${statement.text}`,
      statement.params,
    );
    return {
      enterpriseId,
      email: BENCH_ADMIN_EMAIL,
      password: BENCH_ADMIN_PASSWORD,
      statement,
      expectedIds: ids,
      plan: plan.map((r) => r['QUERY PLAN']),
    };
  } finally {
    await closeStore(store);
  }
}

/**
 * Runs the server's own repository function for the benchmarked request (an enterprise admin
 * sees every site: no site filter; sort by name; first page) on a Drizzle instance that logs,
 * over the same driver client, and returns the statement text and parameters it sent.
 */
async function captureListStatement(
  db: Db,
  driver: 'pglite' | 'postgres',
  enterpriseId: string,
): Promise<{ statement: Statement; ids: string[] }> {
  const sent: Statement[] = [];
  const logger = { logQuery: (text: string, params: unknown[]) => void sent.push({ text, params }) };
  const client = (db as unknown as { $client: unknown }).$client;
  const logging = (driver === 'pglite'
    ? drizzlePglite(client as PGlite, { schema, logger })
    : drizzleNodePg(client as pg.Pool, { schema, logger })) as unknown as Db;
  const rows = await listUsers(logging, {
    enterpriseId,
    siteIds: null,
    sort: 'name',
    cursor: undefined,
    limit: PAGE_SIZE,
  });
  const statement = sent[0];
  if (sent.length !== 1 || statement === undefined) {
    throw new Error(`listUsers sent ${sent.length} statements; the floor reproduces exactly one`);
  }
  // The floor builds these two parameters from the request; anything else means the query changed.
  if (
    statement.params.length !== 2 ||
    statement.params[0] !== enterpriseId ||
    statement.params[1] !== PAGE_SIZE + 1
  ) {
    throw new Error(
      `The list statement's parameters changed (${JSON.stringify(statement.params)}): ` +
        'update bench/lib/floor-server.ts to build the same ones',
    );
  }
  return { statement, ids: rows.slice(0, PAGE_SIZE).map((r) => r.id) };
}
