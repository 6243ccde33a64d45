import { z } from 'zod';
import type { CalendarState } from '../calendar/calendar';
import type { Bilingual } from '../calendar/holidays';
import type { IssueSpec } from '../errors';
import { idSchema } from '../ids';
import { distributionSchema, ringPatternSchema, weightSchema } from './distribution';
import { destinationText, parseDestination } from './features';
import { dutchNumberSchema, type NumberKind } from './numbers';

/**
 * Call centre queues (guide §5.1 "wachtrij", BroadWorks' call centers): a number and/or
 * extension of a site where callers wait until one of the queue's agents answers. Its agents get
 * the call by a distribution (as hunt groups); a caller hears a comfort message every interval and,
 * if switched on, its position. What happens when it lasts too long (overflow), when an offered
 * call is not answered (bounced) and when no agent is available at all (stranded) is set per queue.
 *
 * - overflow: when the queue is full (`maxQueueLength` callers wait) or a caller has waited
 *   `overflowAfterSeconds`: busy, a transfer to a destination, or keep waiting (until `maxWaitSeconds`,
 *   after which the call ends as busy);
 * - bounced: an agent who lets an offered call ring `bouncedAfterRings` times loses it back to
 *   the queue (at its place) and becomes unavailable (reason `bounced`); null: never;
 * - stranded: a call arriving, or waiting, while no agent is available or in wrap-up: busy, a
 *   transfer, or keep waiting;
 * - wrap-up: after a call an agent gets `wrapUpSeconds` (0: none) before the next one.
 *
 * - opening hours (night and holiday service): a queue may follow a schedule (`scheduleId`, one of
 *   the enterprise's that any number of routes, menus and queues share). Outside its opening hours
 *   a call does not wait: `closedAction` (busy, or a transfer to `closedDestination`) applies when
 *   the schedule is closed; `holidayAction` (with `holidayDestination`) on a public holiday and
 *   during a named closure (a company day, New Year's Eve afternoon) — when it is null, the closed
 *   action applies then too. `closedMessage`: the enterprise's closed message (call settings'
 *   `queueMessages.closed`) is played first. Keep-waiting is refused out of hours: nobody would
 *   answer. Without a schedule the queue is always open and these settings are dropped.
 *
 * An incoming route decides by schedule where a number's calls go before they reach a queue; a
 * queue's own schedule holds for every way in (its extension, a menu key, a transfer).
 */

export const QUEUE_ACTIONS = ['busy', 'transfer', 'keep_waiting'] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];
export const queueActionSchema = z.enum(QUEUE_ACTIONS);

export const QUEUE_ROLES = ['agent', 'supervisor'] as const;
export type QueueRole = (typeof QUEUE_ROLES)[number];
export const queueRoleSchema = z.enum(QUEUE_ROLES);

export const MAX_QUEUE_LENGTH = 500;
export const MIN_WAIT_SECONDS = 10;
/** Two hours: no caller should wait longer, and a routing engine needs a bound. */
export const MAX_WAIT_SECONDS = 7200;
export const MIN_COMFORT_INTERVAL = 10;
export const MAX_COMFORT_INTERVAL = 600;
export const MIN_OVERFLOW_SECONDS = 5;
export const MAX_BOUNCE_RINGS = 20;
export const MAX_WRAP_UP_SECONDS = 600;
export const MAX_COMFORT_MESSAGE = 500;

/** The kinds of plan number that can be a queue's number (a mobile number belongs to a SIM). */
export const QUEUE_NUMBER_KINDS: readonly NumberKind[] = ['geographic', 'non_geographic', 'freephone'];

/** Every setting of a queue apart from its site, name, extension and number. */
export type QueueSettings = {
  distribution: z.infer<typeof distributionSchema>;
  ringPattern: z.infer<typeof ringPatternSchema>;
  maxQueueLength: number;
  maxWaitSeconds: number;
  comfortMessage: string | null;
  comfortIntervalSeconds: number;
  positionAnnouncements: boolean;
  overflowAction: QueueAction;
  overflowAfterSeconds: number | null;
  overflowDestination: string | null;
  bouncedAfterRings: number | null;
  strandedAction: QueueAction;
  strandedDestination: string | null;
  wrapUpSeconds: number;
  /** The schedule the queue follows (null: always open). */
  scheduleId: string | null;
  closedAction: QueueAction;
  closedDestination: string | null;
  /** Null: as closed. */
  holidayAction: QueueAction | null;
  holidayDestination: string | null;
  closedMessage: boolean;
};

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  distribution: 'uniform',
  ringPattern: 'normal',
  maxQueueLength: 10,
  maxWaitSeconds: 600,
  comfortMessage: null,
  comfortIntervalSeconds: 30,
  positionAnnouncements: false,
  overflowAction: 'keep_waiting',
  overflowAfterSeconds: null,
  overflowDestination: null,
  bouncedAfterRings: null,
  strandedAction: 'busy',
  strandedDestination: null,
  wrapUpSeconds: 0,
  scheduleId: null,
  closedAction: 'busy',
  closedDestination: null,
  holidayAction: null,
  holidayDestination: null,
  closedMessage: false,
};

