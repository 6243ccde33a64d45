import { IconDeviceLandlinePhone, IconListDetails } from '@tabler/icons-react';
import { isUserRole } from '../../../core/access/roles';
import { mayRead } from '../../access/permissions';
import type { NavItem, NavSection } from '../../shell/navigation';

/** The provider's profiles (feature matrix), and "My phone" for the user roles (end user, agent, supervisor, receptionist). */
export const featureNavigation: NavSection = (me) => {
  const items: NavItem[] = [];
  if (me.enterpriseIds === null && mayRead(me, 'profiles.read')) {
    items.push({ key: 'profiles', to: '/profiles', group: 'provider', order: 55, icon: IconListDetails });
  }
  // The user roles are always a user of the directory (an account rule); others reach /my-phone by URL.
  if (isUserRole(me.role)) {
    items.push({ key: 'myPhone', to: '/my-phone', group: 'self', order: 5, icon: IconDeviceLandlinePhone });
  }
  return items;
};
