import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../testing/server-process';
import { freshDatabase, type TestDatabase } from '../../testing/test-database';

/**
 * `centrale import` and `centrale export` as the real command, in a child process, on PGlite (or
 * on PostgreSQL when DATABASE_URL is set): the API's rules, its exit codes, and a kill -9 in the
 * middle of a 10,000-row import that leaves the database as it was.
 */
const HEADER = 'name,email,site,profile,extension,number,mobile';
let dir: string;
let pgDatabase: TestDatabase | null = null;
let env: Record<string, string>;

async function cli(args: string[]) {
  const run = runCli(args, env);
  const exit = await run.exited;
  return { code: exit.code, out: run.output() };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'centrale-import-'));
  env = {
    DATA_DIR: dir,
    CENTRALE_DEMO_PASSWORD: 'Demo-Password-2026!',
    CENTRALE_ADMIN_PASSWORD: 'Admin-Password-2026!',
  };
  if (process.env.DATABASE_URL) {
    pgDatabase = await freshDatabase();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${pgDatabase.name}`;
    env.DATABASE_URL = url.toString();
  }
  const seeded = await cli(['seed', '--demo']);
  expect(seeded.code, seeded.out).toBe(0);
}, 180_000);

afterAll(async () => {
  await pgDatabase?.close();
  rmSync(dir, { recursive: true, force: true });
});

const usersOf = async (enterprise: string) => {
  const res = await cli(['export', '--enterprise', enterprise, '--sheet', 'users']);
  expect(res.code, res.out).toBe(0);
  return res.out.trim().split(/\r?\n/).length - 1;
};

describe('centrale import / export', () => {
  it('exports a sheet, refuses a bad file with every row (exit 3) and imports a good one', async () => {
    const exported = await cli(['export', '--enterprise', 'voorbeeld bv', '--sheet', 'users']);
    expect(exported.code).toBe(0);
    expect(exported.out.startsWith(`\uFEFF${HEADER},dnd,forward_always,`)).toBe(true);

    const bad = path.join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [HEADER, 'A,not-an-email,,Vast,,,', 'B,b@example.nl,Nergens,Vast,,,', 'C,c@example.nl,,Gold,,,'].join(
        '\n',
      ),
    );
    const refused = await cli(['import', '--enterprise', 'Bakkerij De Molen', '--sheet', 'users', bad]);
    expect(refused.code).toBe(3);
    expect(refused.out).toContain('users row 2, email:');
    expect(refused.out).toContain('users row 3, site:');
    expect(refused.out).toContain('users row 4, profile:');

    const good = path.join(dir, 'good.csv');
    writeFileSync(good, [HEADER, 'Anna,anna@example.nl,,Flex,,,'].join('\n'));
    const before = await usersOf('Bakkerij De Molen');
    const dry = await cli([
      'import',
      '--enterprise',
      'Bakkerij De Molen',
      '--sheet',
      'users',
      '--dry-run',
      good,
    ]);
    expect([dry.code, dry.out.trim()]).toEqual([
      0,
      'Dry run (nothing changed) into Bakkerij De Molen: 1 to create, 0 to update, 0 unchanged.',
    ]);
    expect(await usersOf('Bakkerij De Molen')).toBe(before);
    const done = await cli(['import', '--enterprise', 'Bakkerij De Molen', '--sheet', 'users', good]);
    expect([done.code, done.out.trim()]).toEqual([
      0,
      'Imported into Bakkerij De Molen: 1 created, 0 updated, 0 unchanged.',
    ]);
    expect(await usersOf('Bakkerij De Molen')).toBe(before + 1);
  }, 120_000);

  it('answers wrong use with exit 2', async () => {
    expect((await cli(['import', '--enterprise', 'Nobody Ltd', '--sheet', 'users', 'x.csv'])).code).toBe(2);
    expect((await cli(['export', '--enterprise', 'Voorbeeld BV', '--sheet', 'phones'])).code).toBe(2);
    expect((await cli(['import', '--sheet', 'users', 'x.csv'])).code).toBe(2);
  }, 60_000);

  it('leaves the database as it was when killed -9 during a 10,000-row import', async () => {
    const file = path.join(dir, 'big.csv');
    const rows = Array.from({ length: 10_000 }, (_, i) => `Bulk ${i},bulk${i}@example.nl,,Vast,,,`);
    writeFileSync(file, [HEADER, ...rows].join('\n'));
    const before = await usersOf('Bakkerij De Molen');
    const started = Date.now();
    const dry = await cli([
      'import',
      '--enterprise',
      'Bakkerij De Molen',
      '--sheet',
      'users',
      '--dry-run',
      file,
    ]);
    expect(dry.code, dry.out).toBe(0);
    const full = Date.now() - started;
    // Killed at several points of the run: early, in the middle, near the end.
    let killed = 0;
    for (const share of [0.3, 0.5, 0.65, 0.8, 0.95]) {
      const run = runCli(['import', '--enterprise', 'Bakkerij De Molen', '--sheet', 'users', file], env);
      await new Promise((r) => setTimeout(r, full * share));
      run.proc.kill('SIGKILL');
      const exit = await run.exited;
      if (exit.signal !== 'SIGKILL') break; // it finished first: the next runs would find its users
      killed += 1;
      // All or nothing: killed after its commit (while closing), the import is whole.
      const now = await usersOf('Bakkerij De Molen');
      expect([before, before + 10_000]).toContain(now);
      if (now !== before) break;
    }
    expect(killed).toBeGreaterThan(0);
  }, 300_000);
});
