import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { canSeeEnterprise, inScope, siteFilter } from '../../../core/access/policy';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import { decodeCursor, encodeCursor, type Page } from '../../../core/pagination';
import { handleOf } from '../../../core/servicedesk/desks';
import { DEFAULT_SLA_TARGETS, targetDue } from '../../../core/servicedesk/due';
import {
  REPAIR_EXCESS_TARIFF,
  type RepairDetailDto,
  type RepairDto,
  type RepairInput,
  type RepairPart,
  type RepairShippedInput,
  type RepairStatus,
  repairStepProblem,
  type WarrantyDecision,
  warrantyOf,
} from '../../../core/servicedesk/repairs';
import { priorityOf, type TicketStatus } from '../../../core/servicedesk/tickets';
import { IDENTIFIER_OF_KIND } from '../../../core/telephony/devices';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { deviceAudit } from '../../telephony/devices/presenter';
import { auditRowOf } from '../../telephony/devices/service';
import { findTariff } from '../catalogue/repository';
import { deskFor } from '../desks/service';
import { notifyTicketEvent } from '../notifications/service';
import { providerCalendar } from '../office-hours';
import { ticketAudit } from '../tickets/presenter';
import * as tickets from '../tickets/repository';
import { insertTicketIn } from '../tickets/service';
import { deviceNameOf, presentRepair, presentStep, repairAudit } from './presenter';
import * as repo from './repository';

type Device = NonNullable<Awaited<ReturnType<typeof repo.findDevice>>>;

/** The device, if the actor may see it (404 otherwise, also another enterprise's: ids are not probed). */
async function deviceInScope(ctx: Ctx, db: Executor, id: string, options: { lock?: boolean } = {}) {
  const device = await repo.findDevice(db, id, options);
  if (device === null || !inScope(ctx.actor, { enterpriseId: device.enterpriseId, siteId: device.siteId }))
    throw notFound();
  return device;
}

/** What a repair of the device comes to today: warranty, excess (the tariff list's) and where it goes. */
async function planRepair(
  ctx: Ctx,
  db: Executor,
  device: Device,
  part: RepairPart,
): Promise<{ warranty: WarrantyDecision; excessCents: number | null; returnAddress: string }> {
  const { timezone, repairs } = ctx.services.config;
  const today = DateTime.fromJSDate(ctx.now, { zone: timezone }).toISODate() ?? '';
  const warranty = warrantyOf(device, part, today, repairs.warrantyMonths);
  const tariff = await findTariff(db, REPAIR_EXCESS_TARIFF);
  return { warranty, excessCents: tariff?.amountCents ?? null, returnAddress: repairs.returnAddress };
}

const money = (cents: number | null) =>
  cents === null ? null : { amount: cents / 100, currency: 'EUR' as const };

export async function previewRepair(ctx: Ctx, input: { deviceId: string; part: RepairPart }) {
  const device = await deviceInScope(ctx, ctx.db, input.deviceId);
  const plan = await planRepair(ctx, ctx.db, device, input.part);
  return {
    warranty: plan.warranty,
    excess: money(plan.excessCents),
    equipmentCharged: !plan.warranty.covered,
    returnAddress: plan.returnAddress,
  };
}

async function detailOf(db: Executor, id: string): Promise<RepairDetailDto> {
  const view = await repo.findRepairView(db, id);
  if (view === null) throw notFound();
  const steps = await repo.stepsOf(db, id);
  return { ...presentRepair(view), history: steps.map(presentStep) };
}

const stepRow = (ctx: Ctx, repairId: string, status: RepairStatus, note: string | null) => ({
  id: randomUUID(),
  repairId,
  status,
  note,
  byAccountId: ctx.actor.accountId,
  byName: ctx.actor.name,
  at: ctx.now,
});

/**
 * Registers a defective device: its ticket of type `repair` (the RMA number) and the repair row in
 * one transaction. The device row is locked first, so of two parallel registrations the second
 * finds the first's open repair and is refused (409 `repair_open`); the partial unique index on
 * open repairs per device stands behind it.
 */
