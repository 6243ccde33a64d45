import { IconFileSpreadsheet } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavSection } from '../../shell/navigation';

/** The provisioning form, after the number plan of the chosen customer (not for site admins). */
export const provisioningNavigation: NavSection = (me, enterpriseId) =>
  enterpriseId !== null && mayRead(me, 'provisioning.read')
    ? [
        enterpriseItem(enterpriseId, {
          key: 'provisioning',
          section: 'provisioning',
          order: 39,
          icon: IconFileSpreadsheet,
        }),
      ]
    : [];
