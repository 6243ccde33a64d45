import type { AccountDto } from '../../../core/access/accounts';
import { TRAINING_GATED_ROLES } from '../../../core/access/policy';
import { auditShape } from '../../../core/audit/shape';
import type { AccountView } from './repository';

/** An account as it leaves the server; `lockedUntil` is its e-mail's running lock, if any. */
export const presentAccount = (row: AccountView, lockedUntil: Date | null = null): AccountDto => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  partnerId: row.partnerId,
  partnerName: row.partnerName,
  enterpriseId: row.enterpriseId,
  enterpriseName: row.enterpriseName,
  userId: row.userId,
  siteIds: row.siteIds,
  status: row.status,
  totpEnabled: row.totpEnabled,
  lockedUntil: lockedUntil ? lockedUntil.toISOString() : null,
  mustChangePassword: row.mustChangePassword,
  passwordChangedAt: row.passwordChangedAt.toISOString(),
  lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
  trained: TRAINING_GATED_ROLES.includes(row.role) ? row.trained : null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** What the audit log keeps of an account: never its credentials, lock or training state. */
export const accountAudit = auditShape<AccountView>()({
  entityType: 'account',
  fields: [
    'email',
    'name',
    'role',
    'partnerId',
    'enterpriseId',
    'userId',
    'siteIds',
    'status',
    'mustChangePassword',
  ],
  locate: (account) => ({
    entityId: account.id,
    enterpriseId: account.enterpriseId,
    partnerId: account.partnerId,
    siteId: account.userSiteId,
  }),
});

/** Where the events of an account (reset, unlock, login) belong in the log. */
export const accountLocation = (
  account: Pick<AccountView, 'id' | 'enterpriseId' | 'partnerId' | 'userSiteId'>,
) => ({
  entityType: 'account',
  ...accountAudit.locate(account as AccountView),
});
