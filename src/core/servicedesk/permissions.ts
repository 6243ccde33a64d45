import { defineContextPermissions } from '../access/permission-kinds';

/**
 * The service desk (issue 11): tickets and their comments. The guide (§4.1) has the Telecom
 * Manager report incidents: the enterprise admins (trained), their partner, and a site admin for
 * its own sites report and follow tickets; end users and the call-centre roles do not (they go
 * through their Telecom Manager). The provider's agents work every ticket. Whoever requests
 * changes reads the change catalogue and the tariff list (`catalogue.*`); the provider's
 * administrators edit both.
 */
export const SERVICEDESK_PERMISSIONS = defineContextPermissions({
  context: 'servicedesk',
  kinds: {
    'tickets.read': 'read',
    'tickets.write': 'write',
    'ticket-comments.read': 'read',
    'ticket-comments.write': 'write',
    'catalogue.read': 'read',
    'catalogue.write': 'write',
  },
  grants: {
    provider_agent: [
      'tickets.read',
      'tickets.write',
      'ticket-comments.read',
      'ticket-comments.write',
      'catalogue.read',
    ],
    partner_admin: [
      'tickets.read',
      'tickets.write',
      'ticket-comments.read',
      'ticket-comments.write',
      'catalogue.read',
    ],
    enterprise_admin: [
      'tickets.read',
      'tickets.write',
      'ticket-comments.read',
      'ticket-comments.write',
      'catalogue.read',
    ],
    site_admin: [
      'tickets.read',
      'tickets.write',
      'ticket-comments.read',
      'ticket-comments.write',
      'catalogue.read',
    ],
  },
});
