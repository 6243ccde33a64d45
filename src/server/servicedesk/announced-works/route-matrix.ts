import { fresh } from '../../testing/fresh';
import { G, type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';

/** Who announces works of enterprise A: its trained admins, its partner, a site admin for its sites, the provider. */
const WORKS_WRITERS_OF_A = G('provider_admin', 'partner_admin', 'enterprise_admin', 'site_admin');
/** Who marks incidents unjustified: the provider's desk. */
const DESK = G('provider_admin', 'provider_agent');
/** Who reads the yearly report: the desk and the enterprise's admins (not a site admin). */
const REPORT_READERS = G(
  'provider_admin',
  'provider_agent',
  'partner_admin',
  'enterprise_admin',
  'enterprise_admin_untrained',
);

const HOUR = 60 * 60 * 1000;
const works = (siteId: string) => ({
  siteId,
  kind: 'network',
  description: 'Nieuwe switches in de serverruimte',
  startsAt: new Date(Date.now() + HOUR).toISOString(),
  endsAt: new Date(Date.now() + 3 * HOUR).toISOString(),
});

export const ANNOUNCED_WORKS_ROUTES: MatrixRows = {
  'GET /api/enterprises/:enterpriseId/announced-works': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/announced-works` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/announced-works': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/announced-works`,
      body: works(w.sites.ams.id),
    }),
    expect: { ...WORKS_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/announced-works/:worksId': {
    attempt: async (w, t) => {
      const row = await fresh.announcedWorks(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return {
        url: `/api/announced-works/${row.id}`,
        body: { description: 'Nieuwe switches, tweede ronde' },
      };
    },
    expect: { ...WORKS_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/announced-works/:worksId': {
    attempt: async (w, t) => {
      const row = await fresh.announcedWorks(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/announced-works/${row.id}` };
    },
    expect: { ...WORKS_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/tickets/:ticketId/unjustified': {
    attempt: async (w, t) => {
      const ticket = await fresh.incident(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return {
        url: `/api/tickets/${ticket.id}/unjustified`,
        body: { reason: 'Stroom uitgeschakeld door de klant' },
      };
    },
    expect: { ...DESK(200), others: 403 },
  },
  'DELETE /api/tickets/:ticketId/unjustified': {
    attempt: async (w, t) => {
      const ticket = await fresh.incident(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/tickets/${ticket.id}/unjustified` };
    },
    expect: { ...DESK(200), others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/reports/unjustified-incidents': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/reports/unjustified-incidents?year=2026`,
    }),
    expect: { ...REPORT_READERS(200), ...OTHER_TENANT(404), others: 403 },
  },
};
