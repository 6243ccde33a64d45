import type { BusinessCalendar } from '../calendar/calendar';
import type { Bilingual } from '../calendar/holidays';
import type { Profile } from '../directory/profiles';
import type { AgentState } from '../telephony/agent-states';
import type { AttendantMenus, Greeting, OperatorTarget, TreeKind } from '../telephony/attendants';
import type { CallRestrictions } from '../telephony/call-classes';
import type { QueueMessageKey, QueueMessages } from '../telephony/call-settings';
import type { Distribution, RingPattern } from '../telephony/distribution';
import type { UserFeatureSettings } from '../telephony/features';
import type { HuntGroupHandling } from '../telephony/hunt-groups';
import type { RouteDestinations } from '../telephony/incoming-routes';
import type { AssigneeType, NumberRole, NumberState } from '../telephony/numbers';
import type { QueueRole, QueueSettings } from '../telephony/queues';
import type { RoutingCache } from './cache';

/**
 * The enterprise's telephony configuration as the server reads it in one go: each list is one
 * table (or a join the server already makes), with the columns the routing engine needs under
 * the names of the Drizzle schema (`src/server/db/schema/telephony-*.ts`).
 */
export type Snapshot = {
  enterpriseId: string;
  /** `enterprise_telephony.extension_length`. */
  extensionLength: number;
  /** `enterprise_call_restrictions` (null: no row, core's DEFAULT_CALL_RESTRICTIONS). */
  defaultRestrictions: CallRestrictions | null;
  /** `enterprise_call_settings`' queue messages (null: no row, DEFAULT_QUEUE_MESSAGES). */
  queueMessages: QueueMessages | null;
  /** `numbers` of the enterprise (E.164). */
  numbers: readonly {
    number: string;
    state: NumberState;
    assigneeType: AssigneeType | null;
    assigneeId: string | null;
    assigneeRole: NumberRole | null;
  }[];
  /** `extensions`. */
  extensions: readonly { extension: string; assigneeType: AssigneeType; assigneeId: string }[];
  /** `users` (directory). */
  users: readonly { id: string; name: string; profile: Profile; siteId: string | null }[];
  /** `user_features` (a user without a row has DEFAULT_SETTINGS). */
  userFeatures: readonly ({ userId: string } & Pick<
    UserFeatureSettings,
    'dnd' | 'forwarding' | 'voicemail' | 'simultaneousRing' | 'sequentialRing'
  >)[];
  /** `user_call_restrictions` (a user without a row follows the enterprise's default). */
  userRestrictions: readonly ({ userId: string } & CallRestrictions)[];
  /** `devices` with their `device_lines`; a line without a user registers as the device's user. */
  devices: readonly {
    id: string;
    userId: string | null;
    lines: readonly { line: number; userId: string | null; sipUsername: string }[];
  }[];
  /** `hunt_groups`. */
  huntGroups: readonly ({ id: string; name: string; siteId: string } & HuntGroupHandling)[];
  /** `hunt_group_members`. */
  huntGroupMembers: readonly {
    id: string;
    huntGroupId: string;
    position: number;
    userId: string | null;
    externalNumber: string | null;
    weight: number;
    loggedIn: boolean;
  }[];
  /** `pickup_groups`. */
  pickupGroups: readonly { id: string; name: string; siteId: string }[];
  /** `pickup_group_members`. */
  pickupGroupMembers: readonly { userId: string; pickupGroupId: string }[];
  /** `schedules`. */
  schedules: readonly ({ id: string; name: string } & BusinessCalendar)[];
  /** `auto_attendants`. */
  autoAttendants: readonly {
    id: string;
    name: string;
    siteId: string;
    scheduleId: string | null;
    operator: OperatorTarget | null;
    menus: AttendantMenus;
  }[];
  /** `queues`. */
  queues: readonly ({ id: string; name: string; siteId: string } & QueueSettings)[];
  /** `queue_agents`. */
  queueAgents: readonly { queueId: string; userId: string; role: QueueRole; weight: number }[];
  /** `incoming_routes` (the route's number is the `numbers` row assigned to it). */
  incomingRoutes: readonly {
    id: string;
    name: string;
    scheduleId: string | null;
    destinations: RouteDestinations;
  }[];
};

// The call and the live state

/**
 * A call to plan. `from`: a user id, an extension of the enterprise, one of its numbers (a user's
 * own) or an outside number, in any notation. `to`: an extension or a number in any usual Dutch or
 * E.164 notation. `at`: a Date or an ISO time with offset.
 */
export type Call = { from: string; to: string; at: Date | string };

/**
 * What the call plane knows at the moment of the call (all optional; the simulator overrides).
 * Ids are user ids unless said otherwise.
 */
