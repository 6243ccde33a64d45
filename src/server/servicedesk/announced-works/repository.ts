import { and, desc, eq, getTableColumns, gt, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { announcedWorks, enterprises, sites, ticketAssessments, tickets } from '../../db/schema';

export type AnnouncedWorksRow = typeof announcedWorks.$inferSelect;
export type AnnouncedWorksView = AnnouncedWorksRow & { siteName: string };
export type AssessmentRow = typeof ticketAssessments.$inferSelect;

const viewOf = (db: Executor) =>
  db
    .select({ ...getTableColumns(announcedWorks), siteName: sites.name })
    .from(announcedWorks)
    .innerJoin(sites, eq(sites.id, announcedWorks.siteId));

/** An enterprise's works, latest start first; `siteIds` (a site admin's) narrows, as do the filters. */
export async function listWorks(
  db: Executor,
  filter: {
    enterpriseId: string;
    siteIds: readonly string[] | null;
    siteId?: string | undefined;
    /** Only works that have not ended before this moment. */
    endsAfter?: Date | undefined;
    before?: { startsAt: Date; id: string } | undefined;
    limit: number;
  },
): Promise<AnnouncedWorksView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    eq(announcedWorks.enterpriseId, filter.enterpriseId),
    filter.siteIds === null ? undefined : inArray(announcedWorks.siteId, [...filter.siteIds]),
    filter.siteId === undefined ? undefined : eq(announcedWorks.siteId, filter.siteId),
    filter.endsAfter === undefined ? undefined : gt(announcedWorks.endsAt, filter.endsAfter),
    filter.before
      ? or(
          lt(announcedWorks.startsAt, filter.before.startsAt),
          and(eq(announcedWorks.startsAt, filter.before.startsAt), lt(announcedWorks.id, filter.before.id)),
        )
      : undefined,
  ];
  return viewOf(db)
    .where(and(...conditions))
    .orderBy(desc(announcedWorks.startsAt), desc(announcedWorks.id))
    .limit(filter.limit + 1);
}

export async function findWorksView(db: Executor, id: string): Promise<AnnouncedWorksView | null> {
  const rows = await viewOf(db).where(eq(announcedWorks.id, id)).limit(1);
  return rows[0] ?? null;
}

/** One works; `lock` holds it until the transaction ends. */
export async function findWorks(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<AnnouncedWorksRow | null> {
  const query = db.select().from(announcedWorks).where(eq(announcedWorks.id, id)).limit(1);
  const rows = options.lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** The site, when it is of the enterprise, share-locked until the works commit. */
export async function lockSiteOfEnterprise(
  db: Executor,
  enterpriseId: string,
  siteId: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.enterpriseId, enterpriseId), eq(sites.id, siteId)))
    .for('share');
  return rows.length > 0;
}

export async function insertWorks(
  db: Executor,
  row: typeof announcedWorks.$inferInsert,
): Promise<AnnouncedWorksRow> {
  const [made] = await db.insert(announcedWorks).values(row).returning();
  return made as AnnouncedWorksRow;
}

export async function updateWorks(
  db: Executor,
  id: string,
  change: Partial<typeof announcedWorks.$inferInsert>,
): Promise<AnnouncedWorksRow> {
  const [row] = await db.update(announcedWorks).set(change).where(eq(announcedWorks.id, id)).returning();
  return row as AnnouncedWorksRow;
}

export async function deleteWorks(db: Executor, id: string): Promise<void> {
  await db.delete(announcedWorks).where(eq(announcedWorks.id, id));
}

/** The works at these sites that are on at `at` (start inclusive, end exclusive), earliest first. */
export async function worksAt(
  db: Executor,
  siteIds: readonly string[],
  at: Date,
): Promise<AnnouncedWorksRow[]> {
  if (siteIds.length === 0) return [];
  return db
    .select()
    .from(announcedWorks)
    .where(
      and(
        inArray(announcedWorks.siteId, [...siteIds]),
        lte(announcedWorks.startsAt, at),
        gt(announcedWorks.endsAt, at),
      ),
    )
    .orderBy(announcedWorks.startsAt, announcedWorks.id);
}

// Assessments of incidents

export async function insertAssessment(
  db: Executor,
  row: typeof ticketAssessments.$inferInsert,
): Promise<void> {
  await db.insert(ticketAssessments).values(row);
}

export async function findAssessment(db: Executor, ticketId: string): Promise<AssessmentRow | null> {
  const rows = await db
    .select()
    .from(ticketAssessments)
    .where(eq(ticketAssessments.ticketId, ticketId))
    .limit(1);
  return rows[0] ?? null;
}

/** Sets (or clears) the unjustified mark, creating the assessment row when the incident has none. */
export async function upsertUnjustified(
  db: Executor,
  ticketId: string,
  mark: {
    unjustified: boolean;
    unjustifiedReason: string | null;
    unjustifiedBy: string | null;
    unjustifiedByName: string | null;
    unjustifiedAt: Date | null;
    updatedAt: Date;
  },
): Promise<AssessmentRow> {
  const [row] = await db
    .insert(ticketAssessments)
    .values({ ticketId, ...mark })
    .onConflictDoUpdate({ target: ticketAssessments.ticketId, set: mark })
    .returning();
  return row as AssessmentRow;
}

/**
 * An enterprise's incidents of a year, counted per month of the provider's time zone: all, the
 * unjustified ones and those during announced works. One grouped query over the tickets.
 */
export async function countIncidentsByMonth(
  db: Executor,
  enterpriseId: string,
  range: { from: Date; to: Date },
  timeZone: string,
): Promise<{ month: number; incidents: number; unjustified: number; duringWorks: number }[]> {
  const month = sql<number>`extract(month from ${tickets.createdAt} at time zone ${timeZone})::int`;
  const rows = await db
    .select({
      month: month.mapWith(Number),
      incidents: sql<number>`count(*)::int`.mapWith(Number),
      unjustified: sql<number>`count(*) filter (where ${ticketAssessments.unjustified})::int`.mapWith(Number),
      duringWorks:
        sql<number>`count(*) filter (where ${ticketAssessments.duringAnnouncedWorks})::int`.mapWith(Number),
    })
    .from(tickets)
    .leftJoin(ticketAssessments, eq(ticketAssessments.ticketId, tickets.id))
    .where(
      and(
        eq(tickets.enterpriseId, enterpriseId),
        eq(tickets.type, 'incident'),
        gte(tickets.createdAt, range.from),
        lt(tickets.createdAt, range.to),
      ),
    )
    // By position: the zone is a parameter, and a repeated expression would be a second one.
    .groupBy(sql`1`);
  return rows;
}

export async function enterpriseName(db: Executor, enterpriseId: string): Promise<string | null> {
  const rows = await db
    .select({ name: enterprises.name })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId))
    .limit(1);
  return rows[0]?.name ?? null;
}
