import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { DeviceKind } from '../../../core/telephony/devices';
import type { Executor } from '../../db/client';
import { afterCursor, containsText, keysetOrder, qualified } from '../../db/keyset';
import { deviceLines, deviceModels, devices } from '../../db/schema';

export type DeviceModelRow = typeof deviceModels.$inferSelect;
export type DeviceModelView = DeviceModelRow & { deviceCount: number };

/** The catalogue sorts on "vendor model", case-insensitively. */
export const modelSortKey: SQL<string> = sql<string>`lower(${deviceModels.vendor} || ' ' || ${deviceModels.model})`;

const viewColumns = () => ({
  ...getTableColumns(deviceModels),
  deviceCount: sql<number>`(select count(*)::int from ${devices} where ${qualified(devices.modelId)} = ${qualified(deviceModels.id)})`,
});

export async function listModels(
  db: Executor,
  filter: {
    q?: string | undefined;
    kind?: DeviceKind | undefined;
    active?: boolean | undefined;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<DeviceModelView[]> {
  return db
    .select(viewColumns())
    .from(deviceModels)
    .where(
      and(
        containsText([deviceModels.vendor, deviceModels.model, deviceModels.description], filter.q),
        filter.kind ? eq(deviceModels.kind, filter.kind) : undefined,
        filter.active === undefined ? undefined : eq(deviceModels.active, filter.active),
        afterCursor(modelSortKey, deviceModels.id, filter.cursor),
      ),
    )
    .orderBy(...keysetOrder(modelSortKey, deviceModels.id))
    .limit(filter.limit + 1);
}

export async function findModelView(db: Executor, id: string): Promise<DeviceModelView | null> {
  const rows = await db.select(viewColumns()).from(deviceModels).where(eq(deviceModels.id, id)).limit(1);
  return rows[0] ?? null;
}

/**
 * One model; `lock: 'update'` while it is changed or removed, `lock: 'share'` while a device is
 * made of it, so that a model cannot go (or change kind) between a device's checks and its insert.
 */
export async function findModel(
  db: Executor,
  id: string,
  lock?: 'update' | 'share',
): Promise<DeviceModelRow | null> {
  const query = db.select().from(deviceModels).where(eq(deviceModels.id, id)).limit(1);
  const rows = await (lock ? query.for(lock) : query);
  return rows[0] ?? null;
}

export async function insertModel(
  db: Executor,
  row: typeof deviceModels.$inferInsert,
): Promise<DeviceModelRow> {
  const [created] = await db.insert(deviceModels).values(row).returning();
  return created as DeviceModelRow;
}

export async function updateModel(
  db: Executor,
  id: string,
  values: Partial<typeof deviceModels.$inferInsert>,
): Promise<DeviceModelRow> {
  const [row] = await db.update(deviceModels).set(values).where(eq(deviceModels.id, id)).returning();
  return row as DeviceModelRow;
}

export async function deleteModel(db: Executor, id: string): Promise<void> {
  await db.delete(deviceModels).where(eq(deviceModels.id, id));
}

/** The devices of a model (a few, for a refusal) and how many lines the fullest of them has. */
export async function modelUse(db: Executor, modelId: string) {
  const [counted] = await db
    .select({
      count: sql<number>`count(*)::int`,
      maxLines: sql<number>`coalesce(max((select count(*) from ${deviceLines} where ${qualified(deviceLines.deviceId)} = ${qualified(devices.id)})), 0)::int`,
    })
    .from(devices)
    .where(eq(devices.modelId, modelId));
  const some = await db
    .select({ id: devices.id, label: devices.label, mac: devices.mac, iccid: devices.iccid })
    .from(devices)
    .where(eq(devices.modelId, modelId))
    .orderBy(asc(devices.createdAt), asc(devices.id))
    .limit(10);
  return { count: counted?.count ?? 0, maxLines: counted?.maxLines ?? 0, some };
}
