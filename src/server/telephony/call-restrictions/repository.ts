import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { type CallRestrictions, DEFAULT_CALL_RESTRICTIONS } from '../../../core/telephony/call-classes';
import type { UserFeatureSettings } from '../../../core/telephony/features';
import type { Executor } from '../../db/client';
import {
  enterpriseCallRestrictions,
  enterprises,
  extensions,
  numbers,
  userCallRestrictions,
  userFeatures,
  users,
} from '../../db/schema';
import { settingsOf } from '../profiles/repository';

const pick = (row: CallRestrictions): CallRestrictions => ({
  internal: row.internal,
  nationalFixed: row.nationalFixed,
  mobile: row.mobile,
  international: row.international,
  premium: row.premium,
  service: row.service,
});

/**
 * Whether the enterprise exists (the provider sees every id, so the scope alone does not say);
 * `share` keeps it from being removed until the transaction ends.
 */
export async function enterpriseExists(
  db: Executor,
  id: string,
  options: { share?: boolean } = {},
): Promise<boolean> {
  const query = db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, id)).limit(1);
  const rows = await (options.share ? query.for('share') : query);
  return rows.length > 0;
}

/** The enterprise's default set (core's default while none is stored). */
export async function findEnterpriseDefault(db: Executor, enterpriseId: string): Promise<CallRestrictions> {
  const rows = await db
    .select()
    .from(enterpriseCallRestrictions)
    .where(eq(enterpriseCallRestrictions.enterpriseId, enterpriseId))
    .limit(1);
  return rows[0] ? pick(rows[0]) : { ...DEFAULT_CALL_RESTRICTIONS };
}

/** The default under a row lock (made with core's default first), so parallel changes queue. */
export async function lockEnterpriseDefault(
  db: Executor,
  enterpriseId: string,
  now: Date,
): Promise<CallRestrictions> {
  await db
    .insert(enterpriseCallRestrictions)
    .values({ enterpriseId, ...DEFAULT_CALL_RESTRICTIONS, updatedAt: now })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(enterpriseCallRestrictions)
    .where(eq(enterpriseCallRestrictions.enterpriseId, enterpriseId))
    .for('update');
  if (!row) throw new Error(`call restrictions of ${enterpriseId} vanished`);
  return pick(row);
}

/**
 * The default under a share lock (made with core's default first): a user's forwardings checked
 * against it cannot cross a change of it, which checks every follower's forwardings.
 */
export async function shareEnterpriseDefault(
  db: Executor,
  enterpriseId: string,
  now: Date,
): Promise<CallRestrictions> {
  await db
    .insert(enterpriseCallRestrictions)
    .values({ enterpriseId, ...DEFAULT_CALL_RESTRICTIONS, updatedAt: now })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(enterpriseCallRestrictions)
    .where(eq(enterpriseCallRestrictions.enterpriseId, enterpriseId))
    .for('share');
  if (!row) throw new Error(`call restrictions of ${enterpriseId} vanished`);
  return pick(row);
}

/**
 * The stored features of an enterprise's users (one user's, or those who follow the default),
 * with the users' names: what a change of call restrictions must check again.
 */
export async function featuresToRecheck(
  db: Executor,
  enterpriseId: string,
  which: { followersOfDefault: true } | { userId: string },
): Promise<{ userId: string; name: string; settings: UserFeatureSettings }[]> {
  const rows = await db
    .select({ userId: users.id, name: users.name, f: userFeatures })
    .from(userFeatures)
    .innerJoin(users, eq(users.id, userFeatures.userId))
    .where(
      and(
        eq(users.enterpriseId, enterpriseId),
        'userId' in which
          ? eq(users.id, which.userId)
          : notExists(
              db
                .select({ one: sql`1` })
                .from(userCallRestrictions)
                .where(eq(userCallRestrictions.userId, users.id)),
            ),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((r) => ({ userId: r.userId, name: r.name, settings: settingsOf(r.f) }));
}

/** Which of these numbers are the enterprise's own (a call to them is internal). */
export async function ownNumbersAmong(
  db: Executor,
  enterpriseId: string,
  list: readonly string[],
): Promise<Set<string>> {
  if (list.length === 0) return new Set();
  const rows = await db
    .select({ number: numbers.number })
    .from(numbers)
    .where(
      and(
        eq(numbers.enterpriseId, enterpriseId),
        sql`${numbers.number} = any(${sql.param([...list])}::text[])`,
      ),
    );
  return new Set(rows.map((r) => r.number));
}

export async function updateEnterpriseDefault(
  db: Executor,
  enterpriseId: string,
  restrictions: CallRestrictions,
  now: Date,
): Promise<CallRestrictions> {
  const [row] = await db
    .update(enterpriseCallRestrictions)
    .set({ ...restrictions, updatedAt: now })
    .where(eq(enterpriseCallRestrictions.enterpriseId, enterpriseId))
    .returning();
  if (!row) throw new Error(`call restrictions of ${enterpriseId} vanished`);
  return pick(row);
}

/** A user's own set; null while the user follows the enterprise's default. */
export async function findUserOwn(db: Executor, userId: string): Promise<CallRestrictions | null> {
  const rows = await db
    .select()
    .from(userCallRestrictions)
    .where(eq(userCallRestrictions.userId, userId))
    .limit(1);
  return rows[0] ? pick(rows[0]) : null;
}

/** The own sets of an enterprise's users that have one (the rest follow the default). */
export async function usersOwnOf(db: Executor, enterpriseId: string): Promise<Map<string, CallRestrictions>> {
  const rows = await db
    .select()
    .from(userCallRestrictions)
    .where(eq(userCallRestrictions.enterpriseId, enterpriseId));
  return new Map(rows.map((r) => [r.userId, pick(r)]));
}

export async function setUserOwn(
  db: Executor,
  user: { id: string; enterpriseId: string },
  restrictions: CallRestrictions,
  now: Date,
): Promise<void> {
  await db
    .insert(userCallRestrictions)
    .values({ userId: user.id, enterpriseId: user.enterpriseId, ...restrictions, updatedAt: now })
    .onConflictDoUpdate({ target: userCallRestrictions.userId, set: { ...restrictions, updatedAt: now } });
}

export async function removeUserOwn(db: Executor, userId: string): Promise<void> {
  await db.delete(userCallRestrictions).where(eq(userCallRestrictions.userId, userId));
}

/** Whether the enterprise has this extension (it then wins over a short number of its form). */
export async function hasExtension(db: Executor, enterpriseId: string, extension: string): Promise<boolean> {
  const rows = await db
    .select({ extension: extensions.extension })
    .from(extensions)
    .where(and(eq(extensions.enterpriseId, enterpriseId), eq(extensions.extension, extension)))
    .limit(1);
  return rows.length > 0;
}

/** Whether the number (E.164) is one of the enterprise's own plan (a call to it stays inside). */
export async function hasNumber(db: Executor, enterpriseId: string, number: string): Promise<boolean> {
  const rows = await db
    .select({ id: numbers.id })
    .from(numbers)
    .where(and(eq(numbers.enterpriseId, enterpriseId), eq(numbers.number, number)))
    .limit(1);
  return rows.length > 0;
}
