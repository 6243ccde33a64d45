import { fresh } from '../../testing/fresh';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';
import { TICKET_WRITERS_OF_A } from '../tickets/route-matrix';

export const TICKET_COMMENT_ROUTES: MatrixRows = {
  'GET /api/tickets/:ticketId/comments': {
    attempt: async (w, t) => {
      const ticket = await fresh.ticket(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/tickets/${ticket.id}/comments` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/tickets/:ticketId/comments': {
    attempt: async (w, t) => {
      const ticket = await fresh.ticket(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/tickets/${ticket.id}/comments`, body: { body: 'Is er al nieuws?' } };
    },
    expect: { ...TICKET_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
};
