import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { fresh } from '../testing/fresh';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../testing/harness';

let t: TestApp;
let w: World;
let admin: Agent;
let tm: Agent;
let partner: Agent;
let siteAdmin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  admin = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
  partner = await t.login(w.accounts.partner_admin.email, PASSWORD);
  siteAdmin = await t.login(w.accounts.site_admin.email, PASSWORD);
});
afterAll(async () => t.close());

const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((i) => i.id);

describe('scope: a site admin of Amsterdam', () => {
  it('sees only Amsterdam and its users', async () => {
    const sites = await siteAdmin.get(`/api/enterprises/${w.enterprises.A.id}/sites`);
    expect(ids(sites)).toEqual([w.sites.ams.id]);
    const users = (await siteAdmin.get(`/api/enterprises/${w.enterprises.A.id}/users?limit=200`)).json()
      .items;
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u: { siteId: string }) => u.siteId === w.sites.ams.id)).toBe(true);
  });

  it.each([
    ['GET', () => `/api/sites/${w.sites.utr.id}`],
    ['GET', () => `/api/users/${w.users.uUtr.id}`],
    ['PATCH', () => `/api/users/${w.users.uUtr.id}`],
    ['DELETE', () => `/api/users/${w.users.uUtr.id}`],
    ['GET', () => `/api/users/${w.users.uB.id}`],
    ['GET', () => `/api/sites/${w.sites.b1.id}`],
    ['GET', () => `/api/enterprises/${w.enterprises.B.id}/users`],
    ['GET', () => `/api/users/${randomUUID()}`],
    ['GET', () => `/api/accounts/${w.accounts.enterprise_admin.id}`],
    ['GET', () => `/api/accounts/${w.accounts.site_admin.id}`],
  ] as const)(
    'gets 404 for %s %s (another site, another enterprise, or a guessed id)',
    async (method, url) => {
      const res = await siteAdmin.request(method, url(), method === 'PATCH' ? { name: 'Hijack' } : undefined);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Utr User');
    },
  );

  it('cannot move a user to Utrecht or create one there', async () => {
    const moved = await siteAdmin.patch(`/api/users/${w.users.uAms.id}`, { siteId: w.sites.utr.id });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().error.fields).toHaveProperty('siteId');
    const created = await siteAdmin.post(`/api/enterprises/${w.enterprises.A.id}/users`, {
      name: 'X',
      siteId: w.sites.utr.id,
      profile: 'vast',
    });
    expect(created.statusCode).toBe(422);
    const noSite = await siteAdmin.post(`/api/enterprises/${w.enterprises.A.id}/users`, {
      name: 'X',
      profile: 'vast',
    });
    expect(noSite.statusCode).toBe(422);
  });

  it('gets the counts of its own sites only', async () => {
    const enterprise = (await siteAdmin.get(`/api/enterprises/${w.enterprises.A.id}`)).json();
    expect(enterprise.siteCount).toBe(1);
    expect(enterprise.userCount).toBe(5);
    const whole = (await tm.get(`/api/enterprises/${w.enterprises.A.id}`)).json();
    expect(whole.siteCount).toBe(2);
    expect(whole.userCount).toBe(6);
  });

  it('lists only the user logins of its sites', async () => {
    const accounts = (await siteAdmin.get('/api/accounts')).json().items as { id: string; role: string }[];
    expect(accounts.map((a) => a.id).sort()).toEqual(
      [
        w.accounts.end_user.id,
        w.accounts.agent.id,
        w.accounts.supervisor.id,
        w.accounts.receptionist.id,
      ].sort(),
    );
  });
});

