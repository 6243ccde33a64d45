import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { accountShapeErrors, canChangeRole, mayGrant } from '../../../core/access/account-rules';
import {
  type AccountDto,
  type accountInputSchema,
  accountInScope,
  type accountPatchSchema,
} from '../../../core/access/accounts';
import { passwordRulesTightened } from '../../../core/access/password-policy';
import { canSeeEnterprise } from '../../../core/access/policy';
import { isEnterpriseRole, type Role } from '../../../core/access/roles';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import { revokeTokensOf } from '../../access/api-tokens/repository';
import { hashPassword, randomPassword } from '../../access/crypto';
import { forgetFailures, lockedUntilByEmail } from '../../access/login-throttles/service';
import { storePassword } from '../../access/passwords/service';
import { deleteSessionsOf } from '../../access/sessions/repository';
import { deleteRecoveryCodes } from '../../access/two-factor/repository';
import { recordChange, recordEvent } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { lockEnterprise, partnerExists } from '../enterprises/repository';
import { sitesOfEnterprise } from '../sites/repository';
import { findUser } from '../users/repository';
import { accountAudit, accountLocation, presentAccount } from './presenter';
import * as repo from './repository';

export type AccountListQuery = {
  enterpriseId?: string | undefined;
  partnerId?: string | undefined;
  role?: Role | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

export async function listAccounts(ctx: Ctx, query: AccountListQuery): Promise<Page<AccountDto>> {
  const { actor } = ctx;
  const rows = await repo.listAccounts(ctx.db, {
    enterpriseIds: actor.enterpriseIds === 'all' ? null : actor.enterpriseIds,
    userSiteIds: actor.siteIds === 'all' ? null : actor.siteIds,
    ...query,
    cursor: decodeCursor(query.cursor, 'text'),
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.email.toLowerCase(), id: r.id }));
  const locks = await lockedUntilByEmail(
    ctx.db,
    page.items.map((r) => r.email),
    ctx.now,
  );
  return {
    items: page.items.map((row) => presentAccount(row, locks.get(row.email) ?? null)),
    nextCursor: page.nextCursor,
  };
}

async function accountInScopeOr404(ctx: Ctx, db: Executor, id: string): Promise<repo.AccountView> {
  const row = await repo.findAccountView(db, id);
  if (row === null || !accountInScope(ctx.actor, row, row.userSiteId)) throw notFound();
  return row;
}

/** The actor may manage this account only if it may give the account's role. */
function assertManageable(ctx: Ctx, role: Role): void {
  if (!mayGrant(ctx.actor, role)) {
    throw new DomainError('forbidden', { reason: 'cannot_manage_role' });
  }
}

export async function getAccount(ctx: Ctx, id: string): Promise<AccountDto> {
  const row = await accountInScopeOr404(ctx, ctx.db, id);
  const locks = await lockedUntilByEmail(ctx.db, [row.email], ctx.now);
  return presentAccount(row, locks.get(row.email) ?? null);
}

/** Links and limits that need the database: the user, the sites, the partner, the admin limit. */
async function assertLinks(
  ctx: Ctx,
  tx: Executor,
  shape: {
    role: Role;
    partnerId: string | null;
    enterpriseId: string | null;
    userId: string | null;
    siteIds: readonly string[];
  },
  accountId: string | null,
): Promise<void> {
  // Links outside the actor's scope are reported exactly like missing ones: ids cannot be probed.
  const found = shape.userId ? await findUser(tx, shape.userId) : null;
  const user =
    found !== null &&
    accountInScope(ctx.actor, { role: shape.role, enterpriseId: found.enterpriseId }, found.siteId)
      ? found
      : null;
  if (shape.userId && user === null) {
    throw fieldError('unprocessable', 'userId', 'no_such_user');
  }
  if (shape.enterpriseId !== null && !canSeeEnterprise(ctx.actor, shape.enterpriseId)) {
    throw fieldError('unprocessable', 'enterpriseId', 'no_such_enterprise');
  }
  const errors = accountShapeErrors(shape, user);
  if (Object.keys(errors).length > 0)
    throw new DomainError('unprocessable', { reason: 'account_shape', fields: errors });
  if (shape.partnerId && (ctx.actor.enterpriseIds !== 'all' || !(await partnerExists(tx, shape.partnerId)))) {
    throw fieldError('unprocessable', 'partnerId', 'no_such_partner');
  }
  if (shape.enterpriseId !== null) {
    // Serialises concurrent account changes of one enterprise, so that its admin limit holds.
    if ((await lockEnterprise(tx, shape.enterpriseId)) === null) {
      throw fieldError('unprocessable', 'enterpriseId', 'no_such_enterprise');
    }
    const known = await sitesOfEnterprise(tx, shape.enterpriseId, shape.siteIds);
    if (known.length !== new Set(shape.siteIds).size) {
      throw fieldError('unprocessable', 'siteIds', 'sites_not_in_enterprise');
    }
    if (shape.role === 'enterprise_admin') {
      const max = ctx.services.config.maxEnterpriseAdmins;
      const others = await repo.countActiveWithRole(tx, 'enterprise_admin', {
        enterpriseId: shape.enterpriseId,
        ...(accountId ? { excludeId: accountId } : {}),
      });
      if (others >= max) {
        throw fieldError(
          'limit_reached',
          'role',
          { code: 'max_enterprise_admins', params: { max } },
          { code: 'max_admins', params: { max } },
        );
      }
    }
  }
}

