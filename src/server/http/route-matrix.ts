import type { MatrixRows } from '../testing/route-matrix';

/** The http routes in the role × route matrix (see testing/route-matrix.ts). */
export const HTTP_ROUTES: MatrixRows = {
  'GET /api/health': { attempt: () => ({ url: '/api/health' }), expect: { anonymous: 200, others: 200 } },
  'GET /api/openapi.json': {
    attempt: () => ({ url: '/api/openapi.json' }),
    expect: { anonymous: 200, others: 200 },
  },
};
