import { fresh } from '../../testing/fresh';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A, USER_WRITERS_OF_A } from '../../testing/route-matrix';

/** The incoming routes in the role × route matrix (all on Amsterdam, a site admin's own site). */
export const ROUTE_ROUTES: MatrixRows = {
  'GET /api/enterprises/:enterpriseId/incoming-routes': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/incoming-routes` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/incoming-routes': {
    attempt: async (w, t) => {
      const { numbers } = await fresh.numberBlock(t.database.db, w.enterprises.A.id, {
        siteId: w.sites.ams.id,
      });
      return {
        url: `/api/enterprises/${w.enterprises.A.id}/incoming-routes`,
        body: {
          name: `Matrix ${crypto.randomUUID()}`,
          siteId: w.sites.ams.id,
          number: numbers[0]?.number,
          destinations: { open: { type: 'user', id: w.users.uAms.id } },
        },
      };
    },
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/incoming-routes/:routeId': {
    attempt: async (w, t) => ({
      url: `/api/incoming-routes/${(await fresh.incomingRoute(t.database.db, w.enterprises.A.id, w.sites.ams.id, w.users.uAms.id)).id}`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/incoming-routes/:routeId': {
    attempt: async (w, t) => ({
      url: `/api/incoming-routes/${(await fresh.incomingRoute(t.database.db, w.enterprises.A.id, w.sites.ams.id, w.users.uAms.id)).id}`,
      body: { name: `Matrix ${crypto.randomUUID()}` },
    }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/incoming-routes/:routeId': {
    attempt: async (w, t) => ({
      url: `/api/incoming-routes/${(await fresh.incomingRoute(t.database.db, w.enterprises.A.id, w.sites.ams.id, w.users.uAms.id)).id}`,
    }),
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/incoming-routes/:routeId/route': {
    attempt: async (w, t) => ({
      url: `/api/incoming-routes/${(await fresh.incomingRoute(t.database.db, w.enterprises.A.id, w.sites.ams.id, w.users.uAms.id)).id}/route?at=2026-04-14T10:00:00%2B02:00`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
