import { IconSitemap } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavSection } from '../../shell/navigation';

/** The chosen customer's auto attendants (with their audio). */
export const attendantNavigation: NavSection = (me, enterpriseId) =>
  enterpriseId !== null && mayRead(me, 'auto-attendants.read')
    ? [
        enterpriseItem(enterpriseId, {
          key: 'autoAttendants',
          section: 'auto-attendants',
          order: 44,
          icon: IconSitemap,
        }),
      ]
    : [];
