import { randomBytes } from 'node:crypto';
import { fresh } from '../../testing/fresh';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';

/** Whoever requests changes reads the catalogue: the provider's, the partners' and the customers' staff. */
const CATALOGUE_READERS = { ...READERS_OF_A(200), ...OTHER_TENANT(200) };

const freshKey = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`;
const item = {
  category: 'one_net',
  name: { nl: 'Matrix', en: 'Matrix' },
  description: { nl: 'Een item van de matrix', en: 'An item of the matrix' },
  leadTime: { kind: 'working_days', count: 3 },
};

export const CATALOGUE_ROUTES: MatrixRows = {
  'GET /api/change-catalogue': {
    attempt: () => ({ url: '/api/change-catalogue' }),
    expect: { ...CATALOGUE_READERS, others: 403 },
  },
  'POST /api/change-catalogue': {
    attempt: () => ({ url: '/api/change-catalogue', body: { key: freshKey('matrix-new'), ...item } }),
    expect: { provider_admin: 201, others: 403 },
  },
  'GET /api/change-catalogue/:key': {
    attempt: () => ({ url: '/api/change-catalogue/hunt-group-change' }),
    expect: { ...CATALOGUE_READERS, others: 403 },
  },
  'PATCH /api/change-catalogue/:key': {
    attempt: async (_w, t) => ({
      url: `/api/change-catalogue/${(await fresh.catalogueItem(t.database.db)).key}`,
      body: { position: 6000 },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
  'DELETE /api/change-catalogue/:key': {
    attempt: async (_w, t) => ({
      url: `/api/change-catalogue/${(await fresh.catalogueItem(t.database.db)).key}`,
    }),
    expect: { provider_admin: 204, others: 403 },
  },
  'GET /api/tariffs': {
    attempt: () => ({ url: '/api/tariffs' }),
    expect: { ...CATALOGUE_READERS, others: 403 },
  },
  'POST /api/tariffs': {
    attempt: () => ({
      url: '/api/tariffs',
      body: { key: freshKey('matrix-new'), name: { nl: 'M', en: 'M' }, unit: 'each', amount: 12.5 },
    }),
    expect: { provider_admin: 201, others: 403 },
  },
  'GET /api/tariffs/:key': {
    attempt: () => ({ url: '/api/tariffs/hourly-rate' }),
    expect: { ...CATALOGUE_READERS, others: 403 },
  },
  'PATCH /api/tariffs/:key': {
    attempt: async (_w, t) => ({
      url: `/api/tariffs/${(await fresh.tariff(t.database.db)).key}`,
      body: { amount: 20 },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
  'DELETE /api/tariffs/:key': {
    attempt: async (_w, t) => ({ url: `/api/tariffs/${(await fresh.tariff(t.database.db)).key}` }),
    expect: { provider_admin: 204, others: 403 },
  },
};
