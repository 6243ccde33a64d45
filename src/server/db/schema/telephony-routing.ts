import { bigserial, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { created } from './columns';

/**
 * Telephony (C3): the routing engine's configuration version. Every write that changes what a
 * call does (telephony, users, sites, enterprise settings) inserts one row here in its own
 * transaction, through the audit helper: `scope` is the enterprise's id, or `provider` for what
 * holds for every enterprise (the profiles' feature matrix, the device catalogue). Insert-only,
 * so no hot row is locked; an enterprise's version is `(sum(n), max(id))` over its scope and
 * `provider`. A transaction that commits late with a smaller id still raises the sum. The job
 * `routing-changes-compact` folds a scope's old rows into one row carrying their summed `n`.
 */
export const routingChanges = pgTable(
  'routing_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    scope: text('scope').notNull(),
    n: integer('n').notNull().default(1),
    at: created(),
  },
  (t) => [index('routing_changes_scope_idx').on(t.scope, t.id)],
);
