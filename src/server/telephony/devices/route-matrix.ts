import { freshMac } from '../../testing/factories/telephony-devices';
import { fresh } from '../../testing/fresh';
import { type MatrixRows, OTHER_TENANT, READERS_OF_A, USER_WRITERS_OF_A } from '../../testing/route-matrix';

/** Everyone with the catalogue's read permission: the provider's, the partners' and the customers' staff. */
const CATALOGUE_READERS = { ...READERS_OF_A(200), ...OTHER_TENANT(200) };

/** The device catalogue's and the devices' routes in the role × route matrix. */
export const DEVICE_ROUTES: MatrixRows = {
  'GET /api/device-models': {
    attempt: () => ({ url: '/api/device-models' }),
    expect: { ...CATALOGUE_READERS, others: 403 },
  },
  'POST /api/device-models': {
    attempt: () => ({
      url: '/api/device-models',
      body: { vendor: 'Matrix', model: `M-${freshMac()}`, kind: 'desk_phone', maxLines: 2 },
    }),
    expect: { provider_admin: 201, others: 403 },
  },
  'GET /api/device-models/:modelId': {
    attempt: async (_w, t) => ({ url: `/api/device-models/${(await fresh.deviceModel(t.database.db)).id}` }),
    expect: { ...CATALOGUE_READERS, others: 403 },
  },
  'PATCH /api/device-models/:modelId': {
    attempt: async (_w, t) => ({
      url: `/api/device-models/${(await fresh.deviceModel(t.database.db)).id}`,
      body: { active: false },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
  'DELETE /api/device-models/:modelId': {
    attempt: async (_w, t) => ({ url: `/api/device-models/${(await fresh.deviceModel(t.database.db)).id}` }),
    expect: { provider_admin: 204, others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/devices': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/devices` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/devices': {
    attempt: async (w, t) => {
      const model = await fresh.deviceModel(t.database.db);
      return {
        url: `/api/enterprises/${w.enterprises.A.id}/devices`,
        body: {
          siteId: w.sites.ams.id,
          modelId: model.id,
          userId: w.users.uAms.id,
          mac: freshMac(),
          ownership: 'bought',
          ownershipDate: '2026-03-01',
        },
      };
    },
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/devices/:deviceId': {
    attempt: async (w, t) => {
      const device = await fresh.device(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/devices/${device.id}` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/devices/:deviceId': {
    attempt: async (w, t) => {
      const device = await fresh.device(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/devices/${device.id}`, body: { label: 'Receptie', ownership: 'bought' } };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/devices/:deviceId': {
    attempt: async (w, t) => {
      const device = await fresh.device(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/devices/${device.id}` };
    },
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/devices/:deviceId/lines/:line/credentials': {
    attempt: async (w, t) => {
      const device = await fresh.device(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/devices/${device.id}/lines/1/credentials` };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
