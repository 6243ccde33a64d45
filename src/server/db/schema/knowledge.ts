import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { TRAININGS } from '../../../core/knowledge/trainings';
import { accounts } from './access';
import { created, values } from './columns';

/** Knowledge (C6): trainings followed (they lift the training gate). */

export const trainingRecords = pgTable(
  'training_records',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    training: text('training', { enum: values(TRAININGS) }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    notes: text('notes'),
    recordedBy: uuid('recorded_by').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('training_records_account_idx').on(t.accountId, t.training)],
);
