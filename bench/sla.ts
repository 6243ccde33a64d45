/**
 * The SLA clocks at volume (issue 11). For one store (PGlite, or PostgreSQL with DATABASE_URL):
 * 200,000 tickets (100,000 open, spread over the desks and statuses, each with its resolution
 * clock's snapshot), then
 *  - the desk queue `GET /api/desks/:deskId/queue?status=new` (first page, 50) through the whole
 *    app in-process (`app.inject`: session, policy, validation, service, presenter, response
 *    schema), 20 requests in flight, beside a floor: the same SQL text and parameters the
 *    repository sends (`queueStatement(...).toSQL()`), run through the same driver
 *    (`database.query`), 20 in flight; p50 and p99 of each;
 *  - the SLA sweep over the 100,000 open tickets, all past their due: one escalation and one
 *    e-mail each (in batches of CENTRALE_SLA_SWEEP_BATCH).
 *
 *   npm run bench:sla                                  # both stores, side by side
 *   npm run bench:sla -- --driver pglite               # one store
 *   npm run bench:sla -- --tickets 20000 --requests 500
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { listDesks } from '../src/server/servicedesk/desks/repository';
import { sweepSla } from '../src/server/servicedesk/sla/job';
import { queueStatement } from '../src/server/servicedesk/sla/repository';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp } from '../src/server/testing/harness';

const { values } = parseArgs({
  options: {
    driver: { type: 'string' },
    tickets: { type: 'string', default: '200000' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '20' },
    pg: { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/postgres' },
  },
});

if (values.driver === undefined) {
  // Both stores, each in its own process (the test database helpers read DATABASE_URL once).
  const results: Record<string, unknown>[] = [];
  for (const driver of ['pglite', 'postgres']) {
    const env = { ...process.env };
    if (driver === 'postgres') env.DATABASE_URL = values.pg;
    else delete env.DATABASE_URL;
    const args = [
      'tsx',
      'bench/sla.ts',
      '--driver',
      driver,
      '--tickets',
      values.tickets,
      '--requests',
      values.requests,
      '--concurrency',
      values.concurrency,
    ];
    const run = spawnSync('npx', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(run.stdout);
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (line) results.push(JSON.parse(line.slice(7)));
  }
  console.log(
    '\n| store | tickets | queue p50 / p99 (app) | floor p50 / p99 | app p99 ÷ floor p99 | sweep round, 1 % due | sweep, all due (escalations, e-mails) |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results as {
    driver: string;
    tickets: number;
    app: { p50: number; p99: number };
    floor: { p50: number; p99: number };
    round: { ms: number; escalated: number; messages: number };
    sweep: { ms: number; escalated: number; messages: number };
  }[])
    console.log(
      `| ${r.driver} | ${r.tickets} | ${r.app.p50.toFixed(1)} / ${r.app.p99.toFixed(1)} ms | ${r.floor.p50.toFixed(1)} / ${r.floor.p99.toFixed(1)} ms | ${(r.app.p99 / r.floor.p99).toFixed(2)}× | ${(r.round.ms / 1000).toFixed(2)} s (${r.round.escalated}) | ${(r.sweep.ms / 1000).toFixed(1)} s (${r.sweep.escalated}, ${r.sweep.messages}) |`,
    );
  process.exit(0);
}

const N = Number(values.tickets);
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
// As `serve` answers: responses not checked against their schemas (the test suites check them).
const t = await startTestApp({ LOG_LEVEL: 'silent', CENTRALE_JOBS: '0' }, { validateResponses: false });
const db = t.database.db;
const desks = await listDesks(db);
const [enterprise] = await t.database.query<{ id: string }>(
  `insert into enterprises (id, provider_id, name) values (gen_random_uuid(), $1, 'Bench BV') returning id`,
  [t.providerId],
);
const deskIds = desks.map((d) => d.id);
const started = performance.now();
// 200,000 tickets in one statement per 50,000: half open (new, acknowledged, in progress, waiting),
// half resolved or closed; business-critical (their clocks count around the clock), spread over the
// desks; the open ones due over the next days (and a few paused, no due).
for (let from = 0; from < N; from += 50_000) {
  const to = Math.min(N, from + 50_000) - 1;
  await db.execute(sql`
    insert into tickets (id, number, type, status, enterprise_id, title, business_critical, impact, urgency,
      priority, details, category, desk_id, sla_due_at, created_at, updated_at)
    select gen_random_uuid(), 'SRQ-2026-B' || lpad(i::text, 7, '0'), 'service',
      (array['new','acknowledged','in_progress','waiting_for_customer','resolved','closed'])[1 + (i % 8) % 6],
      ${enterprise?.id}::uuid, 'Bench ' || i, true, 'medium', 'medium', 'critical', '{}'::jsonb, 'fixed',
      (${sql.raw(`array[${deskIds.map((id) => `'${id}'::uuid`).join(',')}]`)})[1 + i % ${deskIds.length}],
      case when i % 8 >= 4 and i % 8 < 6 then null when i % 17 = 0 then null else now() + (i % 10000) * interval '1 minute' end,
      now() - interval '1 day', now()
    from generate_series(${from}::int, ${to}::int) as i`);
}
await db.execute(sql`
  insert into ticket_sla_clocks (ticket_id, clock, state, counting, policy_key, hours, target_minutes,
    remaining_minutes, due_at, warn_at, derived_at)
  select id, 'resolution', case when sla_due_at is null then 'paused' else 'running' end, sla_due_at is not null,
    'service-critical', '24x7', 240, 60, sla_due_at, sla_due_at - interval '48 minutes', now()
  from tickets where status not in ('resolved','closed')`);
await db.execute(sql`analyze`);
const seeded = performance.now() - started;
const [{ open } = { open: 0 }] = await t.database.query<{ open: number }>(
  `select count(*)::int as open from tickets where status not in ('resolved','closed')`,
);
const busiest = deskIds[0] as string;
console.log(`${t.database.driver}: ${N} tickets (${open} open) seeded in ${(seeded / 1000).toFixed(1)} s`);

const agent = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
const url = `/api/desks/${busiest}/queue?status=new`;
const first = await agent.get(url);
if (first.statusCode !== 200) throw new Error(`queue: ${first.statusCode} ${first.body}`);
const statement = queueStatement(db, busiest, { status: 'new', limit: 50 }).toSQL();
const floorRows = await t.database.query<{ id: string }>(statement.sql, statement.params);
const appIds = (first.json().items as { id: string }[]).map((i) => i.id);
if (
  floorRows
    .slice(0, 50)
    .map((r) => r.id)
    .join() !== appIds.join()
)
  throw new Error('floor and app differ');
const plan = await t.database.query<{ 'QUERY PLAN': string }>(`explain ${statement.sql}`, statement.params);
console.log(plan.map((r) => `  ${r['QUERY PLAN']}`).join('\n'));

async function load(fn: () => Promise<void>, count: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        const t0 = performance.now();
        await fn();
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { p50: at(0.5), p99: at(0.99) };
}

const appCall = async () => {
  const res = await agent.get(url);
  if (res.statusCode !== 200) throw new Error(`queue: ${res.statusCode}`);
};
const floorCall = async () => {
  await t.database.query(statement.sql, statement.params);
};
await load(appCall, 200);
await load(floorCall, 200);
const app = await load(appCall, REQUESTS);
const floor = await load(floorCall, REQUESTS);
console.log(`  queue (app):   p50 ${app.p50.toFixed(1)} ms, p99 ${app.p99.toFixed(1)} ms`);
console.log(`  queue (floor): p50 ${floor.p50.toFixed(1)} ms, p99 ${floor.p99.toFixed(1)} ms`);

// A round of the sweep as it runs every minute: all open tickets counting, 1 % of them just past
// their due (a minute's worth of breaches is far less; this is a bad minute).
await db.execute(sql`update ticket_sla_clocks set due_at = now() + interval '1 day',
  warn_at = now() + interval '20 hours', counting = true`);
await db.execute(sql`update ticket_sla_clocks set due_at = now() - interval '1 minute',
  warn_at = now() - interval '2 minutes' where ('x' || substr(ticket_id::text, 1, 8))::bit(32)::int % 100 = 0`);
await db.execute(sql`analyze ticket_sla_clocks`);
const r0 = performance.now();
const round = await sweepSla(t.app.services, new Date());
const roundMs = performance.now() - r0;
console.log(
  `  sweep round over ${open} counting clocks: ${round.escalated} escalations, ${round.messages} e-mails in ${(roundMs / 1000).toFixed(2)} s`,
);

// The worst case: every open ticket's clock past its due at once.
await db.execute(sql`update ticket_sla_clocks set due_at = now() - interval '1 minute',
  warn_at = now() - interval '2 minutes', counting = true, escalated_at = null, warned_at = null`);
const s0 = performance.now();
const report = await sweepSla(t.app.services, new Date());
const sweepMs = performance.now() - s0;
console.log(
  `  sweep: ${report.escalated} escalations, ${report.messages} e-mails in ${(sweepMs / 1000).toFixed(1)} s`,
);
console.log(
  `RESULT ${JSON.stringify({ driver: t.database.driver, tickets: N, app, floor, round: { ms: roundMs, ...round }, sweep: { ms: sweepMs, ...report } })}`,
);
await t.close();
