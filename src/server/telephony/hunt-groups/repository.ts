import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, keysetOrder, lowerOf, qualified } from '../../db/keyset';
import { extensions, huntGroupMembers, huntGroups, numbers, sites } from '../../db/schema';

export type HuntGroupRow = typeof huntGroups.$inferSelect;
export type HuntGroupView = HuntGroupRow & {
  siteName: string;
  extension: string | null;
  number: string | null;
  memberCount: number;
  loggedInCount: number;
};

export const nameKey = (): SQL<string> => lowerOf(huntGroups.name);

const viewColumns = () => ({
  ...getTableColumns(huntGroups),
  siteName: sites.name,
  extension: extensions.extension,
  number: numbers.number,
  memberCount: sql<number>`(select count(*)::int from ${huntGroupMembers} where ${qualified(huntGroupMembers.huntGroupId)} = ${qualified(huntGroups.id)})`,
  loggedInCount: sql<number>`(select count(*)::int from ${huntGroupMembers} where ${qualified(huntGroupMembers.huntGroupId)} = ${qualified(huntGroups.id)} and ${qualified(huntGroupMembers.loggedIn)})`,
});

const joined = (db: Executor) =>
  db
    .select(viewColumns())
    .from(huntGroups)
    .innerJoin(sites, eq(sites.id, huntGroups.siteId))
    .leftJoin(
      extensions,
      and(eq(extensions.assigneeType, 'hunt_group'), eq(extensions.assigneeId, huntGroups.id)),
    )
    .leftJoin(numbers, and(eq(numbers.assigneeType, 'hunt_group'), eq(numbers.assigneeId, huntGroups.id)));

export async function listHuntGroups(
  db: Executor,
  filter: {
    enterpriseId: string;
    siteIds: readonly string[] | null;
    siteId?: string | undefined;
    q?: string | undefined;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<HuntGroupView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  return joined(db)
    .where(
      and(
        eq(huntGroups.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(huntGroups.siteId, [...filter.siteIds]),
        filter.siteId ? eq(huntGroups.siteId, filter.siteId) : undefined,
        containsText([huntGroups.name, extensions.extension, numbers.number], filter.q),
        afterCursor(nameKey(), huntGroups.id, filter.cursor),
      ),
    )
    .orderBy(...keysetOrder(nameKey(), huntGroups.id))
    .limit(filter.limit + 1);
}

export async function findHuntGroupView(db: Executor, id: string): Promise<HuntGroupView | null> {
  const rows = await joined(db).where(eq(huntGroups.id, id)).limit(1);
  return rows[0] ?? null;
}

/** One group; `lock` holds its row, and so every change of its members, until the transaction ends. */
export async function findHuntGroup(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<HuntGroupRow | null> {
  const query = db.select().from(huntGroups).where(eq(huntGroups.id, id)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

export async function nameTaken(
  db: Executor,
  enterpriseId: string,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const rows = await db
    .select({ id: huntGroups.id })
    .from(huntGroups)
    .where(
      and(
        eq(huntGroups.enterpriseId, enterpriseId),
        sql`lower(${huntGroups.name}) = ${name.toLowerCase()}`,
        exceptId === null ? undefined : sql`${huntGroups.id} <> ${exceptId}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertHuntGroup(db: Executor, row: typeof huntGroups.$inferInsert): Promise<void> {
  await db.insert(huntGroups).values(row);
}

export async function updateHuntGroup(
  db: Executor,
  id: string,
  values: Partial<typeof huntGroups.$inferInsert>,
): Promise<void> {
  await db.update(huntGroups).set(values).where(eq(huntGroups.id, id));
}

export async function deleteHuntGroup(db: Executor, id: string): Promise<void> {
  await db.delete(huntGroupMembers).where(eq(huntGroupMembers.huntGroupId, id));
  await db.delete(huntGroups).where(eq(huntGroups.id, id));
}

/** The extensions of the enterprise among these (forward destinations must exist). */
export async function existingExtensions(
  db: Executor,
  enterpriseId: string,
  wanted: readonly string[],
): Promise<Set<string>> {
  if (wanted.length === 0) return new Set();
  const rows = await db
    .select({ extension: extensions.extension })
    .from(extensions)
    .where(and(eq(extensions.enterpriseId, enterpriseId), inArray(extensions.extension, [...wanted])));
  return new Set(rows.map((r) => r.extension));
}

/** The hunt groups on a site (what keeps the site from being removed). */
export async function huntGroupsOfSite(db: Executor, siteId: string) {
  return db
    .select({ id: huntGroups.id, name: huntGroups.name })
    .from(huntGroups)
    .where(eq(huntGroups.siteId, siteId))
    .orderBy(asc(huntGroups.name))
    .for('update');
}
