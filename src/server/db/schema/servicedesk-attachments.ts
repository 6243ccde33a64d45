import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ATTACHMENT_KINDS } from '../../../core/servicedesk/attachments';
import { COMMENT_VISIBILITIES } from '../../../core/servicedesk/tickets';
import { accounts } from './access';
import { bytea, created, oneOf, values } from './columns';
import { tickets } from './servicedesk-tickets';

/**
 * A file attached to a ticket's timeline (a screenshot, a photo of the LEDs, a SIP trace), judged
 * by its content (`kind`), kept in the database with its SHA-256. Visible to the customer or
 * internal, as comments are. Goes with its ticket.
 */
export const ticketAttachments = pgTable(
  'ticket_attachments',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    visibility: text('visibility', { enum: values(COMMENT_VISIBILITIES) }).notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: values(ATTACHMENT_KINDS) }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    authorAccountId: uuid('author_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    authorName: text('author_name'),
    authorRole: text('author_role'),
    createdAt: created(),
  },
  (t) => [
    index('ticket_attachments_ticket_idx').on(t.ticketId, t.createdAt, t.id),
    check('ticket_attachments_visibility_ck', oneOf(t.visibility, COMMENT_VISIBILITIES)),
    check('ticket_attachments_kind_ck', oneOf(t.kind, ATTACHMENT_KINDS)),
    check('ticket_attachments_size_ck', sql`${t.sizeBytes} > 0`),
  ],
);
