import { randomBytes } from 'node:crypto';
import { catalogueItems, tariffs } from '../../db/schema';
import type { TestApp } from '../../testing/harness';
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

/** A catalogue item and a tariff of their own, written straight to the database. */
async function freshItem(t: TestApp): Promise<string> {
  const key = freshKey('matrix-item');
  const now = t.clock.now();
  await t.database.db.insert(catalogueItems).values({
    key,
    category: 'one_net',
    nameNl: 'Matrix',
    nameEn: 'Matrix',
    descriptionNl: 'Een item',
    descriptionEn: 'An item',
    leadTime: { kind: 'working_days', count: 3 },
    leadTimeByLineType: {},
    asks: [],
    cost: null,
    costTariffKey: null,
    active: true,
    position: 5000,
    createdAt: now,
    updatedAt: now,
  });
  return key;
}
async function freshTariff(t: TestApp): Promise<string> {
  const key = freshKey('matrix-tariff');
  const now = t.clock.now();
  await t.database.db.insert(tariffs).values({
    key,
    nameNl: 'Matrix',
    nameEn: 'Matrix',
    unit: 'each',
    amountCents: 1000,
    createdAt: now,
    updatedAt: now,
  });
  return key;
}

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
      url: `/api/change-catalogue/${await freshItem(t)}`,
      body: { position: 6000 },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
  'DELETE /api/change-catalogue/:key': {
    attempt: async (_w, t) => ({ url: `/api/change-catalogue/${await freshItem(t)}` }),
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
    attempt: async (_w, t) => ({ url: `/api/tariffs/${await freshTariff(t)}`, body: { amount: 20 } }),
    expect: { provider_admin: 200, others: 403 },
  },
  'DELETE /api/tariffs/:key': {
    attempt: async (_w, t) => ({ url: `/api/tariffs/${await freshTariff(t)}` }),
    expect: { provider_admin: 204, others: 403 },
  },
};
