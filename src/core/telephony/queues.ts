import { z } from 'zod';
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
 * Night and holiday service by schedule is not part of the queue's own settings: an incoming
 * route decides by schedule where a number's calls go.
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
};

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
 * than the maximum wait. A destination of another action is dropped; so is the overflow timeout
 * of keep-waiting. The extensions named are returned, for the caller to check they exist.
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
    settings: { ...input, comfortMessage, overflowAfterSeconds, overflowDestination, strandedDestination },
    extensions,
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
  agentCount: z.int(),
  supervisorCount: z.int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type QueueDto = z.infer<typeof queueSchema>;

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
