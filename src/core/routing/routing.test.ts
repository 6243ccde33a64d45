import { describe, expect, it } from 'vitest';
import { MAX_CACHED, RoutingCache } from './cache';
import { compile } from './compile';
import { describePlan } from './describe';
import { explain } from './messages';
import { plan } from './plan';
import { simulate } from './simulate';
import {
  AT,
  baseSnapshot,
  type Draft,
  forwarding,
  ID,
  NUM,
  setFeatures,
  VOICEMAIL_ON,
} from './test-fixtures';
import type { Assumptions, Call, CallPlan, LiveState, OutcomeKind, PlanOptions, Step } from './types';

type Case = {
  name: string;
  edit?: (s: Draft) => void;
  call: Partial<Call>;
  state?: LiveState;
  assume?: Assumptions;
  options?: PlanOptions;
  kind: OutcomeKind;
  code: string;
  /** A decision code the walk must show. */
  shows?: string[];
  /** The explanation (in Dutch) must contain. */
  nl?: string;
};

function run(c: Pick<Case, 'edit' | 'call' | 'state' | 'assume' | 'options'>) {
  const s = baseSnapshot();
  c.edit?.(s);
  const compiled = compile(s);
  const p = plan(
    compiled,
    { from: NUM.mobile, to: NUM.anna, at: AT.tuesday, ...c.call },
    c.state ?? {},
    c.options,
  );
  const sim = simulate(p, c.assume ?? {});
  const nl = simulate(p, { ...c.assume, language: 'nl' });
  return { p, sim, nl };
}

const codesOf = (sim: ReturnType<typeof simulate>): string[] =>
  sim.steps.flatMap((s) => s.decisions.map((d) => d.code));

function check(c: Case): void {
  const { sim, nl } = run(c);
  expect(
    { kind: sim.outcome.kind, code: sim.outcome.code },
    JSON.stringify(sim.steps, null, 1),
  ).toStrictEqual({
    kind: c.kind,
    code: c.code,
  });
  for (const code of c.shows ?? []) expect(codesOf(sim)).toContain(code);
  if (c.nl) expect([...nl.steps.map((s) => s.explanation), nl.outcome.reason].join(' | ')).toContain(c.nl);
}

const stepsOfKind = <K extends Step['kind']>(p: CallPlan, kind: K): Extract<Step, { kind: K }>[] =>
  p.steps.filter((s): s is Extract<Step, { kind: K }> => s.kind === kind);

