import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditNamesDto } from '../../core/audit/schemas';
import { ACCESS_ACTIONS } from '../../core/audit/vocabulary';
import type { Db } from '../db/client';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../testing/harness';
import { namesOfPage } from './names';
import { listAuditEvents } from './repository';

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

type Event = {
  id: number;
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { id: string; email: string | null } | null;
  changes: Record<string, { from?: unknown; to?: unknown }>;
};
type Page = { items: Event[]; nextCursor: string | null; names: AuditNamesDto };

const page = async (agent: Agent, query: string): Promise<Page> => {
  const res = await agent.get(`/api/audit-events?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const newUser = async (name: string, siteId: string): Promise<string> => {
  const res = await tm.post(`/api/enterprises/${w.enterprises.A.id}/users`, {
    name,
    siteId,
    profile: 'vast',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
};

describe('the names of a page', () => {
  it('name the entity, the ids in its changes and the actor, with one map per page', async () => {
    const id = await newUser('Moved Person', w.sites.utr.id);
    await tm.patch(`/api/users/${id}`, { siteId: w.sites.ams.id });
    const { items, names } = await page(tm, `entityId=${id}`);
    expect(items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(items[0]?.changes.siteId).toEqual({ from: w.sites.utr.id, to: w.sites.ams.id });
    expect(names[w.sites.utr.id]).toEqual({ name: 'Utrecht', detail: 'Utrecht', deleted: false });
    expect(names[w.sites.ams.id]).toEqual({ name: 'Amsterdam', detail: 'Amsterdam', deleted: false });
    expect(names[id]).toEqual({ name: 'Moved Person', detail: null, deleted: false });
    expect(names[w.accounts.enterprise_admin.id]).toEqual({
      name: 'tm',
      detail: 'tm@a.test',
      deleted: false,
    });
    expect(names[w.enterprises.A.id]?.name).toBe('Enterprise A');
  });

  it('name a removed entity by its last name in the log, marked as removed', async () => {
    const site = await tm.post(`/api/enterprises/${w.enterprises.A.id}/sites`, {
      name: 'Den Haag',
      street: 'Spui 70',
      city: 'Den Haag',
      postcode: '2511 BT',
      lineType: 'dsl',
      voiceChannels: 4,
      codec: 'g711',
    });
    expect(site.statusCode, site.body).toBe(201);
    const haag = site.json().id as string;
    const id = await newUser('Haags Persoon', haag);
    await tm.patch(`/api/users/${id}`, { siteId: w.sites.utr.id });
    expect((await tm.delete(`/api/sites/${haag}`)).statusCode).toBe(204);
    expect((await tm.delete(`/api/users/${id}`)).statusCode).toBe(204);
    const { items, names } = await page(tm, `entityId=${id}`);
    expect(items.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(names[haag]).toEqual({ name: 'Den Haag', detail: 'Den Haag', deleted: true });
    expect(names[id]).toEqual({ name: 'Haags Persoon', detail: null, deleted: true });
    expect(names[w.sites.utr.id]?.deleted).toBe(false);
  });

  it('name the provider, its staff and the enterprise of an event for provider staff', async () => {
    const { items, names } = await page(admin, 'kind=system&entityType=provider');
    expect(items).toHaveLength(1);
    expect(names[items[0]?.entityId ?? '']).toEqual({ name: 'Test Telecom', detail: null, deleted: false });
    const agent = await t.login(w.accounts.provider_agent.email, PASSWORD);
    const seen = await page(agent, `entityType=user&enterpriseId=${w.enterprises.A.id}&limit=5`);
    expect(seen.items.length).toBeGreaterThan(0);
    expect(seen.names[w.enterprises.A.id]?.name).toBe('Enterprise A');
    expect(seen.names[w.accounts.enterprise_admin.id]?.detail).toBe('tm@a.test');
  });
});

describe('the names a reader may see', () => {
  it('a site admin: only its own sites, its users, and no name from outside', async () => {
    const id = await newUser('Incoming Person', w.sites.utr.id);
    await tm.patch(`/api/users/${id}`, { siteId: w.sites.ams.id, name: 'Incoming Person Renamed' });
    const site = await t.login(w.accounts.site_admin.email, PASSWORD);
    // The move is located at the user's new site, Amsterdam: the site admin reads it.
    const { items, names } = await page(site, `entityId=${id}`);
    expect(items.map((e) => e.action)).toEqual(['update']);
    expect(items[0]?.changes.siteId).toEqual({ from: w.sites.utr.id, to: w.sites.ams.id });
    expect(names[w.sites.ams.id]?.name).toBe('Amsterdam');
    expect(names[id]?.name).toBe('Incoming Person Renamed');
    // Utrecht is not its site; the Telecom Manager's account is not one it manages.
    expect(names[w.sites.utr.id]).toBeUndefined();
    expect(names[w.accounts.enterprise_admin.id]).toBeUndefined();
    // Over its whole log: no name of a site, user or account outside its scope.
    const all = await page(site, 'kind=all&limit=200');
    const outside = [
      w.sites.utr.id,
      w.sites.b1.id,
      w.users.uUtr.id,
      w.users.uB.id,
      w.accounts.enterprise_admin.id,
    ];
    for (const other of outside) expect(all.names[other], other).toBeUndefined();
    // Its own account, as the actor of its changes, it may see.
    await site.patch(`/api/users/${w.users.uAms.id}`, { name: 'Ams User Renamed' });
    const own = await page(site, `entityId=${w.users.uAms.id}&limit=1`);
    expect(own.items[0]?.actor?.id).toBe(w.accounts.site_admin.id);
    expect(own.names[w.accounts.site_admin.id]?.detail).toBe(w.accounts.site_admin.email);
  });

  it('another enterprise’s admin: none of it', async () => {
    const id = await newUser('Private Person', w.sites.ams.id);
    const tmB = await t.login(w.accounts.enterprise_admin_b.email, PASSWORD);
    expect(await page(tmB, `entityId=${id}`)).toEqual({ items: [], nextCursor: null, names: {} });
    const all = await page(tmB, 'kind=all&limit=200');
    const ofA = [
      w.enterprises.A.id,
      w.sites.ams.id,
      w.sites.utr.id,
      w.partners.p1.id,
      id,
      w.accounts.enterprise_admin.id,
    ];
    for (const other of ofA) expect(all.names[other], other).toBeUndefined();
  });

  it('an enterprise admin: the partner of its enterprise, not another one', async () => {
    await admin.patch(`/api/enterprises/${w.enterprises.A.id}`, { customerNumber: 'A-001' });
    await admin.patch(`/api/enterprises/${w.enterprises.B.id}`, { customerNumber: 'B-001' });
    const { items, names } = await page(tm, `entityType=enterprise`);
    expect(items.some((e) => e.changes.customerNumber?.to === 'A-001')).toBe(true);
    expect(names[w.partners.p1.id]?.name).toBe('Partner One');
    expect(names[w.partners.p2.id]).toBeUndefined();
    // The provider admin who did it is not the customer's to name; its e-mail is in the event.
    expect(names[w.accounts.provider_admin.id]).toBeUndefined();
    expect(items[0]?.actor?.email).toBe(ADMIN_EMAIL);
  });

  it('a partner: its own partner record and its customers, not another partner’s', async () => {
    const created = await admin.post('/api/enterprises', {
      name: 'Partnered BV',
      partnerId: w.partners.p1.id,
    });
    const id = created.json().id as string;
    const p1 = await t.login(w.accounts.partner_admin.email, PASSWORD);
    const { items, names } = await page(p1, `entityId=${id}`);
    expect(items.map((e) => e.action)).toEqual(['create']);
    expect(names[id]?.name).toBe('Partnered BV');
    expect(names[w.partners.p1.id]?.name).toBe('Partner One');
    const p2 = await t.login(w.accounts.partner_admin_b.email, PASSWORD);
    expect((await page(p2, `entityId=${id}`)).names).toEqual({});
  });

  it('cost one query per kind of entity, however many events the page has', async () => {
    for (let i = 0; i < 30; i++) await tm.patch(`/api/sites/${w.sites.utr.id}`, { voiceChannels: 20 + i });
    const scope = { enterpriseIds: [w.enterprises.A.id], partnerId: null, siteIds: null };
    const count = async (limit: number) => {
      let queries = 0;
      const db = new Proxy(t.database.db, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (property === 'select' || property === 'selectDistinctOn') queries++;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }) as Db;
      const rows = await listAuditEvents(t.database.db, scope, {
        limit,
        kind: 'changes',
        entityId: w.sites.utr.id,
      });
      expect(rows.length).toBeGreaterThan(limit === 2 ? 2 : 29);
      await namesOfPage(db, { ...scope, accountId: w.accounts.enterprise_admin.id }, rows.slice(0, limit));
      return queries;
    };
    const few = await count(2);
    const many = await count(200);
    expect(many).toBe(few);
    // The site, its enterprise and the actor's account; nothing removed on the page.
    expect(many).toBe(3);
  });
});

describe('the kind of events', () => {
  it('gives every kind by default, as before, and each kind on request', async () => {
    await t.anonymous().post('/api/auth/login', { email: w.accounts.end_user.email, password: 'wrong' });
    const all = (await page(admin, 'limit=200')).items;
    expect((await page(admin, 'kind=all&limit=200')).items.map((e) => e.id)).toEqual(all.map((e) => e.id));
    const access = new Set<string>(ACCESS_ACTIONS);
    const changes = (await page(admin, 'kind=changes&limit=200')).items;
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((e) => e.actor !== null && !access.has(e.action))).toBe(true);
    const signIns = (await page(admin, 'kind=access&limit=200')).items;
    expect(new Set(signIns.map((e) => e.action))).toEqual(new Set(['login', 'login_failed']));
    const system = (await page(admin, 'kind=system&limit=200')).items;
    // The installation's provider and first admin, and the service desk's defaults (catalogue,
    // tariffs, desks, the business calendar's office hours), made by the bootstrap without an actor.
    expect([...new Set(system.map((e) => `${e.entityType} ${e.action}`))].sort()).toEqual([
      'account create',
      'business_hours create',
      'catalogue_item create',
      'provider create',
      'service_desk create',
      'sla_policy create',
      'tariff create',
    ]);
    expect(system.every((e) => e.actor === null)).toBe(true);
    // The three kinds are the whole log, each event in one.
    expect(changes.length + signIns.length + system.length).toBe(all.length);
  });

  it('combines with the other filters and refuses an unknown kind', async () => {
    const logins = (await page(tm, 'kind=changes&action=login')).items;
    expect(logins).toEqual([]);
    const res = await tm.get('/api/audit-events?kind=logins');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['kind']);
  });
});
