import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((i) => i.id);
const rotterdam = {
  name: 'Rotterdam',
  street: 'Coolsingel 40',
  city: 'Rotterdam',
  postcode: '3011ad',
  lineType: 'coax',
  voiceChannels: 6,
  codec: 'g729',
};

describe('sites', () => {
  it('show a site admin of Amsterdam only Amsterdam', async () => {
    const siteAdmin = await s.as('site_admin');
    expect(ids(await siteAdmin.get(`/api/enterprises/${s.w.enterprises.A.id}/sites`))).toEqual([
      s.w.sites.ams.id,
    ]);
  });

  it.each([
    ['a sister site', () => `/api/sites/${s.w.sites.utr.id}`],
    ['a site of another enterprise', () => `/api/sites/${s.w.sites.b1.id}`],
    ['a guessed id', () => `/api/sites/${randomUUID()}`],
  ])('answer a site admin 404 for %s', async (_label, url) => {
    const res = await (await s.as('site_admin')).get(url());
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Utrecht');
  });

  it('count their users, for one site and in the list', async () => {
    const tm = await s.as('enterprise_admin');
    expect((await tm.get(`/api/sites/${s.w.sites.ams.id}`)).json().userCount).toBe(5);
    const listed = (await tm.get(`/api/enterprises/${s.w.enterprises.A.id}/sites`)).json().items;
    const countOf = (name: string) => listed.find((x: { name: string }) => x.name === name)?.userCount;
    expect([countOf('Amsterdam'), countOf('Utrecht')]).toEqual([5, 1]);
  });

  it('normalise the postcode and refuse duplicates by name, whatever the case', async () => {
    const tm = await s.as('enterprise_admin');
    const url = `/api/enterprises/${s.w.enterprises.A.id}/sites`;
    const created = await tm.post(url, rotterdam);
    expect(created.statusCode).toBe(201);
    expect(created.json().postcode).toBe('3011 AD');
    const again = await tm.post(url, { ...rotterdam, name: 'ROTTERDAM' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual([
      ['name', 'site_name_taken'],
    ]);
  });

  it('are not removed while users still belong to them', async () => {
    const res = await (await s.as('enterprise_admin')).delete(`/api/sites/${s.w.sites.utr.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.issues[0]).toMatchObject({
      code: 'site_in_use',
      params: { users: 1, siteAdmins: 0 },
    });
  });
});
