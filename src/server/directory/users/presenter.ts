import { auditShape } from '../../../core/audit/shape';
import type { UserDto } from '../../../core/directory/schemas';
import type { UserRow, UserView } from './repository';

export const presentUser = (row: UserView): UserDto => ({
  id: row.id,
  enterpriseId: row.enterpriseId,
  siteId: row.siteId,
  name: row.name,
  email: row.email,
  profile: row.profile,
  extension: row.extension,
  number: row.number,
  mobile: row.mobile,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const userAudit = auditShape<UserRow>()({
  entityType: 'user',
  fields: ['name', 'email', 'siteId', 'profile'],
  locate: (user) => ({ entityId: user.id, enterpriseId: user.enterpriseId, siteId: user.siteId }),
});
