import { asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { serviceDesks, tickets } from '../../db/schema';

export type DeskRow = typeof serviceDesks.$inferSelect;
export type DeskInsert = typeof serviceDesks.$inferInsert;

/** Every desk, in the matrix's order (a handful: one page). */
export async function listDesks(db: Executor): Promise<DeskRow[]> {
  return db.select().from(serviceDesks).orderBy(asc(serviceDesks.position), asc(serviceDesks.id));
}

export async function findDesk(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<DeskRow | null> {
  const query = db.select().from(serviceDesks).where(eq(serviceDesks.id, id)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

export async function insertDesk(db: Executor, row: DeskInsert): Promise<DeskRow> {
  const [inserted] = await db.insert(serviceDesks).values(row).returning();
  if (!inserted) throw new Error('desk not inserted');
  return inserted;
}

export async function insertDesks(db: Executor, rows: DeskInsert[]): Promise<DeskRow[]> {
  return rows.length === 0 ? [] : db.insert(serviceDesks).values(rows).returning();
}

export async function updateDesk(db: Executor, id: string, set: Partial<DeskInsert>): Promise<DeskRow> {
  const [row] = await db.update(serviceDesks).set(set).where(eq(serviceDesks.id, id)).returning();
  if (!row) throw new Error(`desk ${id} vanished under its lock`);
  return row;
}

export async function deleteDesk(db: Executor, id: string): Promise<void> {
  await db.delete(serviceDesks).where(eq(serviceDesks.id, id));
}

/** How many tickets were routed to the desk (what keeps it from being removed). */
export async function ticketCountOf(db: Executor, id: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(tickets).where(eq(tickets.deskId, id));
  return Number(row?.n ?? 0);
}
