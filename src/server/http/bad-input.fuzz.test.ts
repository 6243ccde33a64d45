import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { STATUS_OF } from '../../core/errors';
import { isIssueCode } from '../../core/messages';
import { listDesks } from '../servicedesk/desks/repository';
import { startClocks } from '../servicedesk/sla/clocks';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { fresh } from '../testing/fresh';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../testing/harness';
import { arbitraryOf, type Pools, Raw, toJsonText, toPath, toQueryString } from '../testing/zod-arbitrary';
import type { ApiRoute } from './policy';

/**
 * DESIGN §3: never a 5xx for bad input. Every route of the API, with input generated from its own
 * zod schemas — near-valid, and mutated with hostile values at random places — sent by a provider
 * admin, an enterprise admin and nobody. No answer may be a 5xx, and every 4xx must have the
 * error shape. A fixed seed keeps the run repeatable; FUZZ_SEED=<n> tries another one, and
 * FUZZ_RUNS=<n> more runs per route. A failure names the route, the request and the seed; it is
 * not shrunk (the runs change the database, so a shrunk input may not fail again).
 *
 * Routes whose success would break the run are neutralised, not skipped: a logout (or a login as
 * someone else) is undone after each route by logging in again; the password change never gets
 * the actors' current password; a security policy for an acting role is not sent valid.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_507);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** FUZZ_STATS=1 prints what each route answered (to see whether the input gets past validation). */
const STATS = process.env.FUZZ_STATS === '1';
const stats: Record<string, Record<string, number>> = {};
function tally(route: string, answer: { status: number; text: string }): void {
  let code = '';
  try {
    code = (JSON.parse(answer.text) as { error?: { code?: string } }).error?.code ?? '';
  } catch {}
  const key = `${answer.status}${code ? ` ${code}` : ''}`;
  const counts = stats[route] ?? {};
  counts[key] = (counts[key] ?? 0) + 1;
  stats[route] = counts;
}

type Who = 'provider_admin' | 'enterprise_admin' | 'end_user' | 'anonymous';

const errorShape = z.object({
  error: z.object({
    code: z.string().refine((code) => code in STATUS_OF, { error: 'is not a known error code' }),
    message: z.string().min(1),
    fields: z.record(z.string(), z.string()).optional(),
    issues: z.array(
      z.object({
        path: z.string(),
        code: z.string().refine(isIssueCode, { error: 'is not a known issue code' }),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
        message: z.string().min(1),
      }),
    ),
  }),
});

let t: TestApp;
let w: World;
const agents: Partial<Record<Who, Agent>> = {};
const credentials = (): Record<Exclude<Who, 'anonymous'>, [string, string]> => ({
  provider_admin: [ADMIN_EMAIL, ADMIN_PASSWORD],
  enterprise_admin: [w.accounts.enterprise_admin.email, PASSWORD],
  // An end user, for the routes of one's own phone.
  end_user: [w.accounts.end_user.email, PASSWORD],
});

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  for (const [who, [email, password]] of Object.entries(credentials())) {
    agents[who as Who] = await t.login(email, password);
  }
});
afterAll(async () => t.close());

/**
 * What the generated input draws on: real ids and e-mails, so that near-valid input reaches the
 * handlers. The two acting accounts are left out, so that the run cannot disable, reset or lock
 * them; their passwords are in, so that re-authenticating routes (token, two-factor) succeed.
 */
