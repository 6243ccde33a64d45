import { auditShape } from '../../../core/audit/shape';
import type {
  CallRestrictions,
  EnterpriseCallRestrictionsDto,
  UserCallRestrictionsDto,
} from '../../../core/telephony/call-classes';

/** An enterprise's default call restrictions, flat as the audit log keeps them. */
export type EnterpriseRestrictionsView = CallRestrictions & { enterpriseId: string };

/** A user's call restrictions: what holds for it, and whether that is the enterprise's default. */
export type UserRestrictionsView = CallRestrictions & {
  userId: string;
  enterpriseId: string;
  siteId: string | null;
  followsDefault: boolean;
  enterpriseDefault: CallRestrictions;
};

const restrictionsOf = (view: CallRestrictions): CallRestrictions => ({
  internal: view.internal,
  nationalFixed: view.nationalFixed,
  mobile: view.mobile,
  international: view.international,
  premium: view.premium,
  service: view.service,
});

export const presentEnterpriseRestrictions = (
  view: EnterpriseRestrictionsView,
): EnterpriseCallRestrictionsDto => ({
  enterpriseId: view.enterpriseId,
  restrictions: restrictionsOf(view),
});

export const presentUserRestrictions = (view: UserRestrictionsView): UserCallRestrictionsDto => ({
  userId: view.userId,
  enterpriseId: view.enterpriseId,
  followsDefault: view.followsDefault,
  restrictions: restrictionsOf(view),
  enterpriseDefault: view.enterpriseDefault,
});

const KEYS = ['internal', 'nationalFixed', 'mobile', 'international', 'premium', 'service'] as const;

export const callRestrictionsAudit = auditShape<EnterpriseRestrictionsView>()({
  entityType: 'call_restrictions',
  fields: [...KEYS],
  locate: (view) => ({ entityId: view.enterpriseId, enterpriseId: view.enterpriseId }),
});

export const userCallRestrictionsAudit = auditShape<UserRestrictionsView>()({
  entityType: 'user_call_restrictions',
  fields: ['followsDefault', ...KEYS],
  locate: (view) => ({ entityId: view.userId, enterpriseId: view.enterpriseId, siteId: view.siteId }),
});
