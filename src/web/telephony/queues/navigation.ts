import { IconHeadset } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavItem, type NavSection } from '../../shell/navigation';

/**
 * The chosen customer's call centre queues. Agents and supervisors reach their queues' boards from
 * My phone (their account reads agent states, not queues).
 */
export const queueNavigation: NavSection = (me, enterpriseId) => {
  const items: NavItem[] = [];
  if (enterpriseId !== null && mayRead(me, 'queues.read')) {
    items.push(
      enterpriseItem(enterpriseId, { key: 'queues', section: 'queues', order: 43, icon: IconHeadset }),
    );
  }
  return items;
};
