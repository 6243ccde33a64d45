import { IconClockHour4, IconListNumbers } from '@tabler/icons-react';
import { isProviderStaff, mayRead } from '../../access/permissions';
import type { NavItem, NavSection } from '../../shell/navigation';

/** The provider's desk queues (by SLA due) and SLA policies. */
export const slaNavigation: NavSection = (me) => {
  const items: NavItem[] = [];
  if (!isProviderStaff(me)) return items;
  if (mayRead(me, 'desk-queues.read'))
    items.push({
      key: 'deskQueues',
      to: '/desk-queues',
      group: 'servicedesk',
      order: 12,
      icon: IconListNumbers,
    });
  if (mayRead(me, 'sla-policies.read'))
    items.push({
      key: 'slaPolicies',
      to: '/sla-policies',
      group: 'servicedesk',
      order: 68,
      icon: IconClockHour4,
    });
  return items;
};
