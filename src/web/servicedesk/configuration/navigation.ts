import { IconAddressBook, IconCalendarCog, IconListDetails, IconReceiptEuro } from '@tabler/icons-react';
import { isProviderStaff, mayRead } from '../../access/permissions';
import type { NavItem, NavSection } from '../../shell/navigation';

/** The provider's configuration of the service desk: catalogue, tariffs, contact matrix, calendar. */
export const configurationNavigation: NavSection = (me) => {
  const items: NavItem[] = [];
  if (!isProviderStaff(me)) return items;
  if (mayRead(me, 'catalogue.read'))
    items.push(
      {
        key: 'changeCatalogue',
        to: '/service-desk/change-catalogue',
        group: 'servicedesk',
        order: 60,
        icon: IconListDetails,
      },
      { key: 'tariffs', to: '/service-desk/tariffs', group: 'servicedesk', order: 62, icon: IconReceiptEuro },
    );
  if (mayRead(me, 'desks.read'))
    items.push({
      key: 'contactMatrix',
      to: '/service-desk/contact-matrix',
      group: 'servicedesk',
      order: 64,
      icon: IconAddressBook,
    });
  if (mayRead(me, 'business-calendar.read'))
    items.push({
      key: 'businessCalendar',
      to: '/service-desk/business-calendar',
      group: 'servicedesk',
      order: 66,
      icon: IconCalendarCog,
    });
  return items;
};