export type LiveState = {
  /** SIP usernames of the registered device lines; left out: every line counts as registered. */
  registeredLines?: readonly string[];
  /** Users that count as unregistered whatever their lines. */
  unregisteredUsers?: readonly string[];
  /** Users on a call. */
  busyUsers?: readonly string[];
  /** Users on do-not-disturb besides those whose settings say so. */
  dndUsers?: readonly string[];
  /** Agents' effective states (`effectiveState`); left out: available. */
  agentStates?: Readonly<Record<string, AgentState>>;
  /** Callers waiting, by queue id. */
  queueLengths?: Readonly<Record<string, number>>;
  /** Circular distribution: by hunt group or queue id, the user (or outside number) who last answered. */
  lastAnswered?: Readonly<Record<string, string>>;
  /** Uniform distribution: when each user's last call ended (ms since the epoch); never: idle longest. */
  idleSince?: Readonly<Record<string, number>>;
};

export type PlanOptions = {
  /** The seed of weighted distribution's generator (default 1), or a generator of [0, 1). */
  seed?: number;
  random?: () => number;
};

// Decisions

export type ParamValue = string | number | Bilingual;
export type DecisionParams = Readonly<Record<string, ParamValue>>;

/** One decision of the engine: a stable code with its parameters (texts in messages.ts). */
export type Decision = { code: string; params: DecisionParams };

// The program

export type NodeId = number;

/** Events a call meets; each step branches on some of them. */
export const CALL_EVENTS = [
  'answered',
  'busy',
  'no_answer',
  'digit',
  'timeout',
  'invalid',
  'overflow',
  'wait_exceeded',
  'done',
  'hangup',
] as const;
export type CallEvent = (typeof CALL_EVENTS)[number];

export type RingEndpoint =
  | { kind: 'user'; userId: string; name: string; lines: readonly string[] }
  | { kind: 'number'; number: string };

export type Audio =
  | { kind: 'greeting'; greeting: Greeting }
  | { kind: 'message'; key: QueueMessageKey; text: string }
  | { kind: 'tone'; tone: 'busy' | 'unavailable' };

export type OutcomeKind =
  | 'answered'
  | 'voicemail'
  | 'forwarded_offnet'
  | 'queued'
  | 'rejected'
  | 'busy'
  | 'no_answer'
  | 'disconnected';

type StepBase = { id: NodeId; decisions: readonly Decision[] };

/**
 * The steps of a plan. `answered` ends a call that rings (the call is connected); a step without
 * a branch for an event that happens ends the call as the event says (no_answer, busy, hangup).
 */
export type Step = StepBase &
  (
    | {
        kind: 'ring';
        endpoints: readonly RingEndpoint[];
        /** parallel: all at once; sequential: one after another, `seconds` each. */
        order: 'parallel' | 'sequential';
        /** Parallel: how long in all; sequential: each; null: until the caller hangs up. */
        seconds: number | null;
        /** The total bound (a hunt group's timeout), or null. */
        totalSeconds: number | null;
        ringPattern: RingPattern;
        /** Users who may pick the call up (their pickup group), or null. */
        pickup: { groupId: string; name: string; userIds: readonly string[] } | null;
        /** The object rung (a user, hunt group or queue). */
        target: ObjectRef;
        on: { no_answer?: NodeId; busy?: NodeId };
      }
    | { kind: 'play'; audio: Audio; on: { done: NodeId } }
    | {
        kind: 'collect';
        attendantId: string;
        menuId: string;
        menuName: string;
        greeting: Greeting;
        timeoutSeconds: number;
        /** 0: the first time the menu plays. */
        attempt: number;
        keys: Readonly<Record<string, NodeId>>;
        on: { timeout: NodeId; invalid: NodeId };
      }
    | {
        kind: 'queue';
        queueId: string;
        name: string;
        /** The caller's place on entering (1: first). */
        position: number;
        distribution: Distribution;
        ringPattern: RingPattern;
        /** The agents offered the call, in the order of the distribution. */
        agents: readonly RingEndpoint[];
        comfort: { text: string; intervalSeconds: number } | null;
        positionAnnouncement: string | null;
        maxWaitSeconds: number;
        overflowAfterSeconds: number | null;
        /** An agent who lets the call ring this many times loses it back to the queue. */
        bounceAfterRings: number | null;
        wrapUpSeconds: number;
        on: { overflow?: NodeId; wait_exceeded: NodeId };
      }
    | { kind: 'forward'; scope: 'on_net'; destination: ObjectRef; on: { done: NodeId } }
    | { kind: 'forward'; scope: 'off_net'; number: string; emergency: boolean }
    | {
        kind: 'voicemail';
        userId: string;
        name: string;
        greeting: UserFeatureSettings['voicemail']['greeting'];
      }
    | { kind: 'dial'; mode: 'extension' | 'name'; attendantId: string }
    | { kind: 'reject'; outcome: 'rejected' | 'busy' | 'no_answer'; code: string; params: DecisionParams }
  );

