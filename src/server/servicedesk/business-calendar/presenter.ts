import { auditShape } from '../../../core/audit/shape';
import type { BusinessClosureDto } from '../../../core/servicedesk/business-calendar';
import type { BusinessCalendarRow, BusinessClosureRow } from './repository';

export const presentClosure = (row: BusinessClosureRow): BusinessClosureDto => ({
  date: row.date,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
});

/** The calendar is the provider's: its events belong to no enterprise. */
export const businessHoursAudit = auditShape<BusinessCalendarRow>()({
  entityType: 'business_hours',
  fields: ['hours'],
  locate: (row) => ({ entityId: row.id }),
});

export const businessClosureAudit = auditShape<BusinessClosureRow>()({
  entityType: 'business_closure',
  fields: ['date', 'name'],
  locate: (row) => ({ entityId: row.date }),
});
