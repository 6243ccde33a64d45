import { DateTime } from 'luxon';
import { type CalendarState, stateAt } from '../calendar/calendar';
import type { AgentState } from '../telephony/agent-states';
import { type MenuAction, type TransferTarget, type TreeKind, treeFor } from '../telephony/attendants';
import {
  type CallDecision,
  type CallRestrictions,
  decideCall,
  dialledDigits,
  RESTRICTION_KEYS,
} from '../telephony/call-classes';
import { POSITION_PLACEHOLDER } from '../telephony/call-settings';
import type { Distribution } from '../telephony/distribution';
import { DEFAULT_AFTER_SECONDS, parseDestination } from '../telephony/features';
import { type Destination as RouteDestination, routeFor } from '../telephony/incoming-routes';
import { type ParsedNumber, parsePhoneNumber } from '../telephony/numbers';
import { queueServiceAt } from '../telephony/queues';
import { TREE_NAMES } from './messages';
import { randomOf } from './random';
import type {
  Call,
  CallPlan,
  CompiledAttendant,
  CompiledConfig,
  CompiledHuntGroup,
  CompiledQueue,
  CompiledUser,
  Decision,
  DecisionParams,
  Holder,
  LiveState,
  NodeId,
  ObjectRef,
  PlanOptions,
  RingEndpoint,
  Step,
} from './types';

/** The most steps a plan holds, whatever the configuration: the rest of its branches reject. */
export const MAX_PLAN_STEPS = 500;
/** The most objects one way through a plan enters (forwards, transfers, overflows) before it is cut as a loop. */
export const MAX_DEPTH = 12;

type StepInput = Step extends infer S ? (S extends Step ? Omit<S, 'id'> : never) : never;

/** Who pays for an outgoing leg: whose call restrictions decide it. */
type Payer = { restrictions: CallRestrictions; name: string | null };

type Path = { readonly key: string; readonly parent: Path | null };

const onPath = (path: Path | null, key: string): boolean => {
  for (let p = path; p !== null; p = p.parent) if (p.key === key) return true;
  return false;
};

type Ctx = {
  /** Objects on the way here (`type:id`): entering one again is a loop. */
  /** A linked list, as short as the depth bound: entering is O(1), the check O(depth). */
  path: Path | null;
  depth: number;
  payer: Payer;
};

/** The steps of one attendant's menus already planned: by menu stack and attempt, and each stack's keys. */
type Memo = { nodes: Map<string, NodeId>; keys: Map<string, Readonly<Record<string, NodeId>>> };

type Candidate = { position: number; name: string; key: string; endpoint: RingEndpoint; weight: number };

const d = (code: string, params: DecisionParams = {}): Decision => ({ code, params });

const toDate = (at: Date | string): Date => {
  if (at instanceof Date) return at;
  const parsed = DateTime.fromISO(at, { setZone: true });
  if (!parsed.isValid) throw new RangeError(`not an ISO time: ${at}`);
  return parsed.toJSDate();
};

/** The attendant's tree for a schedule state. */
const periodOf = (state: ReturnType<typeof stateAt> | null): TreeKind =>
  state === null || state.state === 'open'
    ? 'businessHours'
    : state.state === 'closed'
      ? 'afterHours'
      : 'holiday';

const parseCached = (c: CompiledConfig, text: string): ParsedNumber | null =>
  c.cache.get(`P:${text}`, () => parsePhoneNumber(text));

class Planner {
  readonly steps: Step[] = [];
  truncated = false;
  private limitNode: NodeId | null = null;
  private readonly busy: ReadonlySet<string>;
  private readonly dnd: ReadonlySet<string>;
  private readonly unregistered: ReadonlySet<string>;
  private readonly registered: ReadonlySet<string> | null;

  constructor(
    readonly c: CompiledConfig,
    readonly state: LiveState,
    readonly at: Date,
    readonly random: () => number,
  ) {
    this.busy = new Set(state.busyUsers ?? []);
    this.dnd = new Set(state.dndUsers ?? []);
    this.unregistered = new Set(state.unregisteredUsers ?? []);
    this.registered = state.registeredLines ? new Set(state.registeredLines) : null;
  }

  // Memoised core rules

  /** A schedule's state at the call's instant (constant within a minute: periods are whole minutes). */
  stateOf(schedule: Parameters<typeof stateAt>[0] & { id: string }): CalendarState {
    const minute = Math.floor(this.at.getTime() / 60_000);
    return this.c.cache.get(`S:${schedule.id}@${minute}`, () => stateAt(schedule, this.at));
  }

  /** decideCall against the enterprise's numbers and extensions. */
  decide(dialled: string, restrictions: CallRestrictions): CallDecision {
    const bits = RESTRICTION_KEYS.map((k) => (restrictions[k] ? '1' : '0')).join('');
    return this.c.cache.get(`D:${bits}:${dialled}`, () =>
      decideCall(dialled, restrictions, {
        extensionLength: this.c.extensionLength,
        ownNumbers: this.c.numberSet,
        extensions: this.c.extensionSet,
      }),
    );
  }

  parse(text: string): ParsedNumber | null {
    return parseCached(this.c, text);
  }

  destination(text: string): ReturnType<typeof parseDestination> {
    return this.c.cache.get(`T:${text}`, () => parseDestination(text, this.c.extensionLength));
  }

