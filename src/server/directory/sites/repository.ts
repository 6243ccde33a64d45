import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, lowerOf, qualified } from '../../db/keyset';
import { accountSites, sites, users } from '../../db/schema';

export type SiteRow = typeof sites.$inferSelect;
export type SiteListRow = SiteRow & { userCount: number };

const userCount = sql<number>`(select count(*)::int from ${users} where ${users.siteId} = ${qualified(sites.id)})`;

export async function listSites(
  db: Executor,
  filter: {
    enterpriseId: string;
    /** null: all sites of the enterprise; a list: only these (a site admin's). */
    siteIds: readonly string[] | null;
    q?: string | undefined;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<SiteListRow[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  return db
    .select({ ...sitesColumns(), userCount })
    .from(sites)
    .where(
      and(
        eq(sites.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(sites.id, [...filter.siteIds]),
        containsText([sites.name, sites.city, sites.postcode, sites.street], filter.q),
        afterCursor(lowerOf(sites.name), sites.id, filter.cursor),
      ),
    )
    .orderBy(lowerOf(sites.name), sites.id)
    .limit(filter.limit + 1);
}

export async function findSite(db: Executor, id: string): Promise<SiteListRow | null> {
  const rows = await db
    .select({ ...sitesColumns(), userCount })
    .from(sites)
    .where(eq(sites.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertSite(db: Executor, row: typeof sites.$inferInsert): Promise<SiteRow> {
  const [created] = await db.insert(sites).values(row).returning();
  return created as SiteRow;
}

export async function updateSite(
  db: Executor,
  id: string,
  values: Partial<typeof sites.$inferInsert>,
): Promise<SiteRow> {
  const [row] = await db.update(sites).set(values).where(eq(sites.id, id)).returning();
  return row as SiteRow;
}

export async function deleteSite(db: Executor, id: string): Promise<void> {
  await db.delete(sites).where(eq(sites.id, id));
}

export async function siteReferences(
  db: Executor,
  id: string,
): Promise<{ users: number; siteAdmins: number }> {
  const [row] = await db
    .select({
      users: sql<number>`(select count(*)::int from ${users} where ${users.siteId} = ${id})`,
      siteAdmins: sql<number>`(select count(*)::int from ${accountSites} where ${accountSites.siteId} = ${id})`,
    })
    .from(sql`(select 1) as one`);
  return row ?? { users: 0, siteAdmins: 0 };
}

/** The ids among `ids` that are sites of the enterprise. */
export async function sitesOfEnterprise(
  db: Executor,
  enterpriseId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.enterpriseId, enterpriseId), inArray(sites.id, [...ids])));
  return rows.map((r) => r.id);
}

function sitesColumns() {
  return {
    id: sites.id,
    enterpriseId: sites.enterpriseId,
    name: sites.name,
    street: sites.street,
    city: sites.city,
    postcode: sites.postcode,
    lineType: sites.lineType,
    voiceChannels: sites.voiceChannels,
    codec: sites.codec,
    createdAt: sites.createdAt,
    updatedAt: sites.updatedAt,
  };
}
