import type { ScheduleDto } from '../../../core/telephony/schedules';
import { limitedToSites, mayWrite, type Viewer } from '../../access/permissions';

/**
 * Whether the viewer may change this schedule, as the API decides: with `schedules.write`, and a
 * site admin only those of its own sites (an enterprise-wide one it reads).
 */
export function mayChangeSchedule(me: Viewer, schedule: Pick<ScheduleDto, 'siteId'> | null): boolean {
  if (!mayWrite(me, 'schedules.write')) return false;
  if (!limitedToSites(me) || schedule === null) return true;
  return schedule.siteId !== null && (me.siteIds ?? []).includes(schedule.siteId);
}
