import { describe, expect, it } from 'vitest';
import { compile, type Snapshot } from '../../../core/routing';
import {
  AT,
  baseSnapshot,
  forwarding,
  ID,
  NUM,
  setFeatures,
  VOICEMAIL_ON,
} from '../../../core/routing/test-fixtures';
import { DEFAULT_CALL_RESTRICTIONS } from '../../../core/telephony/call-classes';
import { routingChanges } from '../../db/schema';
import { insertSnapshot } from '../../testing/factories/telephony-routing';
import { worldSuite } from '../../testing/world-suite';
import { compiledCacheOf } from './cache';
import * as repo from './repository';
import { compiledConfig } from './service';

const s = worldSuite();
type Outcome = { kind: string; code: string; reason: string };
type Sim = {
  steps: { kind: string; explanation: string; event: string | null }[];
  outcome: Outcome;
  version: string;
};

let ids: Record<string, string> = {};
let stored: Snapshot;

/** The core fixture enterprise (Bakkerij De Vries), with a forwarding loop between Bob and Carla. */
async function seed(): Promise<void> {
  if (stored) return;
  const draft = baseSnapshot();
  setFeatures(draft, ID.anna, { voicemail: VOICEMAIL_ON });
  setFeatures(draft, ID.bob, { forwarding: forwarding({ always: '203' }) });
  setFeatures(draft, ID.carla, { forwarding: forwarding({ always: '202' }) });
  const done = await insertSnapshot(s.t.database.db, draft, {
    enterpriseId: s.w.enterprises.A.id,
    siteId: s.w.sites.ams.id,
  });
  ids = done.ids;
  stored = done.snapshot;
}

