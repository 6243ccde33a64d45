import { siteFilter } from '../../../core/access/policy';
import { DomainError, type IssueSpec, notFound } from '../../../core/errors';
import type { CallSettingsDto, CallSettingsInput } from '../../../core/telephony/call-settings';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { callSettingsAudit, presentCallSettings } from './presenter';
import * as repo from './repository';

/** The enterprise's call settings; a site admin sees the overrides of its own sites only. */
export async function getCallSettings(ctx: Ctx, enterpriseId: string): Promise<CallSettingsDto> {
  const name = await repo.enterpriseName(ctx.db, enterpriseId);
  if (name === null) throw notFound();
  return presentCallSettings(await repo.findCallSettings(ctx.db, enterpriseId, name, siteFilter(ctx.actor)));
}

/**
 * Sets the whole of the settings. Every main number must be a number of the enterprise's own
 * plan (in any state); a site's a number of that site or of no site; every site one of the
 * enterprise's. The enterprise's row is locked first, so parallel changes queue and each audit
 * event has the true before; the main numbers' blocks are share-locked against their removal.
 */
export async function setCallSettings(
  ctx: Ctx,
  enterpriseId: string,
  input: CallSettingsInput,
): Promise<CallSettingsDto> {
  const after = await ctx.db.transaction(async (tx) => {
    const name = await repo.enterpriseName(tx, enterpriseId, { share: true });
    if (name === null) throw notFound();
    await repo.lockCallSettings(tx, enterpriseId, name, ctx.now);
    const before = await repo.findCallSettings(tx, enterpriseId, name);
    const p = input.presentation;
    const fields: Record<string, IssueSpec> = {};

    const sites = new Map(
      (
        await repo.sitesOfEnterprise(
          tx,
          enterpriseId,
          p.sites.map((s) => s.siteId),
        )
      ).map((s) => [s.id, s]),
    );
    const wanted = [p.mainNumber, ...p.sites.map((s) => s.mainNumber)].filter((n): n is string => n !== null);
    const plan = new Map((await repo.planNumbers(tx, enterpriseId, wanted)).map((n) => [n.number, n]));

    const main = p.mainNumber === null ? null : (plan.get(p.mainNumber) ?? null);
    if (p.mainNumber !== null && main === null) fields['presentation.mainNumber'] = 'main_number_not_in_plan';
    const siteRows: { siteId: string; mainNumberId: string | null; displayName: string | null }[] = [];
    for (const [i, s] of p.sites.entries()) {
      if (!sites.has(s.siteId)) {
        fields[`presentation.sites.${i}.siteId`] = 'site_not_in_enterprise';
        continue;
      }
      const number = s.mainNumber === null ? null : (plan.get(s.mainNumber) ?? null);
      if (s.mainNumber !== null && number === null) {
        fields[`presentation.sites.${i}.mainNumber`] = 'main_number_not_in_plan';
      } else if (number !== null && number.siteId !== null && number.siteId !== s.siteId) {
        fields[`presentation.sites.${i}.mainNumber`] = 'main_number_other_site';
      }
      siteRows.push({ siteId: s.siteId, mainNumberId: number?.id ?? null, displayName: s.displayName });
    }
    if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });

    await repo.updateCallSettings(tx, enterpriseId, input, main?.id ?? null, siteRows, ctx.now);
    const stored = await repo.findCallSettings(tx, enterpriseId, name);
    await recordChange(tx, ctx, callSettingsAudit, { action: 'update', before, after: stored });
    return stored;
  });
  return presentCallSettings(after);
}