describe('users: ringing, DND, busy, unregistered and the four forwardings', () => {
  const cases: Case[] = [
    { name: 'an outside call to a user rings the desk phone', call: {}, kind: 'answered', code: 'answered' },
    {
      name: 'nobody answers and there is no voicemail',
      call: {},
      assume: { answer: 'none' },
      kind: 'no_answer',
      code: 'no_answer',
    },
    {
      name: 'no answer goes to voicemail when switched on',
      edit: (s) => setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON }),
      call: {},
      assume: { answer: 'none' },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['ring_user_for', 'no_answer_voicemail'],
    },
    {
      name: 'DND with voicemail: voicemail',
      edit: (s) => setFeatures(s, ID.anna, { dnd: true, voicemail: VOICEMAIL_ON }),
      call: {},
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['user_dnd'],
      nl: 'Anna de Vries: niet storen',
    },
    {
      name: 'DND from the live state without voicemail: busy',
      call: {},
      state: { dndUsers: [ID.anna] },
      kind: 'busy',
      code: 'busy',
    },
    { name: 'busy: busy tone', call: {}, state: { busyUsers: [ID.anna] }, kind: 'busy', code: 'busy' },
    {
      name: 'forwarding always to an extension rings the colleague',
      edit: (s) => setFeatures(s, ID.anna, { forwarding: forwarding({ always: '202' }) }),
      call: {},
      kind: 'answered',
      code: 'answered',
      shows: ['forward_always'],
    },
    {
      name: 'forwarding always to a mobile goes off-net',
      edit: (s) => setFeatures(s, ID.anna, { forwarding: forwarding({ always: '06-12345678' }) }),
      call: {},
      kind: 'forwarded_offnet',
      code: 'forwarded',
    },
    {
      name: 'forwarding on busy',
      edit: (s) => setFeatures(s, ID.anna, { forwarding: forwarding({ busy: '203' }) }),
      call: {},
      state: { busyUsers: [ID.anna] },
      kind: 'answered',
      code: 'answered',
      shows: ['user_busy', 'forward_busy'],
    },
    {
      name: 'forwarding on no answer after its seconds',
      edit: (s) =>
        setFeatures(s, ID.anna, {
          forwarding: forwarding({ noAnswer: '+31 6 12345678', noAnswerAfter: 15 }),
        }),
      call: {},
      assume: { answer: 'none' },
      kind: 'forwarded_offnet',
      code: 'forwarded',
      shows: ['forward_no_answer'],
      nl: 'na 15 s geen gehoor',
    },
    {
      name: 'forwarding on unreachable when no line is registered',
      edit: (s) => setFeatures(s, ID.anna, { forwarding: forwarding({ unreachable: '204' }) }),
      call: {},
      state: { registeredLines: ['sip-dirk'] },
      kind: 'answered',
      code: 'answered',
      shows: ['user_unregistered', 'forward_unreachable'],
    },
    {
      name: 'unreachable without forwarding or voicemail: rejected',
      call: {},
      state: { unregisteredUsers: [ID.anna] },
      kind: 'rejected',
      code: 'unreachable',
    },
    {
      name: 'simultaneous ring adds the mobile to the ring',
      edit: (s) =>
        setFeatures(s, ID.anna, {
          simultaneousRing: { enabled: true, numbers: ['0612345678'], notWhileOnCall: false },
        }),
      call: {},
      kind: 'answered',
      code: 'answered',
      shows: ['simultaneous_ring'],
    },
    {
      name: 'sequential ring tries the colleagues after the desk phone',
      edit: (s) =>
        setFeatures(s, ID.anna, {
          sequentialRing: { enabled: true, destinations: ['202', '0612345678'], secondsEach: 10 },
          voicemail: VOICEMAIL_ON,
        }),
      call: {},
      assume: { answer: 'none' },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['sequential_ring'],
    },
    {
      name: 'a forwarding to voicemail',
      edit: (s) =>
        setFeatures(s, ID.anna, { forwarding: forwarding({ always: 'voicemail' }), voicemail: VOICEMAIL_ON }),
      call: {},
      kind: 'voicemail',
      code: 'voicemail',
    },
  ];
  it.each(cases)('$name', check);

  it('rings a user on every registered line, with the pickup group', () => {
    const { p } = run({ call: {} });
    const ring = stepsOfKind(p, 'ring')[0];
    expect(ring?.endpoints).toStrictEqual([
      { kind: 'user', userId: ID.anna, name: 'Anna de Vries', lines: ['sip-anna'] },
    ]);
    expect(ring?.pickup).toMatchObject({ groupId: ID.pickup, userIds: [ID.bob] });
  });

  it('a line of the device registers as the device user, a line of its own as its user', () => {
    const { p } = run({
      edit: (s) => {
        s.devices.push({
          id: 'd-x',
          userId: ID.bob,
          lines: [{ line: 2, userId: ID.anna, sipUsername: 'sip-anna-2' }],
        });
      },
      call: {},
      state: { registeredLines: ['sip-anna-2'] },
    });
    expect(stepsOfKind(p, 'ring')[0]?.endpoints[0]).toMatchObject({ lines: ['sip-anna-2'] });
  });
});

describe('dialled numbers in every usual notation', () => {
  const notations = [
    '0207940001',
    '020-794 0001',
    '(020) 7940001',
    '+31 20 794 0001',
    '+31 (0)20 794 0001',
    '0031 20 794 0001',
    '0031-20-794.0001',
    '+31207940001',
  ];
  it.each(notations)('%s reaches Anna from outside', (to) => {
    const { sim, p } = run({ call: { to } });
    expect(sim.outcome.code).toBe('answered');
    expect(stepsOfKind(p, 'ring')[0]?.target.id).toBe(ID.anna);
  });
  it.each(notations)('%s reaches Anna from Bob (internal)', (to) => {
    const { sim } = run({ call: { from: ID.bob, to } });
    expect(sim.outcome).toMatchObject({ kind: 'answered', code: 'answered' });
  });

  const cases: Case[] = [
    {
      name: 'an extension from a colleague',
      call: { from: '202', to: '201' },
      kind: 'answered',
      code: 'answered',
    },
    { name: 'an unknown extension', call: { from: '202', to: '299' }, kind: 'rejected', code: 'unassigned' },
    {
      name: 'a free number of the plan from outside',
      call: { to: '020 794 0009' },
      kind: 'rejected',
      code: 'unassigned',
      nl: 'niet in gebruik',
    },
    {
      name: 'a free number of the plan from inside',
      call: { from: ID.bob, to: '0207940009' },
      kind: 'rejected',
      code: 'unassigned',
    },
    {
      name: 'a number not of the enterprise from outside',
      call: { to: '0101234567' },
      kind: 'rejected',
      code: 'unassigned',
    },
    { name: 'nonsense', call: { from: ID.bob, to: 'hallo' }, kind: 'rejected', code: 'unknown_number' },
    {
      name: 'the caller by its own number is a user',
      call: { from: '020 794 0001', to: '202' },
      kind: 'answered',
      code: 'answered',
    },
  ];
  it.each(cases)('$name', check);
});

