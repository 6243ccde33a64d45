import { DateTime } from 'luxon';
import { z } from 'zod';
import { idSchema } from '../ids';
import { macSchema, type Ownership, ownershipSchema } from '../telephony/devices';

/**
 * Repairs (guide §4.4): a defective device is registered as a ticket of type `repair` (its RMA
 * number, `RMA-2026-000042`, goes on the parcel) and a repair of its own steps: registered → the
 * provider received the device → a replacement was shipped (tracking reference, and the
 * replacement's MAC recorded on the device so its provisioning follows the new hardware) → closed.
 *
 * Warranty (§4.4.1): a rented device is covered for the whole rental; a bought one for the
 * configured term from its purchase; batteries never. Every repair or swap costs the excess of the
 * tariff list (§4.4.3); out of warranty the new equipment is charged as well.
 */

export const REPAIR_STATUSES = ['registered', 'received', 'shipped', 'closed'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];
export const repairStatusSchema = z.enum(REPAIR_STATUSES);

/** What is defective: the device itself, or its battery (never under warranty). */
export const REPAIR_PARTS = ['device', 'battery'] as const;
export type RepairPart = (typeof REPAIR_PARTS)[number];

/** The tariff of the excess (eigen risico) in the tariff list. */
export const REPAIR_EXCESS_TARIFF = 'repair-excess';

/** Why a repair is or is not under warranty. */
export const WARRANTY_REASONS = ['rented', 'bought_in_term', 'bought_term_ended', 'battery'] as const;
export type WarrantyReason = (typeof WARRANTY_REASONS)[number];

export type WarrantyDecision = {
  covered: boolean;
  reason: WarrantyReason;
  /** The last day covered (bought devices), an ISO date; null when the rental or nothing covers it. */
  coveredUntil: string | null;
};

/**
 * The warranty of a repair registered on `today` (a local date, `YYYY-MM-DD`, in the provider's
 * zone). A bought device is covered from its purchase date for `termMonths` calendar months: the
 * last covered day is the day before the purchase date, `termMonths` later (bought 15 March 2024
 * with 24 months: covered to 14 March 2026 inclusive; bought 1 March: to the last day of February;
 * bought 29 February 2024: to 28 February 2026). A rental is covered for as long as it lasts.
 */
export function warrantyOf(
  device: { ownership: Ownership; ownershipDate: string },
  part: RepairPart,
  today: string,
  termMonths: number,
): WarrantyDecision {
  if (part === 'battery') return { covered: false, reason: 'battery', coveredUntil: null };
  if (device.ownership === 'rented') return { covered: true, reason: 'rented', coveredUntil: null };
  const until = DateTime.fromISO(device.ownershipDate, { zone: 'UTC' })
    .minus({ days: 1 })
    .plus({ months: termMonths })
    .toISODate();
  if (until === null) throw new Error(`not a date: ${device.ownershipDate}`);
  // ISO dates compare as text.
  return today <= until
    ? { covered: true, reason: 'bought_in_term', coveredUntil: until }
    : { covered: false, reason: 'bought_term_ended', coveredUntil: until };
}

/** The step after each status; closed is final. */
const NEXT: Readonly<Record<RepairStatus, readonly RepairStatus[]>> = {
  registered: ['received'],
  received: ['shipped'],
  shipped: ['closed'],
  closed: [],
};

export const nextRepairSteps = (status: RepairStatus): readonly RepairStatus[] => NEXT[status];

/** Null when the step is allowed; otherwise what is allowed from here (empty when final). */
export function repairStepProblem(
  from: RepairStatus,
  to: RepairStatus,
): { allowed: readonly RepairStatus[] } | null {
  return NEXT[from].includes(to) ? null : { allowed: NEXT[from] };
}

/** A repair is open until it is closed: a device has at most one open repair. */
export const repairOpen = (status: RepairStatus): boolean => status !== 'closed';

// The API's shapes

const contactSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  phone: z.string().trim().min(1).max(50).optional(),
  email: z.email().max(320).optional(),
});

export const repairPreviewInputSchema = z.strictObject({
  deviceId: idSchema,
  part: z.enum(REPAIR_PARTS).default('device'),
});

export const repairInputSchema = z.strictObject({
  deviceId: idSchema,
  part: z.enum(REPAIR_PARTS).default('device'),
  /** What is wrong with it, in the customer's words. */
  fault: z.string().trim().min(1).max(2000),
  contact: contactSchema,
});
export type RepairInput = z.output<typeof repairInputSchema>;

export const repairShippedSchema = z.strictObject({
  trackingReference: z.string().trim().min(1).max(100),
  /** The replacement's serial number, when it has one. */
  serial: z.string().trim().min(1).max(100).optional(),
  /** The replacement's MAC: recorded on the device, so its provisioning follows the new hardware. */
  mac: macSchema.optional(),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type RepairShippedInput = z.output<typeof repairShippedSchema>;

export const repairStepSchema = z.strictObject({
  /** A note on the step (what came in, what was found). */
  note: z.string().trim().min(1).max(2000).optional(),
});

const timestamp = z.iso.datetime({ offset: true });
const money = z.object({ amount: z.number(), currency: z.literal('EUR') });

export const warrantySchema = z.object({
  covered: z.boolean(),
  reason: z.enum(WARRANTY_REASONS),
  coveredUntil: z.iso.date().nullable(),
});

export const repairPreviewSchema = z.object({
  warranty: warrantySchema,
  /** The excess of the tariff list (null when the list has no `repair-excess`). */
  excess: money.nullable(),
  /** Out of warranty the new equipment is charged besides the excess. */
  equipmentCharged: z.boolean(),
  returnAddress: z.string(),
});

export const repairStepDtoSchema = z.object({
  status: repairStatusSchema,
  at: timestamp,
  byName: z.string().nullable(),
  note: z.string().nullable(),
});

export const repairSchema = z.object({
  id: idSchema,
  ticketId: idSchema,
  /** The RMA number to write on the parcel. */
  number: z.string(),
  enterpriseId: idSchema,
  enterpriseName: z.string(),
  siteId: idSchema,
  siteName: z.string(),
  deviceId: idSchema,
  deviceName: z.string(),
  part: z.enum(REPAIR_PARTS),
  fault: z.string(),
  contact: z.object({ name: z.string(), phone: z.string().optional(), email: z.string().optional() }),
  status: repairStatusSchema,
  nextSteps: z.array(repairStatusSchema),
  warranty: warrantySchema,
  excess: money.nullable(),
  equipmentCharged: z.boolean(),
  returnAddress: z.string(),
  ownership: ownershipSchema,
  ownershipDate: z.iso.date(),
  trackingReference: z.string().nullable(),
  replacementSerial: z.string().nullable(),
  replacementMac: z.string().nullable(),
  previousMac: z.string().nullable(),
  registeredByName: z.string().nullable(),
  receivedAt: timestamp.nullable(),
  shippedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type RepairDto = z.infer<typeof repairSchema>;

export const repairDetailSchema = repairSchema.extend({ history: z.array(repairStepDtoSchema) });
export type RepairDetailDto = z.infer<typeof repairDetailSchema>;
