import type { NavItem, NavSection } from '../shell/navigation';

/** Telephony's entries in the side navigation. */
export const telephonyNavigation: NavSection = () => {
  const items: NavItem[] = [];
  return items;
};
