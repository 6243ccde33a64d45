import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { canSeeEnterprise, siteFilter } from '../../../core/access/policy';
import type {
  EnterpriseDto,
  enterpriseInputSchema,
  enterprisePatchSchema,
} from '../../../core/directory/schemas';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { enterpriseAudit, presentEnterprise } from './presenter';
import * as repo from './repository';

export async function listEnterprises(
  ctx: Ctx,
  query: {
    q?: string | undefined;
    partnerId?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<Page<EnterpriseDto>> {
  const { enterpriseIds } = ctx.actor;
  const rows = await repo.listEnterprises(ctx.db, {
    ids: enterpriseIds === 'all' ? null : enterpriseIds,
    siteIds: siteFilter(ctx.actor),
    partnerId: query.partnerId,
    q: query.q,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  return { items: page.items.map(presentEnterprise), nextCursor: page.nextCursor };
}

export async function getEnterprise(ctx: Ctx, id: string): Promise<EnterpriseDto> {
  const row = canSeeEnterprise(ctx.actor, id)
    ? await repo.findEnterprise(ctx.db, id, siteFilter(ctx.actor))
    : null;
  if (row === null) throw notFound();
  return presentEnterprise(row);
}

async function assertPartner(db: Executor, partnerId: string | null | undefined): Promise<void> {
  if (partnerId && !(await repo.partnerExists(db, partnerId))) {
    throw fieldError('unprocessable', 'partnerId', 'no_such_partner');
  }
}

export async function createEnterprise(
  ctx: Ctx,
  input: z.output<typeof enterpriseInputSchema>,
): Promise<EnterpriseDto> {
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await assertPartner(tx, input.partnerId);
    const row = await repo.insertEnterprise(tx, {
      id,
      providerId: ctx.services.providerId,
      partnerId: input.partnerId ?? null,
      name: input.name,
      customerNumber: input.customerNumber ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordChange(tx, ctx, enterpriseAudit, { action: 'create', after: row });
  });
  // A partner's scope grew: its sessions must see the new customer.
  if (input.partnerId) ctx.services.authCache.clear();
  return getEnterprise(ctx, id);
}

export async function updateEnterprise(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof enterprisePatchSchema>,
): Promise<EnterpriseDto> {
  let partnerChanged = false;
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockEnterprise(tx, id);
    if (before === null) throw notFound();
    await assertPartner(tx, patch.partnerId);
    const after = await repo.updateEnterprise(tx, id, { ...patch, updatedAt: ctx.now });
    partnerChanged = before.partnerId !== after.partnerId;
    await recordChange(tx, ctx, enterpriseAudit, { action: 'update', before, after });
  });
  if (partnerChanged) ctx.services.authCache.clear();
  return getEnterprise(ctx, id);
}

export async function deleteEnterprise(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockEnterprise(tx, id);
    if (before === null) throw notFound();
    const refs = await repo.enterpriseReferences(tx, id);
    if (refs.sites + refs.users + refs.accounts + refs.numberBlocks > 0) {
      throw new DomainError('conflict', {
        reason: { code: 'enterprise_in_use', params: { ...refs } },
      });
    }
    await repo.deleteEnterprise(tx, id);
    await recordChange(tx, ctx, enterpriseAudit, { action: 'delete', before });
  });
  ctx.services.authCache.clear();
}