describe('outgoing calls and call restrictions', () => {
  const bar = (
    s: Draft,
    patch: Partial<Record<'mobile' | 'international' | 'premium' | 'nationalFixed', boolean>>,
  ) => {
    s.userRestrictions.push({
      userId: ID.bob,
      internal: true,
      nationalFixed: true,
      mobile: true,
      international: true,
      premium: false,
      service: true,
      ...patch,
    });
  };
  const cases: Case[] = [
    {
      name: 'a national number goes off-net',
      call: { from: ID.bob, to: '010 123 4567' },
      kind: 'forwarded_offnet',
      code: 'forwarded',
    },
    {
      name: 'premium rate is barred by default',
      call: { from: ID.bob, to: '0900 1234567' },
      kind: 'rejected',
      code: 'barred',
      nl: 'geblokkeerd door de belrestricties',
    },
    {
      name: 'a mobile when mobile is barred',
      edit: (s) => bar(s, { mobile: false }),
      call: { from: ID.bob, to: '06 12345678' },
      kind: 'rejected',
      code: 'barred',
    },
    {
      name: 'abroad when international is barred',
      edit: (s) => bar(s, { international: false }),
      call: { from: ID.bob, to: '0044 20 7946 0018' },
      kind: 'rejected',
      code: 'barred',
    },
    {
      name: '112 with everything barred',
      edit: (s) => bar(s, { mobile: false, international: false, nationalFixed: false }),
      call: { from: ID.bob, to: '112' },
      kind: 'forwarded_offnet',
      code: 'emergency',
    },
    {
      name: 'the enterprise default applies to a user without its own set',
      edit: (s) => {
        s.defaultRestrictions = {
          internal: true,
          nationalFixed: false,
          mobile: true,
          international: true,
          premium: false,
          service: true,
        };
      },
      call: { from: ID.bob, to: '010 123 4567' },
      kind: 'rejected',
      code: 'barred',
    },
    {
      name: 'a forwarding to a number the user may not call is barred at call time too',
      edit: (s) => {
        s.userRestrictions.push({
          userId: ID.anna,
          internal: true,
          nationalFixed: true,
          mobile: false,
          international: true,
          premium: false,
          service: true,
        });
        setFeatures(s, ID.anna, { forwarding: forwarding({ always: '0612345678' }) });
      },
      call: {},
      kind: 'rejected',
      code: 'barred',
    },
  ];
  it.each(cases)('$name', check);
});

