/**
 * `npm run bench:login`: how long a failed login takes for an e-mail address that has an account
 * and for one that has none (issue 7, point 6: the time must not tell which addresses exist).
 * In-process on PGlite, or on PostgreSQL when DATABASE_URL is set; the throttle rows are cleared
 * before each attempt (not timed), so every attempt takes the full path of a counted failure.
 *
 *   npm run bench:login -- --rounds 200
 */
import { performance } from 'node:perf_hooks';
import { buildWorld, PASSWORD } from '../src/server/testing/fixtures';
import { startTestApp } from '../src/server/testing/harness';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

async function main(): Promise<void> {
  const rounds = arg('rounds', 100);
  const t = await startTestApp();
  const w = await buildWorld(t);
  const cases = {
    'known e-mail, wrong password': {
      email: w.accounts.enterprise_admin.email,
      password: 'not-the-password',
    },
    'unknown e-mail': { email: 'nobody-here@example.test', password: 'not-the-password' },
    'known e-mail, right password': { email: w.accounts.enterprise_admin.email, password: PASSWORD },
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  const names = Object.keys(cases) as (keyof typeof cases)[];
  for (let round = 0; round < rounds + 10; round++) {
    // A different order each round, so that neither case always follows the other.
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      await t.database.query('delete from login_throttles');
      const started = performance.now();
      const res = await t.anonymous().post('/api/auth/login', cases[name]);
      const took = performance.now() - started;
      const expected = name.includes('right') ? 200 : 401;
      if (res.statusCode !== expected) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
      if (round >= 10) times[name]?.push(took);
    }
  }
  await t.close();
  const rows = Object.entries(times).map(([name, list]) => ({
    case: name,
    'median ms': quantile(list, 0.5).toFixed(1),
    'p90 ms': quantile(list, 0.9).toFixed(1),
  }));
  process.stdout.write(`${t.database.driver}, ${rounds} rounds (after 10 warm-up rounds)\n`);
  console.table(rows);
}

await main();