describe('scope: a partner', () => {
  it('sees its customers only, and a new customer at once', async () => {
    expect(ids(await partner.get('/api/enterprises'))).toEqual([w.enterprises.A.id]);
    const linked = await admin.patch(`/api/enterprises/${w.enterprises.C.id}`, {
      partnerId: w.partners.p1.id,
    });
    expect(linked.statusCode).toBe(200);
    expect(ids(await partner.get('/api/enterprises')).sort()).toEqual(
      [w.enterprises.A.id, w.enterprises.C.id].sort(),
    );
    expect((await partner.get(`/api/enterprises/${w.enterprises.C.id}/sites`)).statusCode).toBe(200);
    await admin.patch(`/api/enterprises/${w.enterprises.C.id}`, { partnerId: null });
    expect((await partner.get(`/api/enterprises/${w.enterprises.C.id}/sites`)).statusCode).toBe(404);
  });
});

describe('users', () => {
  it('pages through 120 users without gaps or repeats, by name or e-mail, up or down', async () => {
    const enterprise = await fresh.enterprise(t.database.db, t.providerId);
    const names = Array.from(
      { length: 120 },
      (_, i) =>
        `${['de Vries', 'Bakker', 'van Dijk', 'Älmhult', 'bakker'][i % 5]} ${String(i).padStart(3, '0')}`,
    );
    for (const name of names) {
      const user = await fresh.user(t.database.db, enterprise.id, null);
      const email = `${name.toLowerCase().replace(/\s+/g, '.')}@x.test`;
      await t.database.query('update users set name = $1, email = $2 where id = $3', [name, email, user.id]);
    }
    for (const [sort, direction] of [
      ['name', 'asc'],
      ['email', 'asc'],
      ['name', 'desc'],
    ] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?limit=50&sort=${sort}&direction=${direction}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await admin.get(`/api/enterprises/${enterprise.id}/users${query}`)).json();
        seen.push(
          ...page.items.map((u: { name: string; email: string }) => (sort === 'name' ? u.name : u.email)),
        );
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(120);
      expect(new Set(seen).size).toBe(120);
      const keys = seen.map((s) => s.toLowerCase());
      const ascending = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys).toEqual(direction === 'asc' ? ascending : ascending.reverse());
    }
  });

  it('filters by text, site and profile', async () => {
    const bySite = (
      await tm.get(`/api/enterprises/${w.enterprises.A.id}/users?siteId=${w.sites.utr.id}`)
    ).json().items;
    expect(bySite.map((u: { id: string }) => u.id)).toContain(w.users.uUtr.id);
    expect(bySite.every((u: { siteId: string }) => u.siteId === w.sites.utr.id)).toBe(true);
    const byProfile = (await tm.get(`/api/enterprises/${w.enterprises.A.id}/users?profile=mobiel`)).json()
      .items;
    expect(byProfile.map((u: { id: string }) => u.id)).toEqual([w.users.uMobile.id]);
    const byText = (await tm.get(`/api/enterprises/${w.enterprises.A.id}/users?q=SUPERVISOR`)).json().items;
    expect(byText.map((u: { id: string }) => u.id)).toEqual([w.users.uAms3.id]);
  });

  it('refuses a profile change by a customer: it is a change request', async () => {
    const res = await tm.patch(`/api/users/${w.users.uUtr.id}`, { profile: 'flex' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.profile).toContain('service desk');
    const byProvider = await admin.patch(`/api/users/${w.users.uUtr.id}`, { profile: 'flex' });
    expect(byProvider.statusCode).toBe(200);
    expect(byProvider.json().profile).toBe('flex');
  });

  it('refuses a site of another enterprise', async () => {
    const res = await tm.post(`/api/enterprises/${w.enterprises.A.id}/users`, {
      name: 'X',
      siteId: w.sites.b1.id,
      profile: 'vast',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.siteId).toBe('is not a site of this enterprise');
  });
});

