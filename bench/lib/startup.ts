import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './options';
import { freePort, startServer } from './processes';

export type StartupResult = {
  /** The first start on an empty data directory (migrations, provider admin, demo seed). */
  firstStartMs: number;
  /** Later starts on that data directory: spawn to the first 200 of /api/health. */
  restartsMs: number[];
};

export const STARTUP_TARGET_MS = 3_000;

/**
 * `npm start` without the web build step (`serve --no-build`) on PGlite, the default store:
 * one start seeds an empty data directory, then each timed start opens the existing database.
 */
export async function measureStartup(options: BenchOptions): Promise<StartupResult> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'centrale-bench-startup-'));
  const start = async () => {
    const server = await startServer({
      name: 'centrale (start-up)',
      script: path.join(options.serverDir, 'bin/centrale.js'),
      args: ['serve', '--no-build'],
      cwd: options.serverDir,
      env: {
        DATA_DIR: path.join(workDir, 'data'),
        DATABASE_URL: undefined,
        LOG_LEVEL: 'warn',
        CENTRALE_DEMO_PASSWORD: 'Demo-Password-2026!',
        CENTRALE_ADMIN_PASSWORD: 'Admin-Password-2026!',
      },
      port: await freePort(),
      readyPath: '/api/health',
    });
    await server.stop();
    return server.readyAfterMs;
  };
  try {
    const firstStartMs = await start();
    const restartsMs: number[] = [];
    for (let i = 0; i < options.startupRuns; i++) restartsMs.push(await start());
    return { firstStartMs, restartsMs };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