  // Building

  private full(): boolean {
    return this.steps.length >= MAX_PLAN_STEPS;
  }

  /** The one step every branch past the budget goes to. */
  private limit(): NodeId {
    this.truncated = true;
    if (this.limitNode === null) {
      this.limitNode = this.steps.length;
      this.steps.push({
        id: this.limitNode,
        kind: 'reject',
        outcome: 'rejected',
        code: 'plan_limit',
        params: { max: MAX_PLAN_STEPS },
        decisions: [d('plan_limit', { max: MAX_PLAN_STEPS })],
      });
    }
    return this.limitNode;
  }

  add(step: StepInput): NodeId {
    if (this.full()) return this.limit();
    const id = this.steps.length;
    this.steps.push(Object.assign(step, { id }) as Step);
    return id;
  }

  /** A place for a step whose branches are built after it (a menu that later steps lead back to). */
  reserve(): NodeId | null {
    if (this.full()) return null;
    const id = this.steps.length;
    this.steps.push({
      id,
      kind: 'reject',
      outcome: 'rejected',
      code: 'plan_limit',
      params: {},
      decisions: [],
    });
    return id;
  }

  set(id: NodeId, step: StepInput): void {
    this.steps[id] = Object.assign(step, { id }) as Step;
  }

  reject(
    outcome: 'rejected' | 'busy' | 'no_answer',
    code: string,
    params: DecisionParams,
    pre: readonly Decision[],
  ): NodeId {
    return this.add({ kind: 'reject', outcome, code, params, decisions: [...pre, d(code, params)] });
  }

  // Objects

  private refOf(holder: Holder): ObjectRef | null {
    switch (holder.type) {
      case 'user': {
        const u = this.c.users.get(holder.id);
        return u ? { type: 'user', id: u.id, name: u.name } : null;
      }
      case 'hunt_group': {
        const g = this.c.huntGroups.get(holder.id);
        return g ? { type: 'hunt_group', id: g.id, name: g.name } : null;
      }
      case 'queue': {
        const q = this.c.queues.get(holder.id);
        return q ? { type: 'queue', id: q.id, name: q.name } : null;
      }
      case 'auto_attendant': {
        const a = this.c.attendants.get(holder.id);
        return a ? { type: 'auto_attendant', id: a.id, name: a.name } : null;
      }
      case 'incoming_route': {
        const r = this.c.routes.get(holder.id);
        return r ? { type: 'incoming_route', id: r.id, name: r.name } : null;
      }
      case 'fax':
        return null;
    }
  }

  /** Enters an object: cut as a loop when it is already on the way, or the way is too long. */
  toObject(holder: Holder, ctx: Ctx, pre: readonly Decision[], tree: TreeKind | null = null): NodeId {
    const ref = this.refOf(holder);
    if (ref === null) return this.reject('rejected', 'unassigned', { dialled: holder.type }, pre);
    const key = `${ref.type}:${ref.id}`;
    if (onPath(ctx.path, key)) return this.reject('rejected', 'loop', { object: ref.name }, pre);
    if (ctx.depth >= MAX_DEPTH) return this.reject('rejected', 'loop', { object: ref.name }, pre);
    const inner: Ctx = { ...ctx, path: { key, parent: ctx.path }, depth: ctx.depth + 1 };
    switch (ref.type) {
      case 'user':
        return this.toUser(this.c.users.get(ref.id) as CompiledUser, inner, pre);
      case 'hunt_group':
        return this.toGroup(this.c.huntGroups.get(ref.id) as CompiledHuntGroup, inner, pre);
      case 'queue':
        return this.toQueue(this.c.queues.get(ref.id) as CompiledQueue, inner, pre);
      case 'auto_attendant':
        return this.toAttendant(this.c.attendants.get(ref.id) as CompiledAttendant, inner, pre, tree);
      case 'incoming_route':
        return this.toRoute(ref.id, inner, pre);
    }
  }

  /** A number: the enterprise's own (on-net, to its holder) or an outside one (off-net, if the payer may call it). */
  toNumber(dialled: string, ctx: Ctx, pre: readonly Decision[]): NodeId {
    const decision = this.decide(dialled, ctx.payer.restrictions);
    if (decision.class === 'emergency') {
      return this.add({
        kind: 'forward',
        scope: 'off_net',
        number: '112',
        emergency: true,
        decisions: [...pre, d('emergency')],
      });
    }
    if (decision.class === 'internal') {
      const digits = decision.number ?? '';
      const holder = digits.startsWith('+')
        ? (this.c.numbers.get(digits)?.holder ?? null)
        : (this.c.extensions.get(digits) ?? null);
      if (holder === null) return this.reject('rejected', 'unassigned', { dialled: dialled.trim() }, pre);
      return this.toObject(holder, ctx, pre);
    }
    if (decision.reason === 'unknown_number') {
      return this.reject('rejected', 'unknown_number', { dialled: dialled.trim() }, pre);
    }
    if (!decision.allowed) {
      return this.reject(
        'rejected',
        'barred',
        { number: decision.number ?? dialled, class: decision.class, barredBy: decision.barredBy.join(', ') },
        pre,
      );
    }
    const number = decision.number ?? dialled;
    return this.add({
      kind: 'forward',
      scope: 'off_net',
      number,
      emergency: false,
      decisions: [...pre, d('off_net', { number, class: decision.class })],
    });
  }

