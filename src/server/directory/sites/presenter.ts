import type { SiteDto } from '../../../core/directory/schemas';
import type { SiteListRow } from './repository';

export const presentSite = (row: SiteListRow): SiteDto => ({
  id: row.id,
  enterpriseId: row.enterpriseId,
  name: row.name,
  street: row.street,
  city: row.city,
  postcode: row.postcode,
  lineType: row.lineType,
  voiceChannels: row.voiceChannels,
  codec: row.codec,
  userCount: row.userCount,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