export async function createRepair(ctx: Ctx, input: RepairInput): Promise<RepairDetailDto> {
  const id = await ctx.db.transaction(async (tx) => {
    const device = await deviceInScope(ctx, tx, input.deviceId, { lock: true });
    const open = await repo.openRepairOf(tx, device.id);
    if (open !== null)
      throw new DomainError('conflict', { reason: { code: 'repair_open', params: { number: open.number } } });
    const plan = await planRepair(ctx, tx, device, input.part);
    const category = device.kind === 'sim' ? ('mobile' as const) : ('fixed' as const);
    const form = { businessCritical: false, impact: 'medium', urgency: 'medium' } as const;
    const priority = priorityOf(form);
    const deviceName = deviceNameOf(device);
    const ticket = await insertTicketIn(ctx, tx, {
      type: 'repair',
      enterpriseId: device.enterpriseId,
      siteId: device.siteId,
      title: `Reparatie: ${deviceName}`,
      ...form,
      priority,
      details: { deviceId: device.id, part: input.part, description: input.fault, contact: input.contact },
      category,
      deskId:
        (await deskFor(ctx, tx, handleOf({ type: 'repair', businessCritical: false, category }), ctx.now))
          ?.id ?? null,
      catalogueItemKey: null,
      dueAt:
        targetDue(await providerCalendar(ctx, tx), ctx.now, DEFAULT_SLA_TARGETS[priority])?.toJSDate() ??
        null,
      costEstimateCents: plan.excessCents,
      siteIds: [device.siteId],
    });
    const repairId = randomUUID();
    const row = await repo.insertRepair(
      tx,
      {
        id: repairId,
        ticketId: ticket.id,
        enterpriseId: device.enterpriseId,
        siteId: device.siteId,
        deviceId: device.id,
        part: input.part,
        fault: input.fault,
        contact: input.contact,
        status: 'registered',
        ownership: device.ownership,
        ownershipDate: device.ownershipDate,
        warrantyCovered: plan.warranty.covered,
        warrantyReason: plan.warranty.reason,
        warrantyUntil: plan.warranty.coveredUntil,
        excessCents: plan.excessCents,
        returnAddress: plan.returnAddress,
        registeredBy: ctx.actor.accountId,
        registeredByName: ctx.actor.name,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      stepRow(ctx, repairId, 'registered', null),
    );
    await recordChange(tx, ctx, repairAudit, { action: 'create', after: row });
    return row.id;
  });
  return detailOf(ctx.db, id);
}

/** The repair, if the actor may see it (its device's enterprise and, for a site admin, site). */
async function repairInScope(ctx: Ctx, db: Executor, id: string, options: { lock?: boolean } = {}) {
  const row = await repo.findRepair(db, id, options);
  if (row === null || !inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId }))
    throw notFound();
  return row;
}

export async function getRepair(ctx: Ctx, id: string): Promise<RepairDetailDto> {
  await repairInScope(ctx, ctx.db, id);
  return detailOf(ctx.db, id);
}

export type RepairListQuery = {
  enterpriseId?: string | undefined;
  status?: RepairStatus | undefined;
  cursor?: string | undefined;
  limit: number;
};

async function pageOf(
  ctx: Ctx,
  filter: {
    enterpriseId?: string | undefined;
    deviceId?: string | undefined;
    status?: RepairStatus | undefined;
  },
  query: { cursor?: string | undefined; limit: number },
): Promise<Page<RepairDto>> {
  const cursor = decodeCursor(query.cursor, 'instant');
  const rows = await repo.listRepairs(
    ctx.db,
    {
      enterpriseIds: ctx.actor.enterpriseIds === 'all' ? null : ctx.actor.enterpriseIds,
      siteIds: siteFilter(ctx.actor),
    },
    {
      ...filter,
      before: cursor ? { createdAt: new Date(cursor.key), id: cursor.id } : undefined,
      limit: query.limit,
    },
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentRepair),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ key: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}

/** Repairs newest first: the provider's every one, a customer's of its enterprise (a site admin: its sites). */
export async function listRepairs(ctx: Ctx, query: RepairListQuery): Promise<Page<RepairDto>> {
  if (query.enterpriseId !== undefined && !canSeeEnterprise(ctx.actor, query.enterpriseId)) throw notFound();
  return pageOf(ctx, { enterpriseId: query.enterpriseId, status: query.status }, query);
}

