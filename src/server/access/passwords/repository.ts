import { desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, passwordHistory } from '../../db/schema';

/** The hashes of the account's former passwords, newest first. */
export async function formerPasswordHashes(
  db: Executor,
  accountId: string,
  limit: number,
): Promise<string[]> {
  if (limit <= 0) return [];
  const rows = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.accountId, accountId))
    .orderBy(desc(passwordHistory.createdAt), desc(passwordHistory.id))
    .limit(limit);
  return rows.map((r) => r.hash);
}

/**
 * Replaces the account's password hash: the one it replaces joins the history, which is trimmed
 * to `keep` entries. Returns false when the account is gone.
 */
export async function replacePasswordHash(
  db: Executor,
  accountId: string,
  values: { passwordHash: string; passwordChangedAt: Date; mustChangePassword: boolean },
  keep: number,
): Promise<void> {
  const [current] = await db
    .select({ hash: accounts.passwordHash })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for('update')
    .limit(1);
  if (current) {
    await db
      .insert(passwordHistory)
      .values({ accountId, passwordHash: current.hash, createdAt: values.passwordChangedAt });
  }
  await db
    .update(accounts)
    .set({ ...values, updatedAt: values.passwordChangedAt })
    .where(eq(accounts.id, accountId));
  const stale = await db
    .select({ id: passwordHistory.id })
    .from(passwordHistory)
    .where(eq(passwordHistory.accountId, accountId))
    .orderBy(desc(passwordHistory.createdAt), desc(passwordHistory.id))
    .offset(keep);
  if (stale.length > 0) {
    await db.delete(passwordHistory).where(
      inArray(
        passwordHistory.id,
        stale.map((s) => s.id),
      ),
    );
  }
}
