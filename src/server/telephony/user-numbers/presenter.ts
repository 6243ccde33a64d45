import { auditShape } from '../../../core/audit/shape';
import type { UserNumbersDto } from '../../../core/telephony/number-plan';
import { formatNational } from '../../../core/telephony/numbers';

/** A user's extension and numbers, as the audit log and the API see them. */
export type UserNumbersView = {
  userId: string;
  enterpriseId: string;
  siteId: string | null;
  extension: string | null;
  fixed: { id: string; number: string } | null;
  mobile: { id: string; number: string } | null;
};

export const presentUserNumbers = (view: UserNumbersView): UserNumbersDto => ({
  userId: view.userId,
  extension: view.extension,
  fixed: view.fixed ? { ...view.fixed, national: formatNational(view.fixed.number) } : null,
  mobile: view.mobile ? { ...view.mobile, national: formatNational(view.mobile.number) } : null,
});

export const userNumbersAudit = auditShape<UserNumbersView>()({
  entityType: 'user_numbers',
  fields: ['extension', 'fixed.number', 'mobile.number'],
  locate: (view) => ({ entityId: view.userId, enterpriseId: view.enterpriseId, siteId: view.siteId }),
});