export type StepKind = Step['kind'];

export type ObjectType = 'user' | 'hunt_group' | 'queue' | 'auto_attendant' | 'incoming_route';
export type ObjectRef = { type: ObjectType; id: string; name: string };

export type CallPlan = {
  /** Where the call starts. */
  entry: NodeId;
  /** Every step, by id (index). A menu's back/repeat may point at an earlier step. */
  steps: readonly Step[];
  /** The decisions taken before the first step (who calls, what was dialled). */
  decisions: readonly Decision[];
  caller: { kind: 'user'; userId: string; name: string } | { kind: 'outside'; number: string | null };
  /** True when the plan hit its step budget (the rest of the branches reject with `plan_limit`). */
  truncated: boolean;
};

// The compiled configuration

export type CompiledUser = {
  id: string;
  name: string;
  profile: Profile;
  siteId: string | null;
  extension: string | null;
  numbers: readonly string[];
  features: Pick<
    UserFeatureSettings,
    'dnd' | 'forwarding' | 'voicemail' | 'simultaneousRing' | 'sequentialRing'
  >;
  /** Own set or the enterprise's default. */
  restrictions: CallRestrictions;
  followsDefault: boolean;
  /** SIP usernames of the user's device lines. */
  lines: readonly string[];
  pickupGroupId: string | null;
};

export type CompiledMember = {
  id: string;
  position: number;
  userId: string | null;
  externalNumber: string | null;
  weight: number;
  loggedIn: boolean;
};

export type CompiledHuntGroup = Snapshot['huntGroups'][number] & {
  extension: string | null;
  members: readonly CompiledMember[];
};

export type CompiledQueue = Snapshot['queues'][number] & {
  extension: string | null;
  agents: readonly { userId: string; weight: number }[];
};

export type CompiledAttendant = Snapshot['autoAttendants'][number] & {
  extension: string | null;
  /** Menus by tree kind and id. */
  menuIndex: Readonly<
    Record<TreeKind, ReadonlyMap<string, AttendantMenus['businessHours']['menus'][number]>>
  >;
};

/** Who holds an extension or number. */
export type Holder = { type: AssigneeType; id: string };

export type CompiledConfig = {
  readonly enterpriseId: string;
  readonly extensionLength: number;
  readonly defaultRestrictions: CallRestrictions;
  readonly queueMessages: QueueMessages;
  readonly extensions: ReadonlyMap<string, Holder>;
  readonly extensionSet: ReadonlySet<string>;
  /** Numbers of the plan by E.164, with their state and holder (null: not assigned). */
  readonly numbers: ReadonlyMap<string, { state: NumberState; holder: Holder | null }>;
  readonly numberSet: ReadonlySet<string>;
  readonly users: ReadonlyMap<string, CompiledUser>;
  readonly huntGroups: ReadonlyMap<string, CompiledHuntGroup>;
  readonly pickupGroups: ReadonlyMap<string, { id: string; name: string; userIds: readonly string[] }>;
  readonly schedules: ReadonlyMap<string, Snapshot['schedules'][number]>;
  readonly attendants: ReadonlyMap<string, CompiledAttendant>;
  readonly queues: ReadonlyMap<string, CompiledQueue>;
  readonly routes: ReadonlyMap<string, Snapshot['incomingRoutes'][number]>;
  /** A memo of pure results (schedule states by minute, parsed and classified numbers). */
  readonly cache: RoutingCache;
};

// Simulation

export type Assumptions = {
  /** Keys the caller presses, in order; a menu without one left times out. */
  digits?: string | readonly string[];
  /** Whether the first endpoint (or agent) rung answers (default) or nobody does. */
  answer?: 'first' | 'none';
  /** Stop in a queue as `queued` rather than follow its wait (default false). */
  waitInQueue?: boolean;
  /** The caller hangs up on entering the step with this index of the walk (0: the first). */
  hangUpAtStep?: number;
  language?: 'nl' | 'en';
};

export type WalkedStep = {
  id: NodeId;
  kind: StepKind;
  /** The event that left the step (null for the last). */
  event: CallEvent | null;
  /** The key pressed, for a digit event. */
  key?: string;
  decisions: readonly Decision[];
  explanation: string;
};

export type Outcome = {
  kind: OutcomeKind;
  code: string;
  params: DecisionParams;
  reason: string;
};

export type Simulation = { steps: WalkedStep[]; outcome: Outcome };
