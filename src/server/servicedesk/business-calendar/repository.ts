import { asc, eq, sql } from 'drizzle-orm';
import type { WeeklyPeriod } from '../../../core/calendar/calendar';
import { DEFAULT_BUSINESS_HOURS } from '../../../core/calendar/provider';
import type { Executor } from '../../db/client';
import { businessCalendar, businessClosures, meta } from '../../db/schema';

export type BusinessCalendarRow = typeof businessCalendar.$inferSelect;
export type BusinessClosureRow = typeof businessClosures.$inferSelect;

/** The configuration's version (null before the bootstrap seeded it): the cache's one cheap read. */
export async function calendarVersion(db: Executor): Promise<number | null> {
  const [row] = await db.select({ version: businessCalendar.version }).from(businessCalendar).limit(1);
  return row?.version ?? null;
}

export async function findCalendar(
  db: Executor,
  options: { lock?: boolean } = {},
): Promise<BusinessCalendarRow | null> {
  const query = db.select().from(businessCalendar).limit(1);
  const [row] = await (options.lock ? query.for('update') : query);
  return row ?? null;
}

/** The week's hours replaced, the version bumped (the row locked until commit). */
export async function setHours(db: Executor, hours: WeeklyPeriod[], now: Date): Promise<BusinessCalendarRow> {
  const [row] = await db
    .insert(businessCalendar)
    .values({ hours, version: 1, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: businessCalendar.id,
      set: { hours, version: sql`${businessCalendar.version} + 1`, updatedAt: now },
    })
    .returning();
  if (!row) throw new Error('business calendar row not written');
  return row;
}

/**
 * Bumps the version for a change of the closures, in the change's transaction: the row lock it
 * takes also queues parallel business-calendar writes behind this one.
 */
export async function bumpVersion(db: Executor, now: Date): Promise<number> {
  const [row] = await db
    .insert(businessCalendar)
    .values({ hours: [...DEFAULT_BUSINESS_HOURS], version: 1, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: businessCalendar.id,
      set: { version: sql`${businessCalendar.version} + 1`, updatedAt: now },
    })
    .returning({ version: businessCalendar.version });
  if (!row) throw new Error('business calendar row not written');
  return row.version;
}

export async function listClosures(db: Executor): Promise<BusinessClosureRow[]> {
  return db.select().from(businessClosures).orderBy(asc(businessClosures.date));
}

/** Inserts the closure unless its date has one; null when it had. */
export async function insertClosure(
  db: Executor,
  row: typeof businessClosures.$inferInsert,
): Promise<BusinessClosureRow | null> {
  const rows = await db.insert(businessClosures).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

/** Removes the closure of a date, returning it; null when there was none. */
export async function deleteClosure(db: Executor, date: string): Promise<BusinessClosureRow | null> {
  const rows = await db.delete(businessClosures).where(eq(businessClosures.date, date)).returning();
  return rows[0] ?? null;
}

/** Inserts the default hours unless the row exists; the row when it inserted. */
export async function insertDefaultCalendar(db: Executor, now: Date): Promise<BusinessCalendarRow | null> {
  const rows = await db
    .insert(businessCalendar)
    .values({ hours: [...DEFAULT_BUSINESS_HOURS], version: 1, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning();
  return rows[0] ?? null;
}

export async function seeded(db: Executor, key: string): Promise<boolean> {
  return (await db.select().from(meta).where(eq(meta.key, key)).limit(1)).length > 0;
}
export async function markSeeded(db: Executor, key: string, now: Date): Promise<void> {
  await db.insert(meta).values({ key, value: now.toISOString() });
}
