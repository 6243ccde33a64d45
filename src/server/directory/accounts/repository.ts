import { and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { type Role, USER_ROLES } from '../../../core/access/roles';
import { GATE_TRAINING } from '../../../core/knowledge/trainings';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, lowerOf, qualified } from '../../db/keyset';
import { accountSites, accounts, enterprises, partners, trainingRecords, users } from '../../db/schema';

/**
 * An account as the directory shows it: no secrets, with its sites, its user's site, its
 * partner's or enterprise's name and its training.
 */
function view() {
  return {
    id: accounts.id,
    email: accounts.email,
    name: accounts.name,
    role: accounts.role,
    partnerId: accounts.partnerId,
    partnerName: partners.name,
    enterpriseId: accounts.enterpriseId,
    enterpriseName: enterprises.name,
    userId: accounts.userId,
    status: accounts.status,
    passwordChangedAt: accounts.passwordChangedAt,
    mustChangePassword: accounts.mustChangePassword,
    totpEnabled: accounts.totpEnabled,
    lastLoginAt: accounts.lastLoginAt,
    createdAt: accounts.createdAt,
    updatedAt: accounts.updatedAt,
    siteIds: sql<
      string[]
    >`coalesce((select array_agg(${accountSites.siteId}::text order by ${accountSites.siteId}) from ${accountSites} where ${accountSites.accountId} = ${qualified(accounts.id)}), '{}')`,
    userSiteId: users.siteId,
    trained: sql<boolean>`exists (select 1 from ${trainingRecords} where ${trainingRecords.accountId} = ${qualified(accounts.id)} and ${trainingRecords.training} = ${GATE_TRAINING})`,
  };
}

/** Accounts with their user (for its site), enterprise and partner: joins, not a query per row. */
const selectViews = (db: Executor) =>
  db
    .select(view())
    .from(accounts)
    .leftJoin(users, eq(users.id, accounts.userId))
    .leftJoin(enterprises, eq(enterprises.id, accounts.enterpriseId))
    .leftJoin(partners, eq(partners.id, accounts.partnerId));

export type AccountView = NonNullable<Awaited<ReturnType<typeof findAccountView>>>;

export type AccountScopeFilter = {
  /** null: every account (provider staff); otherwise accounts of these enterprises only. */
  enterpriseIds: readonly string[] | null;
  /** null: no site limit; otherwise only user-level logins of users on these sites (site admins). */
  userSiteIds: readonly string[] | null;
};

/**
 * The accounts a scope reaches, as a condition on `accounts` left-joined with their `users` row:
 * the SQL form of `accountInScope`, so that lists filter before they page. `undefined`: all.
 */
export function accountScopeCondition(filter: AccountScopeFilter): SQL | undefined {
  return and(
    filter.enterpriseIds === null ? undefined : inArray(accounts.enterpriseId, [...filter.enterpriseIds]),
    filter.userSiteIds === null
      ? undefined
      : and(inArray(users.siteId, [...filter.userSiteIds]), inArray(accounts.role, [...USER_ROLES])),
  );
}

export async function listAccounts(
  db: Executor,
  filter: AccountScopeFilter & {
    enterpriseId?: string | undefined;
    partnerId?: string | undefined;
    role?: Role | undefined;
    q?: string | undefined;
    cursor: TextCursor | undefined;
    limit: number;
  },
) {
  if (filter.enterpriseIds !== null && filter.enterpriseIds.length === 0) return [];
  if (filter.userSiteIds !== null && filter.userSiteIds.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    accountScopeCondition(filter),
    filter.enterpriseId ? eq(accounts.enterpriseId, filter.enterpriseId) : undefined,
    filter.partnerId ? eq(accounts.partnerId, filter.partnerId) : undefined,
    filter.role ? eq(accounts.role, filter.role) : undefined,
    containsText([accounts.email, accounts.name], filter.q),
    afterCursor(lowerOf(accounts.email), accounts.id, filter.cursor),
  ];
  return selectViews(db)
    .where(and(...conditions))
    .orderBy(lowerOf(accounts.email), accounts.id)
    .limit(filter.limit + 1);
}

export async function findAccountView(db: Executor, id: string) {
  const rows = await selectViews(db).where(eq(accounts.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertAccount(db: Executor, row: typeof accounts.$inferInsert): Promise<void> {
  await db.insert(accounts).values(row);
}

export async function updateAccountRow(
  db: Executor,
  id: string,
  values: Partial<typeof accounts.$inferInsert>,
): Promise<void> {
  await db.update(accounts).set(values).where(eq(accounts.id, id));
}

export async function deleteAccountRow(db: Executor, id: string): Promise<void> {
  await db.delete(accounts).where(eq(accounts.id, id));
}

export async function setAccountSites(
  db: Executor,
  accountId: string,
  siteIds: readonly string[],
): Promise<void> {
  await db.delete(accountSites).where(eq(accountSites.accountId, accountId));
  if (siteIds.length > 0) {
    await db.insert(accountSites).values(siteIds.map((siteId) => ({ accountId, siteId })));
  }
}

export async function countActiveWithRole(
  db: Executor,
  role: Role,
  where: { enterpriseId?: string; excludeId?: string },
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(accounts)
    .where(
      and(
        eq(accounts.role, role),
        eq(accounts.status, 'active'),
        where.enterpriseId ? eq(accounts.enterpriseId, where.enterpriseId) : undefined,
        where.excludeId ? ne(accounts.id, where.excludeId) : undefined,
      ),
    );
  return row?.n ?? 0;
}
