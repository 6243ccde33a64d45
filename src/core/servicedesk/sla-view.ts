import { z } from 'zod';
import { PAUSE_REASONS, SLA_CLOCK_KINDS } from './sla';

// The clocks as the API shows them.

export const slaClockSchema = z.object({
  kind: z.enum(SLA_CLOCK_KINDS),
  state: z.enum(['not_started', 'running', 'out_of_hours', 'paused', 'met', 'breached']),
  policy: z.string().nullable(),
  targetMinutes: z.number().nullable(),
  dueAt: z.string().nullable(),
  warnAt: z.string().nullable(),
  /** What is left of the target at the moment of the answer (0 once reached). */
  remainingMinutes: z.number().nullable(),
  breachedAt: z.string().nullable(),
  pause: z.object({ reason: z.enum(PAUSE_REASONS), since: z.string() }).nullable(),
  resumesAt: z.string().nullable(),
  warnedAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  pauses: z.array(z.object({ reason: z.enum(PAUSE_REASONS), from: z.string(), to: z.string().nullable() })),
});
export type SlaClockDto = z.infer<typeof slaClockSchema>;

/** A clock of a queue row, from its stored snapshot: state, due, what is left now, why it is paused. */
export const queueClockSchema = z.object({
  kind: z.enum(SLA_CLOCK_KINDS),
  state: z.enum(['not_started', 'running', 'out_of_hours', 'paused', 'met', 'breached']),
  dueAt: z.string().nullable(),
  remainingMinutes: z.number().nullable(),
  pause: z.object({ reason: z.enum(PAUSE_REASONS), since: z.string() }).nullable(),
});
export type QueueClockDto = z.infer<typeof queueClockSchema>;
