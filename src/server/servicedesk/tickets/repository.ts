import { and, asc, desc, eq, getTableColumns, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { LineType } from '../../../core/directory/schemas';
import type { CommentVisibility, TicketStatus, TicketType } from '../../../core/servicedesk/tickets';
import type { Executor } from '../../db/client';
import { containsText, qualified } from '../../db/keyset';
import {
  enterprises,
  serviceDesks,
  sites,
  ticketAssessments,
  ticketComments,
  ticketCounters,
  ticketSites,
  ticketStatusSteps,
  tickets,
  users,
} from '../../db/schema';

export type TicketRow = typeof tickets.$inferSelect;
export type TicketView = TicketRow & {
  enterpriseName: string;
  siteName: string | null;
  commentCount: number;
  deskNameNl: string | null;
  deskNameEn: string | null;
  assessment: typeof ticketAssessments.$inferSelect | null;
};
export type StatusStepRow = typeof ticketStatusSteps.$inferSelect;

/**
 * The next number of a type in a year, in one statement inside the ticket's transaction: the
 * counter row is created at 2 (this ticket took 1) or moved on by one; PostgreSQL serialises
 * parallel upserts of one row, so each report gets its own number and a rolled back one none.
 */
export async function takeSequence(db: Executor, type: TicketType, year: number): Promise<number> {
  const rows = await db
    .insert(ticketCounters)
    .values({ type, year, next: 2 })
    .onConflictDoUpdate({
      target: [ticketCounters.type, ticketCounters.year],
      set: { next: sql`${ticketCounters.next} + 1` },
    })
    .returning({ next: ticketCounters.next });
  return (rows[0]?.next ?? 2) - 1;
}

/** The given sites of the enterprise, held FOR SHARE (so none is removed before the ticket commits). */
export async function lockSitesOfEnterprise(
  db: Executor,
  enterpriseId: string,
  ids: readonly string[],
): Promise<{ id: string; lineType: LineType }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: sites.id, lineType: sites.lineType })
    .from(sites)
    .where(and(eq(sites.enterpriseId, enterpriseId), inArray(sites.id, [...ids])))
    .for('share');
}

/** The user, when it is of the enterprise (share-locked until the ticket commits), with its site. */
export async function lockUserOfEnterprise(
  db: Executor,
  enterpriseId: string,
  userId: string,
): Promise<{ id: string; siteId: string | null; profile: (typeof users.$inferSelect)['profile'] } | null> {
  const rows = await db
    .select({ id: users.id, siteId: users.siteId, profile: users.profile })
    .from(users)
    .where(and(eq(users.enterpriseId, enterpriseId), eq(users.id, userId)))
    .for('share');
  return rows[0] ?? null;
}

export async function insertTicket(
  db: Executor,
  row: typeof tickets.$inferInsert,
  siteIds: readonly string[],
  step: typeof ticketStatusSteps.$inferInsert,
): Promise<void> {
  await db.insert(tickets).values(row);
  if (siteIds.length > 0)
    await db
      .insert(ticketSites)
      .values([...new Set(siteIds)].map((siteId) => ({ ticketId: row.id, siteId })));
  await db.insert(ticketStatusSteps).values(step);
}

/** Who reads: which enterprises and sites (null: all), and whether internal comments count. */
export type TicketScope = {
  enterpriseIds: readonly string[] | null;
  /** A site admin's sites: it reads the tickets naming one of them, and those it reported. */
  siteIds: readonly string[] | null;
  accountId: string;
  internal: boolean;
};

export const commentCount = (internal: boolean) =>
  sql<number>`(select count(*)::int from ${ticketComments} where ${qualified(ticketComments.ticketId)} = ${qualified(tickets.id)}${
    internal ? sql`` : sql` and ${qualified(ticketComments.visibility)} = 'customer'`
  })`.mapWith(Number);

export const viewOf = (db: Executor, internal: boolean) =>
  db
    .select({
      ...getTableColumns(tickets),
      enterpriseName: enterprises.name,
      siteName: sites.name,
      commentCount: commentCount(internal),
      deskNameNl: serviceDesks.nameNl,
      deskNameEn: serviceDesks.nameEn,
      assessment: getTableColumns(ticketAssessments),
    })
    .from(tickets)
    .innerJoin(enterprises, eq(enterprises.id, tickets.enterpriseId))
    .leftJoin(sites, eq(sites.id, tickets.siteId))
    .leftJoin(serviceDesks, eq(serviceDesks.id, tickets.deskId))
    .leftJoin(ticketAssessments, eq(ticketAssessments.ticketId, tickets.id));

function scopeCondition(scope: TicketScope): SQL | undefined | false {
  const parts: (SQL | undefined)[] = [];
  if (scope.enterpriseIds !== null) {
    if (scope.enterpriseIds.length === 0) return false;
    parts.push(inArray(tickets.enterpriseId, [...scope.enterpriseIds]));
  }
  if (scope.siteIds !== null) {
    const ofSites =
      scope.siteIds.length === 0
        ? undefined
        : sql`exists (select 1 from ${ticketSites} where ${qualified(ticketSites.ticketId)} = ${qualified(tickets.id)} and ${qualified(ticketSites.siteId)} in (${sql.join(
            scope.siteIds.map((id) => sql`${id}`),
            sql`, `,
          )}))`;
    parts.push(or(ofSites, eq(tickets.reportedBy, scope.accountId)));
  }
  return and(...parts);
}

