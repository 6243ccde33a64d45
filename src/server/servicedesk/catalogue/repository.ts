import { asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { catalogueItems, meta, tariffs, tickets } from '../../db/schema';

export type CatalogueItemRow = typeof catalogueItems.$inferSelect;
export type CatalogueItemInsert = typeof catalogueItems.$inferInsert;
export type TariffRow = typeof tariffs.$inferSelect;
export type TariffInsert = typeof tariffs.$inferInsert;

/** The whole catalogue, in its order (a few dozen items: one page). */
export async function listItems(db: Executor, options: { activeOnly: boolean }): Promise<CatalogueItemRow[]> {
  return db
    .select()
    .from(catalogueItems)
    .where(options.activeOnly ? eq(catalogueItems.active, true) : undefined)
    .orderBy(asc(catalogueItems.position), asc(catalogueItems.key));
}

export async function findItem(
  db: Executor,
  key: string,
  options: { lock?: boolean; share?: boolean } = {},
): Promise<CatalogueItemRow | null> {
  const query = db.select().from(catalogueItems).where(eq(catalogueItems.key, key)).limit(1);
  const rows = await (options.lock ? query.for('update') : options.share ? query.for('share') : query);
  return rows[0] ?? null;
}

/** Inserts the item unless its key is taken; null when it was. */
export async function insertItem(
  db: Executor,
  row: typeof catalogueItems.$inferInsert,
): Promise<CatalogueItemRow | null> {
  const rows = await db.insert(catalogueItems).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function updateItem(
  db: Executor,
  key: string,
  set: Partial<CatalogueItemInsert>,
): Promise<CatalogueItemRow> {
  const [row] = await db.update(catalogueItems).set(set).where(eq(catalogueItems.key, key)).returning();
  if (!row) throw new Error(`catalogue item ${key} vanished under its lock`);
  return row;
}

export async function deleteItem(db: Executor, key: string): Promise<void> {
  await db.delete(catalogueItems).where(eq(catalogueItems.key, key));
}

export async function listTariffs(db: Executor): Promise<TariffRow[]> {
  return db.select().from(tariffs).orderBy(asc(tariffs.key));
}

/** The tariffs with these keys, share-locked so none is removed before the change commits. */
export async function tariffKeys(db: Executor, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: tariffs.key })
    .from(tariffs)
    .where(inArray(tariffs.key, [...keys]))
    .for('share');
  return new Set(rows.map((r) => r.key));
}

export async function findTariff(
  db: Executor,
  key: string,
  options: { lock?: boolean } = {},
): Promise<TariffRow | null> {
  const query = db.select().from(tariffs).where(eq(tariffs.key, key)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

export async function insertTariff(
  db: Executor,
  row: typeof tariffs.$inferInsert,
): Promise<TariffRow | null> {
  const rows = await db.insert(tariffs).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function updateTariff(
  db: Executor,
  key: string,
  set: Partial<TariffInsert>,
): Promise<TariffRow> {
  const [row] = await db.update(tariffs).set(set).where(eq(tariffs.key, key)).returning();
  if (!row) throw new Error(`tariff ${key} vanished under its lock`);
  return row;
}

export async function deleteTariff(db: Executor, key: string): Promise<void> {
  await db.delete(tariffs).where(eq(tariffs.key, key));
}

/** The keys of the items that price by this tariff (what keeps it from being removed). */
export async function itemsPricedBy(db: Executor, tariffKey: string): Promise<string[]> {
  const rows = await db
    .select({ key: catalogueItems.key })
    .from(catalogueItems)
    .where(eq(catalogueItems.costTariffKey, tariffKey))
    .orderBy(asc(catalogueItems.key));
  return rows.map((r) => r.key);
}

/** How many tickets name the item (what keeps it from being removed: it is retired instead). */
export async function ticketCountOf(db: Executor, key: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(tickets).where(eq(tickets.catalogueItemKey, key));
  return Number(row?.n ?? 0);
}

/** Inserts the default tariffs and items (those whose keys are free), returning what it inserted. */
export async function insertDefaults(
  db: Executor,
  rows: { tariffs: TariffInsert[]; items: CatalogueItemInsert[] },
): Promise<{ tariffs: TariffRow[]; items: CatalogueItemRow[] }> {
  const tariffRows =
    rows.tariffs.length === 0
      ? []
      : await db.insert(tariffs).values(rows.tariffs).onConflictDoNothing().returning();
  const itemRows =
    rows.items.length === 0
      ? []
      : await db.insert(catalogueItems).values(rows.items).onConflictDoNothing().returning();
  return { tariffs: tariffRows, items: itemRows };
}

/** Whether the installation's defaults went in (a meta key), and marking that they did. */
export async function defaultsSeeded(db: Executor, key: string): Promise<boolean> {
  return (await db.select().from(meta).where(eq(meta.key, key)).limit(1)).length > 0;
}
export async function markDefaultsSeeded(db: Executor, key: string, now: Date): Promise<void> {
  await db.insert(meta).values({ key, value: now.toISOString() });
}