describe('sites', () => {
  it('normalises the postcode and refuses duplicates by name', async () => {
    const body = {
      name: 'Rotterdam',
      street: 'Coolsingel 40',
      city: 'Rotterdam',
      postcode: '3011ad',
      lineType: 'coax',
      voiceChannels: 6,
      codec: 'g729',
    };
    const created = await tm.post(`/api/enterprises/${w.enterprises.A.id}/sites`, body);
    expect(created.statusCode).toBe(201);
    expect(created.json().postcode).toBe('3011 AD');
    const again = await tm.post(`/api/enterprises/${w.enterprises.A.id}/sites`, {
      ...body,
      name: 'ROTTERDAM',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.name).toContain('exists');
  });

  it('refuses to delete a site that still has users', async () => {
    const res = await tm.delete(`/api/sites/${w.sites.utr.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('user');
  });
});

describe('counts', () => {
  it('count what belongs to each partner, enterprise and site', async () => {
    const p1 = (await admin.get(`/api/partners/${w.partners.p1.id}`)).json();
    expect(p1.enterpriseCount).toBe(1);
    const listed = (await admin.get('/api/partners')).json().items;
    expect(listed.find((p: { id: string }) => p.id === w.partners.p2.id).enterpriseCount).toBe(1);
    const b = (await admin.get(`/api/enterprises/${w.enterprises.B.id}`)).json();
    expect([b.siteCount, b.userCount]).toEqual([1, 1]);
    const ams = (await tm.get(`/api/sites/${w.sites.ams.id}`)).json();
    expect(ams.userCount).toBe(5);
    const sites = (await tm.get(`/api/enterprises/${w.enterprises.A.id}/sites`)).json().items;
    const countOf = (name: string) => sites.find((s: { name: string }) => s.name === name)?.userCount;
    expect([countOf('Amsterdam'), countOf('Utrecht')]).toEqual([5, 1]);
  });
});

describe('partners and enterprises', () => {
  it('refuse removal while something still belongs to them', async () => {
    expect((await admin.delete(`/api/partners/${w.partners.p1.id}`)).statusCode).toBe(409);
    expect((await admin.delete(`/api/enterprises/${w.enterprises.A.id}`)).statusCode).toBe(409);
  });

  it('refuse a link to a partner that does not exist', async () => {
    const res = await admin.post('/api/enterprises', { name: 'Ghost Link BV', partnerId: randomUUID() });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toHaveProperty('partnerId');
  });
});

describe('accounts', () => {
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
    const fourth = await make();
    expect(fourth.json().error.code).toBe('limit_reached');
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
    expect(account.enterpriseId).toBe(w.enterprises.A.id);
    expect(account.siteIds).toEqual([w.sites.utr.id]);
    expect(account.mustChangePassword).toBe(true);
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
    const login = (
      await tm.post('/api/accounts', {
        email: 'switch@a.test',
        name: 'Switch',
        role: 'end_user',
        userId: w.users.uUtr.id,
      })
    ).json().account;
    expect((await tm.patch(`/api/accounts/${login.id}`, { role: 'agent' })).json().role).toBe('agent');
    const up = await tm.patch(`/api/accounts/${login.id}`, { role: 'site_admin', siteIds: [w.sites.utr.id] });
    expect(up.statusCode).toBe(422);
  });

  it('end their sessions when disabled', async () => {
    const agent = await t.login(w.accounts.agent.email, PASSWORD);
    expect((await tm.patch(`/api/accounts/${w.accounts.agent.id}`, { status: 'disabled' })).statusCode).toBe(
      200,
    );
    expect((await agent.get('/api/me')).statusCode).toBe(401);
    expect(
      (await t.anonymous().post('/api/auth/login', { email: w.accounts.agent.email, password: PASSWORD }))
        .statusCode,
    ).toBe(401);
    expect((await tm.patch(`/api/accounts/${w.accounts.agent.id}`, { status: 'active' })).statusCode).toBe(
      200,
    );
  });

  it('keep at least one provider admin, and nobody disables or removes itself', async () => {
    const self = await admin.get('/api/me');
    const id = self.json().account.id;
    expect((await admin.patch(`/api/accounts/${id}`, { status: 'disabled' })).statusCode).toBe(422);
    expect((await admin.delete(`/api/accounts/${id}`)).statusCode).toBe(422);
    const other = (
      await admin.post('/api/accounts', { email: 'ops@provider.test', name: 'Ops', role: 'provider_admin' })
    ).json().account;
    expect((await admin.patch(`/api/accounts/${other.id}`, { role: 'provider_agent' })).statusCode).toBe(200);
  });
});