describe('hunt groups: each policy and the skipping of members', () => {
  const firstRung = (c: Omit<Case, 'kind' | 'code'>): string[] => {
    const { p } = run(c);
    const ring = stepsOfKind(p, 'ring').find((r) => r.target.type === 'hunt_group');
    return (ring?.endpoints ?? []).map((e) => (e.kind === 'user' ? e.userId : e.number));
  };
  const setPolicy = (policy: Draft['huntGroups'][number]['distribution']) => (s: Draft) => {
    const g = s.huntGroups[0];
    if (g) g.distribution = policy;
  };
  const toGroup = { to: '300', from: ID.eva };

  it.each([
    ['regular', {}, [ID.anna, ID.bob, ID.carla]],
    ['simultaneous', {}, [ID.anna, ID.bob, ID.carla]],
    ['circular', { lastAnswered: { [ID.sales]: ID.bob } }, [ID.carla, ID.anna, ID.bob]],
    ['circular', { lastAnswered: { [ID.sales]: ID.carla } }, [ID.anna, ID.bob, ID.carla]],
    [
      'uniform',
      { idleSince: { [ID.anna]: 3000, [ID.bob]: 1000, [ID.carla]: 2000 } },
      [ID.bob, ID.carla, ID.anna],
    ],
    ['uniform', { idleSince: { [ID.anna]: 3000, [ID.bob]: 1000 } }, [ID.carla, ID.bob, ID.anna]],
  ] as const)('%s with %j rings %j', (policy, state, order) => {
    expect(firstRung({ name: '', edit: setPolicy(policy), call: toGroup, state })).toStrictEqual(order);
  });

  it('simultaneous rings in parallel, the others in sequence with the hunt time', () => {
    const ringOf = (policy: Draft['huntGroups'][number]['distribution']) =>
      stepsOfKind(run({ edit: setPolicy(policy), call: toGroup }).p, 'ring')[0];
    expect(ringOf('simultaneous')).toMatchObject({ order: 'parallel', ringPattern: 'long_long' });
    expect(ringOf('regular')).toMatchObject({ order: 'sequential', seconds: 15 });
  });

  it('circular explains who answered last', () => {
    const { nl } = run({
      edit: setPolicy('circular'),
      call: toGroup,
      state: { lastAnswered: { [ID.sales]: ID.bob } },
    });
    expect(nl.steps[0]?.explanation).toContain('circulair: laatst opgenomen door lid 2');
  });

  it('weighted is random but the same for the same seed, and follows the weights', () => {
    const edit = (s: Draft) => {
      setPolicy('weighted')(s);
      for (const m of s.huntGroupMembers) m.weight = m.userId === ID.carla ? 98 : 1;
    };
    const a = firstRung({ name: '', edit, call: toGroup, options: { seed: 42 } });
    const b = firstRung({ name: '', edit, call: toGroup, options: { seed: 42 } });
    expect(a).toStrictEqual(b);
    expect([...a].sort()).toStrictEqual([ID.anna, ID.bob, ID.carla].sort());
    let carlaFirst = 0;
    for (let seed = 1; seed <= 200; seed += 1) {
      if (firstRung({ name: '', edit, call: toGroup, options: { seed } })[0] === ID.carla) carlaFirst += 1;
    }
    expect(carlaFirst).toBeGreaterThan(180);
    expect(carlaFirst).toBeLessThan(200);
  });

  const cases: Case[] = [
    {
      name: 'member 3 skipped on DND (explained)',
      call: toGroup,
      state: { dndUsers: [ID.carla] },
      kind: 'answered',
      code: 'answered',
      shows: ['member_skipped_dnd'],
      nl: 'lid 3 overgeslagen: niet storen',
    },
    {
      name: 'a logged-out member skipped',
      edit: (s) => {
        const m = s.huntGroupMembers[0];
        if (m) m.loggedIn = false;
      },
      call: toGroup,
      kind: 'answered',
      code: 'answered',
      nl: 'lid 1 overgeslagen: afgemeld',
    },
    {
      name: 'an unregistered member skipped',
      call: toGroup,
      state: { registeredLines: ['sip-bob'] },
      kind: 'answered',
      code: 'answered',
      nl: 'lid 1 overgeslagen: geen toestel aangemeld',
    },
    {
      name: 'all busy: busy tone',
      call: toGroup,
      state: { busyUsers: [ID.anna, ID.bob, ID.carla] },
      kind: 'busy',
      code: 'busy',
      shows: ['group_all_busy'],
    },
    {
      name: 'all busy with forwarding to the queue',
      edit: (s) => {
        const g = s.huntGroups[0];
        if (g) Object.assign(g, { busyAction: 'forward', busyDestination: '400' });
      },
      call: toGroup,
      state: { busyUsers: [ID.anna, ID.bob, ID.carla] },
      kind: 'answered',
      code: 'answered',
      shows: ['group_forward', 'queue_enter'],
    },
    {
      name: 'busy members with call waiting still ring',
      edit: (s) => {
        const g = s.huntGroups[0];
        if (g) g.callWaiting = true;
      },
      call: toGroup,
      state: { busyUsers: [ID.anna, ID.bob, ID.carla] },
      kind: 'answered',
      code: 'answered',
    },
    {
      name: 'none reachable with forwarding off-net',
      edit: (s) => {
        const g = s.huntGroups[0];
        if (g) Object.assign(g, { unreachableAction: 'forward', unreachableDestination: '0612345678' });
      },
      call: toGroup,
      state: { registeredLines: [] },
      kind: 'forwarded_offnet',
      code: 'forwarded',
      shows: ['group_unreachable'],
    },
    {
      name: 'none reachable: unreachable',
      call: toGroup,
      state: { unregisteredUsers: [ID.anna, ID.bob, ID.carla] },
      kind: 'busy',
      code: 'unreachable',
    },
    {
      name: 'the total timeout forwards after no answer',
      edit: (s) => {
        const g = s.huntGroups[0];
        if (g) Object.assign(g, { timeoutSeconds: 40, timeoutDestination: '204' });
      },
      call: toGroup,
      assume: { answer: 'none' },
      kind: 'no_answer',
      code: 'no_answer',
      shows: ['group_timeout'],
    },
    {
      name: 'an outside member rings too',
      edit: (s) => {
        s.huntGroupMembers = [
          {
            id: 'm-ext',
            huntGroupId: ID.sales,
            position: 1,
            userId: null,
            externalNumber: NUM.mobile,
            weight: 1,
            loggedIn: true,
          },
        ];
      },
      call: toGroup,
      kind: 'answered',
      code: 'answered',
    },
    {
      name: 'a group without members is unreachable',
      edit: (s) => {
        s.huntGroupMembers = [];
      },
      call: toGroup,
      kind: 'busy',
      code: 'unreachable',
    },
  ];
  it.each(cases)('$name', check);
});