  /** A stored destination (a forwarding's, a group's or a queue's): voicemail, an extension or a number. */
  toDestinationText(
    text: string | null,
    ctx: Ctx,
    pre: readonly Decision[],
    owner: CompiledUser | null,
  ): NodeId {
    if (text === null || text.trim() === '') return this.reject('rejected', 'no_destination', {}, pre);
    const parsed = this.destination(text);
    if ('problem' in parsed) return this.reject('rejected', 'unassigned', { dialled: text }, pre);
    const dest = parsed.ok;
    if (dest.kind === 'voicemail') {
      if (owner !== null) {
        const box = this.voicemail(owner, pre);
        if (box !== null) return box;
      }
      return this.reject('rejected', 'no_voicemail', {}, pre);
    }
    if (dest.kind === 'extension') {
      const holder = this.c.extensions.get(dest.extension);
      if (!holder) return this.reject('rejected', 'unassigned', { dialled: dest.extension }, pre);
      return this.toObject(holder, ctx, pre);
    }
    return this.toNumber(dest.e164, ctx, pre);
  }

  voicemail(u: CompiledUser, pre: readonly Decision[]): NodeId | null {
    if (!u.features.voicemail.enabled) return null;
    return this.add({
      kind: 'voicemail',
      userId: u.id,
      name: u.name,
      greeting: u.features.voicemail.greeting,
      decisions: [...pre, d('voicemail', { name: u.name })],
    });
  }

  // Users

  private linesOf(u: CompiledUser): readonly string[] {
    if (this.unregistered.has(u.id)) return [];
    const registered = this.registered;
    return registered === null ? u.lines : u.lines.filter((l) => registered.has(l));
  }

  private isDnd(u: CompiledUser): boolean {
    return u.features.dnd || this.dnd.has(u.id);
  }

  /** Busy: forwarding on busy, else voicemail, else a busy tone. */
  private userBusy(u: CompiledUser, ctx: Ctx, pre: readonly Decision[]): NodeId {
    const fw = u.features.forwarding.busy;
    if (fw.enabled && fw.destination.trim() !== '') {
      return this.toDestinationText(
        fw.destination,
        ctx,
        [...pre, d('forward_busy', { name: u.name, destination: fw.destination })],
        u,
      );
    }
    return this.voicemail(u, pre) ?? this.reject('busy', 'busy', { name: u.name }, pre);
  }

