import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PartnerDto, partnerInputSchema, partnerPatchSchema } from '../../../core/directory/schemas';
import { DomainError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { partnerAudit, presentPartner } from './presenter';
import * as repo from './repository';

/** Partners are provider-level: only provider staff reach these (the route's permission says so). */
export async function listPartners(
  ctx: Ctx,
  query: { q?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<PartnerDto>> {
  const rows = await repo.listPartners(ctx.db, {
    q: query.q,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  return { items: page.items.map(presentPartner), nextCursor: page.nextCursor };
}

export async function getPartner(ctx: Ctx, id: string): Promise<PartnerDto> {
  const row = await repo.findPartner(ctx.db, id);
  if (row === null) throw notFound();
  return presentPartner(row);
}

export async function createPartner(
  ctx: Ctx,
  input: z.output<typeof partnerInputSchema>,
): Promise<PartnerDto> {
  const { providerId } = ctx.services;
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertPartner(tx, {
      id,
      providerId,
      name: input.name,
      contactEmail: input.contactEmail ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordChange(tx, ctx, partnerAudit, { action: 'create', after: row });
  });
  return getPartner(ctx, id);
}

export async function updatePartner(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof partnerPatchSchema>,
): Promise<PartnerDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findPartner(tx, id);
    if (before === null) throw notFound();
    const after = await repo.updatePartner(tx, id, { ...patch, updatedAt: ctx.now });
    await recordChange(tx, ctx, partnerAudit, { action: 'update', before, after });
  });
  return getPartner(ctx, id);
}

export async function deletePartner(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findPartner(tx, id);
    if (before === null) throw notFound();
    const refs = await repo.partnerReferences(tx, id);
    if (refs.enterprises > 0 || refs.accounts > 0) {
      throw new DomainError('conflict', {
        reason: {
          code: 'partner_in_use',
          params: { enterprises: refs.enterprises, accounts: refs.accounts },
        },
      });
    }
    await repo.deletePartner(tx, id);
    await recordChange(tx, ctx, partnerAudit, { action: 'delete', before });
  });
}
