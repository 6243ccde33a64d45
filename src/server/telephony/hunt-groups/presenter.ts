import { auditShape } from '../../../core/audit/shape';
import type { HuntGroupDto } from '../../../core/telephony/hunt-groups';
import type { HuntGroupView } from './repository';

export function presentHuntGroup(row: HuntGroupView): HuntGroupDto {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    siteId: row.siteId,
    siteName: row.siteName,
    name: row.name,
    extension: row.extension,
    number: row.number,
    distribution: row.distribution,
    huntAfterSeconds: row.huntAfterSeconds,
    timeoutSeconds: row.timeoutSeconds,
    timeoutDestination: row.timeoutDestination,
    busyAction: row.busyAction,
    busyDestination: row.busyDestination,
    unreachableAction: row.unreachableAction,
    unreachableDestination: row.unreachableDestination,
    callWaiting: row.callWaiting,
    ringPattern: row.ringPattern,
    memberCount: row.memberCount,
    loggedInCount: row.loggedInCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a hunt group (its members are audited as members). */
export const huntGroupAudit = auditShape<HuntGroupView>()({
  entityType: 'hunt_group',
  fields: [
    'siteId',
    'name',
    'extension',
    'number',
    'distribution',
    'huntAfterSeconds',
    'timeoutSeconds',
    'timeoutDestination',
    'busyAction',
    'busyDestination',
    'unreachableAction',
    'unreachableDestination',
    'callWaiting',
    'ringPattern',
  ],
  locate: (g) => ({ entityId: g.id, enterpriseId: g.enterpriseId, siteId: g.siteId }),
});