export async function listTickets(
  db: Executor,
  scope: TicketScope,
  filter: {
    enterpriseId?: string | undefined;
    type?: TicketType | undefined;
    status?: TicketStatus | undefined;
    q?: string | undefined;
    before?: { createdAt: Date; id: string } | undefined;
    limit: number;
  },
): Promise<TicketView[]> {
  const inScope = scopeCondition(scope);
  if (inScope === false) return [];
  return viewOf(db, scope.internal)
    .where(
      and(
        inScope,
        filter.enterpriseId ? eq(tickets.enterpriseId, filter.enterpriseId) : undefined,
        filter.type ? eq(tickets.type, filter.type) : undefined,
        filter.status ? eq(tickets.status, filter.status) : undefined,
        containsText([tickets.number, tickets.title], filter.q),
        filter.before
          ? or(
              lt(tickets.createdAt, filter.before.createdAt),
              and(eq(tickets.createdAt, filter.before.createdAt), lt(tickets.id, filter.before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(filter.limit + 1);
}

export async function findTicketView(
  db: Executor,
  id: string,
  internal: boolean,
): Promise<TicketView | null> {
  const rows = await viewOf(db, internal).where(eq(tickets.id, id)).limit(1);
  return rows[0] ?? null;
}

/** One ticket; `lock` holds its row until the transaction ends (status changes, comments). */
export async function findTicket(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  const rows = options.lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

export async function sitesOfTicket(db: Executor, ticketId: string): Promise<string[]> {
  const rows = await db
    .select({ siteId: ticketSites.siteId })
    .from(ticketSites)
    .where(eq(ticketSites.ticketId, ticketId));
  return rows.map((r) => r.siteId);
}

/** The sites a ticket names, with name and postcode (in the order of their names), for its detail. */
export async function namedSitesOf(
  db: Executor,
  ticketId: string,
): Promise<{ id: string; name: string; postcode: string }[]> {
  return db
    .select({ id: sites.id, name: sites.name, postcode: sites.postcode })
    .from(ticketSites)
    .innerJoin(sites, eq(sites.id, ticketSites.siteId))
    .where(eq(ticketSites.ticketId, ticketId))
    .orderBy(sql`lower(${sites.name})`, asc(sites.id));
}

export async function historyOf(db: Executor, ticketId: string): Promise<StatusStepRow[]> {
  return db
    .select()
    .from(ticketStatusSteps)
    .where(eq(ticketStatusSteps.ticketId, ticketId))
    .orderBy(asc(ticketStatusSteps.at), asc(ticketStatusSteps.id));
}

export async function updateStatus(
  db: Executor,
  id: string,
  change: { status: TicketStatus; resolvedAt: Date | null; updatedAt: Date },
  step: typeof ticketStatusSteps.$inferInsert,
): Promise<TicketRow> {
  const [row] = await db.update(tickets).set(change).where(eq(tickets.id, id)).returning();
  await db.insert(ticketStatusSteps).values(step);
  return row as TicketRow;
}

/** A step of the status history alone (the demo seed writes its tickets' past steps). */
export async function insertStatusStep(
  db: Executor,
  step: typeof ticketStatusSteps.$inferInsert,
): Promise<void> {
  await db.insert(ticketStatusSteps).values(step);
}

/** The numbers of the tickets that name a site (at most `limit`), for the refusal to remove it. */
export async function ticketsOfSite(db: Executor, siteId: string, limit = 10): Promise<string[]> {
  const rows = await db
    .select({ number: tickets.number })
    .from(ticketSites)
    .innerJoin(tickets, eq(tickets.id, ticketSites.ticketId))
    .where(eq(ticketSites.siteId, siteId))
    .orderBy(asc(tickets.number))
    .limit(limit);
  return rows.map((r) => r.number);
}

export async function countTicketsOfSite(db: Executor, siteId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`.mapWith(Number) })
    .from(ticketSites)
    .where(eq(ticketSites.siteId, siteId));
  return row?.count ?? 0;
}

// Comments

export type CommentRow = typeof ticketComments.$inferSelect;

export async function listComments(
  db: Executor,
  ticketId: string,
  visibilities: readonly CommentVisibility[],
): Promise<CommentRow[]> {
  return db
    .select()
    .from(ticketComments)
    .where(and(eq(ticketComments.ticketId, ticketId), inArray(ticketComments.visibility, [...visibilities])))
    .orderBy(asc(ticketComments.createdAt), asc(ticketComments.id));
}

export async function insertComment(
  db: Executor,
  row: typeof ticketComments.$inferInsert,
): Promise<CommentRow> {
  const [made] = await db.insert(ticketComments).values(row).returning();
  await db
    .update(tickets)
    .set({ updatedAt: row.createdAt ?? new Date() })
    .where(eq(tickets.id, row.ticketId));
  return made as CommentRow;
}

/** The desk's change of a ticket's fields (its priority's inputs), on the locked row. */
export async function updateFields(
  db: Executor,
  id: string,
  change: Partial<typeof tickets.$inferInsert>,
): Promise<TicketRow> {
  const [row] = await db.update(tickets).set(change).where(eq(tickets.id, id)).returning();
  return row as TicketRow;
}
