import { randomUUID } from 'node:crypto';
import { fresh } from '../testing/fresh';
import {
  freshLogin,
  G,
  type MatrixRows,
  OTHER_TENANT,
  READERS_OF_A,
  USER_WRITERS_OF_A,
  WRITERS_OF_A,
} from '../testing/route-matrix';

/** The directory routes in the role × route matrix (see testing/route-matrix.ts). */
export const DIRECTORY_ROUTES: MatrixRows = {
  'GET /api/partners': {
    attempt: () => ({ url: '/api/partners' }),
    expect: { ...G('provider_admin', 'provider_agent')(200), others: 403 },
  },
  'POST /api/partners': {
    attempt: () => ({ url: '/api/partners', body: { name: `Partner ${randomUUID()}` } }),
    expect: { provider_admin: 201, others: 403 },
  },
  'GET /api/partners/:partnerId': {
    attempt: (w) => ({ url: `/api/partners/${w.partners.p1.id}` }),
    expect: { ...G('provider_admin', 'provider_agent')(200), others: 403 },
  },
  'PATCH /api/partners/:partnerId': {
    attempt: async (_w, t) => ({
      url: `/api/partners/${(await fresh.partner(t.database.db, t.providerId)).id}`,
      body: { name: `Renamed ${randomUUID()}` },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
  'DELETE /api/partners/:partnerId': {
    attempt: async (_w, t) => ({
      url: `/api/partners/${(await fresh.partner(t.database.db, t.providerId)).id}`,
    }),
    expect: { provider_admin: 204, others: 403 },
  },
  'GET /api/enterprises': {
    attempt: () => ({ url: '/api/enterprises' }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(200), others: 403 },
  },
  'POST /api/enterprises': {
    attempt: () => ({ url: '/api/enterprises', body: { name: `Enterprise ${randomUUID()}` } }),
    expect: { provider_admin: 201, others: 403 },
  },
  'GET /api/enterprises/:enterpriseId': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/enterprises/:enterpriseId': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}`,
      body: { customerNumber: `KL-${randomUUID().slice(0, 8)}` },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
  'DELETE /api/enterprises/:enterpriseId': {
    attempt: async (_w, t) => ({
      url: `/api/enterprises/${(await fresh.enterprise(t.database.db, t.providerId)).id}`,
    }),
    expect: { provider_admin: 204, others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/sites': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/sites` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/sites': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/sites`,
      body: {
        name: `Site ${randomUUID()}`,
        street: 'Kade 1',
        city: 'Delft',
        postcode: '2611AB',
        lineType: 'fibre',
        voiceChannels: 8,
        codec: 'g711',
      },
    }),
    expect: { ...WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/sites/:siteId': {
    attempt: (w) => ({ url: `/api/sites/${w.sites.ams.id}` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/sites/:siteId': {
    attempt: async (w, t) => ({
      url: `/api/sites/${(await fresh.site(t.database.db, w.enterprises.A.id)).id}`,
      body: { voiceChannels: 12 },
    }),
    expect: { ...WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/sites/:siteId': {
    attempt: async (w, t) => ({
      url: `/api/sites/${(await fresh.site(t.database.db, w.enterprises.A.id)).id}`,
    }),
    expect: { ...WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/users': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/users` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/users': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/users`,
      body: { name: 'New Person', siteId: w.sites.ams.id, profile: 'flex' },
    }),
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/users/:userId': {
    attempt: (w) => ({ url: `/api/users/${w.users.uAms.id}` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/users/:userId': {
    attempt: async (w, t) => ({
      url: `/api/users/${(await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
      body: { name: 'Renamed Person' },
    }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/users/:userId': {
    attempt: async (w, t) => ({
      url: `/api/users/${(await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/accounts': {
    attempt: () => ({ url: '/api/accounts' }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(200), others: 403 },
  },
  'POST /api/accounts': {
    attempt: async (w, t) => {
      const user = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return {
        url: '/api/accounts',
        body: {
          email: `login-${randomUUID()}@example.test`,
          name: 'Login',
          role: 'end_user',
          enterpriseId: w.enterprises.A.id,
          userId: user.id,
        },
      };
    },
    // Staff of B may create accounts, but A's user is not theirs: refused like a missing user.
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(422), others: 403 },
  },
  'GET /api/accounts/:accountId': {
    attempt: (w) => ({ url: `/api/accounts/${w.accounts.enterprise_admin.id}` }),
    // A site admin sees only the user logins of its sites, not the Telecom Manager.
    expect: { ...READERS_OF_A(200), site_admin: 404, ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/accounts/:accountId': {
    attempt: async (w, t) => ({
      url: `/api/accounts/${(await freshLogin(w, t)).id}`,
      body: { name: 'Renamed Login' },
    }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/accounts/:accountId': {
    attempt: async (w, t) => ({ url: `/api/accounts/${(await freshLogin(w, t)).id}` }),
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/accounts/:accountId/reset-password': {
    attempt: async (w, t) => ({ url: `/api/accounts/${(await freshLogin(w, t)).id}/reset-password` }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/accounts/:accountId/unlock': {
    attempt: async (w, t) => ({ url: `/api/accounts/${(await freshLogin(w, t)).id}/unlock` }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/accounts/:accountId/reset-two-factor': {
    attempt: async (w, t) => ({ url: `/api/accounts/${(await freshLogin(w, t)).id}/reset-two-factor` }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
