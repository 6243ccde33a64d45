import { DEFAULT_CALL_RESTRICTIONS } from '../../../core/telephony/call-classes';
import { fresh } from '../../testing/fresh';
import {
  type MatrixRows,
  OTHER_TENANT,
  READERS_OF_A,
  USER_WRITERS_OF_A,
  WRITERS_OF_A,
} from '../../testing/route-matrix';

/** The call restrictions' routes in the role × route matrix. */
export const CALL_RESTRICTION_ROUTES: MatrixRows = {
  'GET /api/enterprises/:enterpriseId/call-restrictions': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/call-restrictions` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PUT /api/enterprises/:enterpriseId/call-restrictions': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/call-restrictions`,
      body: { restrictions: DEFAULT_CALL_RESTRICTIONS },
    }),
    expect: { ...WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/call-restrictions/check': {
    // A user of Utrecht: the site admin (of Amsterdam) knows no such user (its own are in the API test).
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/call-restrictions/check`,
      body: { userId: w.users.uUtr.id, dialled: '0900 123 4567' },
    }),
    expect: { ...READERS_OF_A(200), site_admin: 422, ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/users/:userId/call-restrictions': {
    // Cross-site: a user of Utrecht is not found for the site admin of Amsterdam.
    attempt: (w) => ({ url: `/api/users/${w.users.uUtr.id}/call-restrictions` }),
    expect: { ...READERS_OF_A(200), site_admin: 404, ...OTHER_TENANT(404), others: 403 },
  },
  'PUT /api/users/:userId/call-restrictions': {
    attempt: async (w, t) => {
      // Cross-site: a fresh user of Utrecht, out of the Amsterdam site admin's hands.
      const user = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.utr.id);
      return {
        url: `/api/users/${user.id}/call-restrictions`,
        body: { followsDefault: false, restrictions: { ...DEFAULT_CALL_RESTRICTIONS, international: false } },
      };
    },
    expect: { ...USER_WRITERS_OF_A(200), site_admin: 404, ...OTHER_TENANT(404), others: 403 },
  },
};
