import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { inScope, siteFilter } from '../../../core/access/policy';
import { isProviderRole } from '../../../core/access/roles';
import type { Profile } from '../../../core/directory/profiles';
import type { UserDto, userInputSchema, userPatchSchema } from '../../../core/directory/schemas';
import { DomainError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import { recordAudit } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { sitesOfEnterprise } from '../sites/repository';
import { presentUser } from './presenter';
import * as repo from './repository';

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

async function userInScope(ctx: Ctx, db: Executor, id: string) {
  const row = await repo.findUser(db, id);
  if (row === null || !inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId }))
    throw notFound('User');
  return row;
}

export async function getUser(ctx: Ctx, id: string): Promise<UserDto> {
  return presentUser(await userInScope(ctx, ctx.db, id));
}

/** A user's site must be a site of its enterprise, and (for a site admin) one of the admin's sites. */
async function assertSite(
  ctx: Ctx,
  db: Executor,
  enterpriseId: string,
  siteId: string | null,
): Promise<void> {
  if (siteId !== null && (await sitesOfEnterprise(db, enterpriseId, [siteId])).length === 0) {
    throw new DomainError('unprocessable', 'The site is not a site of this enterprise', {
      fields: { siteId: 'is not a site of this enterprise' },
    });
  }
  if (!inScope(ctx.actor, { enterpriseId, siteId })) {
    throw new DomainError('unprocessable', 'You can only place users on your own sites', {
      fields: {
        siteId: siteId === null ? 'is required: choose one of your sites' : 'is not one of your sites',
      },
    });
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
    await recordAudit(tx, ctx, {
      entityType: 'user',
      entityId: id,
      enterpriseId,
      siteId,
      action: 'create',
      after: row,
    });
  });
  return getUser(ctx, id);
}

export async function updateUser(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof userPatchSchema>,
): Promise<UserDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await userInScope(ctx, tx, id);
    if (patch.profile !== undefined && patch.profile !== before.profile && !isProviderRole(ctx.actor.role)) {
      throw new DomainError(
        'unprocessable',
        'A profile change is a change request to the provider (guide §3.3)',
        {
          fields: { profile: 'cannot be changed here; request the change from the service desk' },
        },
      );
    }
    if (patch.siteId !== undefined && patch.siteId !== before.siteId) {
      await assertSite(ctx, tx, before.enterpriseId, patch.siteId);
    }
    if (
      patch.profile === 'mobiel' &&
      before.profile !== 'mobiel' &&
      (await repo.accountOfUser(tx, id)) !== null
    ) {
      throw new DomainError(
        'unprocessable',
        'A user with a portal login cannot get profile Mobiel (§3.2.6)',
        {
          fields: { profile: 'the user has a portal login; remove it first' },
        },
      );
    }
    const after = await repo.updateUser(tx, id, { ...patch, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      entityType: 'user',
      entityId: id,
      enterpriseId: before.enterpriseId,
      siteId: after.siteId,
      action: 'update',
      before,
      after,
    });
  });
  return getUser(ctx, id);
}

export async function deleteUser(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await userInScope(ctx, tx, id);
    if ((await repo.accountOfUser(tx, id)) !== null) {
      throw new DomainError('conflict', 'The user has a portal login; remove the account first.');
    }
    await repo.deleteUser(tx, id);
    await recordAudit(tx, ctx, {
      entityType: 'user',
      entityId: id,
      enterpriseId: before.enterpriseId,
      siteId: before.siteId,
      action: 'delete',
      before,
    });
  });
}