async function sim(
  body: Record<string, unknown>,
  who: 'enterprise_admin' | 'provider_agent' = 'enterprise_admin',
  headers: Record<string, string> = {},
) {
  await seed();
  const agent = await s.as(who);
  return agent.post(`/api/enterprises/${s.w.enterprises.A.id}/simulate`, body, headers);
}
async function ok(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Sim> {
  const res = await sim(body, 'enterprise_admin', headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Sim;
}
const sortBy = <T>(list: readonly T[], key: (t: T) => string) =>
  [...list].sort((a, b) => key(a).localeCompare(key(b)));

describe('the snapshot loader', () => {
  it('reads back what was written, list for list', async () => {
    await seed();
    const loaded = await repo.loadSnapshot(s.t.database.db, s.w.enterprises.A.id);
    const users = loaded.users.filter((u) => Object.values(ids).includes(u.id));
    expect(sortBy(users, (u) => u.id)).toEqual(sortBy(stored.users, (u) => u.id));
    for (const key of [
      'numbers',
      'extensions',
      'userFeatures',
      'devices',
      'huntGroups',
      'huntGroupMembers',
      'pickupGroups',
      'pickupGroupMembers',
      'schedules',
      'autoAttendants',
      'queues',
      'incomingRoutes',
    ] as const) {
      const k = (o: unknown) => JSON.stringify(o);
      expect(sortBy(loaded[key] as readonly unknown[], k), key).toEqual(
        sortBy(stored[key] as readonly unknown[], k),
      );
    }
    expect(sortBy(loaded.queueAgents, (a) => a.userId)).toEqual(sortBy(stored.queueAgents, (a) => a.userId));
    expect(loaded.extensionLength).toBe(3);
    expect(loaded.defaultRestrictions).toEqual(DEFAULT_CALL_RESTRICTIONS);
    expect(() => compile(loaded)).not.toThrow();
  });
});

describe('POST /api/enterprises/:enterpriseId/simulate', () => {
  it('an internal call rings the user and is answered', async () => {
    const r = await ok({ from: '201', to: '204', at: AT.tuesday, answer: 'first' });
    expect(r.outcome.kind).toBe('answered');
    expect(r.steps[0]?.kind).toBe('ring');
  });

  it('the main number in office hours plays the menu, and key 1 reaches the hunt group', async () => {
    const r = await ok({ from: '0612345678', to: '020 794 0000', at: AT.tuesday, digits: '1' });
    expect(r.steps.map((x) => x.kind)).toContain('collect');
    expect(r.outcome.kind).toBe('answered');
    const hunt = r.steps.find((x) => x.kind === 'ring');
    expect(hunt?.explanation).toBeTruthy();
  });

  it('the main number out of office hours and on a holiday goes to voicemail, explained in the language asked', async () => {
    const evening = await ok({ from: '+31612345678', to: '+31207940000', at: AT.tuesdayEvening });
    expect(evening.outcome.kind).toBe('voicemail');
    const holiday = await ok(
      { from: '+31612345678', to: NUM.main, at: AT.tweedePaasdag },
      { 'accept-language': 'nl' },
    );
    expect(holiday.outcome.kind).toBe('voicemail');
    expect(JSON.stringify(holiday)).toMatch(/Tweede [Pp]aasdag/);
    const english = await ok(
      { from: '+31612345678', to: NUM.main, at: AT.tweedePaasdag },
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(english.steps.map((x) => x.explanation).join(' ')).not.toBe(
      holiday.steps.map((x) => x.explanation).join(' '),
    );
  });

  it('answers the whole plan: every step with its label in the language asked and its branches', async () => {
    type Plan = {
      entry: number;
      steps: {
        id: number;
        kind: string;
        label: string;
        branches: { event: string; key?: string; to: number }[];
      }[];
    };
    const call = { from: '+31612345678', to: NUM.main, at: AT.tuesday, digits: '1' };
    const nl = (await ok(call, { 'accept-language': 'nl' })) as Sim & { plan: Plan; steps: { id: number }[] };
    const plan = nl.plan;
    expect(plan.steps.map((x) => x.id)).toEqual(plan.steps.map((_, i) => i));
    expect(plan.steps[plan.entry]).toBeDefined();
    // The walked steps are steps of the plan, and the plan has more than the walk (the other keys).
    for (const walked of nl.steps) expect(plan.steps[walked.id]?.kind).toBe(walked.kind);
    expect(plan.steps.length).toBeGreaterThan(nl.steps.length);
    const menu = plan.steps.find((x) => x.kind === 'collect');
    expect(menu?.label).toMatch(/^Menu /);
    expect(menu?.branches).toContainEqual(expect.objectContaining({ event: 'digit', key: '1' }));
    expect(menu?.branches.map((b) => b.event)).toEqual(expect.arrayContaining(['timeout', 'invalid']));
    for (const step of plan.steps) for (const b of step.branches) expect(plan.steps[b.to]).toBeDefined();
    const ring = plan.steps.find((x) => x.kind === 'ring');
    expect(ring?.label).toMatch(/^Bel /);
    const en = (await ok(call, { 'accept-language': 'en' })) as Sim & { plan: Plan };
    expect(en.plan.steps.find((x) => x.kind === 'ring')?.label).toMatch(/^Ring /);
  });

  it('a barred outgoing call is rejected with barred; 112 always goes out', async () => {
    const barred = await ok({ from: '201', to: '0900 123 4567', at: AT.tuesday });
    expect(barred.outcome).toMatchObject({ kind: 'rejected', code: 'barred' });
    const emergency = await ok({ from: '201', to: '112', at: AT.tuesday });
    expect(emergency.outcome.kind).toBe('forwarded_offnet');
    expect(emergency.outcome.code).toBe('emergency');
  });

  it('an unassigned number of the plan is rejected with unassigned', async () => {
    const r = await ok({ from: '+31612345678', to: '020 794 0009', at: AT.tuesday });
    expect(r.outcome).toMatchObject({ kind: 'rejected', code: 'unassigned' });
  });

  it('a forwarding loop is cut with loop', async () => {
    const r = await ok({ from: '201', to: '202', at: AT.tuesday });
    expect(r.outcome.code).toBe('loop');
  });

  it('the state overrides decide who rings', async () => {
    const r = await ok({ from: '202', to: '201', at: AT.tuesday, state: { dnd: [ids[ID.anna]] } });
    expect(r.outcome.kind).not.toBe('answered');
  });

  it('refuses an unknown extension, a malformed number or time and bad digits with field issues', async () => {
    const issues = async (body: Record<string, unknown>) => {
      const res = await sim(body);
      expect([400, 422]).toContain(res.statusCode);
      return (res.json() as { error: { issues: { path: string; code: string }[] } }).error.issues.map((i) => [
        i.path,
        i.code,
      ]);
    };
    expect(await issues({ from: '201', to: '299' })).toEqual([['to', 'simulate_extension_unknown']]);
    expect(await issues({ from: '999', to: '201' })).toEqual([['from', 'simulate_caller_unknown']]);
    expect(await issues({ from: '201', to: 'pizza' })).toEqual([['to', 'simulate_number_invalid']]);
    expect((await issues({ from: '201', to: '202', at: 'tomorrow' }))[0]?.[0]).toBe('at');
    expect((await issues({ from: '201', to: '202', at: '2026-04-07T10:00:00' }))[0]?.[0]).toBe('at');
    expect((await issues({ from: '201', to: '500', digits: '12a' }))[0]?.[0]).toBe('digits');
    expect(await issues({ from: '201', to: '202', state: { busy: [s.w.users.uB.id] } })).toEqual([
      ['state.busy.0', 'simulate_user_unknown'],
    ]);
  });

  it('is 404 for another enterprise and 403 for a site admin', async () => {
    await seed();
    const other = await s.as('enterprise_admin_b');
    const res = await other.post(`/api/enterprises/${s.w.enterprises.A.id}/simulate`, {
      from: '201',
      to: '202',
    });
    expect(res.statusCode).toBe(404);
    const site = await s.as('site_admin');
    expect(
      (await site.post(`/api/enterprises/${s.w.enterprises.A.id}/simulate`, { from: '201', to: '202' }))
        .statusCode,
    ).toBe(403);
  });
});

describe('the configuration version', () => {
  it('a write changes the next simulation (and its version), reads do not', async () => {
    const call = { from: '201', to: '06 12345678', at: AT.tuesday };
    const before = await ok(call);
    expect(before.outcome.kind).toBe('forwarded_offnet');
    expect((await ok(call)).version).toBe(before.version);
    const tm = await s.as('enterprise_admin');
    const put = await tm.put(`/api/users/${ids[ID.anna]}/call-restrictions`, {
      followsDefault: false,
      restrictions: { ...DEFAULT_CALL_RESTRICTIONS, mobile: false },
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = await ok(call);
    expect(after.version).not.toBe(before.version);
    expect(after.outcome).toMatchObject({ kind: 'rejected', code: 'barred' });
    // Back again, for the other tests.
    await tm.put(`/api/users/${ids[ID.anna]}/call-restrictions`, { followsDefault: true });
  });

  it('compiles once per version', async () => {
    await seed();
    const cache = compiledCacheOf(s.t.database);
    await compiledConfig(s.t.database, s.w.enterprises.A.id);
    const compiles = cache.compiles;
    await compiledConfig(s.t.database, s.w.enterprises.A.id);
    expect(cache.compiles).toBe(compiles);
  });

  it('a change of another enterprise leaves the version alone; a provider-level one counts for all', async () => {
    const db = s.t.database.db;
    const v = await repo.readVersion(db, s.w.enterprises.A.id);
    await repo.insertRoutingChanges(db, [s.w.enterprises.B.id]);
    expect(await repo.readVersion(db, s.w.enterprises.A.id)).toBe(v);
    await repo.insertRoutingChanges(db, [repo.PROVIDER_SCOPE]);
    expect(await repo.readVersion(db, s.w.enterprises.A.id)).not.toBe(v);
  });

  it('compaction folds old rows and keeps every version', async () => {
    const db = s.t.database.db;
    const a = s.w.enterprises.A.id;
    await repo.insertRoutingChanges(db, [a, a, a]);
    const before = await repo.readVersion(db, a);
    const beforeB = await repo.readVersion(db, s.w.enterprises.B.id);
    const last = await repo.lastChangeIdBefore(db, new Date(Date.now() + 60_000));
    const removed = await db.transaction((tx) => repo.compactRoutingChanges(tx, last ?? 0));
    expect(removed).toBeGreaterThan(0);
    expect(await repo.readVersion(db, a)).toBe(before);
    expect(await repo.readVersion(db, s.w.enterprises.B.id)).toBe(beforeB);
    const rows = await db.select().from(routingChanges);
    expect(rows.filter((r) => r.scope === a)).toHaveLength(1);
  });

  it('parallel writes of one enterprise all commit and all count', async () => {
    await seed();
    const tm = await s.as('enterprise_admin');
    const v = await repo.readVersion(s.t.database.db, s.w.enterprises.A.id);
    const users = [ID.bob, ID.carla, ID.dirk, ID.eva].map((k) => ids[k]);
    const results = await Promise.all(
      users.map((id) =>
        tm.put(`/api/users/${id}/call-restrictions`, {
          followsDefault: false,
          restrictions: { ...DEFAULT_CALL_RESTRICTIONS, international: false },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const [sum] = (await repo.readVersion(s.t.database.db, s.w.enterprises.A.id)).split(':');
    expect(Number(sum)).toBe(Number(v.split(':')[0]) + 4);
  });
});

describe('an enterprise that does not exist', () => {
  it('is 404 for provider staff, twice (a failed load is not kept)', async () => {
    const staff = await s.as('provider_agent');
    for (let i = 0; i < 2; i++) {
      const res = await staff.post('/api/enterprises/00000000-0000-4000-8000-000000000000/simulate', {
        from: '+31612345678',
        to: '112',
      });
      expect(res.statusCode).toBe(404);
    }
  });
});
