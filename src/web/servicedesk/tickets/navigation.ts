import { IconAlertTriangle, IconHeadset, IconTicket } from '@tabler/icons-react';
import { isProviderStaff, mayRead, mayWrite } from '../../access/permissions';
import { enterprisePath, type NavItem, type NavSection } from '../../shell/navigation';

/**
 * The service desk's group: for customers "Report an incident" (for the chosen enterprise) and
 * "My tickets"; for the provider's desk its list of every customer's tickets.
 */
export const ticketNavigation: NavSection = (me, enterpriseId) => {
  const items: NavItem[] = [];
  if (isProviderStaff(me)) {
    if (mayRead(me, 'tickets.read'))
      items.push({ key: 'deskTickets', to: '/tickets', group: 'servicedesk', order: 10, icon: IconHeadset });
    return items;
  }
  if (enterpriseId !== null && mayWrite(me, 'tickets.write')) {
    items.push({
      key: 'reportIncident',
      to: enterprisePath(enterpriseId, 'report-incident'),
      group: 'servicedesk',
      order: 10,
      icon: IconAlertTriangle,
    });
  }
  if (mayRead(me, 'tickets.read'))
    items.push({ key: 'myTickets', to: '/tickets', group: 'servicedesk', order: 20, icon: IconTicket });
  return items;
};
