import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, MIGRATIONS_FOLDER, openDatabase } from '../db/client';

/**
 * Each API test file gets a database of its own, migrated, from a template made once per schema
 * version: a copied PGlite directory, or `CREATE DATABASE ... TEMPLATE` on PostgreSQL when
 * DATABASE_URL is set.
 */
export function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(entry.name).update(readFileSync(full));
    }
  };
  walk(MIGRATIONS_FOLDER);
  return hash.digest('hex').slice(0, 16);
}

const pgliteTemplateDir = () => path.join(os.tmpdir(), `centrale-test-template-${migrationsHash()}`);
const pgTemplateName = () => `centrale_template_${migrationsHash()}`;

async function withAdmin<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Makes the template if it is missing (vitest's global setup calls this once). */
export async function ensureTemplate(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const name = pgTemplateName();
    const exists = await withAdmin(databaseUrl, async (c) => {
      const r = await c.query('select 1 from pg_database where datname = $1', [name]);
      return r.rowCount === 1;
    });
    if (exists) return;
    const building = `${name}_build_${randomBytes(4).toString('hex')}`;
    await withAdmin(databaseUrl, (c) => c.query(`create database "${building}"`));
    const url = new URL(databaseUrl);
    url.pathname = `/${building}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    await database.migrate();
    await database.close();
    await withAdmin(databaseUrl, async (c) => {
      try {
        await c.query(`alter database "${building}" rename to "${name}"`);
      } catch {
        // Another run made it meanwhile.
        await c.query(`drop database if exists "${building}"`);
      }
    });
    return;
  }
  const dir = pgliteTemplateDir();
  if (existsSync(path.join(dir, 'PG_VERSION'))) return;
  const building = `${dir}.build-${randomBytes(4).toString('hex')}`;
  const database = await openDatabase({ dataDir: building });
  await database.migrate();
  await database.close();
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
}

export type TestDatabase = Database & {
  name: string;
  /**
   * Another connection pool on the same database, as a second server would have (PostgreSQL);
   * on PGlite, which is one process's single connection, the database itself.
   */
  openAnother(): Promise<Database>;
};

export async function freshDatabase(): Promise<TestDatabase> {
  await ensureTemplate();
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const name = `centrale_test_${randomBytes(6).toString('hex')}`;
    await withAdmin(databaseUrl, (c) => c.query(`create database "${name}" template "${pgTemplateName()}"`));
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
    return {
      ...database,
      name,
      openAnother: () => openDatabase({ databaseUrl: url.toString(), poolSize: 5 }),
      close: async () => {
        await database.close();
        await withAdmin(databaseUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'centrale-test-'));
  cpSync(pgliteTemplateDir(), dir, { recursive: true });
  const database = await openDatabase({ dataDir: dir });
  const test: TestDatabase = {
    ...database,
    name: dir,
    openAnother: async () => test,
    close: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return test;
}