/** What a queue does out of hours when it has no schedule (and what is stored then). */
const ALWAYS_OPEN = {
  closedAction: 'busy',
  closedDestination: null,
  holidayAction: null,
  holidayDestination: null,
  closedMessage: false,
} as const;

export type QueueCheckContext = {
  extensionLength: number;
  /** The queue's own extension and number (E.164): a transfer to itself would loop. */
  ownExtension: string | null;
  ownNumber: string | null;
};

export type QueueCheck =
  | { ok: true; settings: QueueSettings; extensions: string[] }
  | { ok: false; fields: Record<string, IssueSpec> };

/**
 * The rules between a queue's settings, as field issues: overflow and stranded transfers need a
 * destination (an extension of the enterprise's length or an outside number, never the queue
 * itself nor voicemail; its normal form is stored), overflow other than keep-waiting needs its
 * timeout, which is within the maximum wait, and a comfort message comes at an interval shorter
 * than the maximum wait. Out of hours (with a schedule) the closed and holiday actions are busy or
 * a transfer, never keep-waiting, their destinations as overflow's. A destination of another
 * action is dropped; so is the overflow timeout of keep-waiting, and so are the out-of-hours
 * settings of a queue without a schedule. The extensions named are returned, for the caller to
 * check they exist.
 */
export function checkQueueSettings(input: QueueSettings, c: QueueCheckContext): QueueCheck {
  const fields: Record<string, IssueSpec> = {};
  const extensions: string[] = [];

  const destination = (path: string, action: QueueAction, text: string | null): string | null => {
    if (action !== 'transfer') return null;
    if (text === null || text.trim() === '') {
      fields[path] = 'queue_destination_required';
      return null;
    }
    const parsed = parseDestination(text, c.extensionLength);
    if ('problem' in parsed) {
      fields[path] =
        parsed.problem === 'extension_length'
          ? { code: 'extension_length', params: { length: c.extensionLength } }
          : parsed.problem;
      return null;
    }
    const d = parsed.ok;
    if (d.kind === 'voicemail') {
      fields[path] = 'queue_destination_voicemail';
      return null;
    }
    if (
      (d.kind === 'extension' && d.extension === c.ownExtension) ||
      (d.kind === 'number' && d.e164 === c.ownNumber)
    ) {
      fields[path] = 'queue_destination_self';
      return null;
    }
    if (d.kind === 'extension') extensions.push(d.extension);
    return destinationText(d);
  };

  let overflowAfterSeconds: number | null = null;
  if (input.overflowAction !== 'keep_waiting') {
    if (input.overflowAfterSeconds === null) fields.overflowAfterSeconds = 'queue_overflow_after_required';
    else if (input.overflowAfterSeconds > input.maxWaitSeconds) {
      fields.overflowAfterSeconds = {
        code: 'queue_overflow_after_max_wait',
        params: { max: input.maxWaitSeconds },
      };
    } else overflowAfterSeconds = input.overflowAfterSeconds;
  }
  const overflowDestination = destination(
    'overflowDestination',
    input.overflowAction,
    input.overflowDestination,
  );
  const strandedDestination = destination(
    'strandedDestination',
    input.strandedAction,
    input.strandedDestination,
  );

  let outOfHours: Pick<
    QueueSettings,
    'closedAction' | 'closedDestination' | 'holidayAction' | 'holidayDestination' | 'closedMessage'
  > = ALWAYS_OPEN;
  if (input.scheduleId !== null) {
    if (input.closedAction === 'keep_waiting') fields.closedAction = 'queue_closed_keep_waiting';
    if (input.holidayAction === 'keep_waiting') fields.holidayAction = 'queue_closed_keep_waiting';
    outOfHours = {
      closedAction: input.closedAction,
      closedDestination: destination('closedDestination', input.closedAction, input.closedDestination),
      holidayAction: input.holidayAction,
      holidayDestination:
        input.holidayAction === null
          ? null
          : destination('holidayDestination', input.holidayAction, input.holidayDestination),
      closedMessage: input.closedMessage,
    };
  }

  const comfortMessage = input.comfortMessage?.trim() ? input.comfortMessage.trim() : null;
  if (comfortMessage !== null && input.comfortIntervalSeconds >= input.maxWaitSeconds) {
    fields.comfortIntervalSeconds = {
      code: 'queue_comfort_interval_max_wait',
      params: { max: input.maxWaitSeconds },
    };
  }
  if (input.positionAnnouncements && input.maxQueueLength === 1) {
    fields.positionAnnouncements = 'queue_position_single';
  }

  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    settings: {
      ...input,
      comfortMessage,
      overflowAfterSeconds,
      overflowDestination,
      strandedDestination,
      ...outOfHours,
    },
    extensions,
  };
}

