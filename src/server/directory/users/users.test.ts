import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();

describe('users in the scope of a site admin of Amsterdam', () => {
  it('are the users of Amsterdam only', async () => {
    const siteAdmin = await s.as('site_admin');
    const users = (await siteAdmin.get(`/api/enterprises/${s.w.enterprises.A.id}/users?limit=200`)).json()
      .items;
    expect(users.length).toBe(5);
    expect(users.every((u: { siteId: string }) => u.siteId === s.w.sites.ams.id)).toBe(true);
  });

  it.each([
    ['GET', () => `/api/users/${s.w.users.uUtr.id}`],
    ['PATCH', () => `/api/users/${s.w.users.uUtr.id}`],
    ['DELETE', () => `/api/users/${s.w.users.uUtr.id}`],
    ['GET', () => `/api/users/${s.w.users.uB.id}`],
    ['GET', () => `/api/enterprises/${s.w.enterprises.B.id}/users`],
    ['GET', () => `/api/users/${randomUUID()}`],
  ] as const)(
    'answer 404 for %s %s (another site, another enterprise, or a guessed id)',
    async (method, url) => {
      const siteAdmin = await s.as('site_admin');
      const res = await siteAdmin.request(method, url(), method === 'PATCH' ? { name: 'Hijack' } : undefined);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Utr User');
    },
  );

  it('cannot be moved to Utrecht or made there, nor without a site', async () => {
    const siteAdmin = await s.as('site_admin');
    const url = `/api/enterprises/${s.w.enterprises.A.id}/users`;
    const moved = await siteAdmin.patch(`/api/users/${s.w.users.uAms.id}`, { siteId: s.w.sites.utr.id });
    expect([moved.statusCode, moved.json().error.issues[0]?.code]).toEqual([422, 'site_not_yours']);
    const created = await siteAdmin.post(url, { name: 'X', siteId: s.w.sites.utr.id, profile: 'vast' });
    expect(created.statusCode).toBe(422);
    const noSite = await siteAdmin.post(url, { name: 'X', profile: 'vast' });
    expect([noSite.statusCode, noSite.json().error.issues[0]?.code]).toEqual([422, 'own_site_required']);
  });
});

describe('users', () => {
  it('page through 120 users without gaps or repeats, by name or e-mail, up or down', async () => {
    const admin = await s.as('provider_admin');
    const enterprise = await fresh.enterprise(s.t.database.db, s.t.providerId);
    const names = Array.from(
      { length: 120 },
      (_, i) =>
        `${['de Vries', 'Bakker', 'van Dijk', 'Älmhult', 'bakker'][i % 5]} ${String(i).padStart(3, '0')}`,
    );
    for (const name of names) {
      const user = await fresh.user(s.t.database.db, enterprise.id, null);
      const email = `${name.toLowerCase().replace(/\s+/g, '.')}@x.test`;
      await s.t.database.query('update users set name = $1, email = $2 where id = $3', [
        name,
        email,
        user.id,
      ]);
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
      const keys = seen.map((x) => x.toLowerCase());
      const ascending = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys).toEqual(direction === 'asc' ? ascending : ascending.reverse());
    }
  });

  it('filter by text, site and profile', async () => {
    const tm = await s.as('enterprise_admin');
    const base = `/api/enterprises/${s.w.enterprises.A.id}/users`;
    const bySite = (await tm.get(`${base}?siteId=${s.w.sites.utr.id}`)).json().items;
    expect(bySite.map((u: { id: string }) => u.id)).toEqual([s.w.users.uUtr.id]);
    const byProfile = (await tm.get(`${base}?profile=mobiel`)).json().items;
    expect(byProfile.map((u: { id: string }) => u.id)).toEqual([s.w.users.uMobile.id]);
    const byText = (await tm.get(`${base}?q=SUPERVISOR`)).json().items;
    expect(byText.map((u: { id: string }) => u.id)).toEqual([s.w.users.uAms3.id]);
  });

  it('change profile only by the provider: for a customer it is a change request', async () => {
    const tm = await s.as('enterprise_admin');
    // On a site of its own, so that the filters' test sees Utrecht's users only.
    const site = await fresh.site(s.t.database.db, s.w.enterprises.A.id);
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, site.id);
    const res = await tm.patch(`/api/users/${user.id}`, { profile: 'flex' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.issues.map((i: { code: string }) => i.code)).toEqual([
      'profile_change_is_request',
      'profile_change_request',
    ]);
    const byProvider = await (await s.as('provider_admin')).patch(`/api/users/${user.id}`, {
      profile: 'flex',
    });
    expect([byProvider.statusCode, byProvider.json().profile]).toEqual([200, 'flex']);
  });

  it('are not placed on a site of another enterprise', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.post(`/api/enterprises/${s.w.enterprises.A.id}/users`, {
      name: 'X',
      siteId: s.w.sites.b1.id,
      profile: 'vast',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.siteId).toBe('is not a site of this enterprise');
  });
});