export async function createAccount(
  ctx: Ctx,
  input: z.output<typeof accountInputSchema>,
): Promise<{ account: AccountDto; temporaryPassword: string }> {
  assertManageable(ctx, input.role);
  const shape = {
    role: input.role,
    partnerId: input.partnerId ?? null,
    // Enterprise-level accounts created by enterprise staff belong to the creator's enterprise.
    enterpriseId: input.enterpriseId ?? (isEnterpriseRole(input.role) ? ctx.actor.enterpriseId : null),
    userId: input.userId ?? null,
    siteIds: input.siteIds ?? [],
  };
  const policy = await ctx.services.policies.of(input.role);
  const temporaryPassword = randomPassword(Math.max(20, policy.minLength));
  const passwordHash = await hashPassword(temporaryPassword);
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await assertLinks(ctx, tx, shape, null);
    await repo.insertAccount(tx, {
      id,
      email: input.email,
      name: input.name,
      role: shape.role,
      partnerId: shape.partnerId,
      enterpriseId: shape.enterpriseId,
      userId: shape.userId,
      passwordHash,
      passwordChangedAt: ctx.now,
      mustChangePassword: true,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repo.setAccountSites(tx, id, shape.siteIds);
    const after = await repo.findAccountView(tx, id);
    if (after === null) throw new DomainError('internal');
    await recordChange(tx, ctx, accountAudit, { action: 'create', after });
  });
  return { account: await getAccount(ctx, id), temporaryPassword };
}

export async function updateAccount(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof accountPatchSchema>,
): Promise<AccountDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await accountInScopeOr404(ctx, tx, id);
    assertManageable(ctx, before.role);
    const role = patch.role ?? before.role;
    if (patch.role !== undefined) assertManageable(ctx, patch.role);
    if (
      id === ctx.actor.accountId &&
      ((patch.role !== undefined && patch.role !== before.role) || patch.status === 'disabled')
    ) {
      throw fieldError(
        'unprocessable',
        patch.role !== undefined ? 'role' : 'status',
        'own_account',
        'own_role_or_status',
      );
    }
    if (!canChangeRole(before.role, role)) {
      throw fieldError('unprocessable', 'role', 'role_other_level');
    }
    const siteIds = patch.siteIds ?? (role === 'site_admin' ? before.siteIds : []);
    const reactivating = patch.status === 'active' && before.status !== 'active';
    if (patch.role !== undefined || patch.siteIds !== undefined || reactivating) {
      await assertLinks(
        ctx,
        tx,
        {
          role,
          partnerId: before.partnerId,
          enterpriseId: before.enterpriseId,
          userId: before.userId,
          siteIds,
        },
        reactivating ? null : id,
      );
    }
    if (before.role === 'provider_admin' && (role !== 'provider_admin' || patch.status === 'disabled')) {
      await assertNotLastProviderAdmin(tx, id);
    }
    // A password chosen under a weaker policy may not meet the new role's: choose one that does.
    const tightened =
      role !== before.role &&
      passwordRulesTightened(
        await ctx.services.policies.of(before.role),
        await ctx.services.policies.of(role),
      );
    await repo.updateAccountRow(tx, id, {
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(tightened ? { mustChangePassword: true } : {}),
      role,
      updatedAt: ctx.now,
    });
    if (patch.siteIds !== undefined || role !== before.role) await repo.setAccountSites(tx, id, siteIds);
    if (patch.status === 'disabled') {
      // Disabled is disabled for good for what it issued: re-enabling does not revive a token.
      await deleteSessionsOf(tx, id);
      const revoked = await revokeTokensOf(tx, id, ctx.now);
      if (revoked.length > 0) {
        await recordEvent(tx, ctx, {
          ...accountLocation(before),
          action: 'tokens_revoked',
          details: { count: revoked.length, reason: 'disabled' },
        });
      }
    }
    const after = await repo.findAccountView(tx, id);
    if (after === null) throw new DomainError('internal');
    await recordChange(tx, ctx, accountAudit, { action: 'update', before, after });
  });
  ctx.services.authCache.forgetAccount(id);
  return getAccount(ctx, id);
}

