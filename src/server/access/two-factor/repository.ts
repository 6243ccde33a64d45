import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, recoveryCodes } from '../../db/schema';

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

/**
 * Uses a recovery code, once: a compare-and-set, so that two parallel logins with one code cannot
 * both succeed. True when this call used it.
 */
export async function consumeRecoveryCode(
  db: Executor,
  accountId: string,
  codeHash: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.accountId, accountId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

/**
 * Accepts a TOTP time step once: only if it is after the last one accepted, in one statement, so
 * that one code sent in parallel logs in once. True when this call took the step.
 */
export async function consumeTotpStep(db: Executor, accountId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(accounts)
    .set({ totpLastStep: step })
    .where(
      and(eq(accounts.id, accountId), or(isNull(accounts.totpLastStep), lt(accounts.totpLastStep, step))),
    )
    .returning({ id: accounts.id });
  return rows.length > 0;
}
