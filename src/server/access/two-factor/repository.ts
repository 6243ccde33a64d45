import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { recoveryCodes } from '../../db/schema';

/** Replaces the account's recovery codes by these (hashed) ones. */
export async function replaceRecoveryCodes(
  db: Executor,
  accountId: string,
  codeHashes: string[],
): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
  if (codeHashes.length > 0)
    await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ accountId, codeHash })));
}

export async function deleteRecoveryCodes(db: Executor, accountId: string): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
}

export async function findUnusedRecoveryCode(
  db: Executor,
  accountId: string,
  codeHash: string,
): Promise<number | null> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(
      and(
        eq(recoveryCodes.accountId, accountId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .limit(1);
  return rows[0]?.id ?? null;
}

export async function markRecoveryCodeUsed(db: Executor, id: number, at: Date): Promise<void> {
  await db.update(recoveryCodes).set({ usedAt: at }).where(eq(recoveryCodes.id, id));
}
