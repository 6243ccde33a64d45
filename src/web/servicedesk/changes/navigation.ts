import { IconAddressBook, IconArrowsExchange } from '@tabler/icons-react';
import { isProviderStaff, mayRead, mayWrite } from '../../access/permissions';
import { enterprisePath, type NavItem, type NavSection } from '../../shell/navigation';

/** For customers: "Request a change" (for the chosen enterprise) and "Contact" (whom to call now). */
export const changeNavigation: NavSection = (me, enterpriseId) => {
  const items: NavItem[] = [];
  if (isProviderStaff(me)) return items;
  if (enterpriseId !== null && mayWrite(me, 'tickets.write') && mayRead(me, 'catalogue.read'))
    items.push({
      key: 'requestChange',
      to: enterprisePath(enterpriseId, 'request-change'),
      group: 'servicedesk',
      order: 15,
      icon: IconArrowsExchange,
    });
  if (mayRead(me, 'desks.read'))
    items.push({ key: 'contact', to: '/contact', group: 'servicedesk', order: 30, icon: IconAddressBook });
  return items;
};
