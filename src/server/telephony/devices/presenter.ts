import type { Actor } from '../../../core/access/actor';
import { inScope } from '../../../core/access/policy';
import { auditShape } from '../../../core/audit/shape';
import type { DeviceDto, SipCredentialsDto } from '../../../core/telephony/devices';
import type { DeviceLineView, DeviceRow, DeviceView } from './repository';

/** A user's name only for a reader whose scope holds the user (a site admin: its own sites). */
const nameFor = (actor: Actor, enterpriseId: string, name: string | null, siteId: string | null) =>
  name !== null && inScope(actor, { enterpriseId, siteId }) ? name : null;

export function presentDevice(
  actor: Actor,
  row: DeviceView,
  lines: readonly DeviceLineView[],
  credentials?: SipCredentialsDto[],
): DeviceDto {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    siteId: row.siteId,
    siteName: row.siteName,
    userId: row.userId,
    userName: nameFor(actor, row.enterpriseId, row.userName, row.userSiteId),
    modelId: row.modelId,
    vendor: row.vendor,
    model: row.model,
    kind: row.kind,
    maxLines: row.maxLines,
    mac: row.mac,
    iccid: row.iccid,
    label: row.label,
    ownership: row.ownership,
    ownershipDate: row.ownershipDate,
    lines: lines
      .filter((l) => l.deviceId === row.id)
      .map((l) => ({
        line: l.line,
        userId: l.userId,
        userName: nameFor(actor, row.enterpriseId, l.userName, l.userSiteId),
        sipUsername: l.sipUsername,
        realm: l.realm,
        credentialsSetAt: l.credentialsSetAt.toISOString(),
      })),
    ...(credentials && credentials.length > 0 ? { credentials } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a device: never a line's digest or password (they are not named). */
export type DeviceAuditRow = DeviceRow & { model: string; lineUserIds: (string | null)[] };

export const deviceAudit = auditShape<DeviceAuditRow>()({
  entityType: 'device',
  fields: ['siteId', 'userId', 'model', 'mac', 'iccid', 'label', 'ownership', 'ownershipDate', 'lineUserIds'],
  locate: (device) => ({ entityId: device.id, enterpriseId: device.enterpriseId, siteId: device.siteId }),
});