async function pools(): Promise<Pools> {
  const actorIds = new Set([
    w.accounts.provider_admin.id,
    w.accounts.enterprise_admin.id,
    w.accounts.end_user.id,
  ]);
  const accounts = Object.values(w.accounts).filter((a) => !actorIds.has(a.id));
  const records = await t.database.query<{ id: string }>(
    'select id from training_records where account_id <> all($1::uuid[])',
    [[...actorIds]],
  );
  // Catalogue models (a softphone needs no MAC, so generated devices can be made of it) and devices.
  const db = t.database.db;
  const models = [
    await fresh.deviceModel(db, { kind: 'softphone', maxLines: 16 }),
    await fresh.deviceModel(db, { kind: 'desk_phone', maxLines: 16 }),
  ];
  const devices = [
    await fresh.device(db, w.enterprises.A.id, w.sites.ams.id, { modelId: models[0]?.id ?? '' }),
    await fresh.device(db, w.enterprises.A.id, w.sites.utr.id),
  ];
  // Call centre queues with an agent and a supervisor each.
  const queues = [
    await fresh.queue(db, w.enterprises.A.id, w.sites.ams.id, { wrapUpSeconds: 30 }),
    await fresh.queue(db, w.enterprises.A.id, w.sites.utr.id),
  ];
  const queueAgents = [];
  for (const queue of queues) {
    queueAgents.push(await fresh.queueAgent(db, queue.id, w.users.uAms2.id, 'agent'));
    queueAgents.push(await fresh.queueAgent(db, queue.id, w.users.uAms3.id, 'supervisor'));
  }
  // Hunt groups with members, and pickup groups with a member.
  const huntGroups = [
    await fresh.huntGroup(db, w.enterprises.A.id, w.sites.ams.id, [w.users.uAms2.id]),
    await fresh.huntGroup(db, w.enterprises.A.id, w.sites.utr.id, [w.users.uAms3.id]),
  ];
  const pickupGroups = [
    await fresh.pickupGroup(db, w.enterprises.A.id, w.sites.ams.id),
    await fresh.pickupGroup(db, w.enterprises.A.id, w.sites.utr.id),
  ];
  await fresh.pickupMember(db, pickupGroups[0]?.id ?? '', w.users.uAms.id);
  // Auto attendants and audio files, so that their routes' near-valid input finds some.
  const attendants = [
    await fresh.attendant(db, w.enterprises.A.id, w.sites.ams.id),
    await fresh.attendant(db, w.enterprises.A.id, w.sites.utr.id),
  ];
  const audio = [
    await fresh.audio(db, w.enterprises.A.id, null),
    await fresh.audio(db, w.enterprises.A.id, w.sites.ams.id),
  ];
  const schedules = [
    await fresh.schedule(db, w.enterprises.A.id),
    await fresh.schedule(db, w.enterprises.A.id, w.sites.ams.id),
  ];
  const routes = [
    await fresh.incomingRoute(db, w.enterprises.A.id, w.sites.ams.id, w.users.uAms.id),
    await fresh.incomingRoute(db, w.enterprises.A.id, null, w.users.uAms2.id),
  ];
  // Tickets, open and closed, so that their status and comment routes find some.
  const tickets = [
    await fresh.ticket(db, w.enterprises.A.id, w.sites.ams.id),
    await fresh.ticket(db, w.enterprises.A.id, w.sites.utr.id, { status: 'in_progress' }),
    await fresh.ticket(db, w.enterprises.A.id, w.sites.ams.id, { status: 'closed' }),
    await fresh.incident(db, w.enterprises.A.id, w.sites.ams.id),
  ];
  // Attachments, customer-visible and internal, on the first ticket.
  const attachments = [
    await fresh.attachment(db, tickets[0]?.id ?? '', 'customer'),
    await fresh.attachment(db, tickets[0]?.id ?? '', 'internal'),
  ];
  // Their SLA clocks, as a new ticket's (so that pausing and resuming them can succeed).
  for (const ticket of tickets)
    await startClocks({ services: t.app.services, now: new Date() }, db, { ...ticket, dueAt: null });
  const desks = await listDesks(db);
  // Announced works at both of A's sites.
  const works = [
    await fresh.announcedWorks(db, w.enterprises.A.id, w.sites.ams.id),
    await fresh.announcedWorks(db, w.enterprises.A.id, w.sites.utr.id),
  ];
  // Repairs at each step, so that their step routes find some.
  const repairs = [
    await fresh.repair(db, w.enterprises.A.id, w.sites.ams.id),
    await fresh.repair(db, w.enterprises.A.id, w.sites.utr.id, { status: 'received' }),
    await fresh.repair(db, w.enterprises.A.id, w.sites.ams.id, { status: 'shipped' }),
  ];
  // Outbox messages, failed (they can be sent again) and sent.
  const messages = [
    await fresh.outboxMessage(db, 'failed'),
    await fresh.outboxMessage(db, 'failed'),
    await fresh.outboxMessage(db, 'sent'),
  ];
  // Closures of the business calendar, so that removing one by its date finds some.
  const closures = [await fresh.businessClosure(db), await fresh.businessClosure(db)];
  const idsOf = {
    enterpriseId: Object.values(w.enterprises).map((e) => e.id),
    partnerId: Object.values(w.partners).map((p) => p.id),
    siteId: Object.values(w.sites).map((s) => s.id),
    userId: Object.values(w.users).map((u) => u.id),
    accountId: accounts.map((a) => a.id),
    actorId: [...actorIds],
    recordId: records.map((r) => r.id),
    modelId: models.map((m) => m.id),
    deviceId: devices.map((d) => d.id),
    queueId: queues.map((q) => q.id),
    queueAgentId: queueAgents.map((a) => a.id),
    huntGroupId: huntGroups.map((g) => g.id),
    memberId: huntGroups.flatMap((g) => g.members.map((m) => m.id)),
    pickupGroupId: pickupGroups.map((g) => g.id),
    attendantId: attendants.map((a) => a.id),
    audioId: audio.map((a) => a.id),
    ticketId: tickets.map((t) => t.id),
    scheduleId: schedules.map((x) => x.id),
    // The change catalogue's and the tariff list's keys (the seeded ones).
    // and some SLA policies' keys.
    key: [
      'hunt-group-change',
      'move-same-area',
      'termination',
      'hourly-rate',
      'number-porting',
      'incident-critical',
      'service-medium',
    ],
    deskId: desks.map((d) => d.id),
    tariffKey: ['hourly-rate', 'move-other-area'],
    routeId: routes.map((r) => r.id),
    messageId: messages.map((m) => m.id),
    worksId: works.map((x) => x.id),
    attachmentId: attachments.map((a) => a.id),
    repairId: repairs.map((x) => x.id),
    date: closures.map((c) => c.date),
  };
  return {
    uuids: Object.entries(idsOf).flatMap(([field, ids]) =>
      field === 'actorId' || field === 'key' || field === 'tariffKey' || field === 'date' ? [] : ids,
    ),
    idsOf,
    emails: [...accounts.map((a) => a.email), 'nobody@example.test'],
    passwords: [PASSWORD, ADMIN_PASSWORD],
    names: ['Enterprise A', 'Amsterdam', 'Partner One', 'Ams User', 'Den Haag', 'a'],
  };
}

