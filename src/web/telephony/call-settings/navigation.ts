import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavSection } from '../../shell/navigation';

/** The enterprise's telephony settings (caller ID, transfer, queue messages). */
export const callSettingsNavigation: NavSection = (me, enterpriseId) =>
  enterpriseId !== null && mayRead(me, 'telephony-settings.read')
    ? [
        enterpriseItem(enterpriseId, {
          key: 'callSettings',
          section: 'call-settings',
          order: 38,
          icon: IconAdjustmentsHorizontal,
        }),
      ]
    : [];
