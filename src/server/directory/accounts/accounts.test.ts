import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../../testing/fixtures';
import { fresh } from '../../testing/fresh';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
let w: World;
let admin: Agent;
let tm: Agent;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  admin = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
});
afterAll(async () => t.close());

type Listed = { id: string; enterpriseName: string | null; partnerName: string | null };
const byId = (items: Listed[]) => new Map(items.map((a) => [a.id, a]));

describe('the customer or partner of an account', () => {
  it('is named in the list of all accounts: the enterprise, the partner, or neither', async () => {
    const res = await admin.get('/api/accounts?limit=200');
    expect(res.statusCode).toBe(200);
    const all = byId(res.json().items);
    expect(all.get(w.accounts.enterprise_admin.id)).toMatchObject({
      enterpriseName: 'Enterprise A',
      partnerName: null,
    });
    expect(all.get(w.accounts.enterprise_admin_b.id)).toMatchObject({ enterpriseName: 'Enterprise B' });
    expect(all.get(w.accounts.partner_admin.id)).toMatchObject({
      enterpriseName: null,
      partnerName: 'Partner One',
    });
    expect(all.get(w.accounts.provider_agent.id)).toMatchObject({ enterpriseName: null, partnerName: null });
  });

  it('follows the filters by enterprise and by partner', async () => {
    const ofB = (await admin.get(`/api/accounts?enterpriseId=${w.enterprises.B.id}`)).json()
      .items as Listed[];
    expect(ofB.map((a) => a.enterpriseName)).toEqual(['Enterprise B']);
    const ofP2 = (await admin.get(`/api/accounts?partnerId=${w.partners.p2.id}`)).json().items as Listed[];
    expect(ofP2.map((a) => a.partnerName)).toEqual(['Partner Two']);
  });

  it('is in the answer for one account and after a change', async () => {
    const one = await tm.get(`/api/accounts/${w.accounts.site_admin.id}`);
    expect(one.json()).toMatchObject({ enterpriseName: 'Enterprise A', partnerName: null });
    const changed = await tm.patch(`/api/accounts/${w.accounts.site_admin.id}`, { name: 'Sanne Site' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Sanne Site', enterpriseName: 'Enterprise A' });
  });
});

describe('accounts', () => {
  it('a site admin lists only the user logins of its sites, and not its Telecom Manager or itself', async () => {
    const siteAdmin = await t.login(w.accounts.site_admin.email, PASSWORD);
    const listed = (await siteAdmin.get('/api/accounts')).json().items as { id: string }[];
    expect(listed.map((a) => a.id).sort()).toEqual(
      [
        w.accounts.end_user.id,
        w.accounts.agent.id,
        w.accounts.supervisor.id,
        w.accounts.receptionist.id,
      ].sort(),
    );
    for (const id of [w.accounts.enterprise_admin.id, w.accounts.site_admin.id])
      expect((await siteAdmin.get(`/api/accounts/${id}`)).statusCode).toBe(404);
  });

  it('allow at most three enterprise admins per enterprise', async () => {
    const enterprise = await fresh.enterprise(t.database.db, t.providerId);
    const make = () =>
      admin.post('/api/accounts', {
        email: `tm-${randomUUID()}@e.test`,
        name: 'TM',
        role: 'enterprise_admin',
        enterpriseId: enterprise.id,
      });
    const statuses = [];
    for (let n = 0; n < 4; n++) statuses.push((await make()).statusCode);
    expect(statuses).toEqual([201, 201, 201, 409]);
    const fourth = (await make()).json().error;
    expect([fourth.code, fourth.issues[0].code, fourth.issues[0].params]).toEqual([
      'limit_reached',
      'max_admins',
      { max: 3 },
    ]);
  });

  it('are not created by an enterprise admin for an enterprise admin (the provider hands those out)', async () => {
    const res = await tm.post('/api/accounts', {
      email: 'tm3@a.test',
      name: 'TM3',
      role: 'enterprise_admin',
    });
    expect(res.statusCode).toBe(403);
  });

  it('give no login to a user with profile Mobiel', async () => {
    const res = await tm.post('/api/accounts', {
      email: 'mobile@a.test',
      name: 'Mobile',
      role: 'end_user',
      userId: w.users.uMobile.id,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.userId).toContain('Mobiel');
  });

  it('create a site admin with a temporary password to change at first login', async () => {
    const res = await tm.post('/api/accounts', {
      email: 'site.utr@a.test',
      name: 'Utrecht admin',
      role: 'site_admin',
      siteIds: [w.sites.utr.id],
    });
    expect(res.statusCode).toBe(201);
    const { account, temporaryPassword } = res.json();
    expect([account.enterpriseId, account.siteIds, account.mustChangePassword]).toEqual([
      w.enterprises.A.id,
      [w.sites.utr.id],
      true,
    ]);
    const agent = await t.login('site.utr@a.test', temporaryPassword);
    expect((await agent.get('/api/me')).json().account.passwordChangeRequired).toBe(true);
  });

  it('refuse sites of another enterprise for a site admin', async () => {
    const res = await tm.post('/api/accounts', {
      email: 'x@a.test',
      name: 'X',
      role: 'site_admin',
      siteIds: [w.sites.b1.id],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toHaveProperty('siteIds');
  });

  it('move between roles of one level only', async () => {
    const user = await fresh.user(t.database.db, w.enterprises.A.id, w.sites.utr.id);
    const login = (
      await tm.post('/api/accounts', {
        email: 'switch@a.test',
        name: 'Switch',
        role: 'end_user',
        userId: user.id,
      })
    ).json().account;
    expect((await tm.patch(`/api/accounts/${login.id}`, { role: 'agent' })).json().role).toBe('agent');
    const up = await tm.patch(`/api/accounts/${login.id}`, { role: 'site_admin', siteIds: [w.sites.utr.id] });
    expect([up.statusCode, up.json().error.issues[0].code]).toEqual([422, 'role_other_level']);
  });

  it('end their sessions when disabled, and log in again when enabled', async () => {
    // On a site of its own, so that no other test's list of Amsterdam's accounts sees it.
    const site = await fresh.site(t.database.db, w.enterprises.A.id);
    const user = await fresh.user(t.database.db, w.enterprises.A.id, site.id);
    const created = (
      await tm.post('/api/accounts', {
        email: `off-${randomUUID()}@a.test`,
        name: 'Off',
        role: 'end_user',
        userId: user.id,
      })
    ).json();
    const agent = await t.login(created.account.email, created.temporaryPassword);
    expect((await tm.patch(`/api/accounts/${created.account.id}`, { status: 'disabled' })).statusCode).toBe(
      200,
    );
    expect((await agent.get('/api/me')).statusCode).toBe(401);
    const refused = await t.anonymous().post('/api/auth/login', {
      email: created.account.email,
      password: created.temporaryPassword,
    });
    expect(refused.statusCode).toBe(401);
    expect((await tm.patch(`/api/accounts/${created.account.id}`, { status: 'active' })).statusCode).toBe(
      200,
    );
    expect((await t.login(created.account.email, created.temporaryPassword)).cookie).not.toBeNull();
  });

  it('keep at least one provider admin, and nobody disables or removes itself', async () => {
    const id = (await admin.get('/api/me')).json().account.id;
    expect((await admin.patch(`/api/accounts/${id}`, { status: 'disabled' })).statusCode).toBe(422);
    expect((await admin.delete(`/api/accounts/${id}`)).statusCode).toBe(422);
    const other = (
      await admin.post('/api/accounts', { email: 'ops@provider.test', name: 'Ops', role: 'provider_admin' })
    ).json().account;
    expect((await admin.patch(`/api/accounts/${other.id}`, { role: 'provider_agent' })).statusCode).toBe(200);
  });
});
