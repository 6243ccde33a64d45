import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite is one process's database: a second server on the same directory would corrupt it.
 * The first server holds DATA_DIR/centrale.lock (its pid and host). A lock whose process is gone
 * (after a crash or kill -9) is taken over; a live one makes the second server stop with a message.
 * (proper-lockfile judges staleness by age, which would keep a restarted server waiting.)
 */
export class DataDirLockedError extends Error {}

export type DataDirLock = { release(): void };

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'centrale.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(
        fd,
        JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }),
      );
      closeSync(fd);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder: { pid?: number; host?: string; since?: string } = {};
    try {
      holder = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Unreadable or half-written: treat as stale.
    }
    const sameHost = holder.host === undefined || holder.host === os.hostname();
    if (typeof holder.pid === 'number' && holder.pid !== process.pid && (!sameHost || isAlive(holder.pid))) {
      throw new DataDirLockedError(
        `Another Centrale server (pid ${holder.pid} on ${holder.host ?? 'this host'}, since ${holder.since ?? '?'}) ` +
          `is using ${dataDir}. Stop it first, or give this one another DATA_DIR. ` +
          'Only one server may use an embedded database; several servers share a PostgreSQL DATABASE_URL.',
      );
    }
    rmSync(file, { force: true });
  }
  throw new DataDirLockedError(`Could not take the lock ${file}`);
}
