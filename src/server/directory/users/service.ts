import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { inScope, siteFilter } from '../../../core/access/policy';
import { isProviderRole } from '../../../core/access/roles';
import type { Profile } from '../../../core/directory/profiles';
import type { UserDto, userInputSchema, userPatchSchema } from '../../../core/directory/schemas';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { assertUserHasNoDevices } from '../../telephony/devices/service';
import { assertNumbersFitProfile, moveNumbersWithUser, telephonyHeldBy } from '../../telephony/numbers/held';
import { assertQueueRolesFitProfile } from '../../telephony/queue-agents/service';
import { assertNotReferenced } from '../../telephony/references';
import { assertFeaturesFitProfile } from '../../telephony/user-features/service';
import { sitesOfEnterprise } from '../sites/repository';
import { presentUser, userAudit } from './presenter';
import * as repo from './repository';
import { userInScope } from './scope';

export type UserListQuery = {
  q?: string | undefined;
  siteId?: string | undefined;
  profile?: Profile | undefined;
  sort: repo.UserSort;
  direction: 'asc' | 'desc';
  cursor?: string | undefined;
  limit: number;
};

export async function listUsers(
  ctx: Ctx,
  enterpriseId: string,
  query: UserListQuery,
): Promise<Page<UserDto>> {
  const rows = await repo.listUsers(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    siteId: query.siteId,
    profile: query.profile,
    q: query.q,
    sort: query.sort,
    direction: query.direction,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({
    key: query.sort === 'email' ? (r.email ?? '').toLowerCase() : r.name.toLowerCase(),
    id: r.id,
  }));
  return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
}

export async function getUser(ctx: Ctx, id: string): Promise<UserDto> {
  const view = await repo.findUserView(ctx.db, id);
  if (view === null || !inScope(ctx.actor, { enterpriseId: view.enterpriseId, siteId: view.siteId }))
    throw notFound();
  return presentUser(view);
}

/** A user's site must be a site of its enterprise, and (for a site admin) one of the admin's sites. */
async function assertSite(
  ctx: Ctx,
  db: Executor,
  enterpriseId: string,
  siteId: string | null,
): Promise<void> {
  // A site admin hears the same about another enterprise's site as about a sister site, so that
  // ids of other enterprises cannot be probed.
  if (ctx.actor.siteIds !== 'all') {
    if (siteId === null) throw fieldError('unprocessable', 'siteId', 'own_site_required');
    if (!inScope(ctx.actor, { enterpriseId, siteId }))
      throw fieldError('unprocessable', 'siteId', 'site_not_yours');
  }
  if (siteId !== null && (await sitesOfEnterprise(db, enterpriseId, [siteId])).length === 0) {
    throw fieldError('unprocessable', 'siteId', 'site_not_in_enterprise');
  }
}

export async function createUser(
  ctx: Ctx,
  enterpriseId: string,
  input: z.output<typeof userInputSchema>,
): Promise<UserDto> {
  const id = randomUUID();
  const siteId = input.siteId ?? null;
  await ctx.db.transaction(async (tx) => {
    await assertSite(ctx, tx, enterpriseId, siteId);
    const row = await repo.insertUser(tx, {
      id,
      enterpriseId,
      siteId,
      name: input.name,
      email: input.email ?? null,
      profile: input.profile,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordChange(tx, ctx, userAudit, { action: 'create', after: row });
  });
  return getUser(ctx, id);
}

export async function updateUser(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof userPatchSchema>,
): Promise<UserDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await userInScope(ctx, tx, id, { lock: true });
    if (patch.profile !== undefined && patch.profile !== before.profile && !isProviderRole(ctx.actor.role)) {
      throw fieldError('unprocessable', 'profile', 'profile_change_request', 'profile_change_is_request');
    }
    if (patch.siteId !== undefined && patch.siteId !== before.siteId) {
      await assertSite(ctx, tx, before.enterpriseId, patch.siteId);
    }
    if (
      patch.profile === 'mobiel' &&
      before.profile !== 'mobiel' &&
      (await repo.accountOfUser(tx, id)) !== null
    ) {
      throw fieldError('unprocessable', 'profile', 'user_has_login_no_mobiel', 'mobiel_with_login');
    }
    if (patch.profile !== undefined && patch.profile !== before.profile) {
      await assertNumbersFitProfile(tx, id, patch.profile);
      await assertFeaturesFitProfile(tx, id, patch.profile, ctx.now);
      await assertQueueRolesFitProfile(tx, id, patch.profile, ctx.now);
    }
    const after = await repo.updateUser(tx, id, { ...patch, updatedAt: ctx.now });
    await recordChange(tx, ctx, userAudit, { action: 'update', before, after });
    if (after.siteId !== before.siteId) await moveNumbersWithUser(tx, ctx, id, after.siteId);
  });
  return getUser(ctx, id);
}

export async function deleteUser(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await userInScope(ctx, tx, id, { lock: true });
    if ((await repo.accountOfUser(tx, id)) !== null) {
      throw new DomainError('conflict', { reason: 'user_has_login' });
    }
    // Never a dangling reference: a number or extension of the user is freed first, knowingly.
    const held = await telephonyHeldBy(tx, id);
    if (held.length > 0) {
      throw new DomainError('conflict', {
        reason: { code: 'user_has_numbers', params: { numbers: held.join(', ') } },
      });
    }
    // Nor a device (or a device line) of the user.
    await assertUserHasNoDevices(tx, id);
    // Nor a group, queue or menu that points at the user.
    await assertNotReferenced(tx, { type: 'user', id });
    await repo.deleteUser(tx, id);
    await recordChange(tx, ctx, userAudit, { action: 'delete', before });
  });
}
