import { and, asc, eq, inArray } from 'drizzle-orm';
import type { UserFeatureSettings } from '../../../core/telephony/features';
import type { Executor } from '../../db/client';
import { extensions, userBlfEntries, userFeatures, users } from '../../db/schema';
import { settingsOf } from '../profiles/repository';

export type StoredFeatures = { settings: UserFeatureSettings; pinHash: string | null } | null;

export async function findFeatures(db: Executor, userId: string): Promise<StoredFeatures> {
  const [row] = await db.select().from(userFeatures).where(eq(userFeatures.userId, userId)).limit(1);
  return row ? { settings: settingsOf(row), pinHash: row.voicemailPinHash } : null;
}

export async function saveFeatures(
  db: Executor,
  userId: string,
  settings: UserFeatureSettings,
  pinHash: string | null,
  now: Date,
): Promise<void> {
  const values = { ...settings, voicemailPinHash: pinHash, updatedAt: now };
  await db
    .insert(userFeatures)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: userFeatures.userId, set: values });
}

/** The users a user's BLF list watches, in order. */
export async function blfOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: userBlfEntries.watchedUserId })
    .from(userBlfEntries)
    .where(eq(userBlfEntries.userId, userId))
    .orderBy(asc(userBlfEntries.position));
  return rows.map((r) => r.id);
}

export async function replaceBlf(db: Executor, userId: string, watched: readonly string[]): Promise<void> {
  await db.delete(userBlfEntries).where(eq(userBlfEntries.userId, userId));
  if (watched.length === 0) return;
  await db
    .insert(userBlfEntries)
    .values(watched.map((watchedUserId, position) => ({ userId, watchedUserId, position })));
}

/** Which of these ids are users of the enterprise (locked, so none is removed before the commit). */
export async function usersOfEnterprise(
  db: Executor,
  enterpriseId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.enterpriseId, enterpriseId), inArray(users.id, [...ids])))
    .for('share');
  return new Set(rows.map((r) => r.id));
}

/** Which of these extensions the enterprise has. */
export async function existingExtensions(
  db: Executor,
  enterpriseId: string,
  list: readonly string[],
): Promise<Set<string>> {
  if (list.length === 0) return new Set();
  const rows = await db
    .select({ extension: extensions.extension })
    .from(extensions)
    .where(and(eq(extensions.enterpriseId, enterpriseId), inArray(extensions.extension, [...list])));
  return new Set(rows.map((r) => r.extension));
}
