import type { Actor } from '../../../core/access/actor';
import { inScope } from '../../../core/access/policy';
import { auditShape } from '../../../core/audit/shape';
import type { PickupGroupDto } from '../../../core/telephony/hunt-groups';
import type { PickupGroupView, PickupMemberView } from './repository';

export function presentPickupGroup(
  actor: Actor,
  row: PickupGroupView,
  members: readonly PickupMemberView[],
): PickupGroupDto {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    siteId: row.siteId,
    siteName: row.siteName,
    name: row.name,
    members: members
      .filter((m) => m.pickupGroupId === row.id)
      .map((m) => ({
        userId: m.userId,
        // A user's name only for a reader whose scope holds the user (a site admin: its own sites).
        userName: inScope(actor, { enterpriseId: row.enterpriseId, siteId: m.siteId }) ? m.userName : null,
        siteId: m.siteId,
      })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type PickupGroupAuditRow = PickupGroupView & { memberIds: string[] };

export const pickupGroupAudit = auditShape<PickupGroupAuditRow>()({
  entityType: 'pickup_group',
  fields: ['siteId', 'name', 'memberIds'],
  locate: (g) => ({ entityId: g.id, enterpriseId: g.enterpriseId, siteId: g.siteId }),
});
