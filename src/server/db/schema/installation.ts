import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { created, updated } from './columns';

/** Key/value facts about this installation (schema-independent, e.g. when the demo was seeded). */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updated(),
});

export const providers = pgTable('providers', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('Europe/Amsterdam'),
  createdAt: created(),
  updatedAt: updated(),
});
