import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, keysetOrder, lowerOf } from '../../db/keyset';
import { autoAttendants, autoAttendantTargets, sites } from '../../db/schema';
import type { Referrer, Target } from '../references';

export type AttendantRow = typeof autoAttendants.$inferSelect;
export type AttendantView = AttendantRow & { siteName: string };

const sortKey = (): SQL<string> => lowerOf(autoAttendants.name);

const joined = (db: Executor) =>
  db
    .select({ ...getTableColumns(autoAttendants), siteName: sites.name })
    .from(autoAttendants)
    .innerJoin(sites, eq(sites.id, autoAttendants.siteId));

export async function listAttendants(
  db: Executor,
  filter: {
    enterpriseId: string;
    siteIds: readonly string[] | null;
    siteId?: string | undefined;
    q?: string | undefined;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<AttendantView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  const key = sortKey();
  return joined(db)
    .where(
      and(
        eq(autoAttendants.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(autoAttendants.siteId, [...filter.siteIds]),
        filter.siteId ? eq(autoAttendants.siteId, filter.siteId) : undefined,
        containsText([autoAttendants.name], filter.q),
        afterCursor(key, autoAttendants.id, filter.cursor),
      ),
    )
    .orderBy(...keysetOrder(key, autoAttendants.id))
    .limit(filter.limit + 1);
}

export async function findAttendantView(db: Executor, id: string): Promise<AttendantView | null> {
  const rows = await joined(db).where(eq(autoAttendants.id, id)).limit(1);
  return rows[0] ?? null;
}

/** One attendant; `lock` holds its row until the transaction ends. */
export async function findAttendant(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(autoAttendants).where(eq(autoAttendants.id, id)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

export async function insertAttendant(db: Executor, row: typeof autoAttendants.$inferInsert): Promise<void> {
  await db.insert(autoAttendants).values(row);
}

export async function updateAttendant(
  db: Executor,
  id: string,
  values: Partial<typeof autoAttendants.$inferInsert>,
) {
  await db.update(autoAttendants).set(values).where(eq(autoAttendants.id, id));
}

export async function deleteAttendant(db: Executor, id: string): Promise<void> {
  await db.delete(autoAttendants).where(eq(autoAttendants.id, id));
}

/** Replaces the index of what an attendant points at (its users, groups, attendants, audio, schedule). */
export async function setTargets(
  db: Executor,
  attendantId: string,
  targets: readonly { type: string; id: string }[],
): Promise<void> {
  await db.delete(autoAttendantTargets).where(eq(autoAttendantTargets.attendantId, attendantId));
  const unique = [...new Map(targets.map((t) => [`${t.type}:${t.id}`, t])).values()];
  if (unique.length > 0)
    await db
      .insert(autoAttendantTargets)
      .values(unique.map((t) => ({ attendantId, targetType: t.type, targetId: t.id })));
}

/** The finder of references.ts: the attendants whose menus, operator or schedule point at the target. */
export async function attendantsPointingAt(db: Executor, target: Target): Promise<Referrer[]> {
  const rows = await db
    .selectDistinct({ id: autoAttendants.id, name: autoAttendants.name })
    .from(autoAttendantTargets)
    .innerJoin(autoAttendants, eq(autoAttendants.id, autoAttendantTargets.attendantId))
    .where(
      and(eq(autoAttendantTargets.targetType, target.type), eq(autoAttendantTargets.targetId, target.id)),
    )
    .orderBy(asc(autoAttendants.name));
  return rows.map((r) => ({ type: 'auto_attendant', id: r.id, name: r.name }));
}

/** The attendants of a site (what keeps the site from being removed). */
export async function attendantsOfSite(
  db: Executor,
  siteId: string,
): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: autoAttendants.id, name: autoAttendants.name })
    .from(autoAttendants)
    .where(eq(autoAttendants.siteId, siteId))
    .orderBy(asc(autoAttendants.name))
    .for('update');
}

export const countAttendants = async (db: Executor, enterpriseId: string): Promise<number> => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(autoAttendants)
    .where(eq(autoAttendants.enterpriseId, enterpriseId));
  return row?.n ?? 0;
};

/** What an attendant points at now, as `type:id` (its former targets, when it changes). */
export async function targetsOf(db: Executor, attendantId: string): Promise<Set<string>> {
  const rows = await db
    .select({ type: autoAttendantTargets.targetType, id: autoAttendantTargets.targetId })
    .from(autoAttendantTargets)
    .where(eq(autoAttendantTargets.attendantId, attendantId));
  return new Set(rows.map((r) => `${r.type}:${r.id}`));
}
