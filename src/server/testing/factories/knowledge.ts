import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { trainingRecords } from '../../db/schema';

/** Throw-away training records. */
export const knowledgeFactories = {
  async trainingRecord(db: Executor, accountId: string) {
    const row = { id: randomUUID(), accountId, training: 'end_user' as const, completedOn: '2026-01-15' };
    await db.insert(trainingRecords).values(row);
    return row;
  },
};