/**
 * Routes whose valid input would break the actors of the run (not the route): a security policy
 * of an acting role could demand two-factor or a new password of it. Only those roles are kept
 * out of the valid input; hostile input still reaches the route.
 */
function neutralised(route: ApiRoute, input: Input): boolean {
  if (route.url === '/api/security-policies/:role' && route.method !== 'GET') {
    const role = (input.params as { role?: unknown } | undefined)?.role;
    return role === 'provider_admin' || role === 'enterprise_admin';
  }
  return false;
}

type Input = { who: Who; params: unknown; query: unknown; body: unknown; bodyless: unknown };

function inputOf(route: ApiRoute, p: Pools): fc.Arbitrary<Input> {
  const part = (schema: unknown) =>
    schema === undefined
      ? fc.constant(undefined)
      : fc.oneof(arbitraryOf(schema, p, { hostile: false }), arbitraryOf(schema, p, { hostile: true }));
  const paramNames = route.url
    .split('/')
    .filter((s) => s.startsWith(':'))
    .map((s) => s.slice(1));
  const params =
    route.input.params !== undefined
      ? part(route.input.params)
      : fc.constant(Object.fromEntries(paramNames.map((n) => [n, p.uuids[0]])));
  return fc.record({
    who: fc.oneof(
      { arbitrary: fc.constant<Who>('provider_admin'), weight: 2 },
      { arbitrary: fc.constant<Who>('enterprise_admin'), weight: 2 },
      { arbitrary: fc.constant<Who>('end_user'), weight: 1 },
      { arbitrary: fc.constant<Who>('anonymous'), weight: 1 },
    ),
    params,
    query: part(route.input.querystring),
    body: part(route.input.body),
    // A body where the route takes none (a body on GET or DELETE), now and then.
    bodyless: fc.option(fc.constantFrom<unknown>({ a: 1 }, '\u0000', new Raw('{'), new Raw('[]')), {
      freq: 5,
    }),
  });
}

type Answer = { status: number; text: string; contentType: string };

async function send(route: ApiRoute, input: Input): Promise<{ request: string; answer: Answer }> {
  const agent = input.who === 'anonymous' ? t.anonymous() : (agents[input.who] as Agent);
  const url = `${toPath(route.url, input.params)}${toQueryString(input.query)}`;
  const body = route.input.body !== undefined ? input.body : input.bodyless;
  const payload = body === undefined ? undefined : toJsonText(body);
  const res = await agent.request(route.method as 'GET', url, payload);
  return {
    request: `${input.who}: ${route.method} ${url}${payload === undefined ? '' : ` ${payload.slice(0, 500)}`}`,
    answer: {
      status: res.statusCode,
      text: res.body,
      contentType: String(res.headers['content-type'] ?? ''),
    },
  };
}

