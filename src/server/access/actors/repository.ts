import { and, eq, sql } from 'drizzle-orm';
import type { Training } from '../../../core/knowledge/trainings';
import type { Executor } from '../../db/client';
import { accountSites, accounts, enterprises, trainingRecords } from '../../db/schema';

/** Account lookups needed by authentication (the directory's accounts resource has the rest). */

export type AccountRow = typeof accounts.$inferSelect;

export async function findAccountByEmail(db: Executor, email: string): Promise<AccountRow | null> {
  const rows = await db
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findAccountById(db: Executor, id: string): Promise<AccountRow | null> {
  const rows = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function updateAccount(
  db: Executor,
  id: string,
  values: Partial<typeof accounts.$inferInsert>,
): Promise<AccountRow> {
  const [row] = await db.update(accounts).set(values).where(eq(accounts.id, id)).returning();
  if (!row) throw new Error(`account ${id} vanished during an update`);
  return row;
}

/** The enterprises a partner serves. */
export async function enterpriseIdsOfPartner(db: Executor, partnerId: string): Promise<string[]> {
  const rows = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(eq(enterprises.partnerId, partnerId));
  return rows.map((r) => r.id);
}

/** The sites a site admin administers. */
export async function siteIdsOfAccount(db: Executor, accountId: string): Promise<string[]> {
  const rows = await db
    .select({ id: accountSites.siteId })
    .from(accountSites)
    .where(eq(accountSites.accountId, accountId));
  return rows.map((r) => r.id);
}

export async function hasTrainingRecord(
  db: Executor,
  accountId: string,
  training: Training,
): Promise<boolean> {
  const rows = await db
    .select({ id: trainingRecords.id })
    .from(trainingRecords)
    .where(and(eq(trainingRecords.accountId, accountId), eq(trainingRecords.training, training)))
    .limit(1);
  return rows.length > 0;
}