  toUser(u: CompiledUser, outer: Ctx, pre: readonly Decision[]): NodeId {
    const ctx: Ctx = { ...outer, payer: { restrictions: u.restrictions, name: u.name } };
    const fw = u.features.forwarding;
    if (fw.always.enabled && fw.always.destination.trim() !== '') {
      return this.toDestinationText(
        fw.always.destination,
        ctx,
        [...pre, d('forward_always', { name: u.name, destination: fw.always.destination })],
        u,
      );
    }
    if (this.isDnd(u)) return this.userBusy(u, ctx, [...pre, d('user_dnd', { name: u.name })]);
    const busy = this.busy.has(u.id);
    if (busy) return this.userBusy(u, ctx, [...pre, d('user_busy', { name: u.name })]);

    const endpoints: RingEndpoint[] = [];
    const decisions: Decision[] = [...pre];
    const lines = this.linesOf(u);
    if (lines.length > 0) endpoints.push({ kind: 'user', userId: u.id, name: u.name, lines });
    const sim = u.features.simultaneousRing;
    if (sim.enabled) {
      for (const n of sim.numbers) {
        const parsed = this.parse(n);
        if (parsed === null) continue;
        const decision = this.decide(parsed.e164, u.restrictions);
        if (!decision.allowed) {
          decisions.push(d('ring_number_barred', { number: parsed.e164 }));
          continue;
        }
        endpoints.push({ kind: 'number', number: parsed.e164 });
      }
      if (endpoints.length > (lines.length > 0 ? 1 : 0)) {
        decisions.push(d('simultaneous_ring', { count: endpoints.length - (lines.length > 0 ? 1 : 0) }));
      }
    }
    if (endpoints.length === 0) {
      const why = [...decisions, d('user_unregistered', { name: u.name })];
      const un = fw.unreachable;
      if (un.enabled && un.destination.trim() !== '') {
        return this.toDestinationText(
          un.destination,
          ctx,
          [...why, d('forward_unreachable', { name: u.name, destination: un.destination })],
          u,
        );
      }
      return this.voicemail(u, why) ?? this.reject('rejected', 'unreachable', { name: u.name }, why);
    }

    // What follows no answer: the sequential ring list, then forwarding on no answer or voicemail.
    const na = fw.noAnswer;
    const forwardsOnNoAnswer = na.enabled && na.destination.trim() !== '';
    const afterSeconds = forwardsOnNoAnswer
      ? (na.afterSeconds ?? DEFAULT_AFTER_SECONDS)
      : u.features.voicemail.enabled
        ? DEFAULT_AFTER_SECONDS
        : null;
    const noAnswerTail = (): NodeId | undefined => {
      if (forwardsOnNoAnswer) {
        return this.toDestinationText(
          na.destination,
          ctx,
          [d('forward_no_answer', { name: u.name, destination: na.destination, seconds: afterSeconds ?? 0 })],
          u,
        );
      }
      return this.voicemail(u, [d('no_answer_voicemail', { name: u.name })]) ?? undefined;
    };

    const seq = u.features.sequentialRing;
    const seqEndpoints: RingEndpoint[] = [];
    if (seq.enabled) {
      for (const text of seq.destinations) {
        const parsed = this.destination(text);
        if ('problem' in parsed) continue;
        const dest = parsed.ok;
        if (dest.kind === 'extension') {
          const holder = this.c.extensions.get(dest.extension);
          const other = holder?.type === 'user' ? this.c.users.get(holder.id) : undefined;
          if (other && other.id !== u.id && !this.isDnd(other) && !this.busy.has(other.id)) {
            const otherLines = this.linesOf(other);
            if (otherLines.length > 0)
              seqEndpoints.push({ kind: 'user', userId: other.id, name: other.name, lines: otherLines });
          }
        } else if (dest.kind === 'number') {
          const decision = this.decide(dest.e164, u.restrictions);
          if (decision.allowed) seqEndpoints.push({ kind: 'number', number: dest.e164 });
          else decisions.push(d('ring_number_barred', { number: dest.e164 }));
        }
      }
    }

    const target: ObjectRef = { type: 'user', id: u.id, name: u.name };
    const pickup = this.pickupOf(u);
    let noAnswer: NodeId | undefined;
    if (seqEndpoints.length > 0) {
      const tail = noAnswerTail();
      noAnswer = this.add({
        kind: 'ring',
        endpoints: seqEndpoints,
        order: 'sequential',
        seconds: seq.secondsEach,
        totalSeconds: null,
        ringPattern: 'normal',
        pickup: null,
        target,
        on: tail === undefined ? {} : { no_answer: tail },
        decisions: [
          d('sequential_ring', { name: u.name, count: seqEndpoints.length, seconds: seq.secondsEach }),
        ],
      });
    } else {
      noAnswer = noAnswerTail();
    }
    // Built after the no-answer way, so a plan at its step budget keeps the likelier way whole.
    const busyNode = this.userBusy(u, ctx, [d('user_busy', { name: u.name })]);
    const seconds = seqEndpoints.length > 0 ? seq.secondsEach : afterSeconds;
    return this.add({
      kind: 'ring',
      endpoints,
      order: 'parallel',
      seconds,
      totalSeconds: null,
      ringPattern: 'normal',
      pickup,
      target,
      on: noAnswer === undefined ? { busy: busyNode } : { busy: busyNode, no_answer: noAnswer },
      decisions: [
        ...decisions,
        d(seconds === null ? 'ring_user' : 'ring_user_for', {
          name: u.name,
          lines: lines.length,
          seconds: seconds ?? 0,
        }),
        ...(pickup ? [d('pickup', { group: pickup.name, count: pickup.userIds.length })] : []),
      ],
    });
  }

  private pickupOf(u: CompiledUser): Extract<Step, { kind: 'ring' }>['pickup'] {
    if (u.pickupGroupId === null) return null;
    const group = this.c.pickupGroups.get(u.pickupGroupId);
    if (!group) return null;
    const others = group.userIds.filter((id) => id !== u.id);
    return others.length === 0 ? null : { groupId: group.id, name: group.name, userIds: others };
  }

  // Distribution (hunt groups and queues)

  /** Orders the reachable members by the policy, with the decision that explains it. */
  private distribute(
    policy: Distribution,
    candidates: Candidate[],
    objectId: string,
    all: readonly { position: number; key: string; name: string }[],
  ): { ordered: Candidate[]; decision: Decision } {
    switch (policy) {
      case 'simultaneous':
        return { ordered: candidates, decision: d('policy_simultaneous', { count: candidates.length }) };
      case 'regular':
        return { ordered: candidates, decision: d('policy_regular') };
      case 'circular': {
        const last = this.state.lastAnswered?.[objectId];
        const lastMember = last === undefined ? undefined : all.find((m) => m.key === last);
        if (lastMember === undefined) {
          return { ordered: candidates, decision: d('policy_circular_start') };
        }
        const after = candidates.filter((m) => m.position > lastMember.position);
        const before = candidates.filter((m) => m.position <= lastMember.position);
        return {
          ordered: [...after, ...before],
          decision: d('policy_circular', { position: lastMember.position, name: lastMember.name }),
        };
      }
      case 'uniform': {
        const idle = this.state.idleSince ?? {};
        const since = (m: Candidate): number => idle[m.key] ?? Number.NEGATIVE_INFINITY;
        const ordered = [...candidates].sort((a, b) => since(a) - since(b) || a.position - b.position);
        const first = ordered[0];
        return {
          ordered,
          decision: d('policy_uniform', { position: first?.position ?? 0, name: first?.name ?? '' }),
        };
      }
      case 'weighted': {
        const pool = [...candidates];
        const ordered: Candidate[] = [];
        while (pool.length > 0) {
          const total = pool.reduce((sum, m) => sum + Math.max(1, m.weight), 0);
          let r = this.random() * total;
          let index = pool.length - 1;
          for (let i = 0; i < pool.length; i += 1) {
            r -= Math.max(1, (pool[i] as Candidate).weight);
            if (r < 0) {
              index = i;
              break;
            }
          }
          ordered.push(...pool.splice(index, 1));
        }
        const first = ordered[0];
        return {
          ordered,
          decision: d('policy_weighted', {
            position: first?.position ?? 0,
            name: first?.name ?? '',
            weight: first?.weight ?? 0,
            total: candidates.reduce((sum, m) => sum + m.weight, 0),
          }),
        };
      }
    }
  }

