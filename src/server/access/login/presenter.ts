import type { Actor } from '../../../core/access/actor';
import type { Me } from '../../../core/access/me';
import { passwordExpiresAt, type SecurityPolicy } from '../../../core/access/password-policy';
import { permissionsOf } from '../../../core/access/permissions';
import { isTrainingGated } from '../../../core/access/policy';
import type { AccountRow } from '../actors/load-actor';

export function presentMe(actor: Actor, account: AccountRow, policy: SecurityPolicy): Me {
  const expires = passwordExpiresAt(account.passwordChangedAt, policy);
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    partnerId: account.partnerId,
    enterpriseId: account.enterpriseId,
    userId: account.userId,
    enterpriseIds: actor.enterpriseIds === 'all' ? null : [...actor.enterpriseIds],
    siteIds: actor.siteIds === 'all' ? null : [...actor.siteIds],
    permissions: permissionsOf(actor.role),
    totpEnabled: account.totpEnabled,
    passwordChangeRequired: actor.passwordChangeRequired,
    passwordExpiresAt: expires ? expires.toISOString() : null,
    passwordRules: {
      minLength: policy.minLength,
      requiredClasses: policy.requiredClasses,
      historyCount: policy.historyCount,
    },
    twoFactorEnrolmentRequired: actor.twoFactorEnrolmentRequired,
    trainingRequired: isTrainingGated(actor),
    via: actor.via,
    access: actor.access,
    lastLoginAt: account.lastLoginAt ? account.lastLoginAt.toISOString() : null,
    language: account.language,
  };
}
