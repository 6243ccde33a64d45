import { and, asc, eq, getTableColumns, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { DeviceKind } from '../../../core/telephony/devices';
import type { Executor } from '../../db/client';
import {
  afterCursor,
  containsText,
  keysetOrder,
  lowerOrEmpty,
  qualified,
  type SortDirection,
} from '../../db/keyset';
import { deviceLines, deviceModels, devices, sites, users } from '../../db/schema';

export type DeviceRow = typeof devices.$inferSelect;
export type DeviceLineRow = typeof deviceLines.$inferSelect;
export type DeviceSort = 'label' | 'identifier';

/** A line as the API shows it: no digest, with its user's name and site (for the reader's scope). */
export type DeviceLineView = Pick<
  DeviceLineRow,
  'deviceId' | 'line' | 'userId' | 'sipUsername' | 'realm' | 'credentialsSetAt'
> & {
  userName: string | null;
  userSiteId: string | null;
};

export type DeviceView = DeviceRow & {
  siteName: string;
  userName: string | null;
  userSiteId: string | null;
  vendor: string;
  model: string;
  kind: DeviceKind;
  maxLines: number;
};

export const deviceSortKey = (sort: DeviceSort): SQL<string> =>
  sort === 'identifier'
    ? sql<string>`coalesce(${devices.mac}, ${devices.iccid}, '')`
    : lowerOrEmpty(devices.label);

const viewColumns = () => ({
  ...getTableColumns(devices),
  siteName: sites.name,
  userName: users.name,
  userSiteId: users.siteId,
  vendor: deviceModels.vendor,
  model: deviceModels.model,
  kind: deviceModels.kind,
  maxLines: deviceModels.maxLines,
});

const joined = (db: Executor) =>
  db
    .select(viewColumns())
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .innerJoin(sites, eq(sites.id, devices.siteId))
    .leftJoin(users, eq(users.id, devices.userId));

/**
 * `q` of the devices list: a fragment of the label, the model, the user's name, or of the MAC
 * (in any notation) or ICCID (with or without spaces).
 */
function matchesDevice(q: string | undefined): SQL | undefined {
  if (q === undefined || q === '') return undefined;
  const compact = q.replace(/[\s:.-]/g, '').toLowerCase();
  return or(
    containsText([devices.label, deviceModels.vendor, deviceModels.model, users.name], q),
    compact === ''
      ? undefined
      : sql`position(${compact} in coalesce(${devices.mac}, ${devices.iccid}, '')) > 0`,
  );
}

export async function listDevices(
  db: Executor,
  filter: {
    enterpriseId: string;
    siteIds: readonly string[] | null;
    siteId?: string | undefined;
    userId?: string | undefined;
    kind?: DeviceKind | undefined;
    q?: string | undefined;
    sort: DeviceSort;
    direction: SortDirection;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<DeviceView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  const key = deviceSortKey(filter.sort);
  return joined(db)
    .where(
      and(
        eq(devices.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(devices.siteId, [...filter.siteIds]),
        filter.siteId ? eq(devices.siteId, filter.siteId) : undefined,
        filter.userId
          ? or(
              eq(devices.userId, filter.userId),
              sql`exists (select 1 from ${deviceLines} where ${qualified(deviceLines.deviceId)} = ${qualified(devices.id)} and ${qualified(deviceLines.userId)} = ${filter.userId})`,
            )
          : undefined,
        filter.kind ? eq(deviceModels.kind, filter.kind) : undefined,
        matchesDevice(filter.q),
        afterCursor(key, devices.id, filter.cursor, filter.direction),
      ),
    )
    .orderBy(...keysetOrder(key, devices.id, filter.direction))
    .limit(filter.limit + 1);
}

export async function findDeviceView(db: Executor, id: string): Promise<DeviceView | null> {
  const rows = await joined(db).where(eq(devices.id, id)).limit(1);
  return rows[0] ?? null;
}

/** One device; `lock` holds its row (and so its lines' changes) until the transaction ends. */
export async function findDevice(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(devices).where(eq(devices.id, id)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

/** The lines of some devices, in order, without their digests. */
export async function linesOf(db: Executor, deviceIds: readonly string[]): Promise<DeviceLineView[]> {
  if (deviceIds.length === 0) return [];
  return db
    .select({
      deviceId: deviceLines.deviceId,
      line: deviceLines.line,
      userId: deviceLines.userId,
      sipUsername: deviceLines.sipUsername,
      realm: deviceLines.realm,
      credentialsSetAt: deviceLines.credentialsSetAt,
      userName: users.name,
      userSiteId: users.siteId,
    })
    .from(deviceLines)
    .leftJoin(users, eq(users.id, deviceLines.userId))
    .where(inArray(deviceLines.deviceId, [...deviceIds]))
    .orderBy(asc(deviceLines.deviceId), asc(deviceLines.line));
}

export async function insertDevice(db: Executor, row: typeof devices.$inferInsert): Promise<DeviceRow> {
  const [created] = await db.insert(devices).values(row).returning();
  return created as DeviceRow;
}

export async function updateDevice(
  db: Executor,
  id: string,
  values: Partial<typeof devices.$inferInsert>,
): Promise<DeviceRow> {
  const [row] = await db.update(devices).set(values).where(eq(devices.id, id)).returning();
  return row as DeviceRow;
}

export async function deleteDevice(db: Executor, id: string): Promise<void> {
  await db.delete(devices).where(eq(devices.id, id));
}

export async function insertLines(db: Executor, rows: (typeof deviceLines.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(deviceLines).values(rows);
}

export async function setLineUser(db: Executor, deviceId: string, line: number, userId: string | null) {
  await db
    .update(deviceLines)
    .set({ userId })
    .where(and(eq(deviceLines.deviceId, deviceId), eq(deviceLines.line, line)));
}

export async function deleteLinesAfter(db: Executor, deviceId: string, count: number): Promise<void> {
  await db.delete(deviceLines).where(and(eq(deviceLines.deviceId, deviceId), gt(deviceLines.line, count)));
}

/** New digests for one line; the line's row, or null when the device has no such line. */
export async function setLineCredentials(
  db: Executor,
  deviceId: string,
  line: number,
  values: Pick<DeviceLineRow, 'realm' | 'ha1Md5' | 'ha1Sha256' | 'credentialsSetAt'>,
): Promise<{ sipUsername: string } | null> {
  const rows = await db
    .update(deviceLines)
    .set(values)
    .where(and(eq(deviceLines.deviceId, deviceId), eq(deviceLines.line, line)))
    .returning({ sipUsername: deviceLines.sipUsername });
  return rows[0] ?? null;
}

const described = {
  id: devices.id,
  label: devices.label,
  mac: devices.mac,
  iccid: devices.iccid,
};

/** The devices a user has or whose lines register as it (what keeps the user from being removed). */
export async function devicesOfUser(db: Executor, userId: string) {
  return db
    .select(described)
    .from(devices)
    .where(
      or(
        eq(devices.userId, userId),
        sql`exists (select 1 from ${deviceLines} where ${qualified(deviceLines.deviceId)} = ${qualified(devices.id)} and ${qualified(deviceLines.userId)} = ${userId})`,
      ),
    )
    .orderBy(asc(devices.createdAt), asc(devices.id))
    .for('update');
}

/** The devices on a site (what keeps the site from being removed). */
export async function devicesOfSite(db: Executor, siteId: string) {
  return db
    .select(described)
    .from(devices)
    .where(eq(devices.siteId, siteId))
    .orderBy(asc(devices.createdAt), asc(devices.id))
    .for('update');
}