  // Hunt groups

  toGroup(g: CompiledHuntGroup, outer: Ctx, pre: readonly Decision[]): NodeId {
    const ctx: Ctx = { ...outer, payer: { restrictions: this.c.defaultRestrictions, name: null } };
    const decisions: Decision[] = [...pre, d('hunt_group', { group: g.name, members: g.members.length })];
    const candidates: Candidate[] = [];
    const all: { position: number; key: string; name: string }[] = [];
    let busyCount = 0;
    for (const [index, m] of g.members.entries()) {
      const position = index + 1;
      if (m.userId === null) {
        const number = m.externalNumber ?? '';
        all.push({ position, key: number, name: number });
        if (!m.loggedIn) {
          decisions.push(d('member_skipped_logged_out', { position, name: number }));
          continue;
        }
        candidates.push({
          position,
          name: number,
          key: number,
          endpoint: { kind: 'number', number },
          weight: m.weight,
        });
        continue;
      }
      const u = this.c.users.get(m.userId);
      if (!u) continue;
      all.push({ position, key: u.id, name: u.name });
      if (!m.loggedIn) {
        decisions.push(d('member_skipped_logged_out', { position, name: u.name }));
        continue;
      }
      if (this.isDnd(u)) {
        decisions.push(d('member_skipped_dnd', { position, name: u.name }));
        continue;
      }
      if (this.busy.has(u.id) && !g.callWaiting) {
        busyCount += 1;
        decisions.push(d('member_skipped_busy', { position, name: u.name }));
        continue;
      }
      const lines = this.linesOf(u);
      if (lines.length === 0) {
        decisions.push(d('member_skipped_unregistered', { position, name: u.name }));
        continue;
      }
      candidates.push({
        position,
        name: u.name,
        key: u.id,
        endpoint: { kind: 'user', userId: u.id, name: u.name, lines },
        weight: m.weight,
      });
    }
    const target: ObjectRef = { type: 'hunt_group', id: g.id, name: g.name };
    const busyTail = (why: readonly Decision[]): NodeId =>
      g.busyAction === 'forward'
        ? this.toDestinationText(
            g.busyDestination,
            ctx,
            [...why, d('group_forward', { group: g.name, destination: g.busyDestination ?? '' })],
            null,
          )
        : this.reject('busy', 'busy', { name: g.name }, why);
    if (candidates.length === 0) {
      if (busyCount > 0) return busyTail([...decisions, d('group_all_busy', { group: g.name })]);
      const why = [...decisions, d('group_unreachable', { group: g.name })];
      return g.unreachableAction === 'forward'
        ? this.toDestinationText(
            g.unreachableDestination,
            ctx,
            [...why, d('group_forward', { group: g.name, destination: g.unreachableDestination ?? '' })],
            null,
          )
        : this.reject('busy', 'unreachable', { name: g.name }, why);
    }
    const { ordered, decision } = this.distribute(g.distribution, candidates, g.id, all);
    decisions.push(decision);
    const parallel = g.distribution === 'simultaneous';
    const timeout =
      g.timeoutSeconds !== null
        ? this.toDestinationText(
            g.timeoutDestination,
            ctx,
            [
              d('group_timeout', {
                group: g.name,
                seconds: g.timeoutSeconds,
                destination: g.timeoutDestination ?? '',
              }),
            ],
            null,
          )
        : undefined;
    const busy = busyTail([d('group_all_busy', { group: g.name })]);
    return this.add({
      kind: 'ring',
      endpoints: ordered.map((m) => m.endpoint),
      order: parallel ? 'parallel' : 'sequential',
      seconds: parallel ? g.timeoutSeconds : g.huntAfterSeconds,
      totalSeconds: g.timeoutSeconds,
      ringPattern: g.ringPattern,
      pickup: null,
      target,
      on: timeout === undefined ? { busy } : { busy, no_answer: timeout },
      decisions,
    });
  }

  // Queues

