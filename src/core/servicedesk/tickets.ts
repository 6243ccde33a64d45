import { z } from 'zod';
import { idSchema } from '../ids';
import { queueClockSchema, slaClockSchema } from './sla-view';

/**
 * Tickets of the service desk (guide §4, §5): incidents, change requests (mutaties), service
 * requests, repairs (RMA) and infrastructure changes. Each has a readable number per type and
 * year, a status flow with who/when for every step, and a timeline of comments.
 */

export const TICKET_TYPES = ['incident', 'change', 'service', 'repair', 'infrastructure'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

/** The prefix of a ticket's readable number: `INC-2026-000042`. */
export const TICKET_PREFIX: Readonly<Record<TicketType, string>> = {
  incident: 'INC',
  change: 'CHG',
  service: 'SRQ',
  repair: 'RMA',
  infrastructure: 'INF',
};

/** `INC-2026-000042`: the type's prefix, the year of creation and the sequence within both. */
export function ticketNumber(type: TicketType, year: number, sequence: number): string {
  return `${TICKET_PREFIX[type]}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The calendar year of a moment in a time zone (a ticket of 31 December 23:30 in Amsterdam is of that year). */
export function yearIn(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric' }).format(at));
}

// Status flow

export const TICKET_STATUSES = [
  'new',
  'acknowledged',
  'in_progress',
  'waiting_for_customer',
  'resolved',
  'closed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Who moves the ticket: the provider's desk works it, the customer answers, confirms or reopens. */
export type TicketSide = 'provider' | 'customer';

/**
 * The flow new → acknowledged → in progress ⇄ waiting for customer → resolved → closed. The desk
 * may also resolve from acknowledged or waiting, close a resolved ticket, and send a resolved one
 * back. A resolved or closed ticket is reopened (→ in progress) only within the reopen period
 * counted from its resolution. The customer may answer a waiting ticket (→ in progress), confirm a
 * resolution (→ closed) and reopen within the period; everything else is the desk's.
 */
const PROVIDER_FLOW: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['acknowledged'],
  acknowledged: ['in_progress', 'resolved'],
  in_progress: ['waiting_for_customer', 'resolved'],
  waiting_for_customer: ['in_progress', 'resolved'],
  resolved: ['closed'],
  closed: [],
};
const CUSTOMER_FLOW: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: [],
  acknowledged: [],
  in_progress: [],
  waiting_for_customer: ['in_progress'],
  resolved: ['closed'],
  closed: [],
};

export const DEFAULT_REOPEN_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export type FlowContext = {
  side: TicketSide;
  /** When the ticket was (last) resolved; null while it never was. */
  resolvedAt: Date | null;
  now: Date;
  /** The reopen period in days (config CENTRALE_TICKET_REOPEN_DAYS). */
  reopenDays: number;
};

/** May a resolved or closed ticket still be reopened? Within `reopenDays` of its resolution. */
export const canReopen = (resolvedAt: Date | null, now: Date, reopenDays: number): boolean =>
  resolvedAt !== null && now.getTime() - resolvedAt.getTime() <= reopenDays * DAY_MS;

/** The states a ticket may go to next, for this side, now. */
export function nextStates(status: TicketStatus, context: FlowContext): TicketStatus[] {
  const flow = context.side === 'provider' ? PROVIDER_FLOW : CUSTOMER_FLOW;
  const next = [...flow[status]];
  if (
    (status === 'resolved' || status === 'closed') &&
    canReopen(context.resolvedAt, context.now, context.reopenDays)
  )
    next.push('in_progress');
  return next;
}

/** null when the step is allowed; otherwise the states that are (for the 409's params). */
export function transitionProblem(
  from: TicketStatus,
  to: TicketStatus,
  context: FlowContext,
): { allowed: TicketStatus[] } | null {
  const allowed = nextStates(from, context);
  return allowed.includes(to) ? null : { allowed };
}

/** A ticket takes no more comments once closed. */
export const acceptsComments = (status: TicketStatus): boolean => status !== 'closed';

// Priority

export const LEVELS = ['high', 'medium', 'low'] as const;
export type Level = (typeof LEVELS)[number];
export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * The priority of a ticket. Business-critical (the customer's answer to "does this stop your
 * business?", asked on every form) is always `critical`: it is what the desk's 24×7 handling and
 * the contact matrix's business-critical lines key on. Otherwise the usual impact × urgency matrix
 * (both asked, `medium` when not given): high/high → high, a high with a medium → high, a high with a low
 * or medium/medium → medium, anything with low below that → low.
 */
export function priorityOf(input: { businessCritical: boolean; impact: Level; urgency: Level }): Priority {
  if (input.businessCritical) return 'critical';
  const score = { high: 2, medium: 1, low: 0 } as const;
  const sum = score[input.impact] + score[input.urgency];
  if (sum >= 3) return 'high';
  if (sum === 2) return 'medium';
  return 'low';
}

// Visibility of comments

export const COMMENT_VISIBILITIES = ['customer', 'internal'] as const;
export type CommentVisibility = (typeof COMMENT_VISIBILITIES)[number];

/** A customer (any role outside the provider) never reads an internal comment. */
export const visibleTo = (visibility: CommentVisibility, side: TicketSide): boolean =>
  side === 'provider' || visibility === 'customer';

// Schemas of the answers

const timestamp = z.iso.datetime({ offset: true });
export const ticketTypeSchema = z.enum(TICKET_TYPES);
export const ticketStatusSchema = z.enum(TICKET_STATUSES);
export const prioritySchema = z.enum(PRIORITIES);
export const levelSchema = z.enum(LEVELS);
export const commentVisibilitySchema = z.enum(COMMENT_VISIBILITIES);

export const statusStepSchema = z.object({
  from: ticketStatusSchema.nullable(),
  to: ticketStatusSchema,
  reason: z.string().nullable(),
  byName: z.string().nullable(),
  byRole: z.string().nullable(),
  at: timestamp,
});
export type StatusStepDto = z.infer<typeof statusStepSchema>;

export const ticketSchema = z.object({
  id: idSchema,
  number: z.string(),
  type: ticketTypeSchema,
  status: ticketStatusSchema,
  enterpriseId: idSchema,
  enterpriseName: z.string(),
  siteId: idSchema.nullable(),
  siteName: z.string().nullable(),
  title: z.string(),
  businessCritical: z.boolean(),
  impact: levelSchema,
  urgency: levelSchema,
  priority: prioritySchema,
  /** The intake form's answers, as validated for the ticket's type. */
  details: z.record(z.string(), z.unknown()),
  reportedByName: z.string().nullable(),
  /** What it is about, for its routing: fixed telephony and the platform, mobile, billing. */
  category: z.enum(['fixed', 'mobile', 'billing']),
  /** The desk of the contact matrix it was routed to (`name` in Dutch, `names` in both). */
  desk: z
    .object({ id: idSchema, name: z.string(), names: z.object({ nl: z.string(), en: z.string() }) })
    .nullable(),
  /** A change request's item of the change catalogue. */
  catalogueItem: z.string().nullable(),
  /** When it is due on the business calendar (null: on request). */
  dueAt: timestamp.nullable(),
  /** A change request's cost estimate when it was sent. */
  costEstimate: z.object({ amount: z.number(), currency: z.literal('EUR') }).nullable(),
  /** Comments the reader may see (a customer: the customer-visible ones only). */
  commentCount: z.int(),
  /** The states the reader may move the ticket to now. */
  nextStates: z.array(ticketStatusSchema),
  /** An incident opened during works the customer announced at one of its sites (guide §3.2.4), as they were. */
  announcedWorks: z
    .object({
      id: idSchema.nullable(),
      kind: z.string(),
      description: z.string(),
      startsAt: timestamp,
      endsAt: timestamp,
    })
    .nullable(),
  /** The desk found the incident unjustified (caused by the customer): why, who and when. */
  unjustified: z.object({ reason: z.string(), byName: z.string().nullable(), at: timestamp }).nullable(),
  /** The SLA clocks' due for the queue (the resolution clock's, a change's lead time); null while paused or stopped. */
  slaDueAt: timestamp.nullable(),
  /** The SLA sweep's marks: when the desk was warned of a clock of it, when it was escalated. */
  slaWarnedAt: timestamp.nullable(),
  slaEscalatedAt: timestamp.nullable(),
  resolvedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type TicketDto = z.infer<typeof ticketSchema>;

/** A row of a desk's queue: the ticket and its resolution clock (a change: the first response) as stored. */
export const queueItemSchema = ticketSchema.extend({ sla: queueClockSchema.nullable() });
export type QueueItemDto = z.infer<typeof queueItemSchema>;

export const ticketDetailSchema = ticketSchema.extend({
  history: z.array(statusStepSchema),
  /** The sites the ticket names (an incident's affected sites), so no reader sees bare ids. */
  sites: z.array(z.object({ id: idSchema, name: z.string(), postcode: z.string() })),
  /** The SLA clocks (first response, resolution) at the moment of the answer; the customer sees why one is paused. */
  slaClocks: z.array(slaClockSchema),
});
export type TicketDetailDto = z.infer<typeof ticketDetailSchema>;

export const statusChangeSchema = z.strictObject({
  status: ticketStatusSchema,
  reason: z.string().trim().min(1).max(2000).optional(),
});

export const commentSchema = z.object({
  id: idSchema,
  ticketId: idSchema,
  visibility: commentVisibilitySchema,
  body: z.string(),
  authorName: z.string().nullable(),
  authorRole: z.string().nullable(),
  createdAt: timestamp,
});
export type CommentDto = z.infer<typeof commentSchema>;

export const commentInputSchema = z.strictObject({
  body: z.string().trim().min(1).max(10_000),
  visibility: commentVisibilitySchema.default('customer'),
});