/** A device's repairs, newest first (its history); a device outside the actor's scope is not found. */
export async function deviceRepairs(
  ctx: Ctx,
  deviceId: string,
  query: { cursor?: string | undefined; limit: number },
): Promise<Page<RepairDto>> {
  await deviceInScope(ctx, ctx.db, deviceId);
  return pageOf(ctx, { deviceId }, query);
}

/** The ticket's status that follows a repair's step (the ticket's own flow is the desk's beyond). */
const TICKET_STATUS_OF: Readonly<Record<RepairStatus, TicketStatus>> = {
  registered: 'new',
  received: 'in_progress',
  shipped: 'resolved',
  closed: 'closed',
};

async function followTicket(
  ctx: Ctx,
  tx: Executor,
  ticketId: string,
  step: RepairStatus,
  note: string | null,
) {
  const before = await tickets.findTicket(tx, ticketId, { lock: true });
  const to = TICKET_STATUS_OF[step];
  if (before === null || before.status === to) return;
  const after = await tickets.updateStatus(
    tx,
    ticketId,
    { status: to, resolvedAt: to === 'resolved' ? ctx.now : before.resolvedAt, updatedAt: ctx.now },
    {
      id: randomUUID(),
      ticketId,
      fromStatus: before.status,
      toStatus: to,
      reason: note,
      byAccountId: ctx.actor.accountId,
      byName: ctx.actor.name,
      byRole: ctx.actor.role,
      at: ctx.now,
    },
  );
  await recordChange(tx, ctx, ticketAudit, { action: 'status', before, after: { ...after, reason: note } });
  await notifyTicketEvent(ctx, tx, after, {
    kind: 'ticket_status_changed',
    from: before.status,
    to,
    reason: note,
    by: ctx.actor.name,
  });
}

/**
 * One step of a repair, on its locked row: of two parallel steps from one status the second is
 * judged on the first's result (409 `repair_step_not_allowed` with `allowed`). Its ticket follows
 * (received → in progress, shipped → resolved, closed → closed). A shipment with the
 * replacement's MAC records it on the device (locked; another device's MAC is 409 `mac_taken`),
 * audited as a change of the device, so its provisioning follows the new hardware.
 */
export async function stepRepair(
  ctx: Ctx,
  id: string,
  to: RepairStatus,
  input: { note?: string | undefined } & Partial<RepairShippedInput>,
): Promise<RepairDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await repairInScope(ctx, tx, id, { lock: true });
    const problem = repairStepProblem(before.status, to);
    if (problem !== null)
      throw new DomainError('conflict', {
        reason:
          problem.allowed.length === 0
            ? { code: 'repair_step_final', params: { from: before.status, to } }
            : {
                code: 'repair_step_not_allowed',
                params: { from: before.status, to, allowed: problem.allowed.join(', ') },
              },
      });
    const change: Partial<repo.RepairRow> = { status: to, updatedAt: ctx.now };
    if (to === 'received') change.receivedAt = ctx.now;
    if (to === 'closed') change.closedAt = ctx.now;
    if (to === 'shipped') {
      change.shippedAt = ctx.now;
      change.trackingReference = input.trackingReference ?? null;
      change.replacementSerial = input.serial ?? null;
      if (input.mac !== undefined) {
        const device = await deviceInScope(ctx, tx, before.deviceId, { lock: true });
        if (IDENTIFIER_OF_KIND[device.kind] !== 'mac')
          throw fieldError('unprocessable', 'mac', 'mac_not_for_kind');
        if ((await repo.deviceWithMac(tx, input.mac, device.id)) !== null)
          throw fieldError('conflict', 'mac', 'mac_taken');
        change.replacementMac = input.mac;
        change.previousMac = device.mac;
        if (device.mac !== input.mac) {
          const deviceBefore = await auditRowOf(tx, device.id);
          await repo.setDeviceMac(tx, device.id, input.mac, ctx.now);
          await recordChange(tx, ctx, deviceAudit, {
            action: 'update',
            before: deviceBefore,
            after: await auditRowOf(tx, device.id),
          });
        }
      }
    }
    const note = input.note ?? null;
    const after = await repo.updateRepair(tx, id, change, stepRow(ctx, id, to, note));
    await recordChange(tx, ctx, repairAudit, { action: 'status', before, after });
    await followTicket(ctx, tx, before.ticketId, to, note);
  });
  return detailOf(ctx.db, id);
}
