import { IconPhoneOff } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavSection } from '../../shell/navigation';

/** Call restrictions, after the number plan of the chosen customer. */
export const callRestrictionNavigation: NavSection = (me, enterpriseId) =>
  enterpriseId !== null && mayRead(me, 'telephony-settings.read')
    ? [
        enterpriseItem(enterpriseId, {
          key: 'callRestrictions',
          section: 'call-restrictions',
          order: 36,
          icon: IconPhoneOff,
        }),
      ]
    : [];
