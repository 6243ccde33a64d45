import { defineContextPermissions } from '../access/permission-kinds';

/**
 * The service desk (issue 11): tickets and their comments. The guide (§4.1) has the Telecom
 * Manager report incidents: the enterprise admins (trained), their partner, and a site admin for
 * its own sites report and follow tickets; end users and the call-centre roles do not (they go
 * through their Telecom Manager). The provider's agents work every ticket.
 */
export const SERVICEDESK_PERMISSIONS = defineContextPermissions({
  context: 'servicedesk',
  kinds: {
    'tickets.read': 'read',
    'tickets.write': 'write',
    'ticket-comments.read': 'read',
    'ticket-comments.write': 'write',
  },
  grants: {
    provider_agent: ['tickets.read', 'tickets.write', 'ticket-comments.read', 'ticket-comments.write'],
    partner_admin: ['tickets.read', 'tickets.write', 'ticket-comments.read', 'ticket-comments.write'],
    enterprise_admin: ['tickets.read', 'tickets.write', 'ticket-comments.read', 'ticket-comments.write'],
    site_admin: ['tickets.read', 'tickets.write', 'ticket-comments.read', 'ticket-comments.write'],
  },
});
