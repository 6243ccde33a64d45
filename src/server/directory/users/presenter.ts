import type { UserDto } from '../../../core/directory/schemas';
import type { UserRow } from './repository';

export const presentUser = (row: UserRow): UserDto => ({
  id: row.id,
  enterpriseId: row.enterpriseId,
  siteId: row.siteId,
  name: row.name,
  email: row.email,
  profile: row.profile,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