  toQueue(q: CompiledQueue, outer: Ctx, pre: readonly Decision[]): NodeId {
    const ctx: Ctx = { ...outer, payer: { restrictions: this.c.defaultRestrictions, name: null } };
    const messages = this.c.queueMessages;
    const schedule = q.scheduleId === null ? undefined : this.c.schedules.get(q.scheduleId);
    const service = queueServiceAt(q, schedule ? this.stateOf(schedule) : null);
    const transferOr = (
      action: 'busy' | 'transfer' | 'keep_waiting',
      destination: string | null,
      code: string,
      why: readonly Decision[],
    ): NodeId =>
      action === 'transfer'
        ? this.toDestinationText(
            destination,
            ctx,
            [...why, d('queue_transfer', { queue: q.name, destination: destination ?? '' })],
            null,
          )
        : this.reject(code === 'closed' ? 'rejected' : 'busy', code, { queue: q.name }, why);

    if (service.service !== 'open') {
      const why = [
        ...pre,
        service.name
          ? d(service.reason === 'holiday' ? 'queue_holiday' : 'queue_closure', {
              queue: q.name,
              name: service.name,
            })
          : d('queue_closed', { queue: q.name }),
      ];
      const tail = transferOr(
        service.action,
        service.destination,
        'closed',
        service.closedMessage ? [] : why,
      );
      if (!service.closedMessage) return tail;
      return this.add({
        kind: 'play',
        audio: { kind: 'message', key: 'closed', text: messages.closed },
        on: { done: tail },
        decisions: [...why, d('closed_message')],
      });
    }
    const length = this.state.queueLengths?.[q.id] ?? 0;
    if (length >= q.maxQueueLength) {
      const why = [...pre, d('queue_full', { queue: q.name, length, max: q.maxQueueLength })];
      return q.overflowAction === 'transfer'
        ? transferOr('transfer', q.overflowDestination, 'queue_full', why)
        : this.reject('rejected', 'queue_full', { queue: q.name, max: q.maxQueueLength }, why);
    }
    const decisions: Decision[] = [...pre];
    const candidates: Candidate[] = [];
    const all: { position: number; key: string; name: string }[] = [];
    let staffed = 0;
    for (const [index, a] of q.agents.entries()) {
      const u = this.c.users.get(a.userId);
      if (!u) continue;
      const position = index + 1;
      all.push({ position, key: u.id, name: u.name });
      const agentState: AgentState = this.state.agentStates?.[u.id] ?? 'available';
      if (agentState === 'unavailable') {
        decisions.push(d('agent_skipped_unavailable', { position, name: u.name }));
        continue;
      }
      const lines = this.linesOf(u);
      if (lines.length === 0) {
        decisions.push(d('agent_skipped_unregistered', { position, name: u.name }));
        continue;
      }
      // An agent on a call keeps the queue staffed (no stranded call) but is offered it only later.
      staffed += 1;
      if (this.busy.has(u.id)) {
        decisions.push(d('agent_busy', { position, name: u.name }));
        continue;
      }
      candidates.push({
        position,
        name: u.name,
        key: u.id,
        endpoint: { kind: 'user', userId: u.id, name: u.name, lines },
        weight: a.weight,
      });
    }
    if (staffed === 0 && q.strandedAction !== 'keep_waiting') {
      const why = [...decisions, d('queue_stranded', { queue: q.name })];
      return transferOr(q.strandedAction, q.strandedDestination, 'stranded', why);
    }
    const { ordered, decision } = this.distribute(q.distribution, candidates, q.id, all);
    decisions.push(decision);
    const position = length + 1;
    const overflow =
      q.overflowAfterSeconds !== null && q.overflowAction !== 'keep_waiting'
        ? transferOr(q.overflowAction, q.overflowDestination, 'overflow', [
            d('queue_overflow', { queue: q.name, seconds: q.overflowAfterSeconds }),
          ])
        : undefined;
    const waitExceeded = this.reject('busy', 'wait_exceeded', { queue: q.name, seconds: q.maxWaitSeconds }, [
      d('queue_wait_exceeded', { queue: q.name, seconds: q.maxWaitSeconds }),
    ]);
    const queueStep = this.add({
      kind: 'queue',
      queueId: q.id,
      name: q.name,
      position,
      distribution: q.distribution,
      ringPattern: q.ringPattern,
      agents: ordered.map((m) => m.endpoint),
      comfort: { text: q.comfortMessage ?? messages.comfort, intervalSeconds: q.comfortIntervalSeconds },
      positionAnnouncement: q.positionAnnouncements
        ? messages.position.split(POSITION_PLACEHOLDER).join(String(position))
        : null,
      maxWaitSeconds: q.maxWaitSeconds,
      overflowAfterSeconds: overflow === undefined ? null : q.overflowAfterSeconds,
      bounceAfterRings: q.bouncedAfterRings,
      wrapUpSeconds: q.wrapUpSeconds,
      on:
        overflow === undefined ? { wait_exceeded: waitExceeded } : { overflow, wait_exceeded: waitExceeded },
      decisions: [
        d('queue_enter', { queue: q.name, position, agents: candidates.length }),
        ...(q.bouncedAfterRings !== null ? [d('queue_bounce', { rings: q.bouncedAfterRings })] : []),
      ],
    });
    return this.add({
      kind: 'play',
      audio: { kind: 'message', key: 'welcome', text: messages.welcome },
      on: { done: queueStep },
      decisions,
    });
  }

  // Auto attendants

  toAttendant(a: CompiledAttendant, ctx: Ctx, pre: readonly Decision[], forced: TreeKind | null): NodeId {
    const inner: Ctx = { ...ctx, payer: { restrictions: this.c.defaultRestrictions, name: null } };
    const decisions: Decision[] = [...pre];
    let period: TreeKind = 'businessHours';
    if (forced !== null) {
      period = forced;
      decisions.push(d('attendant_tree_forced', { attendant: a.name, tree: TREE_NAMES[forced] }));
    } else if (a.scheduleId !== null) {
      const schedule = this.c.schedules.get(a.scheduleId);
      const state = schedule ? this.stateOf(schedule) : null;
      period = periodOf(state);
      if (state?.name && (state.state === 'holiday' || state.state === 'closure'))
        decisions.push(d(`attendant_${state.state}`, { attendant: a.name, name: state.name }));
      else
        decisions.push(
          d(period === 'businessHours' ? 'attendant_open' : 'attendant_closed', { attendant: a.name }),
        );
    }
    const { kind, tree } = treeFor(a.menus, period);
    if (kind !== period) decisions.push(d('attendant_tree_fallback', { tree: TREE_NAMES[kind] }));
    const root = tree.menus[0];
    if (!root) return this.reject('rejected', 'unassigned', { dialled: a.name }, decisions);
    const memo: Memo = { nodes: new Map(), keys: new Map() };
    return this.menu(a, kind, [root.id], 0, inner, memo, decisions);
  }

