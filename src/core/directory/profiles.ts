import { z } from 'zod';

/**
 * Profiles (seat types) of the service guide §3.3: Vast (fixed only), Combi (fixed and mobile,
 * two numbers), Flex (one number on desk, app and mobile), Mobiel (mobile only).
 * Mobiel users get no portal password (§3.2.6). The provisioning capability adds the feature matrix.
 */
export const PROFILES = ['vast', 'combi', 'flex', 'mobiel'] as const;
export type Profile = (typeof PROFILES)[number];
export const profileSchema = z.enum(PROFILES);

/** The profiles' names as people know them (the same in Dutch and English: they are product names). */
export const PROFILE_NAMES: Readonly<Record<Profile, string>> = {
  vast: 'Vast',
  combi: 'Combi',
  flex: 'Flex',
  mobiel: 'Mobiel',
};
