import { fresh } from '../../testing/fresh';
import {
  G,
  type MatrixRows,
  OTHER_TENANT,
  READERS_OF_A,
  USER_WRITERS_OF_A,
} from '../../testing/route-matrix';

const OWN_PHONE = G('end_user', 'agent', 'supervisor', 'receptionist');

/** Hunt groups, their members, "my hunt groups" and call pickup groups in the role × route matrix. */
export const GROUP_ROUTES: MatrixRows = {
  'GET /api/enterprises/:enterpriseId/hunt-groups': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/hunt-groups` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/hunt-groups': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/hunt-groups`,
      body: { siteId: w.sites.ams.id, name: `Matrix ${crypto.randomUUID()}` },
    }),
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/hunt-groups/:huntGroupId': {
    attempt: async (w, t) => ({
      url: `/api/hunt-groups/${(await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/hunt-groups/:huntGroupId': {
    attempt: async (w, t) => ({
      url: `/api/hunt-groups/${(await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
      body: { distribution: 'circular' },
    }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/hunt-groups/:huntGroupId': {
    attempt: async (w, t) => ({
      url: `/api/hunt-groups/${(await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/hunt-groups/:huntGroupId/members': {
    attempt: async (w, t) => ({
      url: `/api/hunt-groups/${(await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}/members`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/hunt-groups/:huntGroupId/members': {
    attempt: async (w, t) => ({
      url: `/api/hunt-groups/${(await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}/members`,
      body: { userId: w.users.uAms.id },
    }),
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'PUT /api/hunt-groups/:huntGroupId/members/order': {
    attempt: async (w, t) => {
      const g = await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id, [
        w.users.uAms.id,
        w.users.uAms2.id,
      ]);
      return {
        url: `/api/hunt-groups/${g.id}/members/order`,
        body: { memberIds: g.members.map((m) => m.id).reverse() },
      };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/hunt-group-members/:memberId': {
    attempt: async (w, t) => {
      const g = await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id, [w.users.uAms.id]);
      return { url: `/api/hunt-group-members/${g.members[0]?.id}` };
    },
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/hunt-group-members/:memberId': {
    attempt: async (w, t) => {
      const g = await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id, [w.users.uAms.id]);
      return { url: `/api/hunt-group-members/${g.members[0]?.id}`, body: { loggedIn: false } };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/hunt-group-members/:memberId': {
    attempt: async (w, t) => {
      const g = await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id, [w.users.uAms.id]);
      return { url: `/api/hunt-group-members/${g.members[0]?.id}` };
    },
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/me/hunt-groups': {
    attempt: () => ({ url: '/api/me/hunt-groups' }),
    expect: { ...OWN_PHONE(200), others: 404 },
  },
  'PUT /api/me/hunt-groups/:huntGroupId/membership': {
    // Every account with a user is a member of a fresh group of its own user.
    attempt: async (w, t) => {
      const own = [w.users.uAms.id, w.users.uAms2.id, w.users.uAms3.id, w.users.uAms4.id];
      const g = await fresh.huntGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id, own);
      return { url: `/api/me/hunt-groups/${g.id}/membership`, body: { loggedIn: false } };
    },
    expect: { ...OWN_PHONE(200), others: 404 },
  },
  'GET /api/enterprises/:enterpriseId/pickup-groups': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/pickup-groups` }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/enterprises/:enterpriseId/pickup-groups': {
    attempt: (w) => ({
      url: `/api/enterprises/${w.enterprises.A.id}/pickup-groups`,
      body: { siteId: w.sites.ams.id, name: `Matrix ${crypto.randomUUID()}` },
    }),
    expect: { ...USER_WRITERS_OF_A(201), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/pickup-groups/:pickupGroupId': {
    attempt: async (w, t) => ({
      url: `/api/pickup-groups/${(await fresh.pickupGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'PATCH /api/pickup-groups/:pickupGroupId': {
    attempt: async (w, t) => ({
      url: `/api/pickup-groups/${(await fresh.pickupGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
      body: { name: `Matrix ${crypto.randomUUID()}` },
    }),
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/pickup-groups/:pickupGroupId': {
    attempt: async (w, t) => ({
      url: `/api/pickup-groups/${(await fresh.pickupGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id)).id}`,
    }),
    expect: { ...USER_WRITERS_OF_A(204), ...OTHER_TENANT(404), others: 403 },
  },
  'POST /api/pickup-groups/:pickupGroupId/members': {
    attempt: async (w, t) => {
      const g = await fresh.pickupGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      const user = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      return { url: `/api/pickup-groups/${g.id}/members`, body: { userId: user.id } };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
  'DELETE /api/pickup-groups/:pickupGroupId/members/:userId': {
    attempt: async (w, t) => {
      const g = await fresh.pickupGroup(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      const user = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id);
      await fresh.pickupMember(t.database.db, g.id, user.id);
      return { url: `/api/pickup-groups/${g.id}/members/${user.id}` };
    },
    expect: { ...USER_WRITERS_OF_A(200), ...OTHER_TENANT(404), others: 403 },
  },
};
