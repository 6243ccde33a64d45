import { z } from 'zod';
import { idSchema } from '../ids';
import { agentStateSchema } from '../telephony/agent-states';
import { CALL_EVENTS } from './types';

/** The API of the simulator ("test a call"): `POST /api/enterprises/:enterpriseId/simulate`. */

const MAX_IDS = 1000;
const idList = z.array(idSchema).max(MAX_IDS);

export const OUTCOME_KINDS = [
  'answered',
  'voicemail',
  'forwarded_offnet',
  'queued',
  'rejected',
  'busy',
  'no_answer',
  'disconnected',
] as const;

export const STEP_KINDS = [
  'ring',
  'play',
  'collect',
  'queue',
  'forward',
  'voicemail',
  'dial',
  'reject',
] as const;

/** The live state the simulation assumes, over what the server knows (agents' stored states). */
export const simulateStateSchema = z.strictObject({
  /** Users on a call. */
  busy: idList.optional(),
  /** Users on do-not-disturb (besides those whose settings say so). */
  dnd: idList.optional(),
  /** Users whose phones are not registered. */
  unregistered: idList.optional(),
  /** Agents' states by user id (over their stored state). */
  agents: z.record(idSchema, agentStateSchema).optional(),
  /** Callers already waiting, by queue id. */
  queueLengths: z.record(idSchema, z.int().min(0).max(10_000)).optional(),
});

export const simulateInputSchema = z.strictObject({
  /** A user id, an extension of the enterprise, one of its numbers, or an outside number. */
  from: z.string().trim().min(1).max(40),
  /** An extension or a number in any usual Dutch or E.164 notation. */
  to: z.string().trim().min(1).max(40),
  /** An ISO time with offset (default: now). */
  at: z.iso.datetime({ offset: true }).optional(),
  /** The keys the caller presses, in order. */
  digits: z
    .string()
    .max(50)
    .regex(/^[0-9*#]*$/, { error: 'digits' })
    .optional(),
  answer: z.enum(['first', 'none']).default('first'),
  state: simulateStateSchema.optional(),
});
export type SimulateInput = z.input<typeof simulateInputSchema>;

const paramValue = z.union([z.string(), z.number(), z.strictObject({ nl: z.string(), en: z.string() })]);
const params = z.record(z.string(), paramValue);
const decision = z.strictObject({ code: z.string(), params });

export const simulationSchema = z.strictObject({
  at: z.iso.datetime({ offset: true }),
  caller: z.strictObject({
    kind: z.enum(['user', 'outside']),
    userId: idSchema.nullable(),
    name: z.string().nullable(),
    number: z.string().nullable(),
  }),
  decisions: z.array(decision.extend({ explanation: z.string() })),
  steps: z.array(
    z.strictObject({
      id: z.int(),
      kind: z.enum(STEP_KINDS),
      /** The event that left the step (null for the last). */
      event: z.enum(CALL_EVENTS).nullable(),
      key: z.string().nullable(),
      explanation: z.string(),
      decisions: z.array(decision),
    }),
  ),
  outcome: z.strictObject({
    kind: z.enum(OUTCOME_KINDS),
    code: z.string(),
    params,
    reason: z.string(),
  }),
  /** The whole plan (every branch, also those not taken), for the portal's diagram. */
  plan: z.strictObject({
    entry: z.int(),
    steps: z.array(
      z.strictObject({
        id: z.int(),
        kind: z.enum(STEP_KINDS),
        /** What the step does, short, in the requester's language. */
        label: z.string(),
        /** Where each event leads (`digit` with its `key` for a menu's keys). */
        branches: z.array(
          z.strictObject({ event: z.enum(CALL_EVENTS), key: z.string().optional(), to: z.int() }),
        ),
      }),
    ),
  }),
  /** The plan hit its step budget. */
  truncated: z.boolean(),
  /** The configuration version the plan was made against. */
  version: z.string(),
});
export type SimulationDto = z.infer<typeof simulationSchema>;

/** The kinds of object a configuration check names. */
export const CHECK_OBJECT_TYPES = [
  'user',
  'hunt_group',
  'queue',
  'auto_attendant',
  'incoming_route',
] as const;

/** `GET /api/enterprises/:enterpriseId/config-checks`: what in the configuration sends calls nowhere. */
export const configCheckSchema = z.strictObject({
  severity: z.enum(['error', 'warning']),
  /** Stable: `hunt_group_no_members`, `queue_no_agents`, `loop`, `dead_end`, `forwarding_barred`… */
  code: z.string(),
  /** In the requester's language. */
  message: z.string(),
  /** The objects concerned, the one to fix first. */
  objects: z.array(z.strictObject({ type: z.enum(CHECK_OBJECT_TYPES), id: z.string(), name: z.string() })),
});
export type ConfigCheckDto = z.infer<typeof configCheckSchema>;

export const configChecksSchema = z.strictObject({ items: z.array(configCheckSchema) });
export type ConfigChecksDto = z.infer<typeof configChecksSchema>;
