import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_POLICIES } from '../../core/access/password-policy';
import { ROLES } from '../../core/access/roles';
import { ACCESS_ROUTES } from '../access/route-matrix';
import { AUDIT_ROUTES } from '../audit/route-matrix';
import { DIRECTORY_ROUTES } from '../directory/route-matrix';
import { KNOWLEDGE_ROUTES } from '../knowledge/route-matrix';
import { NOTIFICATIONS_ROUTES } from '../notifications/route-matrix';
import { SERVICEDESK_ROUTES } from '../servicedesk/route-matrix';
import { TELEPHONY_ROUTES } from '../telephony/route-matrix';
import { ACTORS, type ActorName, buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../testing/harness';
import type { MatrixRows, Who } from '../testing/route-matrix';
import { HTTP_ROUTES } from './route-matrix';

/**
 * The role × route matrix: every /api route, tried by every role (and by nobody), with the status
 * each must get. Each context lists its own routes (src/server/<context>/route-matrix.ts). A route
 * missing from the matrix fails the test, so a new route cannot go untested; every successful write
 * must leave an audit entry with its request id.
 */
const MATRIX: MatrixRows = {
  ...HTTP_ROUTES,
  ...ACCESS_ROUTES,
  ...DIRECTORY_ROUTES,
  ...KNOWLEDGE_ROUTES,
  ...AUDIT_ROUTES,
  ...TELEPHONY_ROUTES,
  ...SERVICEDESK_ROUTES,
  ...NOTIFICATIONS_ROUTES,
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let t: TestApp;
let w: World;
const agents = new Map<Who, Agent>();

/**
 * Each actor works from an address of its own, so that the wrong passwords the matrix sends on
 * purpose (re-authentication routes) are not counted against the other actors' address.
 */
async function loginAs(who: ActorName): Promise<Agent> {
  const email = w.accounts[who].email;
  const from = `192.0.2.${ACTORS.indexOf(who) + 10}`;
  return t.login(email, who === 'provider_admin' ? ADMIN_PASSWORD : PASSWORD, undefined, from);
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  // The matrix sends one wrong password per re-authenticating route per actor; it tests who may
  // call what, not the lockout (login-throttling.test.ts does), so the lock comes later here.
  await t.database.query(
    `insert into security_policies (role, policy) select role, $1::jsonb from unnest($2::text[]) as role`,
    [JSON.stringify({ ...DEFAULT_SECURITY_POLICIES.end_user, lockoutThreshold: 50 }), [...ROLES]],
  );
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
        const { url, body, contentType } = await row.attempt(w, t);
        const res = await agent.request(
          method,
          url,
          body,
          contentType ? { 'content-type': contentType } : {},
        );
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
          if (
            typeof error?.code !== 'string' ||
            typeof error?.message !== 'string' ||
            !Array.isArray(error?.issues)
          )
            problems.push(`${who}: no error shape`);
        }
        // A route that says it only reads (a check, a search by POST) writes nothing to audit.
        const readsOnly = isPublic !== undefined && 'readsOnly' in isPublic && isPublic.readsOnly === true;
        if (UNSAFE.has(method) && !readsOnly && res.statusCode < 300) {
          const requestId = res.headers['x-request-id'];
          const [found] = await t.database.query<{ n: number }>(
            'select count(*)::int as n from audit_events where request_id = $1',
            [requestId],
          );
          if ((found?.n ?? 0) === 0)
            problems.push(`${who}: ${res.statusCode} without an audit entry for ${requestId}`);
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

describe('what the audit log holds after every route was tried by every role', () => {
  it('holds no secret: no password hash, token, CSRF token or password', async () => {
    const rows = await t.database.query<{ before: unknown; after: unknown }>(
      'select before, after from audit_events',
    );
    const text = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(50);
    expect(text).not.toMatch(/\$argon2|ctr_[A-Za-z0-9_-]{20}/);
    expect(text).not.toMatch(/passwordHash|tokenHash|totpSecret|csrfToken|codeHash/);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(ADMIN_PASSWORD);
  });
});
