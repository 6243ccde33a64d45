import { IconListCheck } from '@tabler/icons-react';
import { mayRead } from '../access/permissions';
import { enterpriseItem, type NavItem, type NavSection } from '../shell/navigation';

export const auditNavigation: NavSection = (me, enterpriseId) => {
  const items: NavItem[] = [];
  if (!mayRead(me, 'audit.read')) return items;
  // The log of everything gives way to the chosen customer's own: one "Audit log" at a time.
  if (me.enterpriseIds === null && enterpriseId === null) {
    items.push({ key: 'allAudit', to: '/audit', group: 'provider', order: 50, icon: IconListCheck });
  }
  if (enterpriseId !== null && mayRead(me, 'enterprises.read')) {
    items.push(
      enterpriseItem(enterpriseId, { key: 'audit', section: 'audit', order: 90, icon: IconListCheck }),
    );
  }
  return items;
};
