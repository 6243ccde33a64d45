import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Menu, MenuAction } from '../telephony/attendants';
import { DISTRIBUTIONS } from '../telephony/distribution';
import type { Destination as RouteDestination } from '../telephony/incoming-routes';
import { compile } from './compile';
import { explain, isRoutingCode } from './messages';
import { MAX_PLAN_STEPS, plan } from './plan';
import { MAX_WALK_STEPS, simulate } from './simulate';
import { AT, baseSnapshot, type Draft, forwarding, ID, NUM, setFeatures } from './test-fixtures';
import type { CallPlan, LiveState, OutcomeKind, Step } from './types';

const OUTCOMES: readonly OutcomeKind[] = [
  'answered',
  'voicemail',
  'forwarded_offnet',
  'queued',
  'rejected',
  'busy',
  'no_answer',
  'disconnected',
];
const USER_KEYS = ['anna', 'bob', 'carla', 'dirk', 'eva'] as const;
const USER_IDS = USER_KEYS.map((k) => ID[k]);
const DESTINATIONS = [
  '201',
  '202',
  '203',
  '204',
  '205',
  '300',
  '400',
  '500',
  '299',
  'voicemail',
  '0612345678',
  '09001234567',
  '112',
  '',
  'onzin',
];
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'];

const destination = fc.constantFrom(...DESTINATIONS);
const maybeDestination = fc.option(destination, { nil: undefined });

const action = (menuIds: readonly string[]): fc.Arbitrary<MenuAction> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('transfer' as const),
      target: fc.oneof(
        fc.record({
          type: fc.constant('extension' as const),
          extension: fc.constantFrom('201', '300', '400', '500', '299'),
        }),
        fc.record({
          type: fc.constant('number' as const),
          number: fc.constantFrom('0612345678', '09001234567', '0207940000'),
        }),
        fc.record({
          type: fc.constantFrom(
            'hunt_group' as const,
            'queue' as const,
            'auto_attendant' as const,
            'user' as const,
          ),
          id: fc.constantFrom(ID.sales, ID.support, ID.receptie, ID.anna, 'missing'),
        }),
        fc.constant({ type: 'operator' as const }),
      ),
      announce: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('submenu' as const), menuId: fc.constantFrom(...menuIds, 'nowhere') }),
    fc.constant({ kind: 'back' as const }),
    fc.constant({ kind: 'repeat' as const }),
    fc.constant({ kind: 'dial_by_extension' as const }),
    fc.record({ kind: fc.constant('voicemail' as const), userId: fc.constantFrom(...USER_IDS) }),
    fc.constant({ kind: 'announcement' as const, greeting: { kind: 'text' as const, text: 'Mededeling' } }),
  );

const menus: fc.Arbitrary<Menu[]> = fc.integer({ min: 1, max: 8 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `m${i}`);
  return fc.tuple(
    ...ids.map((id) =>
      fc.record({
        id: fc.constant(id),
        name: fc.constant(id),
        greeting: fc.constant({ kind: 'text' as const, text: id }),
        timeoutSeconds: fc.integer({ min: 1, max: 60 }),
        maxRepeats: fc.integer({ min: 0, max: 5 }),
        keys: fc.dictionary(fc.constantFrom(...KEYS), action(ids), { maxKeys: 12 }),
        timeoutAction: action(ids),
        invalidAction: action(ids),
      }),
    ),
  );
});

const routeDestination: fc.Arbitrary<RouteDestination> = fc.oneof(
  fc.record({ type: fc.constant('user' as const), id: fc.constantFrom(...USER_IDS) }),
  fc.record({ type: fc.constant('voicemail' as const), userId: fc.constantFrom(...USER_IDS) }),
  fc.record({ type: fc.constant('hunt_group' as const), id: fc.constant(ID.sales) }),
  fc.record({ type: fc.constant('queue' as const), id: fc.constant(ID.support) }),
  fc.record({
    type: fc.constant('auto_attendant' as const),
    id: fc.constant(ID.receptie),
    menus: fc.constantFrom(null, 'businessHours' as const, 'afterHours' as const, 'holiday' as const),
  }),
  fc.record({
    type: fc.constant('number' as const),
    number: fc.constantFrom('0612345678', '0207940000', '09001234567'),
  }),
);

