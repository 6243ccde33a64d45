import { fresh } from '../../testing/fresh';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';
import { TICKET_WRITERS_OF_A } from '../tickets/route-matrix';

/** Complete answers of the line checklist at a site. */
export const lineChecklist = (siteId: string) => ({
  checklist: 'line-outage',
  version: 1,
  siteId,
  answers: {
    routerIsOurs: { answer: true },
    power: { answer: true },
    lanCabling: { answer: true },
    lineCabling: { answer: true },
    ledsBefore: [{ name: 'DSL', state: 'blinking' }],
    coldRestart: { answer: false },
    worksOnSite: { answer: false },
    worksInStreet: { answer: true, note: 'Graafwerk voor de deur' },
    telephonyWorks: { answer: false },
  },
});

export const CHECKLIST_ROUTES: MatrixRows = {
  'GET /api/checklists': {
    attempt: () => ({ url: '/api/checklists' }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(200), others: 403 },
  },
  'GET /api/tickets/:ticketId/checklists': {
    attempt: async (w, t) => {
      const ticket = await fresh.incident(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/tickets/${ticket.id}/checklists` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/tickets/:ticketId/checklists': {
    attempt: async (w, t) => {
      const ticket = await fresh.incident(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/tickets/${ticket.id}/checklists`, body: lineChecklist(w.sites.ams.id) };
    },
    expect: { ...TICKET_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
};
