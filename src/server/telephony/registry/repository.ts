import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { containsText } from '../../db/keyset';
import { audioFiles, autoAttendants, huntGroups, queues, schedules, users } from '../../db/schema';

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

/** The columns a lookup reads of its table: every object that can be pointed at has these four. */
type Pointable = {
  table: PgTable;
  id: PgColumn;
  enterpriseId: PgColumn;
  siteId: PgColumn;
  name: PgColumn;
};

/** A lookup of one table of objects of an enterprise (by site, or enterprise-wide when enterpriseWide). */
function lookupOf(t: Pointable, enterpriseWide: boolean): Lookup {
  const columns = { id: t.id, enterpriseId: t.enterpriseId, siteId: t.siteId, name: t.name };
  type Row = Found;
  return {
    enterpriseWide,
    async find(db, id) {
      const rows = (await db
        .select(columns)
        .from(t.table)
        .where(eq(t.id, id))
        .limit(1)
        .for('share')) as Row[];
      return rows[0] ?? null;
    },
    search: async (db, f) =>
      (await db
        .select(columns)
        .from(t.table)
        .where(
          and(
            eq(t.enterpriseId, f.enterpriseId),
            inSites(t.siteId, f.siteIds, enterpriseWide),
            f.q ? containsText([t.name], f.q) : undefined,
          ),
        )
        .orderBy(asc(sql`lower(${t.name})`), asc(t.id))
        .limit(f.limit)) as Row[],
  };
}

const pointable = (
  table: PgTable & { id: PgColumn; enterpriseId: PgColumn; siteId: PgColumn; name: PgColumn },
) => ({
  table,
  id: table.id,
  enterpriseId: table.enterpriseId,
  siteId: table.siteId,
  name: table.name,
});

export const userLookup = lookupOf(pointable(users), false);
export const attendantLookup = lookupOf(pointable(autoAttendants), false);
export const audioLookup = lookupOf(pointable(audioFiles), true);
export const huntGroupLookup = lookupOf(pointable(huntGroups), false);
export const queueLookup = lookupOf(pointable(queues), false);
/** A schedule without a site is the enterprise's, for its site admins too. */
export const scheduleLookup = lookupOf(pointable(schedules), true);
