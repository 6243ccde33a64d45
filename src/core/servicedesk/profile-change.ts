import type { Profile } from '../directory/profiles';

/**
 * A profile change (guide §3.3): a customer cannot give a user another profile itself; it requests
 * one as a change (catalogue item `profile-change`), and the desk's resolution of that request
 * changes the user's profile in the same transaction.
 */
export const PROFILE_CHANGE_ITEM = 'profile-change';

/** Does a request for this item change a profile when it is resolved? The item's stable key, or its asks. */
export const changesProfile = (item: { key: string; asks: readonly string[] }): boolean =>
  item.key === PROFILE_CHANGE_ITEM || item.asks.includes('profile');

/**
 * What is wrong with a profile change request's profile, given the user's current one: none asked
 * for (`catalogue_item_needs_profile`), the one the user already has (`profile_unchanged`), or
 * nothing (null). A profile asked of an item that changes none is refused too.
 */
export function profileRequestProblem(
  item: { key: string; asks: readonly string[] },
  requested: Profile | undefined,
  current: Profile | null,
): 'catalogue_item_needs_profile' | 'profile_unchanged' | 'profile_not_asked' | null {
  if (!changesProfile(item)) return requested === undefined ? null : 'profile_not_asked';
  if (requested === undefined) return 'catalogue_item_needs_profile';
  if (current !== null && requested === current) return 'profile_unchanged';
  return null;
}
