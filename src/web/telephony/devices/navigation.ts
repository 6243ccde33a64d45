import { IconDeviceDesktop, IconPhone } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavItem, type NavSection } from '../../shell/navigation';

/**
 * The provider's device catalogue (customers reach it from their devices page) and the chosen
 * customer's devices, after its number plan.
 */
export const deviceNavigation: NavSection = (me, enterpriseId) => {
  const items: NavItem[] = [];
  if (me.enterpriseIds === null && mayRead(me, 'device-catalogue.read')) {
    items.push({
      key: 'deviceCatalogue',
      to: '/device-catalogue',
      group: 'provider',
      order: 45,
      icon: IconDeviceDesktop,
    });
  }
  if (enterpriseId !== null && mayRead(me, 'devices.read')) {
    items.push(
      enterpriseItem(enterpriseId, { key: 'devices', section: 'devices', order: 37, icon: IconPhone }),
    );
  }
  return items;
};
