import { isInOfficeHours, officeCalendar } from '../../core/calendar/business';
import type { BusinessCalendar } from '../../core/calendar/calendar';
import type { Ctx } from '../http/context';

/**
 * The provider's business calendar: the guide's office hours (working days 08:00–18:00, Dutch
 * public holidays closed) in the installation's time zone (CENTRALE_TIMEZONE). Lead times, the
 * desks' hours and the SLA clocks count on it.
 */
export const providerCalendar = (ctx: Pick<Ctx, 'services'>): BusinessCalendar =>
  officeCalendar({ timeZone: ctx.services.config.timezone });

export const inOfficeHours = (ctx: Pick<Ctx, 'services'>, at: Date): boolean =>
  isInOfficeHours(providerCalendar(ctx), at);
