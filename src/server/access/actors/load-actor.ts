import type { Actor } from '../../../core/access/actor';
import { isPasswordExpired, type SecurityPolicy } from '../../../core/access/password-policy';
import { TRAINING_GATED_ROLES } from '../../../core/access/policy';
import { LEVEL_OF } from '../../../core/access/roles';
import { GATE_TRAINING } from '../../../core/knowledge/trainings';
import type { Executor } from '../../db/client';
import { type AccountRow, enterpriseIdsOfPartner, hasTrainingRecord, siteIdsOfAccount } from './repository';

export type { AccountRow };

/** Builds the policy's view of an account: its scope, training and restrictions. */
export async function loadActor(
  db: Executor,
  account: AccountRow,
  policy: SecurityPolicy,
  how: { via: Actor['via']; access: Actor['access']; now: Date },
): Promise<Actor> {
  const level = LEVEL_OF[account.role];
  let enterpriseIds: Actor['enterpriseIds'] = 'all';
  let siteIds: Actor['siteIds'] = 'all';
  if (level === 'partner') {
    enterpriseIds = account.partnerId ? await enterpriseIdsOfPartner(db, account.partnerId) : [];
  } else if (level !== 'provider') {
    enterpriseIds = account.enterpriseId ? [account.enterpriseId] : [];
  }
  if (level === 'site') {
    siteIds = await siteIdsOfAccount(db, account.id);
  } else if (level === 'user') {
    // End users see nothing of the directory but themselves (through /api/me).
    siteIds = [];
  }
  let trained = true;
  if (TRAINING_GATED_ROLES.includes(account.role)) {
    trained = await hasTrainingRecord(db, account.id, GATE_TRAINING);
  }
  return {
    accountId: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    partnerId: account.partnerId,
    enterpriseId: account.enterpriseId,
    userId: account.userId,
    enterpriseIds,
    siteIds,
    trained,
    passwordChangeRequired:
      account.mustChangePassword || isPasswordExpired(account.passwordChangedAt, policy, how.now),
    twoFactorEnrolmentRequired: policy.twoFactorRequired && !account.totpEnabled,
    via: how.via,
    access: how.access,
  };
}
