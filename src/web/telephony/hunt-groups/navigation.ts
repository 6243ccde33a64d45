import { IconHandGrab, IconUsersGroup } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavItem, type NavSection } from '../../shell/navigation';

/** The chosen customer's hunt groups and pickup groups. */
export const huntGroupNavigation: NavSection = (me, enterpriseId) => {
  const items: NavItem[] = [];
  if (enterpriseId === null) return items;
  if (mayRead(me, 'hunt-groups.read'))
    items.push(
      enterpriseItem(enterpriseId, {
        key: 'huntGroups',
        section: 'hunt-groups',
        order: 41,
        icon: IconUsersGroup,
      }),
    );
  if (mayRead(me, 'pickup-groups.read'))
    items.push(
      enterpriseItem(enterpriseId, {
        key: 'pickupGroups',
        section: 'pickup-groups',
        order: 42,
        icon: IconHandGrab,
      }),
    );
  return items;
};
