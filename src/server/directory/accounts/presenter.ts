import type { AccountDto } from '../../../core/access/accounts';
import { TRAINING_GATED_ROLES } from '../../../core/access/policy';
import type { AccountView } from './repository';

export const presentAccount = (row: AccountView): AccountDto => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  partnerId: row.partnerId,
  enterpriseId: row.enterpriseId,
  userId: row.userId,
  siteIds: row.siteIds,
  status: row.status,
  totpEnabled: row.totpEnabled,
  lockedUntil: row.lockedUntil ? row.lockedUntil.toISOString() : null,
  mustChangePassword: row.mustChangePassword,
  passwordChangedAt: row.passwordChangedAt.toISOString(),
  lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
  trained: TRAINING_GATED_ROLES.includes(row.role) ? row.trained : null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
