import { auditShape } from '../../../core/audit/shape';
import type { SiteDto } from '../../../core/directory/schemas';
import type { SiteListRow, SiteRow } from './repository';

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

/** What the audit log keeps of a site (its user count is computed, not a field of it). */
export const siteAudit = auditShape<SiteRow>()({
  entityType: 'site',
  fields: ['name', 'street', 'city', 'postcode', 'lineType', 'voiceChannels', 'codec'],
  locate: (site) => ({ entityId: site.id, enterpriseId: site.enterpriseId, siteId: site.id }),
});
