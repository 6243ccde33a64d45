import type { EnterpriseDto } from '../../../core/directory/schemas';
import type { EnterpriseListRow } from './repository';

export const presentEnterprise = (row: EnterpriseListRow): EnterpriseDto => ({
  id: row.id,
  name: row.name,
  customerNumber: row.customerNumber,
  partnerId: row.partnerId,
  partnerName: row.partnerName,
  siteCount: row.siteCount,
  userCount: row.userCount,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
