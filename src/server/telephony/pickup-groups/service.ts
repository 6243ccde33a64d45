import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { inScope, siteFilter } from '../../../core/access/policy';
import { PROFILE_NAMES } from '../../../core/directory/profiles';
import { DomainError, fieldError, type IssueSpec, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import type {
  PickupGroupDto,
  pickupGroupInputSchema,
  pickupGroupPatchSchema,
} from '../../../core/telephony/hunt-groups';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import { findUser } from '../../directory/users/repository';
import type { Ctx } from '../../http/context';
import * as profiles from '../profiles/repository';
import { type PickupGroupAuditRow, pickupGroupAudit, presentPickupGroup } from './presenter';
import * as repo from './repository';

export async function listPickupGroups(
  ctx: Ctx,
  enterpriseId: string,
  query: { q?: string | undefined; siteId?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<PickupGroupDto>> {
  const rows = await repo.listPickupGroups(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    siteId: query.siteId,
    q: query.q,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  const members = await repo.membersOf(
    ctx.db,
    page.items.map((g) => g.id),
  );
  return {
    items: page.items.map((g) => presentPickupGroup(ctx.actor, g, members)),
    nextCursor: page.nextCursor,
  };
}

async function groupInScope(ctx: Ctx, db: Executor, id: string, options: { lock?: boolean } = {}) {
  const row = await repo.findPickupGroup(db, id, options);
  if (row === null || !inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId }))
    throw notFound();
  return row;
}

async function auditRowOf(db: Executor, id: string): Promise<PickupGroupAuditRow> {
  const view = await repo.findPickupGroupView(db, id);
  if (view === null) throw notFound();
  return { ...view, memberIds: (await repo.membersOf(db, [id])).map((m) => m.userId) };
}

export async function getPickupGroup(ctx: Ctx, id: string): Promise<PickupGroupDto> {
  await groupInScope(ctx, ctx.db, id);
  const view = await repo.findPickupGroupView(ctx.db, id);
  if (view === null) throw notFound();
  return presentPickupGroup(ctx.actor, view, await repo.membersOf(ctx.db, [id]));
}

async function assertGroup(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  id: string | null,
  desired: { siteId: string; name: string },
  beforeSiteId: string | null,
): Promise<void> {
  const fields: Record<string, IssueSpec> = {};
  if (desired.siteId !== beforeSiteId) {
    if (!inScope(ctx.actor, { enterpriseId, siteId: desired.siteId })) fields.siteId = 'site_not_yours';
    else if ((await sitesOfEnterprise(tx, enterpriseId, [desired.siteId])).length === 0)
      fields.siteId = 'site_not_in_enterprise';
  }
  if (await repo.nameTaken(tx, enterpriseId, desired.name, id)) fields.name = 'group_name_taken';
  if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });
}

export async function createPickupGroup(
  ctx: Ctx,
  enterpriseId: string,
  input: z.output<typeof pickupGroupInputSchema>,
): Promise<PickupGroupDto> {
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await assertGroup(ctx, tx, enterpriseId, null, input, null);
    await repo.insertPickupGroup(tx, { id, enterpriseId, ...input, createdAt: ctx.now, updatedAt: ctx.now });
    await recordChange(tx, ctx, pickupGroupAudit, { action: 'create', after: await auditRowOf(tx, id) });
  });
  return getPickupGroup(ctx, id);
}

export async function updatePickupGroup(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof pickupGroupPatchSchema>,
): Promise<PickupGroupDto> {
  await ctx.db.transaction(async (tx) => {
    const row = await groupInScope(ctx, tx, id, { lock: true });
    const before = await auditRowOf(tx, id);
    const desired = { siteId: patch.siteId ?? row.siteId, name: patch.name ?? row.name };
    await assertGroup(ctx, tx, row.enterpriseId, id, desired, row.siteId);
    await repo.updatePickupGroup(tx, id, { ...desired, updatedAt: ctx.now });
    await recordChange(tx, ctx, pickupGroupAudit, {
      action: 'update',
      before,
      after: await auditRowOf(tx, id),
    });
  });
  return getPickupGroup(ctx, id);
}

export async function deletePickupGroup(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await groupInScope(ctx, tx, id, { lock: true });
    const before = await auditRowOf(tx, id);
    await repo.deletePickupGroup(tx, id);
    await recordChange(tx, ctx, pickupGroupAudit, { action: 'delete', before });
  });
}

/**
 * Adds a user: of the group's enterprise (a site admin: of its own sites), its profile including
 * `call_pickup` (share-locked), and in no other pickup group; the insert is one statement on
 * the user's key, so of two parallel adds of one user, one wins.
 */
export async function addPickupMember(ctx: Ctx, id: string, userId: string): Promise<PickupGroupDto> {
  await ctx.db.transaction(async (tx) => {
    const group = await groupInScope(ctx, tx, id, { lock: true });
    const user = await findUser(tx, userId, { lock: true });
    if (user === null || user.enterpriseId !== group.enterpriseId)
      throw fieldError('unprocessable', 'userId', 'user_not_in_enterprise');
    if (!inScope(ctx.actor, { enterpriseId: group.enterpriseId, siteId: user.siteId }))
      throw fieldError('unprocessable', 'userId', 'user_not_yours');
    const included = await profiles.lockProfile(tx, user.profile, 'share', ctx.now);
    if (!included.includes('call_pickup')) {
      throw fieldError('unprocessable', 'userId', {
        code: 'member_not_in_profile',
        params: { profile: PROFILE_NAMES[user.profile], feature: 'call_pickup' },
      });
    }
    const before = await auditRowOf(tx, id);
    if (!(await repo.insertMember(tx, id, userId, ctx.now))) {
      const elsewhere = await repo.groupOfUser(tx, userId);
      throw fieldError(
        'conflict',
        'userId',
        elsewhere === null || elsewhere.id === id
          ? 'member_taken'
          : { code: 'pickup_member_elsewhere', params: { group: elsewhere.name } },
      );
    }
    await recordChange(tx, ctx, pickupGroupAudit, {
      action: 'update',
      before,
      after: await auditRowOf(tx, id),
    });
  });
  return getPickupGroup(ctx, id);
}

export async function removePickupMember(ctx: Ctx, id: string, userId: string): Promise<PickupGroupDto> {
  await ctx.db.transaction(async (tx) => {
    await groupInScope(ctx, tx, id, { lock: true });
    const before = await auditRowOf(tx, id);
    if (!(await repo.deleteMember(tx, id, userId))) throw notFound();
    await recordChange(tx, ctx, pickupGroupAudit, {
      action: 'update',
      before,
      after: await auditRowOf(tx, id),
    });
  });
  return getPickupGroup(ctx, id);
}

/** What keeps a site from being removed: its pickup groups. */
export async function assertSiteHasNoPickupGroups(db: Executor, siteId: string): Promise<void> {
  const held = await repo.pickupGroupsOfSite(db, siteId);
  if (held.length > 0) {
    throw new DomainError('conflict', {
      reason: {
        code: 'in_use',
        params: { count: held.length, referrers: held.map((g) => g.name).join(', ') },
      },
    });
  }
}
