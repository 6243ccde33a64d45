import {
  IconAddressBook,
  IconBuilding,
  IconBuildingCommunity,
  IconLayoutDashboard,
  IconMapPin,
  IconUserShield,
  IconUsers,
} from '@tabler/icons-react';
import { mayRead } from '../access/permissions';
import { enterpriseItem, type NavItem, type NavSection } from '../shell/navigation';

export const directoryNavigation: NavSection = (me, enterpriseId) => {
  const items: NavItem[] = [];
  if (mayRead(me, 'partners.read')) {
    items.push({
      key: 'partners',
      to: '/partners',
      group: 'provider',
      order: 10,
      icon: IconBuildingCommunity,
    });
  }
  if (mayRead(me, 'enterprises.read') && me.enterpriseId === null) {
    // A partner's customers are its own: "Uw klanten", not the provider's "Klanten".
    const key = me.enterpriseIds === null ? 'enterprises' : 'yourEnterprises';
    items.push({ key, to: '/enterprises', group: 'provider', order: 20, icon: IconBuilding });
  }
  // The list over all customers gives way to the chosen customer's own: one "Accounts" at a time.
  if (me.enterpriseIds === null && enterpriseId === null && mayRead(me, 'accounts.read')) {
    items.push({ key: 'allAccounts', to: '/accounts', group: 'provider', order: 30, icon: IconUserShield });
  }
  if (enterpriseId !== null && mayRead(me, 'enterprises.read')) {
    items.push(
      enterpriseItem(enterpriseId, { key: 'overview', section: '', order: 10, icon: IconLayoutDashboard }),
    );
    if (mayRead(me, 'sites.read')) {
      items.push(
        enterpriseItem(enterpriseId, { key: 'sites', section: 'sites', order: 20, icon: IconMapPin }),
      );
    }
    if (mayRead(me, 'users.read')) {
      items.push(
        enterpriseItem(enterpriseId, { key: 'users', section: 'users', order: 30, icon: IconAddressBook }),
      );
    }
    if (mayRead(me, 'accounts.read')) {
      items.push(
        enterpriseItem(enterpriseId, { key: 'accounts', section: 'accounts', order: 40, icon: IconUsers }),
      );
    }
  }
  return items;
};
