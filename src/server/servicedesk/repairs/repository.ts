import { and, asc, desc, eq, getTableColumns, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { REPAIR_STATUSES, type RepairStatus } from '../../../core/servicedesk/repairs';
import type { Executor } from '../../db/client';
import { deviceModels, devices, enterprises, repairSteps, repairs, sites, tickets } from '../../db/schema';

export type RepairRow = typeof repairs.$inferSelect;
export type RepairStepRow = typeof repairSteps.$inferSelect;
export type RepairView = RepairRow & {
  number: string;
  enterpriseName: string;
  siteName: string;
  deviceLabel: string | null;
  vendor: string;
  model: string;
};

const viewOf = (db: Executor) =>
  db
    .select({
      ...getTableColumns(repairs),
      number: tickets.number,
      enterpriseName: enterprises.name,
      siteName: sites.name,
      deviceLabel: devices.label,
      vendor: deviceModels.vendor,
      model: deviceModels.model,
    })
    .from(repairs)
    .innerJoin(tickets, eq(tickets.id, repairs.ticketId))
    .innerJoin(enterprises, eq(enterprises.id, repairs.enterpriseId))
    .innerJoin(sites, eq(sites.id, repairs.siteId))
    .innerJoin(devices, eq(devices.id, repairs.deviceId))
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId));

/** Who reads: which enterprises and sites (null: all). */
export type RepairScope = { enterpriseIds: readonly string[] | null; siteIds: readonly string[] | null };

/** Repairs newest first, in the reader's scope, narrowed by the filters; one more than `limit`. */
export async function listRepairs(
  db: Executor,
  scope: RepairScope,
  filter: {
    enterpriseId?: string | undefined;
    deviceId?: string | undefined;
    status?: RepairStatus | undefined;
    before?: { createdAt: Date; id: string } | undefined;
    limit: number;
  },
): Promise<RepairView[]> {
  if (scope.enterpriseIds !== null && scope.enterpriseIds.length === 0) return [];
  if (scope.siteIds !== null && scope.siteIds.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    scope.enterpriseIds === null ? undefined : inArray(repairs.enterpriseId, [...scope.enterpriseIds]),
    scope.siteIds === null ? undefined : inArray(repairs.siteId, [...scope.siteIds]),
    filter.enterpriseId === undefined ? undefined : eq(repairs.enterpriseId, filter.enterpriseId),
    filter.deviceId === undefined ? undefined : eq(repairs.deviceId, filter.deviceId),
    filter.status === undefined ? undefined : eq(repairs.status, filter.status),
    filter.before
      ? or(
          lt(repairs.createdAt, filter.before.createdAt),
          and(eq(repairs.createdAt, filter.before.createdAt), lt(repairs.id, filter.before.id)),
        )
      : undefined,
  ];
  return viewOf(db)
    .where(and(...conditions))
    .orderBy(desc(repairs.createdAt), desc(repairs.id))
    .limit(filter.limit + 1);
}

export async function findRepairView(db: Executor, id: string): Promise<RepairView | null> {
  const rows = await viewOf(db).where(eq(repairs.id, id)).limit(1);
  return rows[0] ?? null;
}

/** One repair; `lock` holds it until the transaction ends (its steps are taken one at a time). */
export async function findRepair(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<RepairRow | null> {
  const query = db.select().from(repairs).where(eq(repairs.id, id)).limit(1);
  const rows = options.lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** The device's open repair (not closed) and its number, if it has one. */
export async function openRepairOf(db: Executor, deviceId: string): Promise<{ number: string } | null> {
  const rows = await db
    .select({ number: tickets.number })
    .from(repairs)
    .innerJoin(tickets, eq(tickets.id, repairs.ticketId))
    .where(and(eq(repairs.deviceId, deviceId), ne(repairs.status, 'closed')))
    .limit(1);
  return rows[0] ?? null;
}

/** The device with its model's kind and name; `lock` holds the device row (FOR UPDATE). */
export async function findDevice(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({
      id: devices.id,
      enterpriseId: devices.enterpriseId,
      siteId: devices.siteId,
      label: devices.label,
      mac: devices.mac,
      ownership: devices.ownership,
      ownershipDate: devices.ownershipDate,
      kind: deviceModels.kind,
      vendor: deviceModels.vendor,
      model: deviceModels.model,
    })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .where(eq(devices.id, id))
    .limit(1);
  const rows = options.lock ? await query.for('update', { of: devices }) : await query;
  return rows[0] ?? null;
}

/** Another device that has this MAC, if any. */
export async function deviceWithMac(db: Executor, mac: string, exceptId: string): Promise<string | null> {
  const rows = await db
    .select({ id: devices.id })
    .from(devices)
    .where(and(eq(devices.mac, mac), ne(devices.id, exceptId)))
    .limit(1);
  return rows[0]?.id ?? null;
}

export async function setDeviceMac(db: Executor, id: string, mac: string, now: Date): Promise<void> {
  await db.update(devices).set({ mac, updatedAt: now }).where(eq(devices.id, id));
}

export async function insertRepair(
  db: Executor,
  row: typeof repairs.$inferInsert,
  step: typeof repairSteps.$inferInsert,
): Promise<RepairRow> {
  const [inserted] = await db.insert(repairs).values(row).returning();
  await db.insert(repairSteps).values(step);
  return inserted as RepairRow;
}

export async function updateRepair(
  db: Executor,
  id: string,
  change: Partial<typeof repairs.$inferInsert>,
  step: typeof repairSteps.$inferInsert,
): Promise<RepairRow> {
  const [row] = await db.update(repairs).set(change).where(eq(repairs.id, id)).returning();
  await db.insert(repairSteps).values(step);
  return row as RepairRow;
}

export async function stepsOf(db: Executor, repairId: string): Promise<RepairStepRow[]> {
  return (
    db
      .select()
      .from(repairSteps)
      .where(eq(repairSteps.repairId, repairId))
      // Steps follow the flow, so within one instant (a test's clock) its order decides.
      .orderBy(
        asc(repairSteps.at),
        sql`array_position(array[${sql.join(
          REPAIR_STATUSES.map((s) => sql`${s}`),
          sql`, `,
        )}]::text[], ${repairSteps.status})`,
      )
  );
}