async function assertNotLastProviderAdmin(tx: Executor, id: string): Promise<void> {
  if ((await repo.countActiveWithRole(tx, 'provider_admin', { excludeId: id })) === 0) {
    throw new DomainError('unprocessable', { reason: 'last_provider_admin' });
  }
}

export async function deleteAccount(ctx: Ctx, id: string): Promise<void> {
  if (id === ctx.actor.accountId) throw new DomainError('unprocessable', { reason: 'own_account_removal' });
  await ctx.db.transaction(async (tx) => {
    const before = await accountInScopeOr404(ctx, tx, id);
    assertManageable(ctx, before.role);
    if (before.role === 'provider_admin') await assertNotLastProviderAdmin(tx, id);
    await repo.deleteAccountRow(tx, id);
    await recordChange(tx, ctx, accountAudit, { action: 'delete', before });
  });
  ctx.services.authCache.forgetAccount(id);
}

/**
 * An administrator's password reset: a temporary password to hand over, changed at first login.
 * Sessions end and API tokens are revoked, in case the old password leaked.
 */
export async function resetPassword(ctx: Ctx, id: string): Promise<{ temporaryPassword: string }> {
  const target = await accountInScopeOr404(ctx, ctx.db, id);
  assertManageable(ctx, target.role);
  if (id === ctx.actor.accountId) {
    throw new DomainError('unprocessable', { reason: 'own_password_reset' });
  }
  const policy = await ctx.services.policies.of(target.role);
  const temporaryPassword = randomPassword(Math.max(20, policy.minLength));
  await ctx.db.transaction(async (tx) => {
    await storePassword(tx, id, temporaryPassword, ctx.now, { mustChange: true });
    await forgetFailures(tx, target.email);
    await deleteSessionsOf(tx, id);
    await revokeTokensOf(tx, id, ctx.now);
    await recordEvent(tx, ctx, {
      ...accountLocation(target),
      action: 'password_reset',
      details: { mustChangePassword: true },
    });
  });
  ctx.services.authCache.forgetAccount(id);
  return { temporaryPassword };
}

export async function unlockAccount(ctx: Ctx, id: string): Promise<AccountDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await accountInScopeOr404(ctx, tx, id);
    assertManageable(ctx, before.role);
    await forgetFailures(tx, before.email);
    await recordEvent(tx, ctx, { ...accountLocation(before), action: 'unlock' });
  });
  return getAccount(ctx, id);
}

/** For a lost phone: two-factor is switched off; the account enrols again at its next login if its role requires it. */
export async function resetTwoFactor(ctx: Ctx, id: string): Promise<AccountDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await accountInScopeOr404(ctx, tx, id);
    assertManageable(ctx, before.role);
    await repo.updateAccountRow(tx, id, {
      totpEnabled: false,
      totpSecret: null,
      totpLastStep: null,
      updatedAt: ctx.now,
    });
    await deleteRecoveryCodes(tx, id);
    await deleteSessionsOf(tx, id);
    await recordEvent(tx, ctx, {
      ...accountLocation(before),
      action: 'two_factor_reset',
      details: { totpEnabled: false },
    });
  });
  ctx.services.authCache.forgetAccount(id);
  return getAccount(ctx, id);
}
