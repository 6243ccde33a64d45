import { auditShape } from '../../../core/audit/shape';
import type { ScheduleDto } from '../../../core/telephony/schedules';
import type { ScheduleRow, ScheduleView } from './repository';

export function presentSchedule(row: ScheduleView): ScheduleDto {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    siteId: row.siteId,
    siteName: row.siteName,
    name: row.name,
    timeZone: row.timeZone,
    weekly: row.weekly,
    publicHolidaysClosed: row.publicHolidaysClosed,
    closures: row.closures.map((c) => ({ ...c, startTime: c.startTime ?? null, endTime: c.endTime ?? null })),
    openings: row.openings,
    recurringClosures: row.recurringClosures,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const scheduleAudit = auditShape<ScheduleRow>()({
  entityType: 'schedule',
  fields: [
    'siteId',
    'name',
    'timeZone',
    'weekly',
    'publicHolidaysClosed',
    'closures',
    'openings',
    'recurringClosures',
  ],
  locate: (s) => ({ entityId: s.id, enterpriseId: s.enterpriseId, siteId: s.siteId }),
});
