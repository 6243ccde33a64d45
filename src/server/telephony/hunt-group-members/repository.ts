import { and, asc, eq, gt, gte, sql } from 'drizzle-orm';
import type { Profile } from '../../../core/directory/profiles';
import type { Executor } from '../../db/client';
import { extensions, huntGroupMembers, huntGroups, numbers, users } from '../../db/schema';

export type MemberRow = typeof huntGroupMembers.$inferSelect;
export type MemberView = MemberRow & { userName: string | null; userSiteId: string | null };

const viewColumns = {
  id: huntGroupMembers.id,
  huntGroupId: huntGroupMembers.huntGroupId,
  position: huntGroupMembers.position,
  userId: huntGroupMembers.userId,
  externalNumber: huntGroupMembers.externalNumber,
  weight: huntGroupMembers.weight,
  loggedIn: huntGroupMembers.loggedIn,
  createdAt: huntGroupMembers.createdAt,
  userName: users.name,
  userSiteId: users.siteId,
};

/** The members of a group, in order. */
export async function membersOf(db: Executor, huntGroupId: string): Promise<MemberView[]> {
  return db
    .select(viewColumns)
    .from(huntGroupMembers)
    .leftJoin(users, eq(users.id, huntGroupMembers.userId))
    .where(eq(huntGroupMembers.huntGroupId, huntGroupId))
    .orderBy(asc(huntGroupMembers.position), asc(huntGroupMembers.id));
}

export async function findMember(db: Executor, id: string): Promise<MemberView | null> {
  const rows = await db
    .select(viewColumns)
    .from(huntGroupMembers)
    .leftJoin(users, eq(users.id, huntGroupMembers.userId))
    .where(eq(huntGroupMembers.id, id))
    .limit(1);
  return rows[0] ?? null;
}

/** Makes room at `position` (1-based): the members from there move one down. */
export async function openPosition(db: Executor, huntGroupId: string, position: number): Promise<void> {
  await db
    .update(huntGroupMembers)
    .set({ position: sql`${huntGroupMembers.position} + 1` })
    .where(and(eq(huntGroupMembers.huntGroupId, huntGroupId), gte(huntGroupMembers.position, position)));
}

/** Closes the gap a removed member left at `position`. */
export async function closePosition(db: Executor, huntGroupId: string, position: number): Promise<void> {
  await db
    .update(huntGroupMembers)
    .set({ position: sql`${huntGroupMembers.position} - 1` })
    .where(and(eq(huntGroupMembers.huntGroupId, huntGroupId), gt(huntGroupMembers.position, position)));
}

export async function insertMember(db: Executor, row: typeof huntGroupMembers.$inferInsert): Promise<void> {
  await db.insert(huntGroupMembers).values(row);
}

export async function updateMember(
  db: Executor,
  id: string,
  values: Partial<Pick<MemberRow, 'weight' | 'loggedIn' | 'position'>>,
): Promise<void> {
  await db.update(huntGroupMembers).set(values).where(eq(huntGroupMembers.id, id));
}

export async function deleteMember(db: Executor, id: string): Promise<void> {
  await db.delete(huntGroupMembers).where(eq(huntGroupMembers.id, id));
}

/** The hunt groups a user is a member of (what points at the user), with the group's place. */
export async function huntGroupsOfUser(db: Executor, userId: string) {
  return db
    .select({
      memberId: huntGroupMembers.id,
      loggedIn: huntGroupMembers.loggedIn,
      huntGroupId: huntGroups.id,
      name: huntGroups.name,
      enterpriseId: huntGroups.enterpriseId,
      siteId: huntGroups.siteId,
      extension: extensions.extension,
      number: numbers.number,
    })
    .from(huntGroupMembers)
    .innerJoin(huntGroups, eq(huntGroups.id, huntGroupMembers.huntGroupId))
    .leftJoin(
      extensions,
      and(eq(extensions.assigneeType, 'hunt_group'), eq(extensions.assigneeId, huntGroups.id)),
    )
    .leftJoin(numbers, and(eq(numbers.assigneeType, 'hunt_group'), eq(numbers.assigneeId, huntGroups.id)))
    .where(eq(huntGroupMembers.userId, userId))
    .orderBy(asc(huntGroups.name));
}

/** How many users of a profile are in a hunt group (what keeps the profile from losing `hunt_group`). */
export async function membersOfProfile(db: Executor, profile: Profile): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${huntGroupMembers.userId})::int` })
    .from(huntGroupMembers)
    .innerJoin(users, eq(users.id, huntGroupMembers.userId))
    .where(eq(users.profile, profile));
  return row?.n ?? 0;
}
