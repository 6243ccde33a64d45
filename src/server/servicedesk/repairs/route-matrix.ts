import { fresh } from '../../testing/fresh';
import { G, type MatrixRows, OTHER_TENANT, READERS_OF_A } from '../../testing/route-matrix';

/** Who registers repairs of A's devices: its trained admins, its partner, a site admin for its sites, the provider's admin. */
const REPAIR_WRITERS_OF_A = G('provider_admin', 'partner_admin', 'enterprise_admin', 'site_admin');
/** Who works a repair's steps: the provider's desk. */
const DESK = G('provider_admin', 'provider_agent');

export const REPAIR_ROUTES: MatrixRows = {
  'GET /api/repairs': {
    attempt: (w) => ({ url: `/api/repairs?enterpriseId=${w.enterprises.A.id}` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/repairs/preview': {
    attempt: async (w, t) => {
      const device = await fresh.device(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: '/api/repairs/preview', body: { deviceId: device.id } };
    },
    expect: { ...REPAIR_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/repairs': {
    attempt: async (w, t) => {
      const device = await fresh.device(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return {
        url: '/api/repairs',
        body: { deviceId: device.id, fault: 'Scherm blijft zwart', contact: { name: 'Tom' } },
      };
    },
    expect: { ...REPAIR_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/repairs/:repairId': {
    attempt: async (w, t) => {
      const repair = await fresh.repair(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/repairs/${repair.id}` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/repairs/:repairId/received': {
    attempt: async (w, t) => {
      const repair = await fresh.repair(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/repairs/${repair.id}/received`, body: {} };
    },
    expect: { ...DESK(200), others: 403 },
  },
  'POST /api/repairs/:repairId/shipped': {
    attempt: async (w, t) => {
      const repair = await fresh.repair(t.database.db, w.enterprises.A.id, w.sites.ams.id, {
        status: 'received',
      });
      return {
        url: `/api/repairs/${repair.id}/shipped`,
        body: { trackingReference: '3SXYZ0001', serial: 'SN-1' },
      };
    },
    expect: { ...DESK(200), others: 403 },
  },
  'POST /api/repairs/:repairId/closed': {
    attempt: async (w, t) => {
      const repair = await fresh.repair(t.database.db, w.enterprises.A.id, w.sites.ams.id, {
        status: 'shipped',
      });
      return { url: `/api/repairs/${repair.id}/closed`, body: {} };
    },
    expect: { ...DESK(200), others: 403 },
  },
  'GET /api/devices/:deviceId/repairs': {
    attempt: async (w, t) => {
      const repair = await fresh.repair(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/devices/${repair.deviceId}/repairs` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
