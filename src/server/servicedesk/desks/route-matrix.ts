import { fresh } from '../../testing/fresh';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';

/** Whoever reports tickets reads the contact matrix; end users and the call-centre roles do not (guide appendix 2). */
const DESK_READERS = { ...READERS_OF_A(200), ...OTHER_TENANT(200) };

export const DESK_ROUTES: MatrixRows = {
  'GET /api/desks': { attempt: () => ({ url: '/api/desks' }), expect: { ...DESK_READERS, others: 403 } },
  'POST /api/desks': {
    attempt: () => ({
      url: '/api/desks',
      body: { name: { nl: 'Nieuw', en: 'New' }, handles: ['billing'], hours: 'office' },
    }),
    expect: { provider_admin: 201, others: 403 },
  },
  'GET /api/desks/:deskId': {
    attempt: async (_w, t) => ({ url: `/api/desks/${(await fresh.desk(t.database.db)).id}` }),
    expect: { ...DESK_READERS, others: 403 },
  },
  'PATCH /api/desks/:deskId': {
    attempt: async (_w, t) => ({
      url: `/api/desks/${(await fresh.desk(t.database.db)).id}`,
      body: { position: 9001 },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
  'DELETE /api/desks/:deskId': {
    attempt: async (_w, t) => ({ url: `/api/desks/${(await fresh.desk(t.database.db)).id}` }),
    expect: { provider_admin: 204, others: 403 },
  },
  'GET /api/contact': { attempt: () => ({ url: '/api/contact' }), expect: { ...DESK_READERS, others: 403 } },
};
