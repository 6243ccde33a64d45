import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, keysetOrder, lowerOf } from '../../db/keyset';
import { incomingRoutes, incomingRouteTargets, numbers, schedules, sites } from '../../db/schema';
import type { Referrer, Target } from '../references';

export type RouteRow = typeof incomingRoutes.$inferSelect;
export type RouteView = RouteRow & {
  siteName: string | null;
  scheduleName: string | null;
  number: string | null;
};

const sortKey = (): SQL<string> => lowerOf(incomingRoutes.name);

const joined = (db: Executor) =>
  db
    .select({
      ...getTableColumns(incomingRoutes),
      siteName: sites.name,
      scheduleName: schedules.name,
      number: numbers.number,
    })
    .from(incomingRoutes)
    .leftJoin(sites, eq(sites.id, incomingRoutes.siteId))
    .leftJoin(schedules, eq(schedules.id, incomingRoutes.scheduleId))
    .leftJoin(
      numbers,
      and(eq(numbers.assigneeType, 'incoming_route'), eq(numbers.assigneeId, incomingRoutes.id)),
    );

export async function listRoutes(
  db: Executor,
  filter: {
    enterpriseId: string;
    /** null: all; else these sites' routes (a site admin sees no enterprise-wide ones). */
    siteIds: readonly string[] | null;
    siteId?: string | undefined;
    q?: string | undefined;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<RouteView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  const key = sortKey();
  return joined(db)
    .where(
      and(
        eq(incomingRoutes.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(incomingRoutes.siteId, [...filter.siteIds]),
        filter.siteId ? eq(incomingRoutes.siteId, filter.siteId) : undefined,
        containsText([incomingRoutes.name, numbers.number], filter.q),
        afterCursor(key, incomingRoutes.id, filter.cursor),
      ),
    )
    .orderBy(...keysetOrder(key, incomingRoutes.id))
    .limit(filter.limit + 1);
}

export async function findRouteView(db: Executor, id: string): Promise<RouteView | null> {
  const rows = await joined(db).where(eq(incomingRoutes.id, id)).limit(1);
  return rows[0] ?? null;
}

/** One route; `lock` holds its row until the transaction ends. */
export async function findRoute(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<RouteRow | null> {
  const query = db.select().from(incomingRoutes).where(eq(incomingRoutes.id, id)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

export async function nameTaken(
  db: Executor,
  enterpriseId: string,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const rows = await db
    .select({ id: incomingRoutes.id })
    .from(incomingRoutes)
    .where(
      and(
        eq(incomingRoutes.enterpriseId, enterpriseId),
        sql`lower(${incomingRoutes.name}) = ${name.toLowerCase()}`,
        exceptId === null ? undefined : sql`${incomingRoutes.id} <> ${exceptId}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertRoute(db: Executor, row: typeof incomingRoutes.$inferInsert): Promise<void> {
  await db.insert(incomingRoutes).values(row);
}

export async function updateRoute(
  db: Executor,
  id: string,
  values: Partial<typeof incomingRoutes.$inferInsert>,
): Promise<void> {
  await db.update(incomingRoutes).set(values).where(eq(incomingRoutes.id, id));
}

export async function deleteRoute(db: Executor, id: string): Promise<void> {
  await db.delete(incomingRoutes).where(eq(incomingRoutes.id, id));
}

/** Replaces the index of what a route's destinations point at. */
export async function setTargets(
  db: Executor,
  routeId: string,
  targets: readonly { type: string; id: string }[],
): Promise<void> {
  await db.delete(incomingRouteTargets).where(eq(incomingRouteTargets.routeId, routeId));
  const unique = [...new Map(targets.map((t) => [`${t.type}:${t.id}`, t])).values()];
  if (unique.length > 0)
    await db
      .insert(incomingRouteTargets)
      .values(unique.map((t) => ({ routeId, targetType: t.type, targetId: t.id })));
}

/** What a route points at now, as `type:id` (its schedule included). */
export async function targetsOf(db: Executor, route: RouteRow): Promise<Set<string>> {
  const rows = await db
    .select({ type: incomingRouteTargets.targetType, id: incomingRouteTargets.targetId })
    .from(incomingRouteTargets)
    .where(eq(incomingRouteTargets.routeId, route.id));
  const found = new Set(rows.map((r) => `${r.type}:${r.id}`));
  if (route.scheduleId !== null) found.add(`schedule:${route.scheduleId}`);
  return found;
}

/** The finder of references.ts: the routes whose destinations or schedule point at the target. */
export async function routesPointingAt(db: Executor, target: Target): Promise<Referrer[]> {
  const rows =
    target.type === 'schedule'
      ? await db
          .select({ id: incomingRoutes.id, name: incomingRoutes.name })
          .from(incomingRoutes)
          .where(eq(incomingRoutes.scheduleId, target.id))
          .orderBy(asc(incomingRoutes.name))
      : await db
          .selectDistinct({ id: incomingRoutes.id, name: incomingRoutes.name })
          .from(incomingRouteTargets)
          .innerJoin(incomingRoutes, eq(incomingRoutes.id, incomingRouteTargets.routeId))
          .where(
            and(
              eq(incomingRouteTargets.targetType, target.type),
              eq(incomingRouteTargets.targetId, target.id),
            ),
          )
          .orderBy(asc(incomingRoutes.name));
  return rows.map((r) => ({ type: 'incoming_route', id: r.id, name: r.name }));
}

/**
 * The routes on a schedule that give one of its closures a destination of its own, with those
 * closure ids: what a change of the schedule's closures must keep.
 */
export async function closuresInUse(
  db: Executor,
  scheduleId: string,
): Promise<{ id: string; name: string; closureIds: string[] }[]> {
  const rows = await db
    .select({ id: incomingRoutes.id, name: incomingRoutes.name, destinations: incomingRoutes.destinations })
    .from(incomingRoutes)
    .where(eq(incomingRoutes.scheduleId, scheduleId))
    .orderBy(asc(incomingRoutes.name));
  return rows
    .map((r) => ({ id: r.id, name: r.name, closureIds: Object.keys(r.destinations.closures ?? {}) }))
    .filter((r) => r.closureIds.length > 0);
}

/** The routes of a site (what keeps the site from being removed). */
export async function routesOfSite(db: Executor, siteId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: incomingRoutes.id, name: incomingRoutes.name })
    .from(incomingRoutes)
    .where(eq(incomingRoutes.siteId, siteId))
    .orderBy(asc(incomingRoutes.name))
    .for('update');
}

/** The routes of an enterprise with their destinations (what a change of call restrictions checks). */
export async function routesOfEnterprise(
  db: Executor,
  enterpriseId: string,
): Promise<{ id: string; name: string; destinations: RouteRow['destinations'] }[]> {
  return db
    .select({ id: incomingRoutes.id, name: incomingRoutes.name, destinations: incomingRoutes.destinations })
    .from(incomingRoutes)
    .where(eq(incomingRoutes.enterpriseId, enterpriseId))
    .orderBy(asc(incomingRoutes.name));
}
