import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AGENT_STATES, UNAVAILABLE_REASONS } from '../../../core/telephony/agent-states';
import { DISTRIBUTIONS, MAX_WEIGHT, MIN_WEIGHT, RING_PATTERNS } from '../../../core/telephony/distribution';
import { QUEUE_ACTIONS, QUEUE_ROLES } from '../../../core/telephony/queues';
import { created, oneOf, ts, updated, values } from './columns';
import { enterprises, sites, users } from './directory';
import { schedules } from './telephony-schedules';

/**
 * Telephony (C2): call centre queues of a site, their agents and supervisors (users of the
 * enterprise, each at most once per queue) and each agent's state (one per user, across its queues).
 * A queue's extension and number are in the number plan (assignee type `queue`).
 */
export const queues = pgTable(
  'queues',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    name: text('name').notNull(),
    distribution: text('distribution', { enum: values(DISTRIBUTIONS) }).notNull(),
    ringPattern: text('ring_pattern', { enum: values(RING_PATTERNS) }).notNull(),
    maxQueueLength: integer('max_queue_length').notNull(),
    maxWaitSeconds: integer('max_wait_seconds').notNull(),
    comfortMessage: text('comfort_message'),
    comfortIntervalSeconds: integer('comfort_interval_seconds').notNull(),
    positionAnnouncements: boolean('position_announcements').notNull(),
    overflowAction: text('overflow_action', { enum: values(QUEUE_ACTIONS) }).notNull(),
    overflowAfterSeconds: integer('overflow_after_seconds'),
    overflowDestination: text('overflow_destination'),
    bouncedAfterRings: integer('bounced_after_rings'),
    strandedAction: text('stranded_action', { enum: values(QUEUE_ACTIONS) }).notNull(),
    strandedDestination: text('stranded_destination'),
    wrapUpSeconds: integer('wrap_up_seconds').notNull(),
    /** The schedule it follows (null: always open); a schedule in use is not removed. */
    scheduleId: uuid('schedule_id').references(() => schedules.id),
    closedAction: text('closed_action', { enum: values(QUEUE_ACTIONS) })
      .notNull()
      .default('busy'),
    closedDestination: text('closed_destination'),
    /** Null: as closed. */
    holidayAction: text('holiday_action', { enum: values(QUEUE_ACTIONS) }),
    holidayDestination: text('holiday_destination'),
    closedMessage: boolean('closed_message').notNull().default(false),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('queues_name_uq').on(t.enterpriseId, sql`lower(${t.name})`),
    index('queues_site_idx').on(t.siteId),
    index('queues_schedule_idx').on(t.scheduleId),
    check('queues_distribution_ck', oneOf(t.distribution, DISTRIBUTIONS)),
    check('queues_ring_pattern_ck', oneOf(t.ringPattern, RING_PATTERNS)),
    check('queues_overflow_action_ck', oneOf(t.overflowAction, QUEUE_ACTIONS)),
    check('queues_stranded_action_ck', oneOf(t.strandedAction, QUEUE_ACTIONS)),
    check(
      'queues_overflow_ck',
      sql`(${t.overflowAction} = 'keep_waiting') = (${t.overflowAfterSeconds} is null) and ${t.overflowAfterSeconds} <= ${t.maxWaitSeconds}`,
    ),
    check(
      'queues_overflow_destination_ck',
      sql`(${t.overflowAction} = 'transfer') = (${t.overflowDestination} is not null)`,
    ),
    check(
      'queues_stranded_destination_ck',
      sql`(${t.strandedAction} = 'transfer') = (${t.strandedDestination} is not null)`,
    ),
    check('queues_wrap_up_ck', sql`${t.wrapUpSeconds} >= 0`),
    check('queues_closed_action_ck', sql`${t.closedAction} in ('busy', 'transfer')`),
    check(
      'queues_holiday_action_ck',
      sql`${t.holidayAction} is null or ${t.holidayAction} in ('busy', 'transfer')`,
    ),
    check(
      'queues_closed_destination_ck',
      sql`(${t.closedAction} = 'transfer') = (${t.closedDestination} is not null)`,
    ),
    check(
      'queues_holiday_destination_ck',
      sql`coalesce(${t.holidayAction} = 'transfer', false) = (${t.holidayDestination} is not null)`,
    ),
    check(
      'queues_out_of_hours_ck',
      sql`${t.scheduleId} is not null or (${t.closedAction} = 'busy' and ${t.holidayAction} is null and not ${t.closedMessage})`,
    ),
  ],
);

/** An agent or supervisor of a queue: a user at most once per queue; the link goes with the queue. */
export const queueAgents = pgTable(
  'queue_agents',
  {
    id: uuid('id').primaryKey(),
    queueId: uuid('queue_id')
      .notNull()
      .references(() => queues.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: values(QUEUE_ROLES) }).notNull(),
    weight: integer('weight').notNull(),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('queue_agents_user_uq').on(t.queueId, t.userId),
    index('queue_agents_user_idx').on(t.userId),
    check('queue_agents_role_ck', oneOf(t.role, QUEUE_ROLES)),
    check(
      'queue_agents_weight_ck',
      sql`${t.weight} between ${sql.raw(String(MIN_WEIGHT))} and ${sql.raw(String(MAX_WEIGHT))}`,
    ),
  ],
);

/**
 * A user's agent state, one for all its queues (BroadWorks' ACD state). No row: available. A
 * wrap-up ends by itself at `until` (a read after that instant shows available).
 */
export const agentStates = pgTable(
  'agent_states',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    state: text('state', { enum: values(AGENT_STATES) }).notNull(),
    reason: text('reason', { enum: values(UNAVAILABLE_REASONS) }),
    until: ts('until'),
    updatedAt: updated(),
  },
  (t) => [
    check('agent_states_state_ck', oneOf(t.state, AGENT_STATES)),
    check('agent_states_reason_value_ck', oneOf(t.reason, UNAVAILABLE_REASONS)),
    check('agent_states_reason_ck', sql`(${t.state} = 'unavailable') = (${t.reason} is not null)`),
    check('agent_states_until_ck', sql`(${t.state} = 'wrap_up') = (${t.until} is not null)`),
  ],
);