describe('queues: entering, full, stranded, overflow, wait exceeded, opening hours', () => {
  const toQueue = { to: '400', from: NUM.mobile };
  const edit =
    (patch: Partial<Draft['queues'][number]>) =>
    (s: Draft): void => {
      const q = s.queues[0];
      if (q) Object.assign(q, patch);
    };
  const cases: Case[] = [
    { name: 'an agent answers', call: toQueue, kind: 'answered', code: 'answered', shows: ['queue_enter'] },
    {
      name: 'the caller waits',
      call: toQueue,
      assume: { waitInQueue: true },
      kind: 'queued',
      code: 'queued',
    },
    {
      name: 'overflow after its seconds transfers',
      call: toQueue,
      assume: { answer: 'none' },
      kind: 'no_answer',
      code: 'no_answer',
      shows: ['queue_overflow', 'queue_transfer'],
    },
    {
      name: 'overflow to busy',
      edit: edit({ overflowAction: 'busy', overflowDestination: null }),
      call: toQueue,
      assume: { answer: 'none' },
      kind: 'busy',
      code: 'overflow',
    },
    {
      name: 'keep waiting until the maximum wait',
      edit: edit({ overflowAction: 'keep_waiting', overflowAfterSeconds: null, overflowDestination: null }),
      call: toQueue,
      assume: { answer: 'none' },
      kind: 'busy',
      code: 'wait_exceeded',
      shows: ['queue_wait_exceeded'],
    },
    {
      name: 'full',
      edit: edit({ overflowAction: 'busy', overflowDestination: null }),
      call: toQueue,
      state: { queueLengths: { [ID.support]: 5 } },
      kind: 'rejected',
      code: 'queue_full',
      nl: 'wachtrij Klantenservice is vol (5 bellers)',
    },
    {
      name: 'full with overflow transfer',
      call: toQueue,
      state: { queueLengths: { [ID.support]: 9 } },
      kind: 'answered',
      code: 'answered',
      shows: ['queue_full', 'queue_transfer'],
    },
    {
      name: 'stranded: no agent available',
      call: toQueue,
      state: { agentStates: { [ID.dirk]: 'unavailable', [ID.eva]: 'unavailable' } },
      kind: 'busy',
      code: 'stranded',
      shows: ['agent_skipped_unavailable', 'queue_stranded'],
    },
    {
      name: 'an agent in wrap-up is still offered',
      call: toQueue,
      state: { agentStates: { [ID.dirk]: 'unavailable', [ID.eva]: 'wrap_up' } },
      kind: 'answered',
      code: 'answered',
    },
    {
      name: 'closed out of hours',
      edit: edit({ scheduleId: ID.kantoor, closedAction: 'busy' }),
      call: { ...toQueue, at: AT.tuesdayEvening },
      kind: 'rejected',
      code: 'closed',
      shows: ['queue_closed'],
    },
    {
      name: 'closed on Tweede Paasdag with the closed message, then a transfer',
      edit: edit({
        scheduleId: ID.kantoor,
        closedAction: 'busy',
        holidayAction: 'transfer',
        holidayDestination: '0612345678',
        closedMessage: true,
      }),
      call: { ...toQueue, at: AT.tweedePaasdag },
      kind: 'forwarded_offnet',
      code: 'forwarded',
      shows: ['queue_holiday', 'closed_message'],
      nl: 'feestdag Tweede paasdag',
    },
  ];
  it.each(cases)('$name', check);

  it('the queue step carries position, comfort, maximum wait, overflow and bounce', () => {
    const { p } = run({ call: toQueue, state: { queueLengths: { [ID.support]: 2 } } });
    const q = stepsOfKind(p, 'queue')[0];
    expect(q).toMatchObject({
      position: 3,
      maxWaitSeconds: 300,
      overflowAfterSeconds: 120,
      bounceAfterRings: 4,
      positionAnnouncement: 'U bent nummer 3 in de wachtrij.',
      comfort: { intervalSeconds: 30 },
    });
    expect(q?.agents.map((a) => (a.kind === 'user' ? a.userId : a.number))).toStrictEqual([ID.dirk, ID.eva]);
    expect(stepsOfKind(p, 'play')[0]?.audio).toMatchObject({ kind: 'message', key: 'welcome' });
  });
});

