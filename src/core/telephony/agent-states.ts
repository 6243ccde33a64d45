import { z } from 'zod';
import type { IssueSpec } from '../errors';
import { idSchema } from '../ids';

/**
 * A call centre agent's state (BroadWorks' ACD state): one per user, across all its queues, as
 * an agent at a desk is available or not for every queue at once. Available agents are offered
 * calls; unavailable ones (with a reason) are not; an agent in wrap-up finishes the last call and
 * is available again by itself when its wrap-up time is over: the state is stored with its end
 * (`until`), and a read after that instant shows available. An agent that never set a state is
 * available (a new queue works at once).
 *
 * The reasons are a fixed set rather than a list per enterprise: the routing engine and the
 * call centre's reports count by them, and each has its Dutch and English text. `bounced` is the
 * one the call plane sets when an agent lets an offered call ring out.
 */
export const AGENT_STATES = ['available', 'unavailable', 'wrap_up'] as const;
export type AgentState = (typeof AGENT_STATES)[number];
export const agentStateSchema = z.enum(AGENT_STATES);

export const UNAVAILABLE_REASONS = [
  'break',
  'lunch',
  'meeting',
  'training',
  'other_work',
  'end_of_shift',
  'bounced',
] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];
export const unavailableReasonSchema = z.enum(UNAVAILABLE_REASONS);

export type StoredAgentState = { state: AgentState; reason: UnavailableReason | null; until: Date | null };

/** What an agent's state is at `now`: a wrap-up that has ended is available (since its end). */
export function effectiveState(
  stored: StoredAgentState | null,
  now: Date,
): { state: AgentState; reason: UnavailableReason | null; until: Date | null } {
  if (stored === null) return { state: 'available', reason: null, until: null };
  if (stored.state === 'wrap_up' && (stored.until === null || stored.until.getTime() <= now.getTime())) {
    return { state: 'available', reason: null, until: null };
  }
  return stored;
}

export const agentStateInputSchema = z.strictObject({
  state: agentStateSchema,
  /** Required for unavailable; not given otherwise. */
  reason: unavailableReasonSchema.nullable().optional(),
  /** For My phone: the queue whose wrap-up time applies (default: the longest of the agent's queues). */
  queueId: idSchema.optional(),
});

/** A change from a queue's board: that queue's wrap-up time applies. */
export const boardStateInputSchema = agentStateInputSchema.omit({ queueId: true });
export type AgentStateInput = z.output<typeof agentStateInputSchema>;

/**
 * The state to store for a change, or its field issues: unavailable needs a reason, the others
 * take none, and wrap-up needs a wrap-up time (of the queue, in seconds) above 0.
 */
export function nextAgentState(
  input: Pick<AgentStateInput, 'state' | 'reason'>,
  wrapUpSeconds: number,
  now: Date,
): { ok: StoredAgentState } | { fields: Record<string, IssueSpec> } {
  const reason = input.reason ?? null;
  if (input.state === 'unavailable') {
    if (reason === null) return { fields: { reason: 'agent_reason_required' } };
    return { ok: { state: 'unavailable', reason, until: null } };
  }
  if (reason !== null) return { fields: { reason: 'agent_reason_only_unavailable' } };
  if (input.state === 'wrap_up') {
    if (wrapUpSeconds <= 0) return { fields: { state: 'agent_no_wrap_up' } };
    return { ok: { state: 'wrap_up', reason: null, until: new Date(now.getTime() + wrapUpSeconds * 1000) } };
  }
  return { ok: { state: 'available', reason: null, until: null } };
}

const timestamp = z.iso.datetime();

export const agentStatusSchema = z.object({
  userId: idSchema,
  userName: z.string(),
  state: agentStateSchema,
  reason: unavailableReasonSchema.nullable(),
  /** The end of a wrap-up. */
  until: timestamp.nullable(),
  /** When the state was last set (null: never). */
  since: timestamp.nullable(),
  /** May the asking account change this agent's state? */
  canChange: z.boolean(),
});
export type AgentStatusDto = z.infer<typeof agentStatusSchema>;

export const agentBoardSchema = z.object({
  queueId: idSchema,
  queueName: z.string(),
  wrapUpSeconds: z.int(),
  /** Is the asking account a supervisor of this queue (or an admin), who may change every agent's state? */
  supervises: z.boolean(),
  agents: z.array(agentStatusSchema),
});
export type AgentBoardDto = z.infer<typeof agentBoardSchema>;

export const myAgentStateSchema = z.object({
  userId: idSchema,
  state: agentStateSchema,
  reason: unavailableReasonSchema.nullable(),
  until: timestamp.nullable(),
  since: timestamp.nullable(),
  /** The queues the user is an agent or supervisor of. */
  queues: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      role: z.enum(['agent', 'supervisor']),
      wrapUpSeconds: z.int(),
    }),
  ),
});
export type MyAgentStateDto = z.infer<typeof myAgentStateSchema>;
