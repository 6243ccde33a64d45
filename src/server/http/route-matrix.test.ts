import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTORS, type ActorName, buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { fresh } from '../testing/fresh';
import { ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../testing/harness';

/**
 * The role × route matrix: every /api route, tried by every role (and by nobody), with the status
 * each must get. Attempts on data of enterprise A come from A's own staff, from A's partner, and
 * from the staff of enterprise B and its partner (cross-tenant: 404, never the data). A route
 * missing from this table fails the test, so a new route cannot go untested.
 */

type Who = ActorName | 'anonymous';
type Attempt = { url: string; body?: unknown };
type Row = {
  /** Builds one attempt; write rows make fresh rows so that attempts do not meet each other. */
  attempt: (w: World, t: TestApp) => Promise<Attempt> | Attempt;
  /** Expected status per actor; `others` for everyone not named; anonymous gets 401 unless named. */
  expect: Partial<Record<Who, number>> & { others: number };
  /** The error code every 2xx-less answer of a named group must carry (checked when given). */
  code?: string;
  /** Log in again for this attempt (logout ends the session). */
  freshSession?: boolean;
};

const G =
  (...names: Who[]) =>
  (status: number) =>
    Object.fromEntries(names.map((n) => [n, status]));
const READERS_OF_A = G(
  'provider_admin',
  'provider_agent',
  'partner_admin',
  'enterprise_admin',
  'enterprise_admin_untrained',
  'site_admin',
);
const OTHER_TENANT = G('partner_admin_b', 'enterprise_admin_b');
const WRITERS_OF_A = G('provider_admin', 'partner_admin', 'enterprise_admin');
const USER_WRITERS_OF_A = G('provider_admin', 'partner_admin', 'enterprise_admin', 'site_admin');

const MATRIX: Record<string, Row> = {
  'GET /api/health': { attempt: () => ({ url: '/api/health' }), expect: { anonymous: 200, others: 200 } },
  'GET /api/openapi.json': {
    attempt: () => ({ url: '/api/openapi.json' }),
    expect: { anonymous: 200, others: 200 },
  },
  'POST /api/auth/login': {
    attempt: () => ({ url: '/api/auth/login', body: { email: 'nobody@example.test', password: 'wrong' } }),
    expect: { anonymous: 401, others: 401 },
    code: 'invalid_credentials',
  },
  'POST /api/auth/logout': {
    attempt: () => ({ url: '/api/auth/logout' }),
    expect: { others: 204 },
    freshSession: true,
  },
  'GET /api/me': { attempt: () => ({ url: '/api/me' }), expect: { others: 200 } },
  'POST /api/me/password': {
    attempt: () => ({
      url: '/api/me/password',
      body: { currentPassword: 'wrong', newPassword: 'Another-Password-2026!' },
    }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'POST /api/me/totp/setup': {
    attempt: () => ({ url: '/api/me/totp/setup', body: { password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'POST /api/me/totp/enable': {
    attempt: () => ({ url: '/api/me/totp/enable', body: { code: '123456' } }),
    expect: { others: 409 },
    code: 'conflict',
  },
  'POST /api/me/totp/disable': {
    attempt: () => ({ url: '/api/me/totp/disable', body: { password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'POST /api/me/recovery-codes': {
    attempt: () => ({ url: '/api/me/recovery-codes', body: { password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'GET /api/me/tokens': { attempt: () => ({ url: '/api/me/tokens' }), expect: { others: 200 } },
  'POST /api/me/tokens': {
    attempt: () => ({ url: '/api/me/tokens', body: { name: 'ci', access: 'read', password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'POST /api/me/tokens/:tokenId/revoke': {
    attempt: () => ({ url: `/api/me/tokens/${randomUUID()}/revoke`, body: { password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'GET /api/security-policies': {
    attempt: () => ({ url: '/api/security-policies' }),
    expect: { ...G('provider_admin', 'provider_agent')(200), others: 403 },
  },
  'PUT /api/security-policies/:role': {
    attempt: () => ({
      url: '/api/security-policies/receptionist',
      body: {
        minLength: 10,
        requiredClasses: 3,
        maxAgeDays: 0,
        historyCount: 3,
        lockoutThreshold: 10,
        lockoutMinutes: 15,
        twoFactorRequired: false,
      },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
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
  'GET /api/audit-events': {
    attempt: () => ({ url: '/api/audit-events' }),
    expect: { ...READERS_OF_A(200), ...OTHER_TENANT(200), others: 403 },
  },
};

/** A user login on Amsterdam, for the account rows. */
async function freshLogin(w: World, t: TestApp) {
  const user = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.ams.id);
  return fresh.account(t.database.db, 'end_user', { enterpriseId: w.enterprises.A.id, userId: user.id });
}

let t: TestApp;
let w: World;
const agents = new Map<Who, Agent>();

async function loginAs(who: ActorName): Promise<Agent> {
  const email = w.accounts[who].email;
  return t.login(email, who === 'provider_admin' ? ADMIN_PASSWORD : PASSWORD);
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  agents.set('anonymous', t.anonymous());
  for (const who of ACTORS) agents.set(who, await loginAs(who));
});
afterAll(async () => t.close());

const keyOf = (method: string, url: string) => `${method} ${url}`;

describe('role × route matrix', () => {
  it('has a row for every /api route, and no row without a route', () => {
    const routes = t.app.apiRoutes.map((r) => keyOf(r.method, r.url)).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(routes);
  });

  for (const [key, row] of Object.entries(MATRIX)) {
    it(key, async () => {
      const [method] = key.split(' ') as ['GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'];
      const isPublic = t.app.apiRoutes.find((r) => keyOf(r.method, r.url) === key)?.policy;
      const problems: string[] = [];
      for (const who of ['anonymous', ...ACTORS] as Who[]) {
        const expected =
          row.expect[who] ??
          (who === 'anonymous' && !(isPublic && 'public' in isPublic) ? 401 : row.expect.others);
        const agent =
          row.freshSession && who !== 'anonymous' ? await loginAs(who) : (agents.get(who) as Agent);
        const { url, body } = await row.attempt(w, t);
        const res = await agent.request(method, url, body);
        if (res.statusCode !== expected) {
          problems.push(`${who}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
        } else if (
          row.code &&
          who !== 'anonymous' &&
          expected >= 400 &&
          res.json().error?.code !== row.code
        ) {
          problems.push(`${who}: expected code ${row.code}, got ${res.json().error?.code}`);
        }
        if (expected >= 400 && res.statusCode >= 400) {
          const error = res.json().error;
          if (typeof error?.code !== 'string' || typeof error?.message !== 'string')
            problems.push(`${who}: no error shape`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('the training gate', () => {
  it('lets an untrained enterprise admin read, and refuses every change with training_required', async () => {
    const agent = agents.get('enterprise_admin_untrained') as Agent;
    expect((await agent.get(`/api/enterprises/${w.enterprises.A.id}/users`)).statusCode).toBe(200);
    const res = await agent.post(`/api/enterprises/${w.enterprises.A.id}/users`, {
      name: 'X',
      siteId: w.sites.ams.id,
      profile: 'vast',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('training_required');
    const me = (await agent.get('/api/me')).json();
    expect(me.account.trainingRequired).toBe(true);
  });

  it('lifts once the Telecom Manager training is recorded', async () => {
    const admin = agents.get('provider_admin') as Agent;
    const recorded = await admin.post('/api/training-records', {
      accountId: w.accounts.enterprise_admin_untrained.id,
      training: 'telecom_manager',
      completedOn: '2026-11-02',
    });
    expect(recorded.statusCode).toBe(201);
    const agent = agents.get('enterprise_admin_untrained') as Agent;
    expect((await agent.get('/api/me')).json().account.trainingRequired).toBe(false);
    const res = await agent.post(`/api/enterprises/${w.enterprises.A.id}/users`, {
      name: 'Trained Now',
      siteId: w.sites.ams.id,
      profile: 'vast',
    });
    expect(res.statusCode).toBe(201);
  });
});
