import { auditShape } from '../../../core/audit/shape';
import type { AttendantDto } from '../../../core/telephony/attendants';
import type { AttendantView } from './repository';

export type AttendantFull = AttendantView & { extension: string | null; number: string | null };

export function presentAttendant(row: AttendantFull, targetNames: Record<string, string>): AttendantDto {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    siteId: row.siteId,
    siteName: row.siteName,
    name: row.name,
    extension: row.extension,
    number: row.number,
    scheduleId: row.scheduleId,
    operator: row.operator ?? null,
    menus: row.menus,
    targetNames,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of an attendant: all of it, its menus as the document they are. */
export const attendantAudit = auditShape<AttendantFull>()({
  entityType: 'auto_attendant',
  fields: ['name', 'siteId', 'extension', 'number', 'scheduleId', 'operator', 'menus'],
  locate: (a) => ({ entityId: a.id, enterpriseId: a.enterpriseId, siteId: a.siteId }),
});
