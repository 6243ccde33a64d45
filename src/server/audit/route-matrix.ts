import { type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../testing/route-matrix';

/** The audit routes in the role × route matrix (see testing/route-matrix.ts). */
export const AUDIT_ROUTES: MatrixRows = {
  'GET /api/audit-events': {
    attempt: () => ({ url: '/api/audit-events' }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(200), others: 403 },
  },
};
