import { type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';

/** The simulator's route in the role × route matrix (site admins do not simulate: see ARCHITECTURE). */
export const ROUTING_ROUTES: MatrixRows = {
  'POST /api/enterprises/:enterpriseId/simulate': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/simulate`,
      body: { from: '+31612345678', to: '112' },
    }),
    expect: { ...READERS_OF_A(200), site_admin: 403, ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/config-checks': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/config-checks` }),
    expect: { ...READERS_OF_A(200), site_admin: 403, ...OTHER_TENANT(404), others: 403 },
  },
};
