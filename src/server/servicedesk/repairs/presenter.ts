import { auditShape } from '../../../core/audit/shape';
import {
  nextRepairSteps,
  type RepairDto,
  type RepairStatus,
  repairStepDtoSchema,
} from '../../../core/servicedesk/repairs';
import { formatMac } from '../../../core/telephony/devices';
import type { RepairRow, RepairStepRow, RepairView } from './repository';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const euros = (cents: number | null) =>
  cents === null ? null : { amount: cents / 100, currency: 'EUR' as const };

export const deviceNameOf = (d: { label: string | null; vendor: string; model: string }) =>
  d.label === null || d.label === '' ? `${d.vendor} ${d.model}` : `${d.label} (${d.vendor} ${d.model})`;

export const presentRepair = (row: RepairView): RepairDto => ({
  id: row.id,
  ticketId: row.ticketId,
  number: row.number,
  enterpriseId: row.enterpriseId,
  enterpriseName: row.enterpriseName,
  siteId: row.siteId,
  siteName: row.siteName,
  deviceId: row.deviceId,
  deviceName: deviceNameOf({ label: row.deviceLabel, vendor: row.vendor, model: row.model }),
  part: row.part,
  fault: row.fault,
  contact: row.contact,
  status: row.status,
  nextSteps: [...nextRepairSteps(row.status)],
  warranty: { covered: row.warrantyCovered, reason: row.warrantyReason, coveredUntil: row.warrantyUntil },
  excess: euros(row.excessCents),
  equipmentCharged: !row.warrantyCovered,
  returnAddress: row.returnAddress,
  ownership: row.ownership,
  ownershipDate: row.ownershipDate,
  trackingReference: row.trackingReference,
  replacementSerial: row.replacementSerial,
  replacementMac: row.replacementMac === null ? null : formatMac(row.replacementMac),
  previousMac: row.previousMac === null ? null : formatMac(row.previousMac),
  registeredByName: row.registeredByName,
  receivedAt: iso(row.receivedAt),
  shippedAt: iso(row.shippedAt),
  closedAt: iso(row.closedAt),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const presentStep = (step: RepairStepRow) =>
  repairStepDtoSchema.parse({
    status: step.status satisfies RepairStatus,
    at: step.at.toISOString(),
    byName: step.byName,
    note: step.note,
  });

/**
 * What the audit log keeps of a repair: its device, status, warranty decision and excess, and the
 * shipment (tracking reference, replacement serial and MAC). Not the fault's words or the contact.
 */
export const repairAudit = auditShape<RepairRow>()({
  entityType: 'repair',
  fields: [
    'deviceId',
    'status',
    'part',
    'warrantyCovered',
    'warrantyReason',
    'excessCents',
    'trackingReference',
    'replacementSerial',
    'replacementMac',
  ],
  locate: (r) => ({ entityId: r.id, enterpriseId: r.enterpriseId, siteId: r.siteId }),
});
