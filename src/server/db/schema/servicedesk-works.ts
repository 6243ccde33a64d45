import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { WORKS_KINDS } from '../../../core/servicedesk/announced-works';
import { accounts } from './access';
import { created, oneOf, ts, updated, values } from './columns';
import { enterprises, sites } from './directory';
import { tickets } from './servicedesk-tickets';

/**
 * Customer-announced works (guide §3.2.4) and what the desk assesses of an incident: whether it
 * was opened during announced works (stored when it is opened) and whether the desk found it
 * unjustified (caused by the customer). Kept beside the tickets rather than on them, one row per
 * incident, so the ticket's own row stays what its flow and clocks change.
 */
export const announcedWorks = pgTable(
  'announced_works',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    kind: text('kind', { enum: values(WORKS_KINDS) }).notNull(),
    description: text('description').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('announced_works_site_idx').on(t.siteId, t.startsAt, t.endsAt),
    index('announced_works_enterprise_idx').on(t.enterpriseId, t.startsAt, t.id),
    check('announced_works_kind_ck', oneOf(t.kind, WORKS_KINDS)),
    check('announced_works_span_ck', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const ticketAssessments = pgTable(
  'ticket_assessments',
  {
    ticketId: uuid('ticket_id')
      .primaryKey()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    /** The works it was opened during (kept as they were then: removing the works keeps the mark). */
    announcedWorksId: uuid('announced_works_id').references(() => announcedWorks.id, {
      onDelete: 'set null',
    }),
    duringAnnouncedWorks: boolean('during_announced_works').notNull().default(false),
    announcedWorks: jsonb('announced_works').$type<{
      kind: string;
      description: string;
      startsAt: string;
      endsAt: string;
    } | null>(),
    unjustified: boolean('unjustified').notNull().default(false),
    unjustifiedReason: text('unjustified_reason'),
    unjustifiedBy: uuid('unjustified_by').references(() => accounts.id, { onDelete: 'set null' }),
    unjustifiedByName: text('unjustified_by_name'),
    unjustifiedAt: ts('unjustified_at'),
    updatedAt: updated(),
  },
  (t) => [
    check(
      'ticket_assessments_unjustified_ck',
      sql`${t.unjustified} = (${t.unjustifiedReason} is not null and ${t.unjustifiedAt} is not null)`,
    ),
  ],
);

/**
 * A checklist's answers attached to an incident (the line checklist of appendix 3), as answered:
 * the checklist's key and version name the step definitions they were answered against (core
 * keeps every version), so a later change of the steps leaves stored answers readable.
 */
export const ticketChecklists = pgTable(
  'ticket_checklists',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    checklistKey: text('checklist_key').notNull(),
    checklistVersion: integer('checklist_version').notNull(),
    siteId: uuid('site_id').references(() => sites.id),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').references(() => accounts.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name'),
    createdAt: created(),
  },
  (t) => [index('ticket_checklists_ticket_idx').on(t.ticketId, t.createdAt, t.id)],
);