const userSettings = fc.record({
  dnd: fc.boolean(),
  always: maybeDestination,
  busy: maybeDestination,
  noAnswer: maybeDestination,
  unreachable: maybeDestination,
  voicemail: fc.boolean(),
  simultaneous: fc.array(fc.constantFrom('0612345678', '09001234567', 'onzin'), { maxLength: 3 }),
  sequential: fc.array(destination, { maxLength: 3 }),
});

const config = fc.record({
  users: fc.tuple(...USER_KEYS.map(() => userSettings)),
  group: fc.record({
    distribution: fc.constantFrom(...DISTRIBUTIONS),
    timeout: maybeDestination,
    busy: maybeDestination,
    unreachable: maybeDestination,
    callWaiting: fc.boolean(),
    members: fc.subarray([...USER_IDS, NUM.mobile]),
  }),
  queue: fc.record({
    distribution: fc.constantFrom(...DISTRIBUTIONS),
    overflow: fc.constantFrom('busy' as const, 'transfer' as const, 'keep_waiting' as const),
    overflowDestination: destination,
    stranded: fc.constantFrom('busy' as const, 'transfer' as const, 'keep_waiting' as const),
    strandedDestination: destination,
    scheduled: fc.boolean(),
    closed: fc.constantFrom('busy' as const, 'transfer' as const),
    closedDestination: destination,
  }),
  businessHours: menus,
  afterHours: fc.option(menus, { nil: null }),
  operator: fc.option(fc.constantFrom('201', '300', '500', '0612345678'), { nil: null }),
  route: fc.record({
    open: routeDestination,
    closed: routeDestination,
    holiday: fc.option(routeDestination, { nil: null }),
  }),
});

type Config = typeof config extends fc.Arbitrary<infer T> ? T : never;

function build(c: Config): Draft {
  const s = baseSnapshot();
  c.users.forEach((u, i) => {
    const id = USER_IDS[i] as string;
    setFeatures(s, id, {
      dnd: u.dnd,
      forwarding: forwarding({
        ...(u.always === undefined ? {} : { always: u.always }),
        ...(u.busy === undefined ? {} : { busy: u.busy }),
        ...(u.noAnswer === undefined ? {} : { noAnswer: u.noAnswer }),
        ...(u.unreachable === undefined ? {} : { unreachable: u.unreachable }),
      }),
      voicemail: { enabled: u.voicemail, copyToEmail: false, greeting: 'standard' },
      simultaneousRing: {
        enabled: u.simultaneous.length > 0,
        numbers: u.simultaneous,
        notWhileOnCall: false,
      },
      sequentialRing: { enabled: u.sequential.length > 0, destinations: u.sequential, secondsEach: 10 },
    });
  });
  const g = s.huntGroups[0];
  if (g) {
    Object.assign(g, {
      distribution: c.group.distribution,
      timeoutSeconds: c.group.timeout === undefined ? null : 30,
      timeoutDestination: c.group.timeout ?? null,
      busyAction: c.group.busy === undefined ? 'busy_tone' : 'forward',
      busyDestination: c.group.busy ?? null,
      unreachableAction: c.group.unreachable === undefined ? 'busy_tone' : 'forward',
      unreachableDestination: c.group.unreachable ?? null,
      callWaiting: c.group.callWaiting,
    });
  }
  s.huntGroupMembers = c.group.members.map((m, i) => ({
    id: `m${i}`,
    huntGroupId: ID.sales,
    position: i + 1,
    userId: m.startsWith('u-') ? m : null,
    externalNumber: m.startsWith('u-') ? null : m,
    weight: i + 1,
    loggedIn: i !== 2,
  }));
  const q = s.queues[0];
  if (q) {
    Object.assign(q, {
      distribution: c.queue.distribution,
      overflowAction: c.queue.overflow,
      overflowDestination: c.queue.overflowDestination,
      strandedAction: c.queue.stranded,
      strandedDestination: c.queue.strandedDestination,
      scheduleId: c.queue.scheduled ? ID.kantoor : null,
      closedAction: c.queue.closed,
      closedDestination: c.queue.closedDestination,
    });
  }
  const a = s.autoAttendants[0];
  if (a) {
    a.menus = {
      businessHours: { menus: c.businessHours },
      afterHours: c.afterHours ? { menus: c.afterHours } : null,
      holiday: null,
    };
    a.operator =
      c.operator === null
        ? null
        : c.operator.startsWith('0')
          ? { type: 'number', number: c.operator }
          : { type: 'extension', extension: c.operator };
  }
  const r = s.incomingRoutes[0];
  if (r)
    r.destinations = { open: c.route.open, closed: c.route.closed, holiday: c.route.holiday, closures: {} };
  return s;
}

