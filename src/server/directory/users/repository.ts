import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Profile } from '../../../core/directory/profiles';
import type { Cursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import {
  afterCursor,
  containsText,
  keysetOrder,
  lowerOf,
  lowerOrEmpty,
  type SortDirection,
} from '../../db/keyset';
import { accounts, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
export type UserSort = 'name' | 'email';

export const userSortKey = (sort: UserSort): SQL<string> =>
  sort === 'email' ? lowerOrEmpty(users.email) : lowerOf(users.name);

/**
 * The enterprise's users, one page. This is the hot list of the portal (and of the API bench):
 * one indexed query on (enterprise_id, lower(name), id).
 */
export async function listUsers(
  db: Executor,
  filter: {
    enterpriseId: string;
    siteIds: readonly string[] | null;
    siteId?: string | undefined;
    profile?: Profile | undefined;
    q?: string | undefined;
    sort: UserSort;
    direction?: SortDirection;
    cursor: Cursor | undefined;
    limit: number;
  },
): Promise<UserRow[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  const key = userSortKey(filter.sort);
  return db
    .select()
    .from(users)
    .where(
      and(
        eq(users.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(users.siteId, [...filter.siteIds]),
        filter.siteId ? eq(users.siteId, filter.siteId) : undefined,
        filter.profile ? eq(users.profile, filter.profile) : undefined,
        containsText([users.name, users.email], filter.q),
        afterCursor(key, users.id, filter.cursor, filter.direction ?? 'asc'),
      ),
    )
    .orderBy(...keysetOrder(key, users.id, filter.direction ?? 'asc'))
    .limit(filter.limit + 1);
}

export async function findUser(db: Executor, id: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertUser(db: Executor, row: typeof users.$inferInsert): Promise<UserRow> {
  const [created] = await db.insert(users).values(row).returning();
  return created as UserRow;
}

export async function updateUser(
  db: Executor,
  id: string,
  values: Partial<typeof users.$inferInsert>,
): Promise<UserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row as UserRow;
}

export async function deleteUser(db: Executor, id: string): Promise<void> {
  await db.delete(users).where(eq(users.id, id));
}

export async function accountOfUser(
  db: Executor,
  userId: string,
): Promise<{ id: string; role: string } | null> {
  const rows = await db
    .select({ id: accounts.id, role: accounts.role })
    .from(accounts)
    .where(eq(accounts.userId, userId))
    .limit(1);
  return rows[0] ?? null;
}
