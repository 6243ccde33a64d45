import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';

const databaseUrl = process.env.DATABASE_URL;

/** Idle pooled connections can break (a restart, an administrator); the server must carry on. */
describe.skipIf(!databaseUrl)('the PostgreSQL pool (needs DATABASE_URL)', () => {
  it('survives its idle connections being ended by the server, and reconnects', async () => {
    const url = new URL(databaseUrl as string);
    const name = `centrale_pool_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    url.pathname = `/${name}`;
    const errors: Error[] = [];
    const database = await openDatabase({
      databaseUrl: url.toString(),
      poolSize: 3,
      onConnectionError: (err) => errors.push(err),
    });
    try {
      await Promise.all([1, 2, 3].map(() => database.query('select pg_sleep(0.01)')));
      const ended = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      expect(ended.rowCount).toBeGreaterThan(0);
      // The broken connections report their error; the next query opens a new one.
      const terminated = ended.rowCount ?? 0;
      for (let i = 0; i < 100 && errors.length < terminated; i++) await new Promise((r) => setTimeout(r, 20));
      expect(errors).toHaveLength(terminated);
      expect(await database.query<{ ok: number }>('select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      await database.close();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
});