describe('schedules, incoming routes and auto attendants', () => {
  const cases: Case[] = [
    {
      name: 'the main number on a Tuesday morning: the menu, key 1 to sales',
      call: { to: '020 794 0000' },
      assume: { digits: '1' },
      kind: 'answered',
      code: 'answered',
      shows: ['route_open', 'menu', 'menu_key', 'hunt_group'],
    },
    {
      name: 'the main number in the evening: voicemail',
      edit: (s) => setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON }),
      call: { to: NUM.main, at: AT.tuesdayEvening },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['route_closed'],
    },
    {
      name: 'the main number on Tweede Paasdag: closed by the holiday',
      edit: (s) => setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON }),
      call: { to: NUM.main, at: AT.tweedePaasdag },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['route_holiday_named', 'route_fallback'],
      nl: 'buiten kantoortijden: feestdag Tweede paasdag',
    },
    {
      name: 'the main number on Koningsdag with a holiday destination off-net',
      edit: (s) => {
        const r = s.incomingRoutes[0];
        if (r) r.destinations = { ...r.destinations, holiday: { type: 'number', number: '06 12345678' } };
      },
      call: { to: NUM.main, at: AT.koningsdag },
      kind: 'forwarded_offnet',
      code: 'forwarded',
      nl: 'Koningsdag',
    },
    {
      name: 'a named closure (the company day) with its own destination',
      edit: (s) => {
        const r = s.incomingRoutes[0];
        if (r)
          r.destinations = { ...r.destinations, closures: { 'c-bedrijfsdag': { type: 'user', id: ID.bob } } };
      },
      call: { to: NUM.main, at: AT.bedrijfsuitje },
      kind: 'answered',
      code: 'answered',
      shows: ['route_closure_named'],
      nl: 'Bedrijfsuitje',
    },
    {
      name: 'the attendant by its own number on a Saturday: the after-hours menu',
      edit: (s) => setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON }),
      call: { to: NUM.receptie, at: AT.saturday },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['attendant_closed'],
      nl: 'buiten kantoortijden',
    },
    {
      name: 'the attendant on Tweede Paasdag: the holiday falls back to the after-hours tree',
      edit: (s) => setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON }),
      call: { to: NUM.receptie, at: AT.tweedePaasdag },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['attendant_holiday', 'attendant_tree_fallback'],
      nl: 'Receptie: buiten kantoortijden: feestdag Tweede paasdag',
    },
    {
      name: 'key 2 to the queue',
      call: { to: '500' },
      assume: { digits: '2', waitInQueue: true },
      kind: 'queued',
      code: 'queued',
    },
    {
      name: 'key 0: the operator',
      call: { to: '500' },
      assume: { digits: '0' },
      kind: 'answered',
      code: 'answered',
      shows: ['operator'],
    },
    {
      name: 'no key: repeated once, then the timeout action (the operator)',
      call: { to: '500' },
      assume: { answer: 'none' },
      kind: 'no_answer',
      code: 'no_answer',
      shows: ['menu_repeat', 'menu_timeout', 'operator'],
    },
    {
      name: 'invalid key twice: the invalid action (voicemail)',
      edit: (s) => setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON }),
      call: { to: '500' },
      assume: { digits: '77' },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['menu_invalid'],
    },
    {
      name: 'invalid key then a valid one',
      call: { to: '500' },
      assume: { digits: '71' },
      kind: 'answered',
      code: 'answered',
    },
    {
      name: 'submenu, announcement, back to the root, then key 1',
      call: { to: '500' },
      assume: { digits: '31*1' },
      kind: 'answered',
      code: 'answered',
      shows: ['announcement'],
    },
    {
      name: 'an announced transfer to a mobile',
      call: { to: '500' },
      assume: { digits: '9' },
      kind: 'forwarded_offnet',
      code: 'forwarded',
      shows: ['transfer_announced'],
    },
    {
      name: 'the caller hangs up in the menu',
      call: { to: '500' },
      assume: { hangUpAtStep: 0 },
      kind: 'disconnected',
      code: 'caller_hung_up',
    },
    {
      name: 'a route forcing the holiday tree of the attendant',
      edit: (s) => {
        const r = s.incomingRoutes[0];
        if (r)
          r.destinations = {
            ...r.destinations,
            open: { type: 'auto_attendant', id: ID.receptie, menus: 'afterHours' },
          };
        setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON });
      },
      call: { to: NUM.main },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['attendant_tree_forced'],
    },
    {
      name: 'dial by extension hands over to the caller',
      edit: (s) => {
        const menu = s.autoAttendants[0]?.menus.businessHours.menus[0];
        if (menu) menu.keys['5'] = { kind: 'dial_by_extension' };
      },
      call: { to: '500' },
      assume: { digits: '5' },
      kind: 'disconnected',
      code: 'dial_by_extension',
    },
    {
      name: 'no operator',
      edit: (s) => {
        const a = s.autoAttendants[0];
        if (a) a.operator = null;
      },
      call: { to: '500' },
      assume: { digits: '0' },
      kind: 'rejected',
      code: 'no_operator',
    },
  ];
  it.each(cases)('$name', check);

  it('the menu step has its keys, timeout and greeting', () => {
    const { p } = run({ call: { to: '500' } });
    const root = p.steps[p.entry];
    expect(root).toMatchObject({ kind: 'collect', menuId: 'root', timeoutSeconds: 5, attempt: 0 });
    if (root?.kind === 'collect')
      expect(Object.keys(root.keys).sort()).toStrictEqual(['0', '1', '2', '3', '9']);
  });
});

