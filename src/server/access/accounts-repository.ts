import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { accounts } from '../db/schema';
import type { AccountRow } from './actors';

/** Account lookups needed by authentication (the directory's accounts resource has the rest). */
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