  private menu(
    a: CompiledAttendant,
    tree: TreeKind,
    stack: readonly string[],
    attempt: number,
    ctx: Ctx,
    memo: Memo,
    pre: readonly Decision[],
  ): NodeId {
    const key = `${stack.join('>')}#${attempt}`;
    const known = memo.nodes.get(key);
    if (known !== undefined) return known;
    const menu = a.menuIndex[tree].get(stack[stack.length - 1] ?? '');
    if (!menu) return this.reject('rejected', 'unassigned', { dialled: stack.join('/') }, pre);
    const id = this.reserve();
    if (id === null) return this.limit();
    memo.nodes.set(key, id);
    // A repeat of the menu offers the same keys: their steps are shared by every attempt.
    const stackKey = stack.join('>');
    let keys = memo.keys.get(stackKey);
    if (keys === undefined) {
      const built: Record<string, NodeId> = {};
      for (const [digit, action] of Object.entries(menu.keys)) {
        built[digit] = this.action(action, a, tree, stack, ctx, memo, [
          d('menu_key', { key: digit, menu: menu.name }),
        ]);
      }
      keys = built;
      memo.keys.set(stackKey, keys);
    }
    const after = (action: MenuAction, code: 'menu_timeout' | 'menu_invalid'): NodeId =>
      attempt < menu.maxRepeats
        ? this.menu(a, tree, stack, attempt + 1, ctx, memo, [])
        : this.action(action, a, tree, stack, ctx, memo, [
            d(code, { menu: menu.name, repeats: menu.maxRepeats }),
          ]);
    const timeout = after(menu.timeoutAction, 'menu_timeout');
    const invalid = after(menu.invalidAction, 'menu_invalid');
    this.set(id, {
      kind: 'collect',
      attendantId: a.id,
      menuId: menu.id,
      menuName: menu.name,
      greeting: menu.greeting,
      timeoutSeconds: menu.timeoutSeconds,
      attempt,
      keys,
      on: { timeout, invalid },
      decisions: [
        ...pre,
        attempt === 0
          ? d('menu', { attendant: a.name, menu: menu.name, keys: Object.keys(menu.keys).join(' ') })
          : d('menu_repeat', { menu: menu.name, attempt }),
      ],
    });
    return id;
  }

  private action(
    action: MenuAction,
    a: CompiledAttendant,
    tree: TreeKind,
    stack: readonly string[],
    ctx: Ctx,
    memo: Memo,
    pre: readonly Decision[],
  ): NodeId {
    switch (action.kind) {
      case 'transfer': {
        const go = this.transfer(action.target, a, ctx, pre);
        if (!action.announce) return go;
        return this.add({
          kind: 'play',
          audio: { kind: 'message', key: 'overflow', text: '' },
          on: { done: go },
          decisions: [d('transfer_announced')],
        });
      }
      case 'submenu':
        if (stack.includes(action.menuId)) {
          return this.reject('rejected', 'loop', { object: action.menuId }, pre);
        }
        return this.menu(a, tree, [...stack, action.menuId], 0, ctx, memo, pre);
      case 'back':
        return this.menu(a, tree, stack.length > 1 ? stack.slice(0, -1) : stack, 0, ctx, memo, pre);
      case 'repeat':
        return this.menu(a, tree, stack, 0, ctx, memo, pre);
      case 'voicemail': {
        const u = this.c.users.get(action.userId);
        if (!u) return this.reject('rejected', 'unassigned', { dialled: action.userId }, pre);
        return this.voicemail(u, pre) ?? this.reject('rejected', 'no_voicemail', { name: u.name }, pre);
      }
      case 'dial_by_extension':
      case 'dial_by_name':
        return this.add({
          kind: 'dial',
          mode: action.kind === 'dial_by_extension' ? 'extension' : 'name',
          attendantId: a.id,
          decisions: [...pre, d(action.kind)],
        });
      case 'announcement': {
        const back = this.menu(a, tree, stack, 0, ctx, memo, []);
        return this.add({
          kind: 'play',
          audio: { kind: 'greeting', greeting: action.greeting },
          on: { done: back },
          decisions: [...pre, d('announcement')],
        });
      }
    }
  }

  private transfer(target: TransferTarget, a: CompiledAttendant, ctx: Ctx, pre: readonly Decision[]): NodeId {
    switch (target.type) {
      case 'extension': {
        const holder = this.c.extensions.get(target.extension);
        if (!holder) return this.reject('rejected', 'unassigned', { dialled: target.extension }, pre);
        return this.toObject(holder, ctx, pre);
      }
      case 'number':
        return this.toNumber(target.number, ctx, pre);
      case 'operator':
        if (a.operator === null) return this.reject('rejected', 'no_operator', { attendant: a.name }, pre);
        return this.transfer(a.operator, a, ctx, [...pre, d('operator', { attendant: a.name })]);
      default:
        return this.toObject({ type: target.type, id: target.id }, ctx, pre);
    }
  }

