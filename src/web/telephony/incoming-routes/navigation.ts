import { IconRoute } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavSection } from '../../shell/navigation';

/** The chosen customer's incoming routes. */
export const incomingRouteNavigation: NavSection = (me, enterpriseId) =>
  enterpriseId !== null && mayRead(me, 'incoming-routes.read')
    ? [
        enterpriseItem(enterpriseId, {
          key: 'incomingRoutes',
          section: 'incoming-routes',
          order: 45,
          icon: IconRoute,
        }),
      ]
    : [];
