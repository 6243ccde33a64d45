import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { inScope, siteFilter } from '../../../core/access/policy';
import type { SiteDto, siteInputSchema, sitePatchSchema } from '../../../core/directory/schemas';
import { DomainError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import { recordAudit } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { presentSite } from './presenter';
import * as repo from './repository';

export async function listSites(
  ctx: Ctx,
  enterpriseId: string,
  query: { q?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<SiteDto>> {
  const rows = await repo.listSites(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    q: query.q,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  return { items: page.items.map(presentSite), nextCursor: page.nextCursor };
}

/** The site, if it exists and is in the actor's scope; otherwise "not found" (ids cannot be probed). */
async function siteInScope(ctx: Ctx, db: Executor, id: string) {
  const row = await repo.findSite(db, id);
  if (row === null || !inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.id }))
    throw notFound('Site');
  return row;
}

export async function getSite(ctx: Ctx, id: string): Promise<SiteDto> {
  return presentSite(await siteInScope(ctx, ctx.db, id));
}

export async function createSite(
  ctx: Ctx,
  enterpriseId: string,
  input: z.output<typeof siteInputSchema>,
): Promise<SiteDto> {
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertSite(tx, {
      id,
      enterpriseId,
      ...input,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      entityType: 'site',
      entityId: id,
      enterpriseId,
      siteId: id,
      action: 'create',
      after: row,
    });
  });
  return getSite(ctx, id);
}

export async function updateSite(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof sitePatchSchema>,
): Promise<SiteDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await siteInScope(ctx, tx, id);
    const after = await repo.updateSite(tx, id, { ...patch, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      entityType: 'site',
      entityId: id,
      enterpriseId: before.enterpriseId,
      siteId: id,
      action: 'update',
      before,
      after,
    });
  });
  return getSite(ctx, id);
}

export async function deleteSite(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await siteInScope(ctx, tx, id);
    const refs = await repo.siteReferences(tx, id);
    if (refs.users > 0 || refs.siteAdmins > 0) {
      throw new DomainError(
        'conflict',
        `The site still has ${refs.users} user(s) and ${refs.siteAdmins} site administrator(s); move or remove them first.`,
      );
    }
    await repo.deleteSite(tx, id);
    await recordAudit(tx, ctx, {
      entityType: 'site',
      entityId: id,
      enterpriseId: before.enterpriseId,
      siteId: id,
      action: 'delete',
      before,
    });
  });
}
