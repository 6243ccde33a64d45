import { and, desc, eq, isNull, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, apiTokens } from '../../db/schema';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function findActiveTokenWithAccount(db: Executor, tokenHash: string) {
  const rows = await db
    .select({ token: apiTokens, account: accounts })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listTokens(db: Executor, accountId: string): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function findToken(db: Executor, accountId: string, id: string): Promise<ApiTokenRow | null> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.accountId, accountId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertToken(db: Executor, token: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(token).returning();
  return row as ApiTokenRow;
}

export async function revokeToken(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id));
}

/** Revokes every live token of the account, or every one but `keep`; returns the revoked ids. */
export async function revokeTokensOf(
  db: Executor,
  accountId: string,
  at: Date,
  keep: readonly string[] = [],
): Promise<string[]> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(
      and(
        eq(apiTokens.accountId, accountId),
        isNull(apiTokens.revokedAt),
        keep.length > 0 ? notInArray(apiTokens.id, [...keep]) : undefined,
      ),
    )
    .returning({ id: apiTokens.id });
  return rows.map((r) => r.id);
}

export async function touchToken(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
