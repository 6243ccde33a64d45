import { IconBarrierBlock, IconChartBar } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavItem, type NavSection } from '../../shell/navigation';

/** The chosen customer's announced works, and the yearly report of its unjustified incidents. */
export const worksNavigation: NavSection = (me, enterpriseId) => {
  const items: NavItem[] = [];
  if (enterpriseId === null) return items;
  if (mayRead(me, 'announced-works.read'))
    items.push(
      enterpriseItem(enterpriseId, {
        key: 'announcedWorks',
        section: 'announced-works',
        order: 80,
        icon: IconBarrierBlock,
      }),
    );
  if (mayRead(me, 'incident-reports.read'))
    items.push(
      enterpriseItem(enterpriseId, {
        key: 'unjustifiedReport',
        section: 'reports/unjustified-incidents',
        order: 85,
        icon: IconChartBar,
      }),
    );
  return items;
};
