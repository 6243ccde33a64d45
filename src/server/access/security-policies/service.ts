import type { SecurityPolicy } from '../../../core/access/password-policy';
import { ROLES, type Role } from '../../../core/access/roles';
import { recordAudit } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { storedPolicies, upsertPolicy } from './repository';

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
    await recordAudit(tx, ctx, {
      entityType: 'security_policy',
      entityId: role,
      action: 'update',
      before,
      after: policy,
    });
  });
  ctx.services.policies.invalidate();
  // Rotation and two-factor obligations of logged-in accounts may have changed.
  ctx.services.authCache.clear();
  return { role, policy, isDefault: false };
}