function problemOf(answer: Answer): string | null {
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (answer.status < 400) return null;
  if (!answer.contentType.startsWith('application/json'))
    return `a ${answer.status} as ${answer.contentType}`;
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    return `a ${answer.status} whose body is not JSON: ${answer.text.slice(0, 300)}`;
  }
  const shape = errorShape.safeParse(json);
  return shape.success ? null : `a ${answer.status} not in the error shape: ${answer.text.slice(0, 300)}`;
}

/**
 * After each route the actors must still be themselves: a logout (or a login as someone else)
 * by an actor is undone by logging in again. That failing means a route broke an actor for good.
 */
async function restoreActors(after: string): Promise<void> {
  // The run sends wrong passwords on purpose; their lockout is tested elsewhere
  // (access/login-throttling.test.ts) and must not lock the actors out of the next route.
  await t.database.query('delete from login_throttles');
  const ids = {
    provider_admin: w.accounts.provider_admin.id,
    enterprise_admin: w.accounts.enterprise_admin.id,
    end_user: w.accounts.end_user.id,
  };
  for (const [who, [email, password]] of Object.entries(credentials()) as [
    keyof typeof ids,
    [string, string],
  ][]) {
    const me = await (agents[who] as Agent).get('/api/me');
    if (me.statusCode === 200 && me.json().account.id === ids[who]) continue;
    try {
      agents[who] = await t.login(email, password);
    } catch (error) {
      throw new Error(`after ${after} (seed ${SEED}) the ${who} cannot log in again: ${String(error)}`);
    }
  }
}

describe('no route answers bad input with a 5xx', () => {
  it('covers every route of the OpenAPI document', async () => {
    const doc = (await t.anonymous().get('/api/openapi.json')).json() as { paths: Record<string, object> };
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const walked = new Set(t.app.apiRoutes.map((r) => `${r.method} ${r.url}`));
    expect(documented.filter((r) => !walked.has(r))).toEqual([]);
    expect(documented.length).toBeGreaterThan(30);
  });

  it(`answers ${RUNS} generated requests per route (seed ${SEED}) without a 5xx, every 4xx in the error shape`, async () => {
    const p = await pools();
    const failures: string[] = [];
    const reached: Record<string, number> = {};
    // Deletions last, so that the records the other routes are tried on still exist.
    const routes = [...t.app.apiRoutes].sort(
      (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
    );
    for (const route of routes) {
      const name = `${route.method} ${route.url}`;
      reached[name] = 0;
      const property = fc.asyncProperty(inputOf(route, p), async (input) => {
        if (neutralised(route, input)) return true;
        const { request, answer } = await send(route, input);
        if (answer.status < 400) reached[name] = (reached[name] ?? 0) + 1;
        if (STATS) tally(name, answer);
        const problem = problemOf(answer);
        if (problem !== null) throw new Error(`${problem}\n  request: ${request}`);
        return true;
      });
      const details = await fc.check(property, { seed: SEED, numRuns: RUNS, endOnFailure: true });
      if (details.failed) {
        const error =
          details.errorInstance instanceof Error
            ? details.errorInstance.message
            : String(details.errorInstance);
        failures.push(
          `${name} (run ${details.numRuns} of ${RUNS}, path ${details.counterexamplePath}): ${error}`,
        );
      }
      await restoreActors(name);
    }
    if (STATS)
      console.log(
        Object.entries(stats)
          .map(([r, c]) => `${r}: ${JSON.stringify(c)}`)
          .join('\n'),
      );
    const message = `seed ${SEED} (rerun with FUZZ_SEED=${SEED}):\n${failures.join('\n\n')}`;
    expect(failures, message).toEqual([]);
    // The generator must get past validation: most routes answer some of its requests with success
    // (not all: a TOTP code or a policy change of an acting role is out of its reach by design).
    const neverReached = Object.entries(reached)
      .filter(([, n]) => n === 0)
      .map(([r]) => r);
    expect(neverReached.length, `never a 2xx: ${neverReached.join(', ')}`).toBeLessThan(routes.length / 4);
    // A guard against a hang, not a speed target: the walk grows with every route (about 250 now,
    // 40 requests each), and took over 120 s on PostgreSQL on a loaded 2-core machine.
  }, 600_000);
});
