import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Profile } from '../../../core/directory/profiles';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, keysetOrder, lowerOf } from '../../db/keyset';
import { pickupGroupMembers, pickupGroups, sites, users } from '../../db/schema';

export type PickupGroupRow = typeof pickupGroups.$inferSelect;
export type PickupGroupView = PickupGroupRow & { siteName: string };
export type PickupMemberView = {
  pickupGroupId: string;
  userId: string;
  userName: string;
  siteId: string | null;
};

const nameKey = (): SQL<string> => lowerOf(pickupGroups.name);

const joined = (db: Executor) =>
  db
    .select({ ...getTableColumns(pickupGroups), siteName: sites.name })
    .from(pickupGroups)
    .innerJoin(sites, eq(sites.id, pickupGroups.siteId));

export async function listPickupGroups(
  db: Executor,
  filter: {
    enterpriseId: string;
    siteIds: readonly string[] | null;
    siteId?: string | undefined;
    q?: string | undefined;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<PickupGroupView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  return joined(db)
    .where(
      and(
        eq(pickupGroups.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(pickupGroups.siteId, [...filter.siteIds]),
        filter.siteId ? eq(pickupGroups.siteId, filter.siteId) : undefined,
        containsText([pickupGroups.name], filter.q),
        afterCursor(nameKey(), pickupGroups.id, filter.cursor),
      ),
    )
    .orderBy(...keysetOrder(nameKey(), pickupGroups.id))
    .limit(filter.limit + 1);
}

export async function findPickupGroupView(db: Executor, id: string): Promise<PickupGroupView | null> {
  const rows = await joined(db).where(eq(pickupGroups.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findPickupGroup(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PickupGroupRow | null> {
  const query = db.select().from(pickupGroups).where(eq(pickupGroups.id, id)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

export async function membersOf(db: Executor, groupIds: readonly string[]): Promise<PickupMemberView[]> {
  if (groupIds.length === 0) return [];
  return db
    .select({
      pickupGroupId: pickupGroupMembers.pickupGroupId,
      userId: pickupGroupMembers.userId,
      userName: users.name,
      siteId: users.siteId,
    })
    .from(pickupGroupMembers)
    .innerJoin(users, eq(users.id, pickupGroupMembers.userId))
    .where(inArray(pickupGroupMembers.pickupGroupId, [...groupIds]))
    .orderBy(asc(users.name), asc(users.id));
}

export async function nameTaken(
  db: Executor,
  enterpriseId: string,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const rows = await db
    .select({ id: pickupGroups.id })
    .from(pickupGroups)
    .where(
      and(
        eq(pickupGroups.enterpriseId, enterpriseId),
        sql`lower(${pickupGroups.name}) = ${name.toLowerCase()}`,
        exceptId === null ? undefined : sql`${pickupGroups.id} <> ${exceptId}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertPickupGroup(db: Executor, row: typeof pickupGroups.$inferInsert): Promise<void> {
  await db.insert(pickupGroups).values(row);
}

export async function updatePickupGroup(
  db: Executor,
  id: string,
  values: Partial<typeof pickupGroups.$inferInsert>,
): Promise<void> {
  await db.update(pickupGroups).set(values).where(eq(pickupGroups.id, id));
}

export async function deletePickupGroup(db: Executor, id: string): Promise<void> {
  await db.delete(pickupGroupMembers).where(eq(pickupGroupMembers.pickupGroupId, id));
  await db.delete(pickupGroups).where(eq(pickupGroups.id, id));
}

/** The pickup group a user is in, if any. */
export async function groupOfUser(
  db: Executor,
  userId: string,
): Promise<{ id: string; name: string } | null> {
  const rows = await db
    .select({ id: pickupGroups.id, name: pickupGroups.name })
    .from(pickupGroupMembers)
    .innerJoin(pickupGroups, eq(pickupGroups.id, pickupGroupMembers.pickupGroupId))
    .where(eq(pickupGroupMembers.userId, userId))
    .limit(1);
  return rows[0] ?? null;
}

/** Adds the user in one statement: false when it is in a pickup group already (the key refuses). */
export async function insertMember(
  db: Executor,
  pickupGroupId: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .insert(pickupGroupMembers)
    .values({ pickupGroupId, userId, createdAt: now })
    .onConflictDoNothing()
    .returning({ userId: pickupGroupMembers.userId });
  return rows.length > 0;
}

export async function deleteMember(db: Executor, pickupGroupId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(pickupGroupMembers)
    .where(and(eq(pickupGroupMembers.pickupGroupId, pickupGroupId), eq(pickupGroupMembers.userId, userId)))
    .returning({ userId: pickupGroupMembers.userId });
  return rows.length > 0;
}

/** How many users of a profile are in a pickup group (what keeps the profile from losing `call_pickup`). */
export async function membersOfProfile(db: Executor, profile: Profile): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(pickupGroupMembers)
    .innerJoin(users, eq(users.id, pickupGroupMembers.userId))
    .where(eq(users.profile, profile));
  return row?.n ?? 0;
}

export async function pickupGroupsOfSite(db: Executor, siteId: string) {
  return db
    .select({ id: pickupGroups.id, name: pickupGroups.name })
    .from(pickupGroups)
    .where(eq(pickupGroups.siteId, siteId))
    .orderBy(asc(pickupGroups.name))
    .for('update');
}
