import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../../testing/fixtures';
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
