import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Profile } from '../../../core/directory/profiles';
import {
  DEFAULT_MATRIX,
  FEATURES,
  type Feature,
  type FeatureMatrix,
  matrixOf,
} from '../../../core/telephony/feature-matrix';
import type { UserFeatureSettings } from '../../../core/telephony/features';
import type { Executor } from '../../db/client';
import { profileFeatures, userBlfEntries, userFeatures, users } from '../../db/schema';

export type ProfileFeatureRow = typeof profileFeatures.$inferSelect;

/** The whole matrix (what is not stored is the default). */
export async function findMatrix(db: Executor): Promise<FeatureMatrix> {
  return matrixOf(await db.select().from(profileFeatures));
}

/**
 * The features of one profile, its rows locked: `update` by a change of the matrix, `share` by
 * a change of a user's features, so that a feature is not taken away while a user switches it on.
 * The rows are written first (with the defaults) so that there is something to lock.
 */
export async function lockProfile(
  db: Executor,
  profile: Profile,
  mode: 'update' | 'share',
  now: Date,
): Promise<Feature[]> {
  await db
    .insert(profileFeatures)
    .values(
      FEATURES.map((feature) => ({
        profile,
        feature,
        included: DEFAULT_MATRIX[profile].includes(feature),
        updatedAt: now,
      })),
    )
    .onConflictDoNothing();
  const rows = await db.select().from(profileFeatures).where(eq(profileFeatures.profile, profile)).for(mode);
  return matrixOf(rows)[profile];
}

export async function setProfileFeatures(
  db: Executor,
  profile: Profile,
  included: readonly Feature[],
  now: Date,
): Promise<void> {
  const on = included.length > 0 ? inArray(profileFeatures.feature, [...included]) : sql`false`;
  await db
    .update(profileFeatures)
    .set({ included: sql`coalesce(${on}, false)`, updatedAt: now })
    .where(eq(profileFeatures.profile, profile));
}

/** The stored settings of the users of a profile (null: the defaults), with the length of their BLF list. */
export async function settingsOfProfile(
  db: Executor,
  profile: Profile,
): Promise<{ settings: UserFeatureSettings | null; blfCount: number }[]> {
  const blf = db
    .select({ userId: userBlfEntries.userId, n: sql<number>`count(*)::int`.as('n') })
    .from(userBlfEntries)
    .groupBy(userBlfEntries.userId)
    .as('blf');
  const rows = await db
    .select({ f: userFeatures, blfCount: sql<number>`coalesce(${blf.n}, 0)::int` })
    .from(users)
    .leftJoin(userFeatures, eq(userFeatures.userId, users.id))
    .leftJoin(blf, eq(blf.userId, users.id))
    .where(
      and(eq(users.profile, profile), sql`(${userFeatures.userId} is not null or ${blf.n} is not null)`),
    );
  return rows.map((r) => ({ settings: r.f ? settingsOf(r.f) : null, blfCount: r.blfCount }));
}

export const settingsOf = (f: typeof userFeatures.$inferSelect): UserFeatureSettings => ({
  language: f.language,
  dnd: f.dnd,
  callerId: f.callerId,
  forwarding: f.forwarding,
  voicemail: f.voicemail,
  simultaneousRing: f.simultaneousRing,
  sequentialRing: f.sequentialRing,
});
