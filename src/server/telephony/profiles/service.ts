import type { z } from 'zod';
import type { Profile } from '../../../core/directory/profiles';
import { DomainError } from '../../../core/errors';
import {
  FEATURES,
  type FeatureMatrix,
  type ProfilesDto,
  presentMatrix,
  type profileFeaturesInputSchema,
} from '../../../core/telephony/feature-matrix';
import { DEFAULT_SETTINGS, featuresInUse } from '../../../core/telephony/features';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { membersOfProfile as huntMembersOfProfile } from '../hunt-group-members/repository';
import { membersOfProfile as pickupMembersOfProfile } from '../pickup-groups/repository';
import { queueRolesInUse } from '../queue-agents/service';
import { profileFeaturesAudit } from './presenter';
import * as repo from './repository';

export async function getProfiles(ctx: Ctx): Promise<ProfilesDto> {
  return presentMatrix(await repo.findMatrix(ctx.db));
}

/**
 * Sets the features a profile includes. Taking a feature away while users of the profile have it
 * switched on is refused with the count of those users (their settings would otherwise promise
 * what the profile no longer offers); switch it off for them first.
 */
export async function setProfileFeatures(
  ctx: Ctx,
  profile: Profile,
  input: z.output<typeof profileFeaturesInputSchema>,
): Promise<ProfilesDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.lockProfile(tx, profile, 'update', ctx.now);
    const wanted = FEATURES.filter((f) => input.features.includes(f));
    const removed = before.filter((f) => !wanted.includes(f));
    if (removed.length > 0) {
      const counts = new Map<string, number>();
      for (const { settings, blfCount } of await repo.settingsOfProfile(tx, profile)) {
        for (const f of featuresInUse(settings ?? DEFAULT_SETTINGS, blfCount)) {
          if (removed.includes(f)) counts.set(f, (counts.get(f) ?? 0) + 1);
        }
      }
      // An agent or supervisor of a queue uses its role's feature too.
      for (const [f, n] of await queueRolesInUse(tx, profile, removed))
        counts.set(f, (counts.get(f) ?? 0) + n);
      // A group membership is the feature in use: a hunt group's member, a pickup group's member.
      if (removed.includes('hunt_group')) {
        const n = await huntMembersOfProfile(tx, profile);
        if (n > 0) counts.set('hunt_group', (counts.get('hunt_group') ?? 0) + n);
      }
      if (removed.includes('call_pickup')) {
        const n = await pickupMembersOfProfile(tx, profile);
        if (n > 0) counts.set('call_pickup', (counts.get('call_pickup') ?? 0) + n);
      }
      if (counts.size > 0) {
        const fields = Object.fromEntries(
          [...counts].map(([feature, count]) => [
            `features.${feature}`,
            { code: 'feature_in_use' as const, params: { feature, count } },
          ]),
        );
        const [feature, count] = [...counts][0] as [string, number];
        throw new DomainError('conflict', {
          reason: { code: 'feature_in_use', params: { feature, count } },
          fields,
        });
      }
    }
    await repo.setProfileFeatures(tx, profile, wanted, ctx.now);
    await recordChange(tx, ctx, profileFeaturesAudit, {
      action: 'update',
      before: { profile, features: before },
      after: { profile, features: wanted },
    });
  });
  return getProfiles(ctx);
}

export const matrixFor = async (ctx: Ctx): Promise<FeatureMatrix> => repo.findMatrix(ctx.db);