describe('loops are cut', () => {
  const cases: Case[] = [
    {
      name: 'A forwards to B, B forwards back to A',
      edit: (s) => {
        setFeatures(s, ID.anna, { forwarding: forwarding({ always: '202' }) });
        setFeatures(s, ID.bob, { forwarding: forwarding({ always: '201' }) });
      },
      call: {},
      kind: 'rejected',
      code: 'loop',
      nl: 'lus: Anna de Vries',
    },
    {
      name: "a forwarding to one's own extension",
      edit: (s) => setFeatures(s, ID.anna, { forwarding: forwarding({ always: '201' }) }),
      call: {},
      kind: 'rejected',
      code: 'loop',
    },
    {
      name: 'a group whose busy forwarding is the group itself, across a queue',
      edit: (s) => {
        const g = s.huntGroups[0];
        if (g) Object.assign(g, { busyAction: 'forward', busyDestination: '400' });
        const q = s.queues[0];
        if (q) Object.assign(q, { strandedAction: 'transfer', strandedDestination: '300' });
      },
      call: { to: '300' },
      state: {
        busyUsers: [ID.anna, ID.bob, ID.carla],
        agentStates: { [ID.dirk]: 'unavailable', [ID.eva]: 'unavailable' },
      },
      kind: 'rejected',
      code: 'loop',
    },
    {
      name: 'a menu key transferring to its own attendant',
      edit: (s) => {
        const menu = s.autoAttendants[0]?.menus.businessHours.menus[0];
        if (menu)
          menu.keys['4'] = {
            kind: 'transfer',
            target: { type: 'auto_attendant', id: ID.receptie },
            announce: false,
          };
      },
      call: { to: '500' },
      assume: { digits: '4' },
      kind: 'rejected',
      code: 'loop',
    },
    {
      name: 'a sub-menu cycle',
      edit: (s) => {
        const info = s.autoAttendants[0]?.menus.businessHours.menus[1];
        if (info) info.keys['2'] = { kind: 'submenu', menuId: 'root' };
      },
      call: { to: '500' },
      assume: { digits: '32' },
      kind: 'rejected',
      code: 'loop',
    },
    {
      name: 'a menu going round for ever ends the walk',
      edit: (s) => {
        const info = s.autoAttendants[0]?.menus.businessHours.menus[1];
        if (info) info.timeoutAction = { kind: 'repeat' };
      },
      call: { to: '500' },
      assume: { digits: '3' },
      kind: 'disconnected',
      code: 'simulation_limit',
    },
  ];
  it.each(cases)('$name', check);
});

describe('explanations', () => {
  it('renders a decision in Dutch and English', () => {
    const d = { code: 'member_skipped_dnd', params: { position: 3 } };
    expect(explain(d, 'nl')).toBe('lid 3 overgeslagen: niet storen');
    expect(explain(d, 'en')).toBe('member 3 skipped: do not disturb');
    const h = {
      code: 'route_holiday_named',
      params: { route: 'Hoofdnummer', name: { nl: 'Tweede Paasdag', en: 'Easter Monday' } },
    };
    expect(explain(h, 'nl')).toBe('route Hoofdnummer: buiten kantoortijden: feestdag Tweede Paasdag');
    expect(explain(h, 'en')).toBe('route Hoofdnummer: outside office hours: public holiday Easter Monday');
  });

  it('every step of every plan above has only known codes', () => {
    const { p } = run({ call: { to: NUM.main }, assume: { digits: '1' } });
    for (const step of p.steps) for (const d of step.decisions) expect(explain(d, 'nl')).not.toBe(d.code);
  });
});

