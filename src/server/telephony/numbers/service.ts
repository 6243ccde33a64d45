import type { z } from 'zod';
import { inScope, siteFilter } from '../../../core/access/policy';
import { fieldError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import type { NumberDto, numberPatchSchema } from '../../../core/telephony/number-plan';
import { type NumberKind, type NumberState, numberSearchDigits } from '../../../core/telephony/numbers';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import { findUser } from '../../directory/users/repository';
import type { Ctx } from '../../http/context';
import { siteOfMainNumber } from '../call-settings/repository';
import { findHuntGroup } from '../hunt-groups/repository';
import { findRoute } from '../incoming-routes/repository';
import { numberAudit, presentNumber } from './presenter';
import * as repo from './repository';

export type NumberListQuery = {
  state?: NumberState | undefined;
  kind?: NumberKind | undefined;
  siteId?: string | undefined;
  blockId?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

export async function listNumbers(
  ctx: Ctx,
  enterpriseId: string,
  query: NumberListQuery,
): Promise<Page<NumberDto>> {
  const digits = query.q ? numberSearchDigits(query.q) : undefined;
  // A fragment without a single digit finds nothing, rather than everything.
  if (query.q && digits?.length === 0) return { items: [], nextCursor: null };
  const rows = await repo.listNumbers(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    state: query.state,
    kind: query.kind,
    siteId: query.siteId,
    blockId: query.blockId,
    digits,
    after: decodeCursor(query.cursor, 'text')?.key,
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.number, id: r.id }));
  return { items: page.items.map(presentNumber), nextCursor: page.nextCursor };
}

/** The number, when it is in the actor's scope (a site admin: allocated to one of its sites). */
export async function numberInScope(ctx: Ctx, db: Executor, id: string, options: { lock?: boolean } = {}) {
  const row = await repo.findNumber(db, id, options);
  if (row === null || !inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId }))
    throw notFound();
  return row;
}

export async function getNumber(ctx: Ctx, id: string): Promise<NumberDto> {
  return presentNumber(await numberInScope(ctx, ctx.db, id));
}

/**
 * State (free, reserved, porting: never to or from assigned, which is the assignee's business),
 * the site the number is allocated to, and a note.
 */
export async function updateNumber(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof numberPatchSchema>,
): Promise<NumberDto> {
  await ctx.db.transaction(async (tx) => {
    // Locked: a parallel assignment waits, and then finds the number no longer free (or the other way round).
    const before = await numberInScope(ctx, tx, id, { lock: true });
    if (patch.state !== undefined && patch.state !== before.state && before.state === 'assigned') {
      throw fieldError('unprocessable', 'state', 'number_assigned');
    }
    if (patch.siteId !== undefined && patch.siteId !== before.siteId) {
      if (ctx.actor.siteIds !== 'all') {
        if (patch.siteId === null) throw fieldError('unprocessable', 'siteId', 'own_site_required');
        if (!ctx.actor.siteIds.includes(patch.siteId))
          throw fieldError('unprocessable', 'siteId', 'site_not_yours');
      }
      if (
        patch.siteId !== null &&
        (await sitesOfEnterprise(tx, before.enterpriseId, [patch.siteId])).length === 0
      ) {
        throw fieldError('unprocessable', 'siteId', 'site_not_in_enterprise');
      }
      if (patch.siteId !== null && before.assigneeType === 'user' && before.assigneeId !== null) {
        const user = await findUser(tx, before.assigneeId);
        if (user?.siteId !== patch.siteId) throw fieldError('unprocessable', 'siteId', 'number_other_site');
      }
      if (patch.siteId !== null && before.assigneeType === 'hunt_group' && before.assigneeId !== null) {
        const group = await findHuntGroup(tx, before.assigneeId);
        if (group?.siteId !== patch.siteId) throw fieldError('unprocessable', 'siteId', 'number_other_site');
      }
      // A site's route keeps its number on its site (an enterprise-wide route's number may be anywhere).
      if (patch.siteId !== null && before.assigneeType === 'incoming_route' && before.assigneeId !== null) {
        const route = await findRoute(tx, before.assigneeId);
        if (route?.siteId != null && route.siteId !== patch.siteId)
          throw fieldError('unprocessable', 'siteId', 'number_other_site');
      }
      // A site's main number stays a number of that site or of none (locked above: the settings wait).
      const mainOf = patch.siteId === null ? null : await siteOfMainNumber(tx, id);
      if (mainOf !== null && mainOf.siteId !== patch.siteId) {
        throw fieldError('unprocessable', 'siteId', {
          code: 'number_is_site_main_number',
          params: { site: mainOf.siteName },
        });
      }
    }
    const after = await repo.updateNumber(tx, id, {
      ...(patch.state !== undefined ? { state: patch.state } : {}),
      ...(patch.siteId !== undefined ? { siteId: patch.siteId } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      updatedAt: ctx.now,
    });
    await recordChange(tx, ctx, numberAudit, { action: 'update', before, after });
  });
  return getNumber(ctx, id);
}
