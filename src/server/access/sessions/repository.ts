import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, sessions } from '../../db/schema';

export type NewSession = {
  idHash: string;
  accountId: string;
  csrfToken: string;
  createdAt: Date;
  ip: string | null;
  userAgent: string | null;
};

export async function insertSession(db: Executor, session: NewSession): Promise<void> {
  await db.insert(sessions).values({ ...session, lastSeenAt: session.createdAt });
}

export async function findSessionWithAccount(db: Executor, idHash: string) {
  const rows = await db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.idHash, idHash))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchSession(db: Executor, idHash: string, lastSeenAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of an account, or every one but `keep` (after a password change). */
export async function deleteSessionsOf(db: Executor, accountId: string, keep?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      keep
        ? and(eq(sessions.accountId, accountId), ne(sessions.idHash, keep))
        : eq(sessions.accountId, accountId),
    );
}
