import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { PAUSE_REASONS, SLA_CLOCK_KINDS } from '../../../core/servicedesk/sla';
import { SLA_POLICY_HOURS } from '../../../core/servicedesk/sla-policies';
import { PRIORITIES, TICKET_TYPES } from '../../../core/servicedesk/tickets';
import { accounts } from './access';
import { created, oneOf, ts, updated, values } from './columns';
import { tickets } from './servicedesk-tickets';

/**
 * The SLA clocks of the service desk (issue 11). `sla_policies` is the provider's configuration
 * (one per ticket type × priority, seeded once); `ticket_sla_events` is each clock's log, the
 * truth the clocks derive from (core/servicedesk/sla.ts); `ticket_sla_clocks` is the snapshot of
 * each clock derived in the same transaction as its last event, which the ticket's answer, the
 * desk queue (through tickets.sla_due_at) and the SLA sweep read without deriving again.
 */

export const SLA_EVENT_TYPES = ['started', 'paused', 'resumed', 'stopped', 'policy_changed'] as const;
export const SLA_CLOCK_STATES = [
  'not_started',
  'running',
  'out_of_hours',
  'paused',
  'met',
  'breached',
] as const;

export const slaPolicies = pgTable(
  'sla_policies',
  {
    key: text('key').primaryKey(),
    ticketType: text('ticket_type', { enum: values(TICKET_TYPES) }).notNull(),
    priority: text('priority', { enum: values(PRIORITIES) }).notNull(),
    hours: text('hours', { enum: values(SLA_POLICY_HOURS) }).notNull(),
    firstResponseMinutes: integer('first_response_minutes').notNull(),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    warnShare: doublePrecision('warn_share').notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('sla_policies_type_priority_uq').on(t.ticketType, t.priority),
    check('sla_policies_hours_ck', oneOf(t.hours, SLA_POLICY_HOURS)),
    check('sla_policies_type_ck', oneOf(t.ticketType, TICKET_TYPES)),
    check('sla_policies_priority_ck', oneOf(t.priority, PRIORITIES)),
    check(
      'sla_policies_minutes_ck',
      sql`${t.firstResponseMinutes} > 0 and ${t.resolutionMinutes} > 0 and ${t.firstResponseMinutes} <= ${t.resolutionMinutes}`,
    ),
    check('sla_policies_warn_ck', sql`${t.warnShare} > 0 and ${t.warnShare} <= 1`),
  ],
);

/** Each clock's log, in the order written (`seq`); events are appended, never changed. */
export const ticketSlaEvents = pgTable(
  'ticket_sla_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    clock: text('clock', { enum: values(SLA_CLOCK_KINDS) }).notNull(),
    type: text('type', { enum: values(SLA_EVENT_TYPES) }).notNull(),
    at: ts('at').notNull(),
    reason: text('reason', { enum: values(PAUSE_REASONS) }),
    policyKey: text('policy_key').references(() => slaPolicies.key, { onDelete: 'restrict' }),
    byAccountId: uuid('by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('ticket_sla_events_ticket_idx').on(t.ticketId, t.clock, t.seq),
    check('ticket_sla_events_clock_ck', oneOf(t.clock, SLA_CLOCK_KINDS)),
    check('ticket_sla_events_type_ck', oneOf(t.type, SLA_EVENT_TYPES)),
    check('ticket_sla_events_reason_ck', sql`${t.reason} is null or ${oneOf(t.reason, PAUSE_REASONS)}`),
  ],
);

/**
 * The snapshot of a clock at its last event. `counting` is true while it runs (in or out of its
 * hours, breached or not) — what the sweep looks at; `due_at` and `warn_at` are then projected on
 * the policy's hours, so no work is needed when the office opens or closes. `warned_at` and
 * `escalated_at` are the sweep's marks (once each, cleared when a re-derivation moves the
 * instant into the future again).
 */
export const ticketSlaClocks = pgTable(
  'ticket_sla_clocks',
  {
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    clock: text('clock', { enum: values(SLA_CLOCK_KINDS) }).notNull(),
    state: text('state', { enum: values(SLA_CLOCK_STATES) }).notNull(),
    counting: boolean('counting').notNull(),
    policyKey: text('policy_key').references(() => slaPolicies.key, { onDelete: 'restrict' }),
    hours: text('hours', { enum: values(SLA_POLICY_HOURS) }),
    targetMinutes: integer('target_minutes'),
    /** Running minutes left at `derived_at` (exact while paused or stopped). */
    remainingMinutes: doublePrecision('remaining_minutes'),
    dueAt: ts('due_at'),
    warnAt: ts('warn_at'),
    breachedAt: ts('breached_at'),
    pausedReason: text('paused_reason', { enum: values(PAUSE_REASONS) }),
    pausedSince: ts('paused_since'),
    warnedAt: ts('warned_at'),
    escalatedAt: ts('escalated_at'),
    derivedAt: ts('derived_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.clock] }),
    // The sweep's two questions: counting clocks whose warning or due instant has passed.
    index('ticket_sla_clocks_due_idx').on(t.dueAt).where(sql`${t.counting} and ${t.escalatedAt} is null`),
    index('ticket_sla_clocks_warn_idx').on(t.warnAt).where(sql`${t.counting} and ${t.warnedAt} is null`),
    check('ticket_sla_clocks_clock_ck', oneOf(t.clock, SLA_CLOCK_KINDS)),
    check('ticket_sla_clocks_state_ck', oneOf(t.state, SLA_CLOCK_STATES)),
  ],
);
