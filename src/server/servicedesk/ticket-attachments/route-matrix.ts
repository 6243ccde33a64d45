import { fresh } from '../../testing/fresh';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';
import { TICKET_WRITERS_OF_A } from '../tickets/route-matrix';

const attachmentOfA = async (
  w: Parameters<MatrixRows[string]['attempt']>[0],
  t: Parameters<MatrixRows[string]['attempt']>[1],
) => {
  const ticket = await fresh.ticket(t.database.db, w.enterprises.A.id, w.sites.ams.id);
  return fresh.attachment(t.database.db, ticket.id);
};

export const TICKET_ATTACHMENT_ROUTES: MatrixRows = {
  'GET /api/tickets/:ticketId/attachments': {
    attempt: async (w, t) => {
      const ticket = await fresh.ticket(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/tickets/${ticket.id}/attachments` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/tickets/:ticketId/attachments': {
    attempt: async (w, t) => {
      const ticket = await fresh.ticket(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return {
        url: `/api/tickets/${ticket.id}/attachments?name=trace.txt`,
        body: Buffer.from('INVITE sip:201@demo SIP/2.0\r\n'),
        contentType: 'text/plain',
      };
    },
    expect: { ...TICKET_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/ticket-attachments/:attachmentId': {
    attempt: async (w, t) => ({ url: `/api/ticket-attachments/${(await attachmentOfA(w, t)).id}` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/ticket-attachments/:attachmentId/content': {
    attempt: async (w, t) => ({ url: `/api/ticket-attachments/${(await attachmentOfA(w, t)).id}/content` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
