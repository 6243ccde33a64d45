import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((i) => i.id);

describe('enterprises', () => {
  it('a partner sees its customers only, and a new customer at once', async () => {
    const admin = await s.as('provider_admin');
    const partner = await s.as('partner_admin');
    const { A, C } = s.w.enterprises;
    expect(ids(await partner.get('/api/enterprises'))).toEqual([A.id]);
    expect(
      (await admin.patch(`/api/enterprises/${C.id}`, { partnerId: s.w.partners.p1.id })).statusCode,
    ).toBe(200);
    expect(ids(await partner.get('/api/enterprises')).sort()).toEqual([A.id, C.id].sort());
    expect((await partner.get(`/api/enterprises/${C.id}/sites`)).statusCode).toBe(200);
    await admin.patch(`/api/enterprises/${C.id}`, { partnerId: null });
    expect((await partner.get(`/api/enterprises/${C.id}/sites`)).statusCode).toBe(404);
  });

  it('count their sites and users, a site admin’s counts only its own sites', async () => {
    const siteAdmin = await s.as('site_admin');
    const own = (await siteAdmin.get(`/api/enterprises/${s.w.enterprises.A.id}`)).json();
    expect([own.siteCount, own.userCount]).toEqual([1, 5]);
    const whole = (
      await (await s.as('enterprise_admin')).get(`/api/enterprises/${s.w.enterprises.A.id}`)
    ).json();
    expect([whole.siteCount, whole.userCount]).toEqual([2, 6]);
    const b = (await (await s.as('provider_admin')).get(`/api/enterprises/${s.w.enterprises.B.id}`)).json();
    expect([b.siteCount, b.userCount]).toEqual([1, 1]);
  });

  it('are not removed while something still belongs to them', async () => {
    const res = await (await s.as('provider_admin')).delete(`/api/enterprises/${s.w.enterprises.A.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.issues[0]).toMatchObject({
      code: 'enterprise_in_use',
      params: { sites: 2, users: 6, accounts: 7, numberBlocks: 0 },
    });
  });

  it('are not removed while they still hold number blocks', async () => {
    const admin = await s.as('provider_admin');
    const created = (await admin.post('/api/enterprises', { name: 'Nummerhouder BV' })).json();
    const block = (
      await admin.post(`/api/enterprises/${created.id}/number-blocks`, { first: '010 300 4000', size: 10 })
    ).json();
    const refused = await admin.delete(`/api/enterprises/${created.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0].params).toEqual({
      sites: 0,
      users: 0,
      accounts: 0,
      numberBlocks: 1,
    });
    expect((await admin.delete(`/api/number-blocks/${block.id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/enterprises/${created.id}`)).statusCode).toBe(204);
  });

  it('refuse a link to a partner that does not exist', async () => {
    const res = await (await s.as('provider_admin')).post('/api/enterprises', {
      name: 'Ghost Link BV',
      partnerId: randomUUID(),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual([
      ['partnerId', 'no_such_partner'],
    ]);
  });
});
