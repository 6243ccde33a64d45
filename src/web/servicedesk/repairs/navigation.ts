import { IconTool } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import type { NavItem, NavSection } from '../../shell/navigation';

/** The repairs (guide §4.4): the desk's list of every customer's, a customer's of its own devices. */
export const repairNavigation: NavSection = (me) => {
  const items: NavItem[] = [];
  if (mayRead(me, 'repairs.read'))
    items.push({ key: 'repairs', to: '/repairs', group: 'servicedesk', order: 25, icon: IconTool });
  return items;
};
