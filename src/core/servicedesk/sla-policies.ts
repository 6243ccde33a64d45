import { z } from 'zod';
import type { BusinessCalendar } from '../calendar/calendar';
import { DEFAULT_SLA_TARGETS } from './due';
import { PAUSE_REASONS, type PauseReason, type SlaClockKind, type SlaEvent, type SlaPolicy } from './sla';
import {
  levelSchema,
  PRIORITIES,
  type Priority,
  prioritySchema,
  TICKET_TYPES,
  type TicketStatus,
  type TicketType,
} from './tickets';

/**
 * SLA policies (issue 11): the provider's configuration of the SLA clocks, one policy per ticket
 * type × priority under a stable key (`incident-critical`), seeded once from DEFAULT_SLA_TARGETS
 * and edited by the provider. A policy says in which hours its clocks run (`24x7` or the office
 * calendar), the first-response and resolution targets in minutes of running time, and the share
 * of a target at which the desk is warned. A change request's resolution is its catalogue lead
 * time: only its first-response clock counts by its policy.
 */

export const SLA_POLICY_HOURS = ['24x7', 'office'] as const;
export type SlaPolicyHours = (typeof SLA_POLICY_HOURS)[number];

/** A target of at most a year of running time. */
export const MAX_SLA_MINUTES = 366 * 24 * 60;

export const slaPolicyKey = (type: TicketType, priority: Priority): string => `${type}-${priority}`;

export const slaPolicyKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'catalogue_key')
  .max(60);

const minutes = z.int().min(1).max(MAX_SLA_MINUTES);
const warnShare = z.number().gt(0).max(1);

export const slaPolicySchema = z.object({
  key: z.string(),
  ticketType: z.enum(TICKET_TYPES),
  priority: prioritySchema,
  hours: z.enum(SLA_POLICY_HOURS),
  firstResponseMinutes: z.int(),
  resolutionMinutes: z.int(),
  warnShare: z.number(),
  updatedAt: z.string(),
});
export type SlaPolicyDto = z.infer<typeof slaPolicySchema>;

export const slaPolicyPatchSchema = z.strictObject({
  hours: z.enum(SLA_POLICY_HOURS).optional(),
  firstResponseMinutes: minutes.optional(),
  resolutionMinutes: minutes.optional(),
  warnShare: warnShare.optional(),
});
export type SlaPolicyPatch = z.output<typeof slaPolicyPatchSchema>;

export type SlaPolicyValues = {
  hours: SlaPolicyHours;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  warnShare: number;
};

/** The rule across fields: a first response is due no later than the resolution (422 otherwise). */
export function slaPolicyProblems(p: SlaPolicyValues): Record<string, 'sla_first_response_after_resolution'> {
  return p.firstResponseMinutes > p.resolutionMinutes
    ? { firstResponseMinutes: 'sla_first_response_after_resolution' }
    : {};
}

export const DEFAULT_WARN_SHARE_SEED = 0.8;

/** The seed: every ticket type × priority with the demo's targets of its priority. */
export const DEFAULT_SLA_POLICIES: readonly (SlaPolicyValues & {
  key: string;
  ticketType: TicketType;
  priority: Priority;
})[] = TICKET_TYPES.flatMap((ticketType) =>
  PRIORITIES.map((priority) => ({
    key: slaPolicyKey(ticketType, priority),
    ticketType,
    priority,
    ...DEFAULT_SLA_TARGETS[priority],
    warnShare: DEFAULT_WARN_SHARE_SEED,
  })),
);

/** A stored policy as the derivation's policy, with the office hours on the provider's calendar. */
export const toSlaPolicy = (p: SlaPolicyValues & { key: string }, calendar: BusinessCalendar): SlaPolicy => ({
  id: p.key,
  hours: p.hours === '24x7' ? '24x7' : calendar,
  firstResponseMinutes: p.firstResponseMinutes,
  resolutionMinutes: p.resolutionMinutes,
  warnShare: p.warnShare,
});

export const slaPauseSchema = z.strictObject({ reason: z.enum(PAUSE_REASONS) });

/** The desk's change of what drives a ticket's policy. */
export const ticketPatchSchema = z
  .strictObject({
    businessCritical: z.boolean().optional(),
    impact: levelSchema.optional(),
    urgency: levelSchema.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { error: 'required' });

export type ClockEvent = { clock: SlaClockKind; event: SlaEvent };

/**
 * The events a status step means for the clocks: any step by the desk is its first response; waiting
 * for the customer pauses the resolution clock, the customer's answer resumes it (only a pause for
 * the customer), resolving stops both, reopening resumes the resolution clock.
 */
export function lifecycleEvents(
  from: TicketStatus,
  to: TicketStatus,
  byDesk: boolean,
  at: Date,
  pausedFor: PauseReason | null,
): ClockEvent[] {
  const events: ClockEvent[] = [];
  if (byDesk || to === 'resolved') events.push({ clock: 'first_response', event: { type: 'stopped', at } });
  if (to === 'waiting_for_customer')
    events.push({ clock: 'resolution', event: { type: 'paused', at, reason: 'waiting_customer' } });
  else if (to === 'resolved') events.push({ clock: 'resolution', event: { type: 'stopped', at } });
  else if (to === 'in_progress' && (from === 'resolved' || from === 'closed'))
    events.push({ clock: 'resolution', event: { type: 'resumed', at } });
  else if (from === 'waiting_for_customer' && pausedFor === 'waiting_customer')
    events.push({ clock: 'resolution', event: { type: 'resumed', at } });
  return events;
}
