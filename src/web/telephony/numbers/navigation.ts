import { IconNumbers } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import { enterpriseItem, type NavSection } from '../../shell/navigation';

/** The number plan, after the users of the chosen customer. */
export const numberPlanNavigation: NavSection = (me, enterpriseId) =>
  enterpriseId !== null && mayRead(me, 'numbers.read')
    ? [enterpriseItem(enterpriseId, { key: 'numbers', section: 'numbers', order: 35, icon: IconNumbers })]
    : [];
