import { DateTime } from 'luxon';
import { addOfficeMinutes, addWeeks, addWorkingDays } from '../calendar/business';
import type { BusinessCalendar } from '../calendar/calendar';
import type { LeadTime } from './catalogue';
import type { Priority } from './tickets';

/**
 * When a ticket is due. A change request by its catalogue item's lead time on the provider's
 * business calendar (working days or calendar weeks from the request; on request: no due date).
 * Any other ticket by the resolution target of its priority: business-critical around the clock,
 * the others in office hours. The targets are the demo's defaults (the guide names none); the SLA
 * policies that replace them are the provider's to edit.
 */

export type SlaTarget = { hours: '24x7' | 'office'; firstResponseMinutes: number; resolutionMinutes: number };

export const DEFAULT_SLA_TARGETS: Readonly<Record<Priority, SlaTarget>> = {
  critical: { hours: '24x7', firstResponseMinutes: 15, resolutionMinutes: 4 * 60 },
  high: { hours: 'office', firstResponseMinutes: 30, resolutionMinutes: 10 * 60 },
  medium: { hours: 'office', firstResponseMinutes: 60, resolutionMinutes: 2 * 10 * 60 },
  low: { hours: 'office', firstResponseMinutes: 4 * 60, resolutionMinutes: 5 * 10 * 60 },
};

/** The due moment of a lead time counted from `from`, or null when it is on request. */
export function leadTimeDue(calendar: BusinessCalendar, from: Date, leadTime: LeadTime): DateTime | null {
  switch (leadTime.kind) {
    case 'working_days':
      return addWorkingDays(calendar, from, leadTime.count);
    case 'weeks':
      return addWeeks(calendar, from, leadTime.count);
    case 'on_request':
      return null;
  }
}

/** The resolution target's moment from `from`: around the clock, or counted in office minutes. */
export function targetDue(calendar: BusinessCalendar, from: Date, target: SlaTarget): DateTime | null {
  if (target.hours === '24x7')
    return DateTime.fromMillis(from.getTime() + target.resolutionMinutes * 60_000, {
      zone: calendar.timeZone,
    });
  return addOfficeMinutes(calendar, from, target.resolutionMinutes);
}
