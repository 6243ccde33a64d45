import { boolean, index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { updated } from './columns';
import { enterprises, users } from './directory';

/**
 * Call restrictions (belrestricties): an enterprise's default set, and the users that have a set
 * of their own. Each set is whole (every key, `true` = allowed); a user without a row follows the
 * enterprise's default, an enterprise without a row has core's default (premium barred).
 */
const restrictionColumns = () => ({
  internal: boolean('internal').notNull(),
  nationalFixed: boolean('national_fixed').notNull(),
  mobile: boolean('mobile').notNull(),
  international: boolean('international').notNull(),
  premium: boolean('premium').notNull(),
  service: boolean('service').notNull(),
});

export const enterpriseCallRestrictions = pgTable('enterprise_call_restrictions', {
  enterpriseId: uuid('enterprise_id')
    .primaryKey()
    .references(() => enterprises.id, { onDelete: 'cascade' }),
  ...restrictionColumns(),
  updatedAt: updated(),
});

export const userCallRestrictions = pgTable(
  'user_call_restrictions',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    ...restrictionColumns(),
    updatedAt: updated(),
  },
  (t) => [index('user_call_restrictions_enterprise_idx').on(t.enterpriseId)],
);
