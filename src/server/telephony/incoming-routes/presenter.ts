import { auditShape } from '../../../core/audit/shape';
import type { IncomingRouteDto } from '../../../core/telephony/incoming-routes';
import type { RouteView } from './repository';

export function presentRoute(row: RouteView, targetNames: Record<string, string>): IncomingRouteDto {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    siteId: row.siteId,
    siteName: row.siteName,
    name: row.name,
    number: row.number,
    scheduleId: row.scheduleId,
    scheduleName: row.scheduleName,
    destinations: row.destinations,
    targetNames,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a route: all of it, its destinations as the document they are. */
export const routeAudit = auditShape<RouteView>()({
  entityType: 'incoming_route',
  fields: ['name', 'siteId', 'number', 'scheduleId', 'destinations'],
  locate: (r) => ({ entityId: r.id, enterpriseId: r.enterpriseId, siteId: r.siteId }),
});
