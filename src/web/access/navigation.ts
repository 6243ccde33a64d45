import { IconShieldLock, IconUserCircle } from '@tabler/icons-react';
import type { NavItem, NavSection } from '../shell/navigation';
import { mayRead } from './permissions';

export const accessNavigation: NavSection = (me) => {
  const items: NavItem[] = [];
  if (mayRead(me, 'security-policies.read')) {
    items.push({
      key: 'policies',
      to: '/security-policies',
      group: 'provider',
      order: 60,
      icon: IconShieldLock,
    });
  }
  items.push({ key: 'profile', to: '/profile', group: 'self', order: 10, icon: IconUserCircle });
  return items;
};
