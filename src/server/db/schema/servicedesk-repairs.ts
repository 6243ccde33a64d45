import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REPAIR_PARTS, REPAIR_STATUSES, WARRANTY_REASONS } from '../../../core/servicedesk/repairs';
import { OWNERSHIPS } from '../../../core/telephony/devices';
import { accounts } from './access';
import { created, oneOf, ts, updated, values } from './columns';
import { enterprises, sites } from './directory';
import { tickets } from './servicedesk-tickets';
import { devices } from './telephony-devices';

/**
 * Repairs (guide §4.4): a defective device, registered as a ticket of type `repair` (its RMA
 * number) with this row beside it: the warranty decision and the excess as they were decided at
 * registration, the return address to send it to, and its steps. A device has at most one open
 * repair (the partial unique index; the registration locks the device row first).
 */
export const repairs = pgTable(
  'repairs',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    /** The device stays while it has repairs (no cascade: its history is kept). */
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id),
    part: text('part', { enum: values(REPAIR_PARTS) }).notNull(),
    fault: text('fault').notNull(),
    contact: jsonb('contact').$type<{ name: string; phone?: string; email?: string }>().notNull(),
    status: text('status', { enum: values(REPAIR_STATUSES) }).notNull(),
    /** The ownership the warranty was decided by, as it was then. */
    ownership: text('ownership', { enum: values(OWNERSHIPS) }).notNull(),
    ownershipDate: text('ownership_date').notNull(),
    warrantyCovered: boolean('warranty_covered').notNull(),
    warrantyReason: text('warranty_reason', { enum: values(WARRANTY_REASONS) }).notNull(),
    warrantyUntil: text('warranty_until'),
    /** The excess of the tariff list when it was registered (null: the list had none). */
    excessCents: integer('excess_cents'),
    returnAddress: text('return_address').notNull(),
    trackingReference: text('tracking_reference'),
    replacementSerial: text('replacement_serial'),
    replacementMac: text('replacement_mac'),
    /** The device's MAC before the replacement's took its place. */
    previousMac: text('previous_mac'),
    registeredBy: uuid('registered_by').references(() => accounts.id, { onDelete: 'set null' }),
    registeredByName: text('registered_by_name'),
    receivedAt: ts('received_at'),
    shippedAt: ts('shipped_at'),
    closedAt: ts('closed_at'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('repairs_ticket_uq').on(t.ticketId),
    uniqueIndex('repairs_open_device_uq').on(t.deviceId).where(sql`${t.status} <> 'closed'`),
    index('repairs_device_idx').on(t.deviceId, t.createdAt, t.id),
    index('repairs_enterprise_idx').on(t.enterpriseId, t.createdAt, t.id),
    index('repairs_created_idx').on(t.createdAt, t.id),
    check('repairs_status_ck', oneOf(t.status, REPAIR_STATUSES)),
    check('repairs_part_ck', oneOf(t.part, REPAIR_PARTS)),
    check('repairs_ownership_ck', oneOf(t.ownership, OWNERSHIPS)),
    check('repairs_warranty_reason_ck', oneOf(t.warrantyReason, WARRANTY_REASONS)),
    check('repairs_excess_ck', sql`${t.excessCents} is null or ${t.excessCents} >= 0`),
    check('repairs_replacement_mac_ck', sql`${t.replacementMac} ~ '^[0-9a-f]{12}$'`),
  ],
);

/** Every step of a repair, with who and when (the first is its registration). */
export const repairSteps = pgTable(
  'repair_steps',
  {
    id: uuid('id').primaryKey(),
    repairId: uuid('repair_id')
      .notNull()
      .references(() => repairs.id, { onDelete: 'cascade' }),
    status: text('status', { enum: values(REPAIR_STATUSES) }).notNull(),
    note: text('note'),
    byAccountId: uuid('by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    byName: text('by_name'),
    at: ts('at').notNull(),
  },
  (t) => [
    index('repair_steps_repair_idx').on(t.repairId, t.at),
    check('repair_steps_status_ck', oneOf(t.status, REPAIR_STATUSES)),
  ],
);
