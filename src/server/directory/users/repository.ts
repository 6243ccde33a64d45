import { and, eq, getTableColumns, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Profile } from '../../../core/directory/profiles';
import type { TextCursor } from '../../../core/pagination';
import { numberSearchDigits } from '../../../core/telephony/numbers';
import type { Executor } from '../../db/client';
import {
  afterCursor,
  containsText,
  keysetOrder,
  lowerOf,
  lowerOrEmpty,
  qualified,
  type SortDirection,
} from '../../db/keyset';
import { accounts, extensions, numbers, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
/** A user with what it holds of the number plan: its extension and its fixed and mobile numbers. */
export type UserView = UserRow & { extension: string | null; number: string | null; mobile: string | null };
export type UserSort = 'name' | 'email';

// The role is one of two constants, written into the text (not a parameter) so that the list's
// statement keeps its two parameters (enterprise, limit) and the planner sees the literal.
const heldNumber = (role: 'fixed' | 'mobile') =>
  sql<
    string | null
  >`(select ${qualified(numbers.number)} from ${numbers} where ${qualified(numbers.assigneeType)} = 'user' and ${qualified(numbers.assigneeId)} = ${qualified(users.id)} and ${qualified(numbers.assigneeRole)} = ${sql.raw(`'${role}'`)})`;

/** The columns of a user as the API shows it: its own, and (one indexed lookup each) its numbers. */
const viewColumns = () => ({
  ...getTableColumns(users),
  extension: sql<
    string | null
  >`(select ${qualified(extensions.extension)} from ${extensions} where ${qualified(extensions.assigneeType)} = 'user' and ${qualified(extensions.assigneeId)} = ${qualified(users.id)})`,
  number: heldNumber('fixed'),
  mobile: heldNumber('mobile'),
});

export const userSortKey = (sort: UserSort): SQL<string> =>
  sort === 'email' ? lowerOrEmpty(users.email) : lowerOf(users.name);

type ListFilter = {
  enterpriseId: string;
  siteIds: readonly string[] | null;
  siteId?: string | undefined;
  profile?: Profile | undefined;
  q?: string | undefined;
  sort: UserSort;
  direction?: SortDirection;
  cursor: TextCursor | undefined;
  limit: number;
};

/**
 * The enterprise's users, one page. This is the hot list of the portal (and of the API bench):
 * one indexed query on (enterprise_id, lower(name), id). The common shapes — every site, no
 * filter, first or next page — run as prepared queries (built once; on PostgreSQL also parsed and
 * planned once per connection); any filter builds its query afresh.
 */
export async function listUsers(db: Executor, filter: ListFilter): Promise<UserView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  const direction = filter.direction ?? 'asc';
  if (filter.siteIds === null && !filter.siteId && !filter.profile && !filter.q) {
    const prepared = preparedPage(db, filter.sort, direction, filter.cursor !== undefined);
    return prepared.execute({
      enterpriseId: filter.enterpriseId,
      limit: filter.limit + 1,
      ...(filter.cursor ? { afterKey: filter.cursor.key, afterId: filter.cursor.id } : {}),
    });
  }
  const key = userSortKey(filter.sort);
  return db
    .select(viewColumns())
    .from(users)
    .where(
      and(
        eq(users.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(users.siteId, [...filter.siteIds]),
        filter.siteId ? eq(users.siteId, filter.siteId) : undefined,
        filter.profile ? eq(users.profile, filter.profile) : undefined,
        matchesUser(filter.q),
        afterCursor(key, users.id, filter.cursor, direction),
      ),
    )
    .orderBy(...keysetOrder(key, users.id, direction))
    .limit(filter.limit + 1);
}

function buildPage(db: Executor, sort: UserSort, direction: SortDirection, next: boolean) {
  const key = userSortKey(sort);
  const after = next ? { key: sql.placeholder('afterKey'), id: sql.placeholder('afterId') } : undefined;
  return db
    .select(viewColumns())
    .from(users)
    .where(
      and(
        eq(users.enterpriseId, sql.placeholder('enterpriseId')),
        afterCursor(key, users.id, after, direction),
      ),
    )
    .orderBy(...keysetOrder(key, users.id, direction))
    .limit(sql.placeholder('limit'))
    .prepare(`users_page_${sort}_${direction}_${next ? 'next' : 'first'}`);
}

const preparedPages = new WeakMap<Executor, Map<string, ReturnType<typeof buildPage>>>();

function preparedPage(db: Executor, sort: UserSort, direction: SortDirection, next: boolean) {
  let pages = preparedPages.get(db);
  if (pages === undefined) {
    pages = new Map();
    preparedPages.set(db, pages);
  }
  const name = `${sort}:${direction}:${next}`;
  let page = pages.get(name);
  if (page === undefined) {
    page = buildPage(db, sort, direction, next);
    pages.set(name, page);
  }
  return page;
}

/**
 * `q` of the users list: a fragment of the name or e-mail, or of one of the user's numbers (in any
 * notation) or its extension.
 */
function matchesUser(q: string | undefined): SQL | undefined {
  if (q === undefined || q === '') return undefined;
  const digits = numberSearchDigits(q);
  const byNumber =
    digits.length === 0
      ? undefined
      : or(
          sql`exists (select 1 from ${numbers} where ${qualified(numbers.assigneeType)} = 'user' and ${qualified(numbers.assigneeId)} = ${qualified(users.id)} and (${sql.join(
            digits.map((d) => sql`position(${d} in ${qualified(numbers.number)}) > 0`),
            sql` or `,
          )}))`,
          sql`exists (select 1 from ${extensions} where ${qualified(extensions.assigneeType)} = 'user' and ${qualified(extensions.assigneeId)} = ${qualified(users.id)} and ${qualified(extensions.extension)} = ${q.trim()})`,
        );
  return or(containsText([users.name, users.email], q), byNumber);
}

/**
 * One user; `lock` holds its row until the transaction ends, so that what else is decided on it
 * (its numbers against its profile and site) cannot be changed under the decision.
 */
export async function findUser(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<UserRow | null> {
  const query = db.select().from(users).where(eq(users.id, id)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

/** One user as the API shows it (with its extension and numbers). */
export async function findUserView(db: Executor, id: string): Promise<UserView | null> {
  const rows = await db.select(viewColumns()).from(users).where(eq(users.id, id)).limit(1);
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
