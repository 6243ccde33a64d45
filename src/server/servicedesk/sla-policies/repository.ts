import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { slaPolicies } from '../../db/schema';

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type SlaPolicyInsert = typeof slaPolicies.$inferInsert;

export async function listPolicies(db: Executor): Promise<SlaPolicyRow[]> {
  return db.select().from(slaPolicies).orderBy(asc(slaPolicies.ticketType), asc(slaPolicies.key));
}

/** One policy; `lock` holds it (an edit), `share` keeps it from changing until commit (a ticket's planning). */
export async function findPolicy(
  db: Executor,
  key: string,
  options: { lock?: boolean; share?: boolean } = {},
): Promise<SlaPolicyRow | null> {
  const query = db.select().from(slaPolicies).where(eq(slaPolicies.key, key)).limit(1);
  const rows = options.lock
    ? await query.for('update')
    : options.share
      ? await query.for('share')
      : await query;
  return rows[0] ?? null;
}

export async function insertPolicies(db: Executor, rows: SlaPolicyInsert[]): Promise<SlaPolicyRow[]> {
  if (rows.length === 0) return [];
  return db.insert(slaPolicies).values(rows).onConflictDoNothing().returning();
}

export async function updatePolicy(
  db: Executor,
  key: string,
  change: Partial<SlaPolicyInsert>,
): Promise<SlaPolicyRow> {
  const [row] = await db.update(slaPolicies).set(change).where(eq(slaPolicies.key, key)).returning();
  return row as SlaPolicyRow;
}
