import { auditShape } from '../../../core/audit/shape';
import type { SlaPolicyDto } from '../../../core/servicedesk/sla-policies';
import type { SlaPolicyRow } from './repository';

export const presentPolicy = (row: SlaPolicyRow): SlaPolicyDto => ({
  key: row.key,
  ticketType: row.ticketType,
  priority: row.priority,
  hours: row.hours,
  firstResponseMinutes: row.firstResponseMinutes,
  resolutionMinutes: row.resolutionMinutes,
  warnShare: row.warnShare,
  updatedAt: row.updatedAt.toISOString(),
});

/** The provider's configuration: located at the provider only. */
export const slaPolicyAudit = auditShape<SlaPolicyRow>()({
  entityType: 'sla_policy',
  fields: ['ticketType', 'priority', 'hours', 'firstResponseMinutes', 'resolutionMinutes', 'warnShare'],
  locate: (p) => ({ entityId: p.key }),
});
