import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { inScope, siteFilter } from '../../../core/access/policy';
import type { SiteDto, siteInputSchema, sitePatchSchema } from '../../../core/directory/schemas';
import { DomainError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { assertSiteHasNoTickets } from '../../servicedesk/tickets/service';
import { assertSiteHasNoAttendants } from '../../telephony/attendants/service';
import { assertSiteHasNoDevices } from '../../telephony/devices/service';
import { assertSiteHasNoHuntGroups } from '../../telephony/hunt-groups/service';
import { assertSiteHasNoIncomingRoutes } from '../../telephony/incoming-routes/service';
import { assertSiteHasNoPickupGroups } from '../../telephony/pickup-groups/service';
import { assertSiteHasNoQueues } from '../../telephony/queues/service';
import { presentSite, siteAudit } from './presenter';
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
    throw notFound();
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
    await recordChange(tx, ctx, siteAudit, { action: 'create', after: row });
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
    await recordChange(tx, ctx, siteAudit, { action: 'update', before, after });
  });
  return getSite(ctx, id);
}

export async function deleteSite(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await siteInScope(ctx, tx, id);
    const refs = await repo.siteReferences(tx, id);
    if (refs.users > 0 || refs.siteAdmins > 0) {
      throw new DomainError('conflict', {
        reason: { code: 'site_in_use', params: { users: refs.users, siteAdmins: refs.siteAdmins } },
      });
    }
    await assertSiteHasNoDevices(tx, id);
    await assertSiteHasNoQueues(tx, id);
    await assertSiteHasNoHuntGroups(tx, id);
    await assertSiteHasNoIncomingRoutes(tx, id);
    await assertSiteHasNoPickupGroups(tx, id);
    await assertSiteHasNoAttendants(tx, id);
    await assertSiteHasNoTickets(tx, id);
    await repo.deleteSite(tx, id);
    await recordChange(tx, ctx, siteAudit, { action: 'delete', before });
  });
}