const state: fc.Arbitrary<LiveState> = fc.record({
  busyUsers: fc.subarray(USER_IDS),
  dndUsers: fc.subarray(USER_IDS),
  unregisteredUsers: fc.subarray(USER_IDS),
  agentStates: fc.record({
    [ID.dirk]: fc.constantFrom('available' as const, 'unavailable' as const, 'wrap_up' as const),
    [ID.eva]: fc.constantFrom('available' as const, 'unavailable' as const, 'wrap_up' as const),
  }),
  queueLengths: fc.record({ [ID.support]: fc.integer({ min: 0, max: 10 }) }),
  lastAnswered: fc.record({ [ID.sales]: fc.constantFrom(...USER_IDS) }),
});

const call = fc.record({
  from: fc.constantFrom(...USER_IDS, '201', NUM.mobile, '+31 10 123 4567', ''),
  to: fc.constantFrom(
    NUM.main,
    '020 794 0004',
    '0031 20 794 0002',
    '300',
    '400',
    '500',
    '201',
    '299',
    '112',
    '0900 1234567',
    NUM.free,
  ),
  at: fc.constantFrom(...Object.values(AT)),
});

/** The ids a step may go to next. */
function targets(step: Step): number[] {
  const out: number[] = [];
  if ('on' in step) for (const id of Object.values(step.on)) if (typeof id === 'number') out.push(id);
  if (step.kind === 'collect') out.push(...Object.values(step.keys));
  return out;
}

function wellFormed(p: CallPlan): void {
  expect(p.steps.length).toBeLessThanOrEqual(MAX_PLAN_STEPS + 1);
  expect(p.steps[p.entry]).toBeDefined();
  p.steps.forEach((step, index) => {
    expect(step.id).toBe(index);
    for (const id of targets(step)) expect(p.steps[id], `step ${index} → ${id}`).toBeDefined();
    for (const d of step.decisions) expect(isRoutingCode(d.code), d.code).toBe(true);
    if (step.kind === 'reject') expect(isRoutingCode(step.code), step.code).toBe(true);
  });
}

