import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { sites, ticketChecklists } from '../../db/schema';

export type TicketChecklistRow = typeof ticketChecklists.$inferSelect;
export type TicketChecklistView = TicketChecklistRow & { siteName: string | null };

export async function insertChecklist(
  db: Executor,
  row: typeof ticketChecklists.$inferInsert,
): Promise<TicketChecklistRow> {
  const [made] = await db.insert(ticketChecklists).values(row).returning();
  return made as TicketChecklistRow;
}

/** A ticket's checklists, oldest first, with the name of the site each was done at. */
export async function checklistsOf(db: Executor, ticketId: string): Promise<TicketChecklistView[]> {
  return db
    .select({ ...getTableColumns(ticketChecklists), siteName: sites.name })
    .from(ticketChecklists)
    .leftJoin(sites, eq(sites.id, ticketChecklists.siteId))
    .where(eq(ticketChecklists.ticketId, ticketId))
    .orderBy(asc(ticketChecklists.createdAt), asc(ticketChecklists.id));
}

export async function findChecklistView(db: Executor, id: string): Promise<TicketChecklistView | null> {
  const rows = await db
    .select({ ...getTableColumns(ticketChecklists), siteName: sites.name })
    .from(ticketChecklists)
    .leftJoin(sites, eq(sites.id, ticketChecklists.siteId))
    .where(eq(ticketChecklists.id, id))
    .limit(1);
  return rows[0] ?? null;
}
