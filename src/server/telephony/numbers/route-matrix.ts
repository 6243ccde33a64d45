import { fresh } from '../../testing/fresh';
import {
  type MatrixRows,
  OTHER_TENANT,
  READERS_OF_A,
  USER_WRITERS_OF_A,
  WRITERS_OF_A,
} from '../../testing/route-matrix';

let nextFirst = 0;

/** A fresh block start for each attempt, so repeated attempts never overlap. */
function nextBlockStart(): string {
  nextFirst += 10;
  return `043 35${String(100_000 + nextFirst).slice(1)}`;
}

/** The number plan's routes in the role × route matrix. */
export const NUMBER_PLAN_ROUTES: MatrixRows = {
  'GET /api/enterprises/:enterpriseId/telephony-settings': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/telephony-settings` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PUT /api/enterprises/:enterpriseId/telephony-settings': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/telephony-settings`,
      body: { extensionLength: 3 },
    }),
    expect: { ...WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/number-blocks': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/number-blocks` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/number-blocks': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/number-blocks`,
      body: { first: nextBlockStart(), size: 10 },
    }),
    expect: { provider_admin: 201, others: 403 },
  },
  'GET /api/number-blocks/:blockId': {
    attempt: async (w, t) => {
      const { block } = await fresh.numberBlock(t.database.db, w.enterprises.A.id, {
        siteId: w.sites.ams.id,
      });
      return { url: `/api/number-blocks/${block.id}` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/number-blocks/:blockId': {
    attempt: async (w, t) => {
      const { block } = await fresh.numberBlock(t.database.db, w.enterprises.A.id);
      return { url: `/api/number-blocks/${block.id}` };
    },
    expect: { provider_admin: 204, others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/numbers': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/numbers?state=free` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/numbers/:numberId': {
    attempt: async (w, t) => {
      const { numbers } = await fresh.numberBlock(t.database.db, w.enterprises.A.id, {
        siteId: w.sites.ams.id,
      });
      return { url: `/api/numbers/${numbers[0]?.id}` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/numbers/:numberId': {
    attempt: async (w, t) => {
      const { numbers } = await fresh.numberBlock(t.database.db, w.enterprises.A.id, {
        siteId: w.sites.ams.id,
      });
      return {
        url: `/api/numbers/${numbers[0]?.id}`,
        body: { state: 'reserved', note: 'for the new reception' },
      };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/users/:userId/numbers': {
    attempt: (w) => ({ url: `/api/users/${w.users.uAms.id}/numbers` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PUT /api/users/:userId/numbers': {
    attempt: async (w, t) => {
      const user = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      const { numbers } = await fresh.numberBlock(t.database.db, w.enterprises.A.id, {
        siteId: w.sites.ams.id,
      });
      return {
        url: `/api/users/${user.id}/numbers`,
        body: { extension: null, fixed: numbers[0]?.number, mobile: null },
      };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
