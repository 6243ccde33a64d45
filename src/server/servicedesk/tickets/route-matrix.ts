import { fresh } from '../../testing/fresh';
import { G, type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';

/** Who works tickets of enterprise A: the provider's desk, and A's Telecom Managers (trained). */
export const TICKET_WRITERS_OF_A = G(
  'provider_admin',
  'provider_agent',
  'partner_admin',
  'enterprise_admin',
  'site_admin',
);

export const TICKET_ROUTES: MatrixRows = {
  'GET /api/tickets': {
    attempt: (w) => ({ url: `/api/tickets?enterpriseId=${w.enterprises.A.id}` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/tickets': {
    attempt: (w) => ({
      url: '/api/tickets',
      body: {
        type: 'service',
        enterpriseId: w.enterprises.A.id,
        title: 'Extra toestel',
        description: 'Graag een extra toestel op de receptie',
        siteId: w.sites.ams.id,
        businessCritical: false,
        contact: { name: 'Tom', phone: '020 794 0000' },
      },
    }),
    expect: { ...TICKET_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/tickets/preview': {
    attempt: (w) => ({
      url: '/api/tickets/preview',
      body: {
        type: 'change',
        enterpriseId: w.enterprises.A.id,
        catalogueItem: 'hunt-group-change',
        description: 'Een extra lid in de huntgroep',
      },
    }),
    expect: { ...TICKET_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/tickets/:ticketId': {
    attempt: async (w, t) => {
      const ticket = await fresh.ticket(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/tickets/${ticket.id}` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/tickets/:ticketId/status': {
    // Answering a ticket that waits for the customer: a step both the desk and the customer may take.
    attempt: async (w, t) => {
      const ticket = await fresh.ticket(t.database.db, w.enterprises.A.id, w.sites.ams.id, {
        status: 'waiting_for_customer',
      });
      return { url: `/api/tickets/${ticket.id}/status`, body: { status: 'in_progress' } };
    },
    expect: { ...TICKET_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
