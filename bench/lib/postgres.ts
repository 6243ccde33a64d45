import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import pg from 'pg';

/** A throw-away database on the given PostgreSQL server. */
export type ScratchDatabase = { url: string; name: string; version: string; drop: () => Promise<void> };

const withUrlPath = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

async function adminQuery<T extends pg.QueryResultRow>(serverUrl: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: withUrlPath(serverUrl, 'postgres') });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Starts the local cluster (Debian's pg_ctlcluster) when nothing answers at the URL. */
async function ensureRunning(serverUrl: string): Promise<void> {
  try {
    await adminQuery(serverUrl, 'select 1');
    return;
  } catch {
    // Not running (or not reachable): try to start the local cluster once.
  }
  const versions = readdirSync('/etc/postgresql');
  for (const version of versions) {
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], {
      stdio: 'inherit',
    });
  }
  await adminQuery(serverUrl, 'select 1');
}

export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  await ensureRunning(serverUrl);
  const name = `centrale_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  const [row] = await adminQuery<{ server_version: string }>(serverUrl, 'show server_version');
  return {
    url: withUrlPath(serverUrl, name),
    name,
    version: row?.server_version ?? 'unknown',
    drop: async () => {
      await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}
