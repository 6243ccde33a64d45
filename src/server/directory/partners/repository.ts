import { and, eq, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, lowerOf, qualified } from '../../db/keyset';
import { accounts, enterprises, partners } from '../../db/schema';

export type PartnerRow = typeof partners.$inferSelect;
export type PartnerListRow = PartnerRow & { enterpriseCount: number };

const enterpriseCount = sql<number>`(select count(*)::int from ${enterprises} where ${enterprises.partnerId} = ${qualified(partners.id)})`;

export async function listPartners(
  db: Executor,
  filter: { q?: string | undefined; cursor: TextCursor | undefined; limit: number },
): Promise<PartnerListRow[]> {
  return db
    .select({ ...selection(), enterpriseCount })
    .from(partners)
    .where(
      and(
        containsText([partners.name], filter.q),
        afterCursor(lowerOf(partners.name), partners.id, filter.cursor),
      ),
    )
    .orderBy(lowerOf(partners.name), partners.id)
    .limit(filter.limit + 1);
}

export async function findPartner(db: Executor, id: string): Promise<PartnerListRow | null> {
  const rows = await db
    .select({ ...selection(), enterpriseCount })
    .from(partners)
    .where(eq(partners.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertPartner(db: Executor, row: typeof partners.$inferInsert): Promise<PartnerRow> {
  const [created] = await db.insert(partners).values(row).returning();
  return created as PartnerRow;
}

export async function updatePartner(
  db: Executor,
  id: string,
  values: Partial<typeof partners.$inferInsert>,
): Promise<PartnerRow> {
  const [row] = await db.update(partners).set(values).where(eq(partners.id, id)).returning();
  return row as PartnerRow;
}

export async function deletePartner(db: Executor, id: string): Promise<void> {
  await db.delete(partners).where(eq(partners.id, id));
}

/** What still refers to a partner, so that a delete can say why it is refused. */
export async function partnerReferences(
  db: Executor,
  id: string,
): Promise<{ enterprises: number; accounts: number }> {
  const [row] = await db
    .select({
      enterprises: sql<number>`(select count(*)::int from ${enterprises} where ${enterprises.partnerId} = ${id})`,
      accounts: sql<number>`(select count(*)::int from ${accounts} where ${accounts.partnerId} = ${id})`,
    })
    .from(sql`(select 1) as one`);
  return row ?? { enterprises: 0, accounts: 0 };
}

function selection() {
  return {
    id: partners.id,
    providerId: partners.providerId,
    name: partners.name,
    contactEmail: partners.contactEmail,
    createdAt: partners.createdAt,
    updatedAt: partners.updatedAt,
  };
}
