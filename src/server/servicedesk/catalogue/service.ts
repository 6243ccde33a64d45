import { isProviderRole } from '../../../core/access/roles';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import {
  type CatalogueItemDto,
  type CatalogueItemInput,
  catalogueItemInputSchema,
  catalogueItemProblems,
  type TariffDto,
  type TariffInput,
  tariffInputSchema,
} from '../../../core/servicedesk/catalogue';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import {
  catalogueItemAudit,
  itemColumns,
  presentItem,
  presentTariff,
  tariffAudit,
  tariffColumns,
} from './presenter';
import * as repo from './repository';

/** The provider's staff see retired items too; whoever requests changes sees what may be requested. */
const seesRetired = (ctx: Ctx): boolean => isProviderRole(ctx.actor.role);

export async function listItems(ctx: Ctx): Promise<{ items: CatalogueItemDto[]; nextCursor: null }> {
  const rows = await repo.listItems(ctx.db, { activeOnly: !seesRetired(ctx) });
  return { items: rows.map(presentItem), nextCursor: null };
}

export async function getItem(ctx: Ctx, key: string): Promise<CatalogueItemDto> {
  const row = await repo.findItem(ctx.db, key);
  if (row === null || (!row.active && !seesRetired(ctx))) throw notFound();
  return presentItem(row);
}

/** The rules across an item's fields, with the tariff it prices by share-locked until commit. */
async function assertItemFits(tx: Executor, input: CatalogueItemInput): Promise<void> {
  const keys = await repo.tariffKeys(tx, input.cost === null ? [] : [input.cost.tariffKey]);
  const fields = catalogueItemProblems(input, keys);
  if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });
}

export async function createItem(
  ctx: Ctx,
  input: CatalogueItemInput & { key: string },
): Promise<CatalogueItemDto> {
  const { key, ...item } = input;
  return ctx.db.transaction(async (tx) => {
    await assertItemFits(tx, item);
    const row = await repo.insertItem(tx, {
      key,
      ...itemColumns(item),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (row === null) throw fieldError('conflict', 'key', 'catalogue_key_taken');
    await recordChange(tx, ctx, catalogueItemAudit, { action: 'create', after: row });
    return presentItem(row);
  });
}

/** A change of some fields: the item as it would be is checked whole (its rules span fields). */
export async function updateItem(
  ctx: Ctx,
  key: string,
  patch: Partial<CatalogueItemInput>,
): Promise<CatalogueItemDto> {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findItem(tx, key, { lock: true });
    if (before === null) throw notFound();
    const { updatedAt: _, key: __, ...current } = presentItem(before);
    const merged = catalogueItemInputSchema.parse({ ...current, ...patch });
    await assertItemFits(tx, merged);
    const after = await repo.updateItem(tx, key, { ...itemColumns(merged), updatedAt: ctx.now });
    await recordChange(tx, ctx, catalogueItemAudit, { action: 'update', before, after });
    return presentItem(after);
  });
}

export async function deleteItem(ctx: Ctx, key: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    // The lock queues a ticket being sent with this item (it share-locks the item).
    const before = await repo.findItem(tx, key, { lock: true });
    if (before === null) throw notFound();
    const count = await repo.ticketCountOf(tx, key);
    if (count > 0)
      throw new DomainError('conflict', { reason: { code: 'catalogue_item_in_use', params: { count } } });
    await repo.deleteItem(tx, key);
    await recordChange(tx, ctx, catalogueItemAudit, { action: 'delete', before });
  });
}

export async function listTariffs(ctx: Ctx): Promise<{ items: TariffDto[]; nextCursor: null }> {
  return { items: (await repo.listTariffs(ctx.db)).map(presentTariff), nextCursor: null };
}

export async function getTariff(ctx: Ctx, key: string): Promise<TariffDto> {
  const row = await repo.findTariff(ctx.db, key);
  if (row === null) throw notFound();
  return presentTariff(row);
}

export async function createTariff(ctx: Ctx, input: TariffInput & { key: string }): Promise<TariffDto> {
  const { key, ...tariff } = input;
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertTariff(tx, {
      key,
      ...tariffColumns(tariff),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (row === null) throw fieldError('conflict', 'key', 'tariff_key_taken');
    await recordChange(tx, ctx, tariffAudit, { action: 'create', after: row });
    return presentTariff(row);
  });
}

export async function updateTariff(ctx: Ctx, key: string, patch: Partial<TariffInput>): Promise<TariffDto> {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findTariff(tx, key, { lock: true });
    if (before === null) throw notFound();
    const { updatedAt: _, key: __, currency: ___, ...current } = presentTariff(before);
    const merged = tariffInputSchema.parse({ ...current, ...patch });
    const after = await repo.updateTariff(tx, key, { ...tariffColumns(merged), updatedAt: ctx.now });
    await recordChange(tx, ctx, tariffAudit, { action: 'update', before, after });
    return presentTariff(after);
  });
}

/**
 * Refused (409, naming them) while items price by it. The row lock queues a parallel item change
 * that names this tariff (it share-locks it), so the check cannot miss one.
 */
export async function deleteTariff(ctx: Ctx, key: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findTariff(tx, key, { lock: true });
    if (before === null) throw notFound();
    const users = await repo.itemsPricedBy(tx, key);
    if (users.length > 0)
      throw new DomainError('conflict', {
        reason: { code: 'tariff_in_use', params: { count: users.length, items: users.join(', ') } },
      });
    await repo.deleteTariff(tx, key);
    await recordChange(tx, ctx, tariffAudit, { action: 'delete', before });
  });
}
