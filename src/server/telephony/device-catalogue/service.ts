import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import {
  type DeviceKind,
  type DeviceModelDto,
  type deviceModelInputSchema,
  type deviceModelPatchSchema,
  formatMac,
} from '../../../core/telephony/devices';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { deviceModelAudit, presentModel } from './presenter';
import * as repo from './repository';

/** A device in a refusal: its label, else its MAC or ICCID, else its id. */
export const deviceInWords = (d: {
  id: string;
  label: string | null;
  mac: string | null;
  iccid: string | null;
}) => d.label ?? (d.mac ? formatMac(d.mac) : (d.iccid ?? d.id));

export const listInWords = (count: number, names: string[]): string =>
  names.join(', ').concat(count > names.length ? ', …' : '');

export async function listModels(
  ctx: Ctx,
  query: {
    q?: string | undefined;
    kind?: DeviceKind | undefined;
    active?: boolean | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<Page<DeviceModelDto>> {
  const rows = await repo.listModels(ctx.db, { ...query, cursor: decodeCursor(query.cursor, 'text') });
  const page = toPage(rows, query.limit, (r) => ({ key: `${r.vendor} ${r.model}`.toLowerCase(), id: r.id }));
  return { items: page.items.map(presentModel), nextCursor: page.nextCursor };
}

export async function getModel(ctx: Ctx, id: string): Promise<DeviceModelDto> {
  const row = await repo.findModelView(ctx.db, id);
  if (row === null) throw notFound();
  return presentModel(row);
}

export async function createModel(
  ctx: Ctx,
  input: z.output<typeof deviceModelInputSchema>,
): Promise<DeviceModelDto> {
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertModel(tx, {
      id,
      vendor: input.vendor,
      model: input.model,
      kind: input.kind,
      maxLines: input.maxLines,
      description: input.description ?? null,
      active: input.active ?? true,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordChange(tx, ctx, deviceModelAudit, { action: 'create', after: row });
  });
  return getModel(ctx, id);
}

/**
 * A model in use keeps its kind (its devices' identifiers depend on it) and at least as many
 * lines as its fullest device; deactivating it is always allowed.
 */
export async function updateModel(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof deviceModelPatchSchema>,
): Promise<DeviceModelDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findModel(tx, id, 'update');
    if (before === null) throw notFound();
    if ((patch.kind !== undefined && patch.kind !== before.kind) || patch.maxLines !== undefined) {
      const use = await repo.modelUse(tx, id);
      if (patch.kind !== undefined && patch.kind !== before.kind && use.count > 0) {
        throw fieldError('conflict', 'kind', 'device_model_kind_in_use');
      }
      if (patch.maxLines !== undefined && patch.maxLines < use.maxLines) {
        throw fieldError('conflict', 'maxLines', {
          code: 'device_model_lines_in_use',
          params: { lines: use.maxLines },
        });
      }
    }
    const after = await repo.updateModel(tx, id, { ...patch, updatedAt: ctx.now });
    await recordChange(tx, ctx, deviceModelAudit, { action: 'update', before, after });
  });
  return getModel(ctx, id);
}

/** A model goes only when no device has it (the answer names some that do). */
export async function deleteModel(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findModel(tx, id, 'update');
    if (before === null) throw notFound();
    const use = await repo.modelUse(tx, id);
    if (use.count > 0) {
      throw new DomainError('conflict', {
        reason: {
          code: 'device_model_in_use',
          params: { count: use.count, devices: listInWords(use.count, use.some.map(deviceInWords)) },
        },
      });
    }
    await repo.deleteModel(tx, id);
    await recordChange(tx, ctx, deviceModelAudit, { action: 'delete', before });
  });
}
