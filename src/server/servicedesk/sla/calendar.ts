import type { BusinessCalendar } from '../../../core/calendar/calendar';
import type { Executor } from '../../db/client';
import { type CalendarContext, providerCalendar } from '../office-hours';

/**
 * The one way the SLA clocks, the queue and the sweep get the provider's business calendar: the
 * provider's configured hours and closures (`providerCalendar`, versioned, so a closure added
 * through any server process counts at the next derivation).
 */
export async function slaCalendar(ctx: CalendarContext, db: Executor): Promise<BusinessCalendar> {
  return providerCalendar(ctx, db);
}