/** Where a queue's destinations are (the paths of its field issues). */
export const QUEUE_DESTINATION_PATHS = [
  'overflowDestination',
  'strandedDestination',
  'closedDestination',
  'holidayDestination',
] as const;

// Opening hours

/**
 * What a queue does at an instant, by its schedule's state there: open (no schedule, or the
 * schedule is open), or out of hours with the action to take, its destination, whether the
 * closed message comes first, and why (closed; a public holiday or a named closure, by name).
 * `asClosed` says a holiday or closure takes the closed action because the queue has no holiday
 * action of its own.
 */
export type QueueService =
  | { service: 'open'; reason: 'no_schedule' | 'open' }
  | {
      service: 'closed' | 'holiday';
      reason: 'closed' | 'holiday' | 'closure';
      action: Exclude<QueueAction, 'keep_waiting'>;
      destination: string | null;
      closedMessage: boolean;
      asClosed: boolean;
      name: Bilingual | null;
      closureId: string | null;
      holidayKey: string | null;
    };

export type QueueServiceSettings = Pick<
  QueueSettings,
  | 'scheduleId'
  | 'closedAction'
  | 'closedDestination'
  | 'holidayAction'
  | 'holidayDestination'
  | 'closedMessage'
>;

/**
 * A queue's service at an instant, from its schedule's state (`stateAt` of the calendar; null when
 * it follows none). A public holiday and a named closure take the holiday action, else the closed
 * one. Keep-waiting (refused by the rules, so only in a stored row from before) counts as busy.
 */
export function queueServiceAt(queue: QueueServiceSettings, state: CalendarState | null): QueueService {
  if (queue.scheduleId === null || state === null) return { service: 'open', reason: 'no_schedule' };
  if (state.state === 'open') return { service: 'open', reason: 'open' };
  const holiday = state.state === 'holiday' || state.state === 'closure';
  const own = holiday && queue.holidayAction !== null;
  const action = own ? (queue.holidayAction as QueueAction) : queue.closedAction;
  const transfer = action === 'transfer';
  return {
    service: holiday ? 'holiday' : 'closed',
    reason: state.state,
    action: transfer ? 'transfer' : 'busy',
    destination: transfer ? (own ? queue.holidayDestination : queue.closedDestination) : null,
    closedMessage: queue.closedMessage,
    asClosed: holiday && !own,
    name: state.name ?? null,
    closureId: state.closureId ?? null,
    holidayKey: state.holidayKey ?? null,
  };
}

// The API's shapes

const timestamp = z.iso.datetime();
const seconds = (min: number, max: number) => z.int().min(min).max(max);

const settingsShape = {
  distribution: distributionSchema,
  ringPattern: ringPatternSchema,
  maxQueueLength: z.int().min(1).max(MAX_QUEUE_LENGTH),
  maxWaitSeconds: seconds(MIN_WAIT_SECONDS, MAX_WAIT_SECONDS),
  comfortMessage: z.string().max(MAX_COMFORT_MESSAGE).nullable(),
  comfortIntervalSeconds: seconds(MIN_COMFORT_INTERVAL, MAX_COMFORT_INTERVAL),
  positionAnnouncements: z.boolean(),
  overflowAction: queueActionSchema,
  overflowAfterSeconds: seconds(MIN_OVERFLOW_SECONDS, MAX_WAIT_SECONDS).nullable(),
  /** An extension or an outside number in any usual notation (for `transfer`). */
  overflowDestination: z.string().max(40).nullable(),
  bouncedAfterRings: z.int().min(1).max(MAX_BOUNCE_RINGS).nullable(),
  strandedAction: queueActionSchema,
  strandedDestination: z.string().max(40).nullable(),
  wrapUpSeconds: seconds(0, MAX_WRAP_UP_SECONDS),
  /** The schedule the queue follows (enterprise-wide or of a site; null: always open). */
  scheduleId: idSchema.nullable(),
  /** Out of hours: busy, or transfer to `closedDestination` (keep-waiting is refused). */
  closedAction: queueActionSchema,
  closedDestination: z.string().max(40).nullable(),
  /** On a public holiday or during a named closure (null: as closed). */
  holidayAction: queueActionSchema.nullable(),
  holidayDestination: z.string().max(40).nullable(),
  /** Whether the enterprise's closed message (call settings) is played first. */
  closedMessage: z.boolean(),
};

