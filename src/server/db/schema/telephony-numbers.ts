import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  ASSIGNEE_TYPES,
  MAX_EXTENSION_LENGTH,
  MIN_EXTENSION_LENGTH,
  NUMBER_KINDS,
  NUMBER_ROLES,
  NUMBER_STATES,
} from '../../../core/telephony/numbers';
import { created, oneOf, updated, values } from './columns';
import { enterprises, sites } from './directory';

/** Telephony (C2): each enterprise's settings, its number plan and its extensions. */

export const enterpriseTelephony = pgTable(
  'enterprise_telephony',
  {
    enterpriseId: uuid('enterprise_id')
      .primaryKey()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    extensionLength: integer('extension_length').notNull().default(3),
    updatedAt: updated(),
  },
  (t) => [
    check(
      'enterprise_telephony_extension_length_ck',
      sql`${t.extensionLength} between ${sql.raw(String(MIN_EXTENSION_LENGTH))} and ${sql.raw(String(MAX_EXTENSION_LENGTH))}`,
    ),
  ],
);

/** A block of consecutive numbers the provider gave the enterprise (a mobile number: a block of 1). */
export const numberBlocks = pgTable(
  'number_blocks',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    first: text('first').notNull(),
    size: integer('size').notNull(),
    kind: text('kind', { enum: values(NUMBER_KINDS) }).notNull(),
    createdAt: created(),
  },
  (t) => [
    index('number_blocks_enterprise_idx').on(t.enterpriseId, t.first),
    check('number_blocks_kind_ck', oneOf(t.kind, NUMBER_KINDS)),
    check('number_blocks_size_ck', sql`${t.size} between 1 and 10000`),
  ],
);

/**
 * Every number of every block, in E.164, with exactly one state. An assigned number has an
 * assignee (a user now; later a group, attendant, queue or fax) and a role for it; a number is in
 * one plan only and an assignee has at most one number per role, which the database enforces.
 */
export const numbers = pgTable(
  'numbers',
  {
    id: uuid('id').primaryKey(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    blockId: uuid('block_id')
      .notNull()
      .references(() => numberBlocks.id),
    number: text('number').notNull(),
    kind: text('kind', { enum: values(NUMBER_KINDS) }).notNull(),
    /** The site the number is allocated to, if any (a site's removal leaves it to the enterprise). */
    siteId: uuid('site_id').references(() => sites.id, { onDelete: 'set null' }),
    state: text('state', { enum: values(NUMBER_STATES) })
      .notNull()
      .default('free'),
    assigneeType: text('assignee_type', { enum: values(ASSIGNEE_TYPES) }),
    assigneeId: uuid('assignee_id'),
    assigneeRole: text('assignee_role', { enum: values(NUMBER_ROLES) }),
    note: text('note'),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('numbers_number_uq').on(t.number),
    uniqueIndex('numbers_assignee_role_uq')
      .on(t.assigneeType, t.assigneeId, t.assigneeRole)
      .where(sql`${t.assigneeId} is not null`),
    index('numbers_enterprise_idx').on(t.enterpriseId, t.number),
    index('numbers_block_idx').on(t.blockId),
    index('numbers_site_idx').on(t.siteId),
    index('numbers_assignee_idx').on(t.assigneeId),
    check('numbers_state_ck', oneOf(t.state, NUMBER_STATES)),
    check('numbers_kind_ck', oneOf(t.kind, NUMBER_KINDS)),
    check(
      'numbers_assignee_ck',
      sql`(${t.state} = 'assigned') = (${t.assigneeType} is not null and ${t.assigneeId} is not null and ${t.assigneeRole} is not null)`,
    ),
  ],
);

/** Extensions (short numbers) of an enterprise, one per assignee, never two alike. */
export const extensions = pgTable(
  'extensions',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    extension: text('extension').notNull(),
    assigneeType: text('assignee_type', { enum: values(ASSIGNEE_TYPES) }).notNull(),
    assigneeId: uuid('assignee_id').notNull(),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.extension] }),
    uniqueIndex('extensions_assignee_uq').on(t.assigneeType, t.assigneeId),
    check('extensions_assignee_type_ck', oneOf(t.assigneeType, ASSIGNEE_TYPES)),
    check('extensions_digits_ck', sql`${t.extension} ~ '^[1-9][0-9]{1,5}$'`),
  ],
);
