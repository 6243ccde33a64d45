import { z } from 'zod';
import { PROFILE_NAMES, PROFILES, type Profile, profileSchema } from '../directory/profiles';

/**
 * The profiles' feature matrix (DESIGN C2, guide §3.3 "standaard-mogelijkheden per profiel"):
 * which telephony features each profile includes. The provider edits it; what it has not
 * edited is the default below. A user's settings offer only what its profile includes.
 */
export const FEATURES = [
  'do_not_disturb',
  'forward_always',
  'forward_busy',
  'forward_no_answer',
  'forward_unreachable',
  'voicemail',
  'simultaneous_ring',
  'sequential_ring',
  'busy_lamp_field',
  'call_pickup',
  'hunt_group',
  'desktop_client',
  'mobile_client',
  'call_center_agent',
  'call_center_supervisor',
  'receptionist',
] as const;
export type Feature = (typeof FEATURES)[number];
export const featureSchema = z.enum(FEATURES);

const ALL: readonly Feature[] = FEATURES;
const without = (...left: Feature[]): Feature[] => ALL.filter((f) => !left.includes(f));

/**
 * The defaults. Vast is a desk phone (and the desktop client) on a fixed number: no mobile to
 * ring along, so no simultaneous ring and no mobile client. Combi and Flex have everything (a
 * desk phone plus a mobile or the app). Mobiel is a mobile only: no desk phone, so no busy-lamp
 * field, call pickup, desktop client, call centre seat (agent or supervisor) or reception seat, and nothing to ring along
 * or one after another.
 */
export const DEFAULT_MATRIX: Readonly<Record<Profile, readonly Feature[]>> = {
  vast: without('simultaneous_ring', 'mobile_client'),
  combi: ALL,
  flex: ALL,
  mobiel: without(
    'busy_lamp_field',
    'call_pickup',
    'desktop_client',
    'call_center_agent',
    'call_center_supervisor',
    'receptionist',
    'simultaneous_ring',
    'sequential_ring',
  ),
};

export type FeatureMatrix = Record<Profile, Feature[]>;

/** The matrix from the stored choices (profile × feature → included); what is not stored is the default. */
export function matrixOf(
  stored: readonly { profile: Profile; feature: Feature; included: boolean }[],
): FeatureMatrix {
  const out = {} as FeatureMatrix;
  for (const profile of PROFILES) {
    const included = new Set<Feature>(DEFAULT_MATRIX[profile]);
    for (const row of stored) {
      if (row.profile !== profile) continue;
      if (row.included) included.add(row.feature);
      else included.delete(row.feature);
    }
    out[profile] = FEATURES.filter((f) => included.has(f));
  }
  return out;
}

// The API's shapes

export const profileFeaturesSchema = z.object({
  profile: profileSchema,
  name: z.string(),
  features: z.array(featureSchema),
});
export type ProfileFeaturesDto = z.infer<typeof profileFeaturesSchema>;

export const profilesSchema = z.object({
  features: z.array(featureSchema),
  profiles: z.array(profileFeaturesSchema),
});
export type ProfilesDto = z.infer<typeof profilesSchema>;

export const profileFeaturesInputSchema = z.strictObject({
  /** Every feature the profile includes (the others it does not). */
  features: z.array(featureSchema).max(FEATURES.length * 2),
});

export const profileParamsSchema = z.strictObject({ profile: profileSchema });

export const presentMatrix = (matrix: FeatureMatrix): ProfilesDto => ({
  features: [...FEATURES],
  profiles: PROFILES.map((profile) => ({ profile, name: PROFILE_NAMES[profile], features: matrix[profile] })),
});
