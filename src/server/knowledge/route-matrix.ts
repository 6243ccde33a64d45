import { fresh } from '../testing/fresh';
import { G, type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../testing/route-matrix';

/** The knowledge routes in the role × route matrix (see testing/route-matrix.ts). */
export const KNOWLEDGE_ROUTES: MatrixRows = {
  'GET /api/training-records': {
    attempt: () => ({ url: '/api/training-records' }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(200), others: 403 },
  },
  'POST /api/training-records': {
    attempt: (w) => ({
      url: '/api/training-records',
      body: { accountId: w.accounts.receptionist.id, training: 'receptionist', completedOn: '2026-03-02' },
    }),
    expect: { ...G('provider_admin', 'provider_agent')(201), others: 403 },
  },
  'DELETE /api/training-records/:recordId': {
    attempt: async (w, t) => ({
      url: `/api/training-records/${(await fresh.trainingRecord(t.database.db, w.accounts.end_user.id)).id}`,
    }),
    expect: { ...G('provider_admin', 'provider_agent')(204), others: 403 },
  },
};
