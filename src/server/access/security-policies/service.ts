import type { SecurityPolicy } from '../../../core/access/password-policy';
import { ROLES, type Role } from '../../../core/access/roles';
import { auditShape } from '../../../core/audit/shape';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { storedPolicies, upsertPolicy } from './repository';

type RolePolicy = SecurityPolicy & { role: Role };

const securityPolicyAudit = auditShape<RolePolicy>()({
  entityType: 'security_policy',
  fields: [
    'minLength',
    'requiredClasses',
    'maxAgeDays',
    'historyCount',
    'lockoutThreshold',
    'lockoutMinutes',
    'twoFactorRequired',
  ],
  locate: (p) => ({ entityId: p.role }),
});

export type SecurityPolicyDto = { role: Role; policy: SecurityPolicy; isDefault: boolean };

export async function listSecurityPolicies(ctx: Ctx): Promise<SecurityPolicyDto[]> {
  const all = await ctx.services.policies.all();
  const stored = new Set((await storedPolicies(ctx.db)).map((r) => r.role));
  return ROLES.map((role) => ({ role, policy: all[role], isDefault: !stored.has(role) }));
}

export async function setSecurityPolicy(
  ctx: Ctx,
  role: Role,
  policy: SecurityPolicy,
): Promise<SecurityPolicyDto> {
  const before = (await ctx.services.policies.all())[role];
  await ctx.db.transaction(async (tx) => {
    await upsertPolicy(tx, role, policy, ctx.now);
    await recordChange(tx, ctx, securityPolicyAudit, {
      action: 'update',
      before: { role, ...before },
      after: { role, ...policy },
    });
  });
  ctx.services.policies.invalidate();
  // Rotation and two-factor obligations of logged-in accounts may have changed.
  ctx.services.authCache.clear();
  return { role, policy, isDefault: false };
}
