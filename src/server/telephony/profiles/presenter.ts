import { auditShape } from '../../../core/audit/shape';
import type { Profile } from '../../../core/directory/profiles';
import type { Feature } from '../../../core/telephony/feature-matrix';

/** One profile's line of the matrix, as the audit log keeps it (the provider's, no enterprise). */
export type ProfileFeaturesView = { profile: Profile; features: Feature[] };

export const profileFeaturesAudit = auditShape<ProfileFeaturesView>()({
  entityType: 'profile_features',
  fields: ['features'],
  locate: (view) => ({ entityId: view.profile }),
});
