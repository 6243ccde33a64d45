import { auditShape } from '../../../core/audit/shape';
import type { PartnerDto } from '../../../core/directory/schemas';
import type { PartnerListRow, PartnerRow } from './repository';

export const presentPartner = (row: PartnerListRow): PartnerDto => ({
  id: row.id,
  name: row.name,
  contactEmail: row.contactEmail,
  enterpriseCount: row.enterpriseCount,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const partnerAudit = auditShape<PartnerRow>()({
  entityType: 'partner',
  fields: ['name', 'contactEmail'],
  locate: (partner) => ({ entityId: partner.id, partnerId: partner.id }),
});
