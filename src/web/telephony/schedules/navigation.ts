import { IconCalendarTime } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavSection } from '../../shell/navigation';

/** The chosen customer's schedules (opening hours, holidays and closures). */
export const scheduleNavigation: NavSection = (me, enterpriseId) =>
  enterpriseId !== null && mayRead(me, 'schedules.read')
    ? [
        enterpriseItem(enterpriseId, {
          key: 'schedules',
          section: 'schedules',
          order: 40,
          icon: IconCalendarTime,
        }),
      ]
    : [];