export const queueNameSchema = z.string().trim().min(1).max(80);

export const queueInputSchema = z.strictObject({
  siteId: idSchema,
  name: queueNameSchema,
  /** The queue's extension (null: none). */
  extension: z.string().trim().max(6).nullable().optional(),
  /** A free number of the plan, in any usual notation (null: none). */
  number: dutchNumberSchema.nullable().optional(),
  ...z.object(settingsShape).partial().shape,
});
export type QueueInput = z.output<typeof queueInputSchema>;

/** A change of a queue: what is given replaces what it had; the rules apply to the whole result. */
export const queuePatchSchema = queueInputSchema.partial();
export type QueuePatch = z.output<typeof queuePatchSchema>;

export const queueSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  siteId: idSchema,
  siteName: z.string(),
  name: z.string(),
  extension: z.string().nullable(),
  /** The queue's number in E.164, or null. */
  number: z.string().nullable(),
  ...settingsShape,
  comfortMessage: z.string().nullable(),
  overflowDestination: z.string().nullable(),
  strandedDestination: z.string().nullable(),
  closedDestination: z.string().nullable(),
  holidayDestination: z.string().nullable(),
  /** The schedule's name, for a reader (null without a schedule). */
  scheduleName: z.string().nullable(),
  agentCount: z.int(),
  supervisorCount: z.int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type QueueDto = z.infer<typeof queueSchema>;

const bilingual = z.object({ nl: z.string(), en: z.string() });

/** `GET /api/queues/:queueId/state`: what the queue does at an instant, and why. */
export const queueStateSchema = z.object({
  queueId: idSchema,
  at: timestamp,
  scheduleId: idSchema.nullable(),
  service: z.enum(['open', 'closed', 'holiday']),
  reason: z.enum(['no_schedule', 'open', 'closed', 'holiday', 'closure']),
  /** Out of hours: what happens to a call (null when open). */
  action: z.enum(['busy', 'transfer']).nullable(),
  destination: z.string().nullable(),
  closedMessage: z.boolean(),
  /** A holiday or closure that takes the closed action (the queue has no holiday action). */
  asClosed: z.boolean(),
  /** The holiday's or the closure's name in the requester's language; `names` gives both. */
  name: z.string().nullable(),
  names: bilingual.nullable(),
  closureId: z.string().nullable(),
  holidayKey: z.string().nullable(),
  /** When the schedule's state changes next (null: no schedule, or not within two years). */
  next: z
    .object({
      at: timestamp,
      state: z.enum(['open', 'closed', 'holiday', 'closure']),
      name: z.string().nullable(),
    })
    .nullable(),
});
export type QueueStateDto = z.infer<typeof queueStateSchema>;

// Agents and supervisors

export const queueAgentSchema = z.object({
  id: idSchema,
  queueId: idSchema,
  userId: idSchema,
  /** The user's name, for a reader whose scope holds the user (a site admin: its own sites). */
  userName: z.string().nullable(),
  siteId: idSchema.nullable(),
  role: queueRoleSchema,
  /** The agent's share under weighted distribution. */
  weight: z.int(),
  createdAt: timestamp,
});
export type QueueAgentDto = z.infer<typeof queueAgentSchema>;

export const DEFAULT_WEIGHT = 50;

export const queueAgentInputSchema = z.strictObject({
  userId: idSchema,
  role: queueRoleSchema.default('agent'),
  weight: weightSchema.default(DEFAULT_WEIGHT),
});

export const queueAgentPatchSchema = z.strictObject({
  role: queueRoleSchema.optional(),
  weight: weightSchema.optional(),
});

/** The feature of the profile each role needs. */
export const FEATURE_OF_ROLE = { agent: 'call_center_agent', supervisor: 'call_center_supervisor' } as const;
