import { and, asc, eq, getTableColumns, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { schedules, sites } from '../../db/schema';

export type ScheduleRow = typeof schedules.$inferSelect;
/** A schedule's calendar as stored: closures, openings and recurring closures, each with its id. */
export type StoredCalendar = Pick<
  typeof schedules.$inferInsert,
  'closures' | 'openings' | 'recurringClosures'
>;
export type ScheduleView = ScheduleRow & { siteName: string | null };

const view = { ...getTableColumns(schedules), siteName: sites.name };

/** The enterprise's schedules: for a site admin (siteIds given) its sites' and the enterprise-wide ones. */
export async function listSchedules(
  db: Executor,
  enterpriseId: string,
  siteIds: readonly string[] | null,
): Promise<ScheduleView[]> {
  const scope =
    siteIds === null
      ? undefined
      : siteIds.length === 0
        ? isNull(schedules.siteId)
        : or(isNull(schedules.siteId), inArray(schedules.siteId, [...siteIds]));
  return db
    .select(view)
    .from(schedules)
    .leftJoin(sites, eq(sites.id, schedules.siteId))
    .where(and(eq(schedules.enterpriseId, enterpriseId), scope))
    .orderBy(asc(sql`lower(${schedules.name})`), asc(schedules.id));
}

export async function findSchedule(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(schedules).where(eq(schedules.id, id));
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

export async function findScheduleView(db: Executor, id: string): Promise<ScheduleView | null> {
  const rows = await db
    .select(view)
    .from(schedules)
    .leftJoin(sites, eq(sites.id, schedules.siteId))
    .where(eq(schedules.id, id));
  return rows[0] ?? null;
}

export async function insertSchedule(db: Executor, row: typeof schedules.$inferInsert): Promise<void> {
  await db.insert(schedules).values(row);
}

export async function updateSchedule(
  db: Executor,
  id: string,
  set: Partial<typeof schedules.$inferInsert>,
): Promise<void> {
  await db.update(schedules).set(set).where(eq(schedules.id, id));
}

export async function deleteSchedule(db: Executor, id: string): Promise<void> {
  await db.delete(schedules).where(eq(schedules.id, id));
}
