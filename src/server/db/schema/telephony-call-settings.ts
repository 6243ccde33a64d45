import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { MAX_RECALL_SECONDS, MIN_RECALL_SECONDS } from '../../../core/telephony/call-settings';
import { updated } from './columns';
import { enterprises, sites } from './directory';
import { numbers } from './telephony-numbers';

/**
 * An enterprise's call settings: name and number presentation, transfer, queue texts (one row,
 * core's defaults while none is stored). A main number points at a number of the plan: the
 * foreign key refuses removing it (number blocks check first, to say which number).
 */
export const enterpriseCallSettings = pgTable(
  'enterprise_call_settings',
  {
    enterpriseId: uuid('enterprise_id')
      .primaryKey()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    mainNumberId: uuid('main_number_id').references(() => numbers.id, { onDelete: 'restrict' }),
    blindTransfer: boolean('blind_transfer').notNull(),
    attendedTransfer: boolean('attended_transfer').notNull(),
    outsideTransfer: boolean('outside_transfer').notNull(),
    recallSeconds: integer('recall_seconds').notNull(),
    welcomeMessage: text('welcome_message').notNull(),
    comfortMessage: text('comfort_message').notNull(),
    positionMessage: text('position_message').notNull(),
    overflowMessage: text('overflow_message').notNull(),
    closedMessage: text('closed_message').notNull(),
    updatedAt: updated(),
  },
  (t) => [
    index('enterprise_call_settings_main_number_idx').on(t.mainNumberId),
    check(
      'enterprise_call_settings_recall_ck',
      sql`${t.recallSeconds} = 0 or ${t.recallSeconds} between ${sql.raw(String(MIN_RECALL_SECONDS))} and ${sql.raw(String(MAX_RECALL_SECONDS))}`,
    ),
  ],
);

/** A site's own main number and display name; it goes with its site. */
export const siteCallSettings = pgTable(
  'site_call_settings',
  {
    siteId: uuid('site_id')
      .primaryKey()
      .references(() => sites.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    mainNumberId: uuid('main_number_id').references(() => numbers.id, { onDelete: 'restrict' }),
    displayName: text('display_name'),
    updatedAt: updated(),
  },
  (t) => [
    index('site_call_settings_enterprise_idx').on(t.enterpriseId),
    index('site_call_settings_main_number_idx').on(t.mainNumberId),
    check(
      'site_call_settings_not_empty_ck',
      sql`${t.mainNumberId} is not null or ${t.displayName} is not null`,
    ),
  ],
);
