import type { Actor } from '../../../core/access/actor';
import { inScope } from '../../../core/access/policy';
import { auditShape } from '../../../core/audit/shape';
import type { HuntGroupMemberDto } from '../../../core/telephony/hunt-groups';
import type { MemberRow, MemberView } from './repository';

export function presentMember(actor: Actor, enterpriseId: string, row: MemberView): HuntGroupMemberDto {
  return {
    id: row.id,
    huntGroupId: row.huntGroupId,
    position: row.position,
    kind: row.userId === null ? 'external' : 'user',
    userId: row.userId,
    // A user's name only for a reader whose scope holds the user (a site admin: its own sites).
    userName:
      row.userName !== null && inScope(actor, { enterpriseId, siteId: row.userSiteId }) ? row.userName : null,
    externalNumber: row.externalNumber,
    weight: row.weight,
    loggedIn: row.loggedIn,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A member as the audit log keeps it, placed in its group's enterprise and site. */
export type MemberAuditRow = Omit<MemberRow, 'createdAt'> & { enterpriseId: string; siteId: string };

export const memberAudit = auditShape<MemberAuditRow>()({
  entityType: 'hunt_group_member',
  fields: ['huntGroupId', 'position', 'userId', 'externalNumber', 'weight', 'loggedIn'],
  locate: (m) => ({ entityId: m.id, enterpriseId: m.enterpriseId, siteId: m.siteId }),
});

/** The order of a group's members, audited as one change of the group's list. */
export type MemberOrderAuditRow = { id: string; enterpriseId: string; siteId: string; memberIds: string[] };

export const memberOrderAudit = auditShape<MemberOrderAuditRow>()({
  entityType: 'hunt_group_member_order',
  fields: ['memberIds'],
  locate: (o) => ({ entityId: o.id, enterpriseId: o.enterpriseId, siteId: o.siteId }),
});
