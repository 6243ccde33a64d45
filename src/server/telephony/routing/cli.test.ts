import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../testing/server-process';
import { freshDatabase, type TestDatabase } from '../../testing/test-database';

/** `centrale simulate` as the real command on the demo, on PGlite (or PostgreSQL with DATABASE_URL). */
let dir: string;
let pgDatabase: TestDatabase | null = null;
let env: Record<string, string>;

async function cli(args: string[]) {
  const run = runCli(args, env);
  const exit = await run.exited;
  return { code: exit.code, out: run.output() };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'centrale-simulate-'));
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

describe('centrale simulate', () => {
  it('prints the plan, the path and the outcome', async () => {
    const res = await cli([
      'simulate',
      '--enterprise',
      'voorbeeld bv',
      '--from',
      '201',
      '--to',
      '112',
      '--at',
      '2026-04-07T10:00:00+02:00',
      '--lang',
      'en',
    ]);
    expect(res.code, res.out).toBe(0);
    expect(res.out).toContain('→ #0');
    expect(res.out).toContain('Path:');
    expect(res.out).toMatch(/Outcome: forwarded_offnet \(emergency\)/);
  });

  it('refuses an unknown extension (exit 3) and an unknown enterprise (exit 2)', async () => {
    const unknown = await cli(['simulate', '--enterprise', 'voorbeeld bv', '--from', '201', '--to', '299']);
    expect(unknown.code, unknown.out).toBe(3);
    expect(unknown.out).toContain('simulate_extension_unknown');
    const nobody = await cli(['simulate', '--enterprise', 'Nobody Ltd', '--from', '201', '--to', '202']);
    expect(nobody.code).toBe(2);
    const missing = await cli(['simulate', '--enterprise', 'voorbeeld bv', '--from', '201']);
    expect(missing.code).toBe(2);
  });
});
