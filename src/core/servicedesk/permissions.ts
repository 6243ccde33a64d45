import { defineContextPermissions } from '../access/permission-kinds';

/**
 * The service desk (issue 11): tickets and their comments. The guide (§4.1) has the Telecom
 * Manager report incidents: the enterprise admins (trained), their partner, and a site admin for
 * its own sites report and follow tickets; end users and the call-centre roles do not (they go
 * through their Telecom Manager). The provider's agents work every ticket. Whoever requests
 * changes reads the change catalogue and the tariff list (`catalogue.*`); the provider's
 * administrators edit both, and the contact matrix's desks (`desks.*`: read by the same people; the
 * out-of-hours PIN only by enterprise admins, partners and the provider). An enterprise's admins
 * (a site admin for its sites) announce works on their network or power (`announced-works.*`,
 * guide §3.2.4); the provider's desk marks incidents unjustified (`tickets.assess`), and the
 * yearly report of those is read by the desk and the enterprise's admins (`incident-reports.read`).
 * Whoever reports tickets registers repairs of its devices (`repairs.read`, `repairs.write`: a
 * site admin those of its sites' devices); the provider's desk works their steps (`repairs.handle`).
 * The business calendar's configuration (`business-calendar.*`: office hours, closures, the
 * holidays ahead) is read by the provider's staff and edited by its administrators only. Partners
 * and customers are not granted it: they see its effects, computed on the server (a ticket's due
 * moment, the preview's `dueAt`, the contact page's "open now"), and a closure's name is the
 * provider's own note (a company day, a training), not something to publish to every customer.
 * The SLA policies are the provider's (read by its desk, edited by its admins); the desk pauses,
 * resumes and re-prioritises tickets' SLA clocks (`tickets.sla`) and reads its queues (`desk-queues.read`).
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
    'desks.read': 'read',
    'desks.write': 'write',
    'announced-works.read': 'read',
    'announced-works.write': 'write',
    'tickets.assess': 'write',
    'incident-reports.read': 'read',
    'repairs.read': 'read',
    'repairs.write': 'write',
    'repairs.handle': 'write',
    'business-calendar.read': 'read',
    'business-calendar.write': 'write',
    'sla-policies.read': 'read',
    'sla-policies.write': 'write',
    'tickets.sla': 'write',
    'desk-queues.read': 'read',
  },
  grants: {
    provider_agent: [
      'tickets.read',
      'tickets.write',
      'ticket-comments.read',
      'ticket-comments.write',
      'catalogue.read',
      'desks.read',
      'announced-works.read',
      'tickets.assess',
      'incident-reports.read',
      'repairs.read',
      'repairs.handle',
      'business-calendar.read',
      'sla-policies.read',
      'tickets.sla',
      'desk-queues.read',
    ],
    partner_admin: [
      'tickets.read',
      'tickets.write',
      'ticket-comments.read',
      'ticket-comments.write',
      'catalogue.read',
      'desks.read',
      'announced-works.read',
      'announced-works.write',
      'incident-reports.read',
      'repairs.read',
      'repairs.write',
    ],
    enterprise_admin: [
      'tickets.read',
      'tickets.write',
      'ticket-comments.read',
      'ticket-comments.write',
      'catalogue.read',
      'desks.read',
      'announced-works.read',
      'announced-works.write',
      'incident-reports.read',
      'repairs.read',
      'repairs.write',
    ],
    site_admin: [
      'tickets.read',
      'tickets.write',
      'ticket-comments.read',
      'ticket-comments.write',
      'catalogue.read',
      'desks.read',
      'announced-works.read',
      'announced-works.write',
      'repairs.read',
      'repairs.write',
    ],
  },
});
