import { listDesks } from '../../servicedesk/desks/repository';
import { fresh } from '../../testing/fresh';
import { G, type MatrixRows } from '../../testing/route-matrix';
import { recordSlaEvents, startClocks } from './clocks';

/** The provider's desk: reads the SLA policies and queues, pauses and resumes clocks, re-prioritises. */
const DESK = G('provider_admin', 'provider_agent');

/** A service request of enterprise A with its clocks started (as a new ticket has them). */
async function clockedTicket(
  w: Parameters<MatrixRows[string]['attempt']>[0],
  t: Parameters<MatrixRows[string]['attempt']>[1],
) {
  const ticket = { ...(await fresh.ticket(t.database.db, w.enterprises.A.id, w.sites.ams.id)), dueAt: null };
  await startClocks({ services: t.app.services, now: new Date() }, t.database.db, ticket);
  return ticket;
}

export const SLA_ROUTES: MatrixRows = {
  'GET /api/sla-policies': {
    attempt: () => ({ url: '/api/sla-policies' }),
    expect: { ...DESK(200), others: 403 },
  },
  'GET /api/sla-policies/:key': {
    attempt: () => ({ url: '/api/sla-policies/incident-critical' }),
    expect: { ...DESK(200), others: 403 },
  },
  'PATCH /api/sla-policies/:key': {
    attempt: () => ({ url: '/api/sla-policies/repair-low', body: { warnShare: 0.75 } }),
    expect: { provider_admin: 200, others: 403 },
  },
  'POST /api/tickets/:ticketId/sla-pause': {
    attempt: async (w, t) => ({
      url: `/api/tickets/${(await clockedTicket(w, t)).id}/sla-pause`,
      body: { reason: 'waiting_supplier' },
    }),
    expect: { ...DESK(200), others: 403 },
  },
  'POST /api/tickets/:ticketId/sla-resume': {
    attempt: async (w, t) => {
      const ticket = await clockedTicket(w, t);
      await recordSlaEvents({ services: t.app.services, now: new Date() }, t.database.db, ticket, [
        { clock: 'resolution', event: { type: 'paused', at: new Date(), reason: 'waiting_parts' } },
      ]);
      return { url: `/api/tickets/${ticket.id}/sla-resume` };
    },
    expect: { ...DESK(200), others: 403 },
  },
  'PATCH /api/tickets/:ticketId': {
    attempt: async (w, t) => ({
      url: `/api/tickets/${(await clockedTicket(w, t)).id}`,
      body: { urgency: 'high' },
    }),
    expect: { ...DESK(200), others: 403 },
  },
  'GET /api/desks/:deskId/queue': {
    attempt: async (_w, t) => {
      const [desk] = await listDesks(t.database.db);
      return { url: `/api/desks/${desk?.id}/queue?status=new` };
    },
    expect: { ...DESK(200), others: 403 },
  },
};