describe('the caller, agents on a call, and schedules across DST', () => {
  const sundayHours = (s: Draft): void => {
    const k = s.schedules[0];
    if (k) k.weekly = [...k.weekly, { weekday: 7, start: '08:00', end: '12:00' }];
  };
  const cases: Case[] = [
    {
      name: 'a user calling its own extension finds itself busy (voicemail)',
      edit: (s) => setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON }),
      call: { from: ID.anna, to: '201' },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['user_busy'],
    },
    {
      name: 'a member calling its own group is not rung',
      call: { from: ID.anna, to: '300' },
      kind: 'answered',
      code: 'answered',
      nl: 'lid 1 overgeslagen: in gesprek',
    },
    {
      name: 'an agent without a registered device is skipped',
      call: { to: '400' },
      state: { registeredLines: ['sip-eva'] },
      kind: 'answered',
      code: 'answered',
      nl: 'agent 1 overgeslagen: geen toestel aangemeld',
    },
    {
      name: 'agents on a call keep the queue staffed: the caller waits and overflows',
      call: { to: '400' },
      state: { busyUsers: [ID.dirk, ID.eva] },
      kind: 'answered',
      code: 'answered',
      shows: ['agent_busy', 'queue_overflow'],
    },
    {
      name: 'DST Sunday (29 March 2026) 11:30 summer time is open',
      edit: sundayHours,
      call: { to: NUM.receptie, at: '2026-03-29T11:30:00+02:00' },
      assume: { digits: '1' },
      kind: 'answered',
      code: 'answered',
      shows: ['attendant_open'],
    },
    {
      name: 'DST Sunday (29 March 2026) 10:30 UTC = 12:30 local is closed',
      edit: (s) => {
        sundayHours(s);
        setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON });
      },
      call: { to: NUM.receptie, at: '2026-03-29T10:30:00Z' },
      kind: 'voicemail',
      code: 'voicemail',
      shows: ['attendant_closed'],
    },
    {
      name: 'the end of the DST (25 October 2026) 07:30 UTC = 08:30 local is open',
      edit: sundayHours,
      call: { to: NUM.receptie, at: '2026-10-25T07:30:00Z' },
      assume: { digits: '1' },
      kind: 'answered',
      code: 'answered',
      shows: ['attendant_open'],
    },
    {
      name: 'Friday 17:29 is still open',
      call: { to: NUM.receptie, at: '2026-04-10T17:29:00+02:00' },
      assume: { digits: '1' },
      kind: 'answered',
      code: 'answered',
      shows: ['attendant_open'],
    },
  ];
  it.each(cases)('$name', check);
});

describe('describePlan', () => {
  it('prints each step with its branches and explanation', () => {
    const { p } = run({ call: { to: '300', from: ID.eva }, state: { dndUsers: [ID.carla] } });
    const lines = describePlan(p, 'nl');
    expect(lines[0]).toBe(`→ #${p.entry}  beller: Eva Smit; gekozen: 300`);
    expect(lines.find((l) => l.includes('ring Anna de Vries → Bob Jansen'))).toContain(
      'lid 3 overgeslagen: niet storen',
    );
  });
});

describe('the memo of a compiled configuration', () => {
  it('keeps schedule states by minute: 17:29:59 is open, 17:30:00 closed, planned against one compiled config', () => {
    const s = baseSnapshot();
    setFeatures(s, ID.anna, { voicemail: VOICEMAIL_ON });
    const compiled = compile(s);
    const at = (time: string) =>
      simulate(plan(compiled, { from: NUM.mobile, to: NUM.receptie, at: `2026-04-10T${time}+02:00` }), {
        digits: '1',
      }).outcome.kind;
    expect([at('17:29:00'), at('17:29:59'), at('17:30:00'), at('17:29:30')]).toStrictEqual([
      'answered',
      'answered',
      'voicemail',
      'answered',
    ]);
    expect(compiled.cache.size).toBeGreaterThan(0);
  });

  it('the same call against the same config plans the same program', () => {
    const compiled = compile(baseSnapshot());
    const call = { from: NUM.mobile, to: NUM.main, at: AT.tuesday };
    expect(plan(compiled, call)).toStrictEqual(plan(compiled, call));
  });

  it('is bounded', () => {
    const cache = new RoutingCache();
    for (let i = 0; i < MAX_CACHED + 5; i += 1) cache.get(`k${i}`, () => i);
    expect(cache.size).toBeLessThanOrEqual(MAX_CACHED);
    expect(cache.get('k1', () => -1)).toBe(-1);
  });
});
