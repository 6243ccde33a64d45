import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { siteFilter } from '../../../core/access/policy';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import type { NumberBlockDto, numberBlockInputSchema } from '../../../core/telephony/number-plan';
import { blockNumbers, formatNational } from '../../../core/telephony/numbers';
import { recordChange } from '../../audit/record';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import type { Ctx } from '../../http/context';
import { mainNumbersInBlock } from '../call-settings/repository';
import { numberBlockAudit, presentBlock } from './presenter';
import * as repo from './repository';

export async function listBlocks(
  ctx: Ctx,
  enterpriseId: string,
  query: { cursor?: string | undefined; limit: number },
): Promise<Page<NumberBlockDto>> {
  const rows = await repo.listBlocks(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    after: decodeCursor(query.cursor, 'text')?.key,
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.first, id: r.id }));
  return { items: page.items.map(presentBlock), nextCursor: page.nextCursor };
}

async function blockInScope(ctx: Ctx, id: string) {
  const row = await repo.findBlock(ctx.db, id, siteFilter(ctx.actor));
  const visible =
    row !== null &&
    (ctx.actor.enterpriseIds === 'all' || ctx.actor.enterpriseIds.includes(row.enterpriseId)) &&
    (ctx.actor.siteIds === 'all' || Object.values(row.counts).some((n) => n > 0));
  if (!visible) throw notFound();
  return row;
}

export async function getBlock(ctx: Ctx, id: string): Promise<NumberBlockDto> {
  return presentBlock(await blockInScope(ctx, id));
}

/** The provider gives an enterprise a block: every number in it, free (or porting), at once. */
export async function createBlock(
  ctx: Ctx,
  enterpriseId: string,
  input: z.output<typeof numberBlockInputSchema>,
): Promise<NumberBlockDto> {
  const block = blockNumbers(input.first, input.size);
  if ('problem' in block) throw fieldError('validation_failed', 'size', block.problem);
  const siteId = input.siteId ?? null;
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    if (siteId !== null && (await sitesOfEnterprise(tx, enterpriseId, [siteId])).length === 0) {
      throw fieldError('unprocessable', 'siteId', 'site_not_in_enterprise');
    }
    const row = {
      id,
      enterpriseId,
      first: input.first,
      size: input.size,
      kind: block.kind,
      createdAt: ctx.now,
    };
    await repo.insertBlock(
      tx,
      row,
      block.numbers.map((number) => ({
        id: randomUUID(),
        number,
        siteId,
        state: input.porting ? ('porting' as const) : ('free' as const),
      })),
    );
    await recordChange(tx, ctx, numberBlockAudit, { action: 'create', after: row });
  });
  return getBlock(ctx, id);
}

/** A block goes only when none of its numbers is assigned (the answer lists those that are). */
export async function deleteBlock(ctx: Ctx, id: string): Promise<void> {
  const before = await blockInScope(ctx, id);
  await ctx.db.transaction(async (tx) => {
    // Share-locked by a change of the call settings that picks a number of it: that one commits first.
    await repo.lockBlock(tx, id);
    const assigned = await repo.assignedNumbersOf(tx, id);
    if (assigned.length > 0) {
      throw new DomainError('conflict', {
        reason: {
          code: 'block_in_use',
          params: {
            count: assigned.length,
            numbers: assigned
              .slice(0, 10)
              .map((n) => n.number)
              .join(', ')
              .concat(assigned.length > 10 ? ', …' : ''),
          },
        },
      });
    }
    const mains = await mainNumbersInBlock(tx, id);
    if (mains.length > 0) {
      throw new DomainError('conflict', {
        reason: {
          code: 'block_has_main_number',
          params: {
            numbers: mains
              .map((m) => `${formatNational(m.number)}${m.siteName === null ? '' : ` (${m.siteName})`}`)
              .join(', '),
          },
        },
      });
    }
    await repo.deleteBlock(tx, id);
    await recordChange(tx, ctx, numberBlockAudit, { action: 'delete', before });
  });
}
