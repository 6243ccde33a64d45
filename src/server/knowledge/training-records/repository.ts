import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Training } from '../../../core/knowledge/trainings';
import type { Executor } from '../../db/client';
import { accounts, trainingRecords, users } from '../../db/schema';
import { type AccountScopeFilter, accountScopeCondition } from '../../directory/accounts/repository';

const columns = {
  id: trainingRecords.id,
  accountId: trainingRecords.accountId,
  training: trainingRecords.training,
  completedOn: trainingRecords.completedOn,
  notes: trainingRecords.notes,
  recordedBy: trainingRecords.recordedBy,
  createdAt: trainingRecords.createdAt,
  accountName: accounts.name,
  accountEmail: accounts.email,
  accountRole: accounts.role,
  enterpriseId: accounts.enterpriseId,
  partnerId: accounts.partnerId,
  userSiteId: users.siteId,
};

export async function listTrainingRecords(
  db: Executor,
  filter: AccountScopeFilter & {
    /** The asking account: its own records are always in view. */
    ownAccountId: string;
    accountId?: string | undefined;
    enterpriseId?: string | undefined;
    training?: Training | undefined;
    /** Cursor: records created before this one (newest first). */
    before?: { createdAt: Date; id: string } | undefined;
    limit: number;
  },
) {
  const scope = accountScopeCondition(filter);
  const conditions: (SQL | undefined)[] = [
    // No scope condition means every account; or() would drop it and leave only the own ones.
    scope === undefined ? undefined : or(eq(trainingRecords.accountId, filter.ownAccountId), scope),
    filter.accountId ? eq(trainingRecords.accountId, filter.accountId) : undefined,
    filter.enterpriseId ? eq(accounts.enterpriseId, filter.enterpriseId) : undefined,
    filter.training ? eq(trainingRecords.training, filter.training) : undefined,
    filter.before
      ? or(
          lt(trainingRecords.createdAt, filter.before.createdAt),
          and(
            eq(trainingRecords.createdAt, filter.before.createdAt),
            lt(trainingRecords.id, filter.before.id),
          ),
        )
      : undefined,
  ];
  return db
    .select(columns)
    .from(trainingRecords)
    .innerJoin(accounts, eq(accounts.id, trainingRecords.accountId))
    .leftJoin(users, eq(users.id, accounts.userId))
    .where(and(...conditions))
    .orderBy(desc(trainingRecords.createdAt), desc(trainingRecords.id))
    .limit(filter.limit + 1);
}

export type TrainingRecordView = Awaited<ReturnType<typeof listTrainingRecords>>[number];

export async function findTrainingRecord(db: Executor, id: string): Promise<TrainingRecordView | null> {
  const rows = await db
    .select(columns)
    .from(trainingRecords)
    .innerJoin(accounts, eq(accounts.id, trainingRecords.accountId))
    .leftJoin(users, eq(users.id, accounts.userId))
    .where(eq(trainingRecords.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertTrainingRecord(
  db: Executor,
  row: typeof trainingRecords.$inferInsert,
): Promise<void> {
  await db.insert(trainingRecords).values(row);
}

export async function deleteTrainingRecord(db: Executor, id: string): Promise<void> {
  await db.delete(trainingRecords).where(eq(trainingRecords.id, id));
}
