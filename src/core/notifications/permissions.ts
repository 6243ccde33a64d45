import { defineContextPermissions } from '../access/permission-kinds';

/**
 * Notifications (DESIGN C7): the outbox is the provider's to watch. Its agents read it (a
 * customer asks whether the e-mail went out); only the provider's administrators send a failed
 * message again. Customers never read the outbox: it holds every tenant's mail.
 */
export const NOTIFICATIONS_PERMISSIONS = defineContextPermissions({
  context: 'notifications',
  kinds: {
    'outbox.read': 'read',
    'outbox.write': 'write',
  },
  grants: {
    provider_agent: ['outbox.read'],
  },
});
