import { eq } from 'drizzle-orm';
import type { RecipientLanguage } from '../../../core/notifications/outbox';
import type { Executor } from '../../db/client';
import { accounts, serviceDesks } from '../../db/schema';

export type Recipient = { email: string; language: RecipientLanguage };

/** The reporter's address and language, while the account exists and is active. */
export async function activeAccountRecipient(db: Executor, accountId: string): Promise<Recipient | null> {
  const [row] = await db
    .select({ email: accounts.email, language: accounts.language, status: accounts.status })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row === undefined || row.status !== 'active' ? null : { email: row.email, language: row.language };
}

/** The desk's e-mail address (the contact matrix's), if it has one. */
export async function deskEmail(db: Executor, deskId: string): Promise<string | null> {
  const [row] = await db
    .select({ email: serviceDesks.email })
    .from(serviceDesks)
    .where(eq(serviceDesks.id, deskId));
  return row?.email ?? null;
}
