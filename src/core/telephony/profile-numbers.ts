import type { Profile } from '../directory/profiles';
import type { NumberKind, NumberRole } from './numbers';

/**
 * The numbers each profile has (guide §3.3 and DESIGN C2): Vast a fixed number, Combi a fixed and
 * a mobile number, Flex one number on desk, app and mobile, Mobiel a mobile number only.
 */
export const PROFILE_NUMBER_ROLES: Record<Profile, readonly ('fixed' | 'mobile')[]> = {
  vast: ['fixed'],
  combi: ['fixed', 'mobile'],
  flex: ['fixed'],
  mobiel: ['mobile'],
};

/** The kinds of number that can play each role: a fixed number is no mobile one, and vice versa. */
export const KINDS_FOR_ROLE: Record<Exclude<NumberRole, 'main'>, readonly NumberKind[]> = {
  fixed: ['geographic', 'non_geographic'],
  mobile: ['mobile'],
};

export const profileHasRole = (profile: Profile, role: 'fixed' | 'mobile'): boolean =>
  PROFILE_NUMBER_ROLES[profile].includes(role);
