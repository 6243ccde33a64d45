import { IconMailForward } from '@tabler/icons-react';
import { mayRead } from '../../access/permissions';
import type { NavSection } from '../../shell/navigation';

/** The provider's outbox, in the service desk's group (its messages are the desk's so far). */
export const outboxNavigation: NavSection = (me) =>
  mayRead(me, 'outbox.read')
    ? [{ key: 'outbox', to: '/outbox', group: 'servicedesk', order: 90, icon: IconMailForward }]
    : [];
