import type { PartnerDto } from '../../../core/directory/schemas';
import type { PartnerListRow } from './repository';

export const presentPartner = (row: PartnerListRow): PartnerDto => ({
  id: row.id,
  name: row.name,
  contactEmail: row.contactEmail,
  enterpriseCount: row.enterpriseCount,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
