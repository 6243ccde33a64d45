import { auditShape } from '../../../core/audit/shape';
import type { EnterpriseDto } from '../../../core/directory/schemas';
import type { EnterpriseListRow, EnterpriseRow } from './repository';

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

export const enterpriseAudit = auditShape<EnterpriseRow>()({
  entityType: 'enterprise',
  fields: ['name', 'customerNumber', 'partnerId'],
  locate: (enterprise) => ({
    entityId: enterprise.id,
    enterpriseId: enterprise.id,
    partnerId: enterprise.partnerId,
  }),
});