  // Incoming routes

  toRoute(routeId: string, ctx: Ctx, pre: readonly Decision[]): NodeId {
    const r = this.c.routes.get(routeId);
    if (!r) return this.reject('rejected', 'unassigned', { dialled: routeId }, pre);
    const schedule = r.scheduleId === null ? undefined : this.c.schedules.get(r.scheduleId);
    const decision = routeFor(r.destinations, schedule ? this.stateOf(schedule) : null);
    const why: Decision[] = [...pre];
    const params = { route: r.name, ...(decision.name ? { name: decision.name } : {}) };
    why.push(d(`route_${decision.state}${decision.name ? '_named' : ''}`, params));
    if (decision.fallback) why.push(d('route_fallback', { entry: decision.entry }));
    const inner: Ctx = { ...ctx, payer: { restrictions: this.c.defaultRestrictions, name: null } };
    return this.toRouteDestination(decision.destination, inner, why);
  }

  private toRouteDestination(dest: RouteDestination, ctx: Ctx, pre: readonly Decision[]): NodeId {
    switch (dest.type) {
      case 'user':
      case 'hunt_group':
      case 'queue':
        return this.toObject({ type: dest.type, id: dest.id }, ctx, pre);
      case 'auto_attendant':
        return this.toObject({ type: 'auto_attendant', id: dest.id }, ctx, pre, dest.menus);
      case 'voicemail': {
        const u = this.c.users.get(dest.userId);
        if (!u) return this.reject('rejected', 'unassigned', { dialled: dest.userId }, pre);
        return this.voicemail(u, pre) ?? this.reject('rejected', 'no_voicemail', { name: u.name }, pre);
      }
      case 'number':
        return this.toNumber(dest.number, ctx, pre);
    }
  }
}

/**
 * Plans a call against a compiled configuration and the live state: the program of steps the call
 * plane executes and the simulator walks. Pure and deterministic (weighted distribution draws from
 * the seeded generator of `options`).
 */
export function plan(
  compiled: CompiledConfig,
  call: Call,
  state: LiveState = {},
  options: PlanOptions = {},
): CallPlan {
  const at = toDate(call.at);
  const decisions: Decision[] = [];

  // Who calls
  const from = call.from.trim();
  let caller: CallPlan['caller'];
  let callerUser: CompiledUser | undefined = compiled.users.get(from);
  if (!callerUser) {
    const digits = dialledDigits(from);
    const holder =
      digits === null
        ? undefined
        : digits.startsWith('+') || digits.startsWith('0')
          ? (() => {
              const parsed = parseCached(compiled, from);
              return parsed ? compiled.numbers.get(parsed.e164)?.holder : undefined;
            })()
          : compiled.extensions.get(digits);
    if (holder?.type === 'user') callerUser = compiled.users.get(holder.id);
  }
  if (callerUser) {
    caller = { kind: 'user', userId: callerUser.id, name: callerUser.name };
    decisions.push(d('caller_user', { name: callerUser.name }));
  } else {
    const parsed = parseCached(compiled, from);
    caller = { kind: 'outside', number: parsed?.e164 ?? null };
    decisions.push(d('caller_outside', { number: parsed?.e164 ?? (from || '—') }));
  }

  // The caller is on this call: a group does not ring it, a call to itself finds it busy.
  const live: LiveState = callerUser
    ? { ...state, busyUsers: [...(state.busyUsers ?? []), callerUser.id] }
    : state;
  const planner = new Planner(compiled, live, at, options.random ?? randomOf(options.seed ?? 1));
  const ctx: Ctx = {
    path: null,
    depth: 0,
    payer: {
      restrictions: callerUser?.restrictions ?? compiled.defaultRestrictions,
      name: callerUser?.name ?? null,
    },
  };

  let entry: NodeId;
  if (callerUser) {
    // An outgoing call of a user: the core classification and the user's call restrictions decide.
    const digits = dialledDigits(call.to);
    decisions.push(
      d('dialled', { dialled: parseCached(compiled, call.to)?.e164 ?? digits ?? call.to.trim() }),
    );
    entry = planner.toNumber(call.to, ctx, []);
  } else {
    const digits = dialledDigits(call.to);
    const extension = digits !== null && !digits.startsWith('+') && !digits.startsWith('0') ? digits : null;
    const parsed = extension === null ? parseCached(compiled, call.to) : null;
    const holder =
      extension !== null
        ? compiled.extensions.get(extension)
        : parsed
          ? (compiled.numbers.get(parsed.e164)?.holder ?? undefined)
          : undefined;
    decisions.push(d('dialled', { dialled: parsed?.e164 ?? extension ?? call.to.trim() }));
    entry =
      holder === undefined
        ? planner.reject('rejected', 'unassigned', { dialled: call.to.trim() }, [])
        : planner.toObject(holder, ctx, []);
  }
  return Object.freeze({ entry, steps: planner.steps, decisions, caller, truncated: planner.truncated });
}
