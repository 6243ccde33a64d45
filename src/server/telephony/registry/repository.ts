import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { containsText } from '../../db/keyset';
import { audioFiles, autoAttendants, users } from '../../db/schema';

/** The queries behind the target registry's lookups (src/server/telephony/targets.ts). */

export type Found = { id: string; enterpriseId: string; siteId: string | null; name: string };

export type Lookup = {
  /** Whether an object without a site is the whole enterprise's, for a site admin too (a schedule, audio). */
  enterpriseWide: boolean;
  /** One object by id, its row held FOR SHARE so that it cannot go while the pointer is written. */
  find: (db: Executor, id: string) => Promise<Found | null>;
  /** Candidates of an enterprise: `siteIds` null for all, else those sites' (and enterprise-wide) ones. */
  search: (
    db: Executor,
    filter: { enterpriseId: string; siteIds: readonly string[] | null; q: string | undefined; limit: number },
  ) => Promise<Found[]>;
};

const inSites = (
  column: Parameters<typeof inArray>[0],
  siteIds: readonly string[] | null,
  enterpriseWide: boolean,
): SQL | undefined => {
  if (siteIds === null) return undefined;
  const own = siteIds.length === 0 ? sql`false` : inArray(column, [...siteIds]);
  return enterpriseWide ? or(isNull(column), own) : own;
};

export const userLookup: Lookup = {
  enterpriseWide: false,
  async find(db, id) {
    const rows = await db
      .select({ id: users.id, enterpriseId: users.enterpriseId, siteId: users.siteId, name: users.name })
      .from(users)
      .where(eq(users.id, id))
      .limit(1)
      .for('share');
    return rows[0] ?? null;
  },
  search: (db, f) =>
    db
      .select({ id: users.id, enterpriseId: users.enterpriseId, siteId: users.siteId, name: users.name })
      .from(users)
      .where(
        and(
          eq(users.enterpriseId, f.enterpriseId),
          inSites(users.siteId, f.siteIds, false),
          f.q ? containsText([users.name], f.q) : undefined,
        ),
      )
      .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
      .limit(f.limit),
};

export const attendantLookup: Lookup = {
  enterpriseWide: false,
  async find(db, id) {
    const rows = await db
      .select({
        id: autoAttendants.id,
        enterpriseId: autoAttendants.enterpriseId,
        siteId: autoAttendants.siteId,
        name: autoAttendants.name,
      })
      .from(autoAttendants)
      .where(eq(autoAttendants.id, id))
      .limit(1)
      .for('share');
    return rows[0] ?? null;
  },
  search: (db, f) =>
    db
      .select({
        id: autoAttendants.id,
        enterpriseId: autoAttendants.enterpriseId,
        siteId: autoAttendants.siteId,
        name: autoAttendants.name,
      })
      .from(autoAttendants)
      .where(
        and(
          eq(autoAttendants.enterpriseId, f.enterpriseId),
          inSites(autoAttendants.siteId, f.siteIds, false),
          f.q ? containsText([autoAttendants.name], f.q) : undefined,
        ),
      )
      .orderBy(asc(sql`lower(${autoAttendants.name})`), asc(autoAttendants.id))
      .limit(f.limit),
};

export const audioLookup: Lookup = {
  enterpriseWide: true,
  async find(db, id) {
    const rows = await db
      .select({
        id: audioFiles.id,
        enterpriseId: audioFiles.enterpriseId,
        siteId: audioFiles.siteId,
        name: audioFiles.name,
      })
      .from(audioFiles)
      .where(eq(audioFiles.id, id))
      .limit(1)
      .for('share');
    return rows[0] ?? null;
  },
  search: (db, f) =>
    db
      .select({
        id: audioFiles.id,
        enterpriseId: audioFiles.enterpriseId,
        siteId: audioFiles.siteId,
        name: audioFiles.name,
      })
      .from(audioFiles)
      .where(
        and(
          eq(audioFiles.enterpriseId, f.enterpriseId),
          inSites(audioFiles.siteId, f.siteIds, true),
          f.q ? containsText([audioFiles.name], f.q) : undefined,
        ),
      )
      .orderBy(asc(sql`lower(${audioFiles.name})`), asc(audioFiles.id))
      .limit(f.limit),
};
