import type { z } from 'zod';
import { fieldError } from '../../../core/errors';
import type { TelephonySettingsDto, telephonySettingsInputSchema } from '../../../core/telephony/number-plan';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { countExtensions } from '../numbers/repository';
import { presentSettings, telephonySettingsAudit } from './presenter';
import * as repo from './repository';

export async function getSettings(ctx: Ctx, enterpriseId: string): Promise<TelephonySettingsDto> {
  const [row, count] = await Promise.all([
    repo.findSettings(ctx.db, enterpriseId),
    countExtensions(ctx.db, enterpriseId),
  ]);
  return presentSettings(row, count);
}

/** The extension length changes only while the enterprise has no extensions (they would not fit). */
export async function updateSettings(
  ctx: Ctx,
  enterpriseId: string,
  input: z.output<typeof telephonySettingsInputSchema>,
): Promise<TelephonySettingsDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockSettings(tx, enterpriseId, ctx.now);
    if (input.extensionLength !== before.extensionLength) {
      const count = await countExtensions(tx, enterpriseId);
      if (count > 0) {
        throw fieldError('unprocessable', 'extensionLength', {
          code: 'extension_length_in_use',
          params: { count },
        });
      }
    }
    const after = await repo.updateSettings(tx, enterpriseId, {
      extensionLength: input.extensionLength,
      updatedAt: ctx.now,
    });
    await recordChange(tx, ctx, telephonySettingsAudit, { action: 'update', before, after });
  });
  return getSettings(ctx, enterpriseId);
}
