import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { TICKET_CATEGORIES } from '../../../core/servicedesk/desks';
import {
  COMMENT_VISIBILITIES,
  LEVELS,
  PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '../../../core/servicedesk/tickets';
import { accounts } from './access';
import { created, oneOf, ts, updated, values } from './columns';
import { enterprises, sites } from './directory';
import { catalogueItems, serviceDesks } from './servicedesk-catalogue';

/** The service desk (issue 11): tickets, their status steps, comments, and the numbers' counters. */

/**
 * The next sequence number of a ticket type in a year: taken by one upsert in the ticket's own
 * transaction (`… on conflict do update set next = next + 1 returning`), so parallel reports get
 * distinct, consecutive numbers and a refused report takes none.
 */
export const ticketCounters = pgTable(
  'ticket_counters',
  {
    type: text('type', { enum: values(TICKET_TYPES) }).notNull(),
    year: integer('year').notNull(),
    next: integer('next').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.type, t.year] }),
    check('ticket_counters_type_ck', oneOf(t.type, TICKET_TYPES)),
  ],
);

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    type: text('type', { enum: values(TICKET_TYPES) }).notNull(),
    status: text('status', { enum: values(TICKET_STATUSES) }).notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** The one site it is about; null when it names several (enterprise-wide). */
    siteId: uuid('site_id').references(() => sites.id),
    title: text('title').notNull(),
    businessCritical: boolean('business_critical').notNull(),
    impact: text('impact', { enum: values(LEVELS) }).notNull(),
    urgency: text('urgency', { enum: values(LEVELS) }).notNull(),
    priority: text('priority', { enum: values(PRIORITIES) }).notNull(),
    /** The intake form's answers, as validated for the type. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    /** The account that reported it (kept when the account goes: the name stays in the history). */
    reportedBy: uuid('reported_by').references(() => accounts.id, { onDelete: 'set null' }),
    reportedByName: text('reported_by_name'),
    resolvedAt: ts('resolved_at'),
    /** What it is about, for its routing (fixed telephony and the platform, mobile, billing). */
    category: text('category', { enum: values(TICKET_CATEGORIES) })
      .notNull()
      .default('fixed'),
    /** The desk of the contact matrix it was routed to when it came in. */
    deskId: uuid('desk_id').references(() => serviceDesks.id, { onDelete: 'restrict' }),
    /** A change request's item of the change catalogue. */
    catalogueItemKey: text('catalogue_item_key').references(() => catalogueItems.key, {
      onDelete: 'restrict',
    }),
    /** When it is due: a change request's lead time on the business calendar (null: on request). */
    dueAt: ts('due_at'),
    /** The cost estimate when it was sent, in cents (the tariff list may change later). */
    costEstimateCents: integer('cost_estimate_cents'),
    /**
     * The SLA clocks' due for sorting the desk's queue: the resolution clock's due (a change
     * request's lead time), the first response's while that runs alone; null while paused or stopped.
     */
    slaDueAt: ts('sla_due_at'),
    /** The SLA sweep's marks on the ticket: when a clock of it was first warned about, escalated. */
    slaWarnedAt: ts('sla_warned_at'),
    slaEscalatedAt: ts('sla_escalated_at'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('tickets_number_uq').on(t.number),
    index('tickets_desk_idx').on(t.deskId, t.status),
    // The desk queue: by desk and status, sorted by SLA due (nulls last) with the id as tie-breaker,
    // and across the open statuses.
    index('tickets_desk_queue_idx').on(t.deskId, t.status, t.slaDueAt, t.id),
    index('tickets_desk_open_queue_idx')
      .on(t.deskId, t.slaDueAt, t.id)
      .where(sql`${t.status} in ('new','acknowledged','in_progress','waiting_for_customer')`),
    check('tickets_category_ck', oneOf(t.category, TICKET_CATEGORIES)),
    index('tickets_enterprise_idx').on(t.enterpriseId, t.createdAt, t.id),
    index('tickets_created_idx').on(t.createdAt, t.id),
    check('tickets_type_ck', oneOf(t.type, TICKET_TYPES)),
    check('tickets_status_ck', oneOf(t.status, TICKET_STATUSES)),
    check('tickets_impact_ck', oneOf(t.impact, LEVELS)),
    check('tickets_urgency_ck', oneOf(t.urgency, LEVELS)),
    check('tickets_priority_ck', oneOf(t.priority, PRIORITIES)),
  ],
);

/**
 * Every site a ticket names (an incident's affected sites, another type's site): a site admin
 * reads the tickets of its sites by them, and a site is not removed while a ticket names it.
 */
export const ticketSites = pgTable(
  'ticket_sites',
  {
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.siteId] }), index('ticket_sites_site_idx').on(t.siteId)],
);

/** Every step of a ticket's status, with who and when (the first one is its creation: from null to new). */
export const ticketStatusSteps = pgTable(
  'ticket_status_steps',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: values(TICKET_STATUSES) }),
    toStatus: text('to_status', { enum: values(TICKET_STATUSES) }).notNull(),
    reason: text('reason'),
    byAccountId: uuid('by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    byName: text('by_name'),
    byRole: text('by_role'),
    at: ts('at').notNull(),
  },
  (t) => [index('ticket_status_steps_ticket_idx').on(t.ticketId, t.at)],
);

export const ticketComments = pgTable(
  'ticket_comments',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    visibility: text('visibility', { enum: values(COMMENT_VISIBILITIES) }).notNull(),
    body: text('body').notNull(),
    authorAccountId: uuid('author_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    authorName: text('author_name'),
    authorRole: text('author_role'),
    createdAt: created(),
  },
  (t) => [
    index('ticket_comments_ticket_idx').on(t.ticketId, t.createdAt, t.id),
    check('ticket_comments_visibility_ck', oneOf(t.visibility, COMMENT_VISIBILITIES)),
    check('ticket_comments_body_ck', sql`length(${t.body}) > 0`),
  ],
);
