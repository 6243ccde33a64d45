import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { hashPassword } from '../../src/server/access/crypto';
import { loadConfig } from '../../src/server/config';
import type { Db } from '../../src/server/db/client';
import * as schema from '../../src/server/db/schema';
import {
  accounts,
  enterprises,
  enterpriseTelephony,
  extensions,
  numberBlocks,
  numbers,
  sites,
  trainingRecords,
  users,
} from '../../src/server/db/schema';
import { bootstrap } from '../../src/server/demo/bootstrap';
import { listUsers } from '../../src/server/directory/users/repository';
import { closeStore, openStore } from '../../src/server/main';
import { people } from './names';

/** What the server's list endpoint sends to the database for the benchmarked request. */
export type Statement = { text: string; params: unknown[] };

/**
 * A filtered, name-sorted list the bench measures besides the plain one: the query string the
 * portal sends, and the statement the repository sends for it (the floor runs that same text
 * with those same parameters).
 */
export type FilteredList = {
  name: string;
  /** What the filter stands for, for the report. */
  what: string;
  q: string;
  statement: Statement;
  expectedIds: string[];
  plan: string[];
};

/**
 * The filters measured: a surname fragment (about one user in fifty matches, so a page needs a
 * few thousand rows of the name order) and a fragment of a fixed number in national notation
 * (one user in a hundred, each row checked against its numbers).
 */
export const FILTERS: readonly { name: string; what: string; q: string }[] = [
  { name: 'name', what: 'a name fragment', q: 'meij' },
  { name: 'number', what: 'a number fragment', q: '030 700 12' },
];

export type BenchData = {
  enterpriseId: string;
  email: string;
  password: string;
  statement: Statement;
  /** The first page's user ids, as the server's own repository returns them. */
  expectedIds: string[];
  /** The query plan of the statement (it should be an index scan). */
  plan: string[];
  filtered: FilteredList[];
};

export const PAGE_SIZE = 50;
export const BENCH_ADMIN_EMAIL = 'telecom.manager@bench.example';
export const BENCH_ADMIN_PASSWORD = 'Bench-Password-2026!';
const INSERT_BATCH = 1_000;

/**
 * Prepares an installation the way the server sees it (its migrations, its bootstrap) and adds
 * the benchmark enterprise: one site, `userCount` users (each with a five-digit extension and a
 * fixed number of one block, +31 30 700 0000 onwards) and a trained Telecom Manager.
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
    await seedNumberPlan(database.db, enterpriseId, siteId, rows);
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
    const filtered: FilteredList[] = [];
    for (const filter of FILTERS) {
      const captured = await captureStatement(database.db, database.driver, enterpriseId, filter.q);
      const filteredPlan = await database.query<{ 'QUERY PLAN': string }>(
        `explain ${captured.statement.text}`,
        captured.statement.params,
      );
      if (captured.ids.length < PAGE_SIZE) {
        throw new Error(`The ${filter.name} filter '${filter.q}' matches less than a page of users`);
      }
      filtered.push({
        ...filter,
        statement: captured.statement,
        expectedIds: captured.ids,
        plan: filteredPlan.map((r) => r['QUERY PLAN']),
      });
    }
    return {
      enterpriseId,
      email: BENCH_ADMIN_EMAIL,
      password: BENCH_ADMIN_PASSWORD,
      statement,
      expectedIds: ids,
      plan: plan.map((r) => r['QUERY PLAN']),
      filtered,
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
  const captured = await captureStatement(db, driver, enterpriseId, undefined);
  const { statement } = captured;
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
  return captured;
}

/** The statement `listUsers` sends for the first page, sorted by name, filtered by `q` if given. */
async function captureStatement(
  db: Db,
  driver: 'pglite' | 'postgres',
  enterpriseId: string,
  q: string | undefined,
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
    q,
  });
  const statement = sent[0];
  if (sent.length !== 1 || statement === undefined) {
    throw new Error(`listUsers sent ${sent.length} statements; the floor reproduces exactly one`);
  }
  return { statement, ids: rows.slice(0, PAGE_SIZE).map((r) => r.id) };
}

/** Each user's extension (10000 onwards) and fixed number, in one block, as the number plan keeps them. */
async function seedNumberPlan(
  db: Db,
  enterpriseId: string,
  siteId: string,
  rows: readonly { id: string }[],
): Promise<void> {
  if (rows.length > 10_000) throw new Error('The bench numbers its users from one block of at most 10,000');
  const blockId = randomUUID();
  const first = 307_000_000;
  await db.insert(enterpriseTelephony).values({ enterpriseId, extensionLength: 5 });
  await db.insert(numberBlocks).values({
    id: blockId,
    enterpriseId,
    first: `+31${first}`,
    size: rows.length,
    kind: 'geographic',
  });
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const batch = rows.slice(i, i + INSERT_BATCH);
    await db.insert(numbers).values(
      batch.map((user, j) => ({
        id: randomUUID(),
        enterpriseId,
        blockId,
        number: `+31${first + i + j}`,
        kind: 'geographic' as const,
        siteId,
        state: 'assigned' as const,
        assigneeType: 'user' as const,
        assigneeId: user.id,
        assigneeRole: 'fixed' as const,
      })),
    );
    await db.insert(extensions).values(
      batch.map((user, j) => ({
        enterpriseId,
        extension: String(10_000 + i + j),
        assigneeType: 'user' as const,
        assigneeId: user.id,
      })),
    );
  }
}
