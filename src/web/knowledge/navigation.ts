import { IconSchool } from '@tabler/icons-react';
import { mayRead } from '../access/permissions';
import { enterpriseItem, type NavItem, type NavSection } from '../shell/navigation';

export const knowledgeNavigation: NavSection = (me, enterpriseId) => {
  const items: NavItem[] = [];
  if (!mayRead(me, 'trainings.read')) return items;
  // The list over all customers gives way to the chosen customer's own: one "Trainings" at a time.
  if (me.enterpriseIds === null && enterpriseId === null) {
    items.push({
      key: 'allTrainings',
      to: '/training-records',
      group: 'provider',
      order: 40,
      icon: IconSchool,
    });
  }
  if (enterpriseId !== null && mayRead(me, 'enterprises.read')) {
    items.push(
      enterpriseItem(enterpriseId, {
        key: 'trainings',
        section: 'training-records',
        order: 80,
        icon: IconSchool,
      }),
    );
  }
  return items;
};
