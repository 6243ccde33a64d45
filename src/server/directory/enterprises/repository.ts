import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, lowerOf, qualified } from '../../db/keyset';
import { accounts, enterprises, numberBlocks, partners, sites, users } from '../../db/schema';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type EnterpriseListRow = EnterpriseRow & {
  partnerName: string | null;
  siteCount: number;
  userCount: number;
};

/** The counts a reader may see: of the whole enterprise, or (siteIds) of a site admin's own sites. */
function counts(siteIds: readonly string[] | null) {
  const ofSites = (column: typeof sites.id | typeof users.siteId) =>
    siteIds === null
      ? sql``
      : siteIds.length === 0
        ? sql` and false`
        : sql` and ${inArray(column, [...siteIds])}`;
  return {
    siteCount: sql<number>`(select count(*)::int from ${sites} where ${sites.enterpriseId} = ${qualified(enterprises.id)}${ofSites(sites.id)})`,
    userCount: sql<number>`(select count(*)::int from ${users} where ${users.enterpriseId} = ${qualified(enterprises.id)}${ofSites(users.siteId)})`,
  };
}

function selection(siteIds: readonly string[] | null) {
  return {
    id: enterprises.id,
    providerId: enterprises.providerId,
    partnerId: enterprises.partnerId,
    name: enterprises.name,
    customerNumber: enterprises.customerNumber,
    createdAt: enterprises.createdAt,
    updatedAt: enterprises.updatedAt,
    partnerName: partners.name,
    ...counts(siteIds),
  };
}

export async function listEnterprises(
  db: Executor,
  filter: {
    /** null: no scope limit (provider staff). */
    ids: readonly string[] | null;
    /** A site admin's sites, for the counts; null for everyone else. */
    siteIds: readonly string[] | null;
    partnerId?: string | undefined;
    q?: string | undefined;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<EnterpriseListRow[]> {
  if (filter.ids !== null && filter.ids.length === 0) return [];
  return db
    .select(selection(filter.siteIds))
    .from(enterprises)
    .leftJoin(partners, eq(partners.id, enterprises.partnerId))
    .where(
      and(
        filter.ids === null ? undefined : inArray(enterprises.id, [...filter.ids]),
        filter.partnerId ? eq(enterprises.partnerId, filter.partnerId) : undefined,
        containsText([enterprises.name, enterprises.customerNumber], filter.q),
        afterCursor(lowerOf(enterprises.name), enterprises.id, filter.cursor),
      ),
    )
    .orderBy(lowerOf(enterprises.name), enterprises.id)
    .limit(filter.limit + 1);
}

export async function findEnterprise(
  db: Executor,
  id: string,
  siteIds: readonly string[] | null = null,
): Promise<EnterpriseListRow | null> {
  const rows = await db
    .select(selection(siteIds))
    .from(enterprises)
    .leftJoin(partners, eq(partners.id, enterprises.partnerId))
    .where(eq(enterprises.id, id))
    .limit(1);
  return rows[0] ?? null;
}

/** Locks the enterprise row for the rest of the transaction (serialises per-enterprise limits). */
export async function lockEnterprise(db: Executor, id: string): Promise<EnterpriseRow | null> {
  const rows = await db.select().from(enterprises).where(eq(enterprises.id, id)).for('update').limit(1);
  return rows[0] ?? null;
}

export async function insertEnterprise(
  db: Executor,
  row: typeof enterprises.$inferInsert,
): Promise<EnterpriseRow> {
  const [created] = await db.insert(enterprises).values(row).returning();
  return created as EnterpriseRow;
}

export async function updateEnterprise(
  db: Executor,
  id: string,
  values: Partial<typeof enterprises.$inferInsert>,
): Promise<EnterpriseRow> {
  const [row] = await db.update(enterprises).set(values).where(eq(enterprises.id, id)).returning();
  return row as EnterpriseRow;
}

export async function deleteEnterprise(db: Executor, id: string): Promise<void> {
  await db.delete(enterprises).where(eq(enterprises.id, id));
}

export async function enterpriseReferences(
  db: Executor,
  id: string,
): Promise<{ sites: number; users: number; accounts: number; numberBlocks: number }> {
  const [row] = await db
    .select({
      sites: sql<number>`(select count(*)::int from ${sites} where ${sites.enterpriseId} = ${id})`,
      users: sql<number>`(select count(*)::int from ${users} where ${users.enterpriseId} = ${id})`,
      accounts: sql<number>`(select count(*)::int from ${accounts} where ${accounts.enterpriseId} = ${id})`,
      // Its numbers go back to the provider by removing their blocks (which says which are still in use).
      numberBlocks: sql<number>`(select count(*)::int from ${numberBlocks} where ${numberBlocks.enterpriseId} = ${id})`,
    })
    .from(sql`(select 1) as one`);
  return row ?? { sites: 0, users: 0, accounts: 0, numberBlocks: 0 };
}

export async function enterpriseExists(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(eq(enterprises.id, id))
    .limit(1);
  return rows.length > 0;
}

export async function partnerExists(db: Executor, id: string): Promise<boolean> {
  const rows = await db.select({ id: partners.id }).from(partners).where(eq(partners.id, id)).limit(1);
  return rows.length > 0;
}
