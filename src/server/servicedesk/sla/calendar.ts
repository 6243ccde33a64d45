import type { BusinessCalendar } from '../../../core/calendar/calendar';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { providerCalendar } from '../office-hours';

/**
 * The one way the SLA clocks, the queue and the sweep get the provider's business calendar. Async
 * and given the database, so that the calendar may come from stored closures without touching
 * any caller.
 */
export async function slaCalendar(
  ctx: { services: Pick<Ctx['services'], 'config'> },
  _db: Executor,
): Promise<BusinessCalendar> {
  return providerCalendar(ctx as Pick<Ctx, 'services'>);
}
