import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import {
  OUTBOX_CHANNELS,
  OUTBOX_ENTITY_TYPES,
  OUTBOX_KINDS,
  OUTBOX_STATES,
  RECIPIENT_LANGUAGES,
} from '../../../core/notifications/outbox';
import { created, oneOf, ts, values } from './columns';

/**
 * Notifications (DESIGN C7): the one outbox of every message. A row is written in the transaction
 * of the change that causes it; the sender job claims due rows with FOR UPDATE SKIP LOCKED, so
 * several servers never send one message twice, and a row whose sender died (`sending` past
 * `locked_until`) is claimed again.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel', { enum: values(OUTBOX_CHANNELS) }).notNull(),
    kind: text('kind', { enum: values(OUTBOX_KINDS) }).notNull(),
    recipient: text('recipient').notNull(),
    language: text('language', { enum: values(RECIPIENT_LANGUAGES) }).notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    entityType: text('entity_type', { enum: values(OUTBOX_ENTITY_TYPES) }),
    entityId: uuid('entity_id'),
    entityLabel: text('entity_label'),
    state: text('state', { enum: values(OUTBOX_STATES) }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    /** While `sending`: when the claim lapses (a sender that died lets go of it then). */
    lockedUntil: ts('locked_until'),
    lastError: text('last_error'),
    sentAt: ts('sent_at'),
    createdAt: created(),
  },
  (t) => [
    // The sender's claim: due queued rows, and sending rows whose claim lapsed.
    index('outbox_messages_due_idx').on(t.nextAttemptAt).where(sql`${t.state} = 'queued'`),
    index('outbox_messages_sending_idx').on(t.lockedUntil).where(sql`${t.state} = 'sending'`),
    index('outbox_messages_list_idx').on(t.createdAt, t.id),
    index('outbox_messages_entity_idx').on(t.entityId),
    check('outbox_messages_channel_ck', oneOf(t.channel, OUTBOX_CHANNELS)),
    check('outbox_messages_kind_ck', oneOf(t.kind, OUTBOX_KINDS)),
    check('outbox_messages_language_ck', oneOf(t.language, RECIPIENT_LANGUAGES)),
    check('outbox_messages_state_ck', oneOf(t.state, OUTBOX_STATES)),
    check('outbox_messages_entity_type_ck', oneOf(t.entityType, OUTBOX_ENTITY_TYPES)),
  ],
);

/**
 * The background jobs' schedule (server/jobs/): one row per job name. A server runs a job only
 * after taking its row in one statement (due and not leased, FOR UPDATE SKIP LOCKED), so of
 * several servers one runs each round; the lease lets another take over when that one dies.
 */
export const jobSchedules = pgTable('job_schedules', {
  name: text('name').primaryKey(),
  nextRunAt: ts('next_run_at').notNull(),
  leaseUntil: ts('lease_until'),
  /** Which server holds the lease (host and pid), for the logs. */
  leasedBy: text('leased_by'),
  lastStartedAt: ts('last_started_at'),
  lastFinishedAt: ts('last_finished_at'),
  lastError: text('last_error'),
  runs: integer('runs').notNull().default(0),
});