describe('whatever the configuration, plan and simulate terminate within their bounds', () => {
  it('random adversarial configurations, states, calls and keys', () => {
    fc.assert(
      fc.property(
        config,
        state,
        call,
        fc.array(fc.constantFrom(...KEYS, 'x'), { maxLength: 40 }),
        fc.constantFrom('first' as const, 'none' as const),
        fc.boolean(),
        fc.integer(),
        (c, st, k, digits, answer, waitInQueue, seed) => {
          const compiled = compile(build(c));
          const p = plan(compiled, k, st, { seed });
          wellFormed(p);
          const sim = simulate(p, { digits, answer, waitInQueue, language: 'nl' });
          expect(sim.steps.length).toBeLessThanOrEqual(MAX_WALK_STEPS);
          expect(OUTCOMES).toContain(sim.outcome.kind);
          expect(isRoutingCode(sim.outcome.code), sim.outcome.code).toBe(true);
          for (const s of sim.steps) for (const d of s.decisions) expect(explain(d, 'nl')).not.toBe(d.code);
        },
      ),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('a menu tree whose ways multiply (each menu leads to the next two) is cut at the step budget', () => {
    const s = baseSnapshot();
    const n = 40;
    const chain: Menu[] = Array.from({ length: n }, (_, i) => ({
      id: `m${i}`,
      name: `m${i}`,
      greeting: { kind: 'text', text: `m${i}` },
      timeoutSeconds: 5,
      maxRepeats: 5,
      keys: Object.fromEntries(
        [i + 1, i + 2]
          .filter((j) => j < n)
          .map((j, k) => [String(k + 1), { kind: 'submenu' as const, menuId: `m${j}` }]),
      ),
      timeoutAction: { kind: 'back' },
      invalidAction: { kind: 'transfer', target: { type: 'hunt_group', id: ID.sales }, announce: false },
    }));
    const a = s.autoAttendants[0];
    if (a) a.menus = { businessHours: { menus: chain }, afterHours: null, holiday: null };
    const p = plan(compile(s), { from: NUM.mobile, to: '500', at: AT.tuesday });
    expect(p.truncated).toBe(true);
    wellFormed(p);
    const outcomes = new Set<string>();
    for (const digits of ['1'.repeat(60), '2'.repeat(30), '12'.repeat(20), '21'.repeat(20), '']) {
      const sim = simulate(p, { digits });
      expect(sim.steps.length).toBeLessThanOrEqual(MAX_WALK_STEPS);
      outcomes.add(sim.outcome.code);
    }
    expect(outcomes).toContain('plan_limit');
  });

  it('a long chain of forwardings is cut as a loop at the depth bound', () => {
    const s = baseSnapshot();
    const count = 40;
    for (let i = 0; i < count; i += 1) {
      const id = `u-chain-${i}`;
      s.users.push({ id, name: `Keten ${i}`, profile: 'vast', siteId: 'site-1' });
      s.extensions.push({ extension: String(600 + i), assigneeType: 'user', assigneeId: id });
      setFeatures(s, id, { forwarding: forwarding({ always: String(600 + i + 1) }) });
    }
    const p = plan(compile(s), { from: NUM.mobile, to: '600', at: AT.tuesday });
    expect(simulate(p).outcome).toMatchObject({ kind: 'rejected', code: 'loop' });
  });
});

describe("a plan's cost does not grow with the enterprise", () => {
  /** The base enterprise with `extra` more users, hunt groups and queues the call never meets. */
  function grown(extra: number): Draft {
    const s = baseSnapshot();
    for (let i = 0; i < extra; i += 1) {
      const id = `u-x${i}`;
      s.users.push({ id, name: `Extra ${i}`, profile: 'vast', siteId: 'site-1' });
      s.extensions.push({ extension: String(10000 + i), assigneeType: 'user', assigneeId: id });
      s.devices.push({
        id: `d-x${i}`,
        userId: id,
        lines: [{ line: 1, userId: null, sipUsername: `sip-x${i}` }],
      });
      if (i % 10 === 0) {
        const g = s.huntGroups[0];
        if (g) s.huntGroups.push({ ...g, id: `hg-x${i}`, name: `Groep ${i}` });
        s.huntGroupMembers.push({
          id: `m-x${i}`,
          huntGroupId: `hg-x${i}`,
          position: 1,
          userId: id,
          externalNumber: null,
          weight: 1,
          loggedIn: true,
        });
      }
    }
    s.extensionLength = 3;
    return s;
  }

  it.each([
    { to: NUM.main, digits: '1' },
    { to: NUM.main, digits: '2' },
    { to: '300', digits: '' },
    { to: '0207940001', digits: '' },
  ])('calling $to plans the same steps in 10 and 5,000 users', ({ to, digits }) => {
    const small = plan(compile(grown(10)), { from: NUM.mobile, to, at: AT.tuesday });
    const large = plan(compile(grown(5000)), { from: NUM.mobile, to, at: AT.tuesday });
    expect(large.steps.length).toBe(small.steps.length);
    expect(simulate(large, { digits }).steps.length).toBe(simulate(small, { digits }).steps.length);
    expect(simulate(large, { digits }).outcome).toStrictEqual(simulate(small, { digits }).outcome);
  });
});
