import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sites, tickets } from '../../db/schema';
import { incidentForm } from '../../testing/factories/ticket-forms';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string };
type Res = { statusCode: number; json(): { error: { issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);

const change = (catalogueItem: string, extra: Record<string, unknown> = {}) => ({
  type: 'change',
  enterpriseId: s.w.enterprises.A.id,
  catalogueItem,
  description: 'Graag aanpassen zoals besproken',
  ...extra,
});
const service = (extra: Record<string, unknown> = {}) => ({
  type: 'service',
  enterpriseId: s.w.enterprises.A.id,
  title: 'Extra toestel',
  description: 'Graag een extra toestel op de receptie',
  siteId: s.w.sites.ams.id,
  businessCritical: false,
  contact: { name: 'Tom', phone: '020 794 0000' },
  ...extra,
});

describe('a ticket’s preview', () => {
  it.each([
    // The guide's lead times on real dates (Europe/Amsterdam office hours 08:00–18:00).
    ['hunt-group-change', '2027-03-26T17:30:00+01:00', {}, '2027-04-01T17:30:00+02:00'],
    ['number-porting', '2026-12-14T10:00:00+01:00', {}, '2027-01-13T10:00:00+01:00'],
    ['password-reset-main-account', '2026-12-05T11:00:00+01:00', {}, '2026-12-08T08:00:00+01:00'],
    ['move-within-building', '2026-12-02T09:00:00+01:00', { siteId: 'ams' }, '2026-12-30T09:00:00+01:00'],
  ])('gives %s requested at %s its due moment', async (item, at, extra, dueAt) => {
    const tm = await s.as('enterprise_admin');
    const body = change(item, 'siteId' in extra ? { siteId: s.w.sites.ams.id } : {});
    const res = await tm.post('/api/tickets/preview', { ...body, at });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dueAt, onRequest: false, category: 'fixed' });
    expect(res.json().desk).toMatchObject({ name: 'Support' });
  });

  it('prices an item by the tariff list, and a move by the site’s line: DSL 6 weeks, fibre on request', async () => {
    const tm = await s.as('enterprise_admin');
    const at = '2026-12-02T09:00:00+01:00';
    const fibre = await tm.post('/api/tickets/preview', {
      ...change('move-same-area', { siteId: s.w.sites.ams.id }),
      at,
    });
    expect(fibre.json()).toMatchObject({
      dueAt: null,
      onRequest: true,
      costEstimate: { amount: 450, currency: 'EUR' },
    });
    const site = await fresh.site(s.t.database.db, s.w.enterprises.A.id);
    await s.t.database.db.update(sites).set({ lineType: 'dsl' }).where(eq(sites.id, site.id));
    const dsl = await tm.post('/api/tickets/preview', {
      ...change('move-same-area', { siteId: site.id }),
      at,
    });
    expect(dsl.json()).toMatchObject({ dueAt: '2027-01-13T09:00:00+01:00', onRequest: false });
    const profile = await tm.post('/api/tickets/preview', {
      ...change('profile-change', { userId: s.w.users.uAms.id, profile: 'flex' }),
      at,
    });
    expect(profile.json().costEstimate).toEqual({ amount: 47.5, currency: 'EUR' });
    expect((await tm.post('/api/tickets/preview', { ...change('sim-mutation'), at })).json()).toMatchObject({
      costEstimate: null,
      category: 'mobile',
    });
  });

  it('routes by the contact matrix: a business-critical fault at night to the out-of-hours line', async () => {
    const tm = await s.as('enterprise_admin');
    const night = '2026-12-02T23:00:00+01:00';
    const day = '2026-12-02T10:00:00+01:00';
    const desk = async (body: Record<string, unknown>, at: string) =>
      (await tm.post('/api/tickets/preview', { ...body, at })).json().desk?.names.en;
    expect(await desk(service({ businessCritical: true }), day)).toBe('Support');
    expect(await desk(service({ category: 'billing' }), night)).toBe('Billing and portal support');
    expect(await desk(service(), night)).toBe('Support');
    const incident = (extra: Record<string, unknown>) => incidentForm(s.w, s.t.clock.now(), extra);
    expect(await desk(incident({}), night)).toBe('Technical Support out of hours (fixed)');
    expect(await desk(incident({ category: 'mobile' }), night)).toBe(
      'Technical Support out of hours (mobile)',
    );
    expect(await desk(incident({}), day)).toBe('Technical Support Converged');
    expect(await desk(incident({ category: 'mobile' }), day)).toBe('Technical Support Mobile');
    expect(await desk(incident({ businessCritical: false }), night)).toBe('Support');
    // Business-critical is the critical priority: 4 hours around the clock, also at night.
    const critical = (
      await tm.post('/api/tickets/preview', { ...service({ businessCritical: true }), at: night })
    ).json();
    expect(critical.dueAt).toBe('2026-12-03T03:00:00+01:00');
    // A medium one at night counts 20 office hours from the next opening (Thursday 08:00).
    expect((await tm.post('/api/tickets/preview', { ...service(), at: night })).json().dueAt).toBe(
      '2026-12-04T18:00:00+01:00',
    );
  });

  it.each<[string, () => Record<string, unknown>, [string, string][]]>([
    [
      'an item that does not exist',
      () => change('gold-plating'),
      [['catalogueItem', 'catalogue_item_unknown']],
    ],
    ['a move without its site', () => change('move-same-area'), [['siteId', 'catalogue_item_needs_site']]],
    [
      'a profile change without its user',
      () => change('profile-change'),
      [
        ['userId', 'catalogue_item_needs_user'],
        ['profile', 'catalogue_item_needs_profile'],
      ],
    ],
    [
      'a user of another enterprise',
      () => change('profile-change', { userId: s.w.users.uB.id, profile: 'flex' }),
      [['userId', 'user_not_in_enterprise']],
    ],
    [
      'a site of another enterprise',
      () => change('move-same-area', { siteId: s.w.sites.b1.id }),
      [['siteId', 'site_not_in_enterprise']],
    ],
  ])('refuses %s (422), for the preview and the ticket alike, storing nothing', async (_, body, expected) => {
    const tm = await s.as('enterprise_admin');
    const before = (await s.t.database.db.select().from(tickets)).length;
    for (const url of ['/api/tickets/preview', '/api/tickets']) {
      const res = await tm.post(url, body());
      expect([res.statusCode, issues(res)]).toEqual([422, expected]);
    }
    expect((await s.t.database.db.select().from(tickets)).length).toBe(before);
  });

  it('refuses a retired item, and a preview stores nothing', async () => {
    const admin = await s.as('provider_admin');
    const tm = await s.as('enterprise_admin');
    await admin.patch('/api/change-catalogue/device-insurance', { active: false });
    const res = await tm.post('/api/tickets/preview', change('device-insurance'));
    expect(issues(res)).toEqual([['catalogueItem', 'catalogue_item_unknown']]);
    await admin.patch('/api/change-catalogue/device-insurance', { active: true });
    const before = (await s.t.database.db.select().from(tickets)).length;
    expect((await tm.post('/api/tickets/preview', change('device-insurance'))).statusCode).toBe(200);
    expect((await s.t.database.db.select().from(tickets)).length).toBe(before);
  });
});

describe('a change request', () => {
  it('is sent with what the preview said, keeps it, and its item cannot be removed (retire it instead)', async () => {
    const tm = await s.as('enterprise_admin');
    const body = change('hunt-group-change');
    // Both at one moment: a lead time counted from the request keeps the request's time of day.
    s.t.clock.freeze();
    const preview = (await tm.post('/api/tickets/preview', body)).json();
    const sent = await tm.post('/api/tickets', body);
    s.t.clock.unfreeze();
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({
      type: 'change',
      number: expect.stringMatching(/^CHG-\d{4}-\d{6}$/),
      title: 'Wijziging huntgroep',
      catalogueItem: 'hunt-group-change',
      dueAt: preview.dueAt,
      desk: { id: preview.desk.id },
      costEstimate: { amount: 47.5, currency: 'EUR' },
      businessCritical: false,
    });
    // A later tariff changes no estimate already sent.
    const admin = await s.as('provider_admin');
    await admin.patch('/api/tariffs/hourly-rate', { amount: 120 });
    const again = (await tm.get(`/api/tickets/${sent.json().id}`)).json();
    expect(again.costEstimate).toEqual({ amount: 47.5, currency: 'EUR' });
    await admin.patch('/api/tariffs/hourly-rate', { amount: 95 });
    const refused = await admin.delete('/api/change-catalogue/hunt-group-change');
    expect([refused.statusCode, refused.json().error.issues[0].code]).toEqual([409, 'catalogue_item_in_use']);
    const desk = await admin.delete(`/api/desks/${preview.desk.id}`);
    expect([desk.statusCode, desk.json().error.issues[0].code]).toEqual([409, 'desk_has_tickets']);
  });
});

describe('the contact page', () => {
  it('says whom to call now, and shows the out-of-hours PIN to enterprise admins and partners only', async () => {
    const at = encodeURIComponent('2026-12-05T02:00:00+01:00');
    const tm = (await (await s.as('enterprise_admin')).get(`/api/contact?at=${at}`)).json();
    expect(tm.inOfficeHours).toBe(false);
    const byId = new Map(tm.desks.map((d: { id: string; name: { en: string } }) => [d.id, d]));
    const call = (handle: string) =>
      (
        byId.get(tm.callNow.find((c: { handle: string }) => c.handle === handle).deskId) as {
          name: { en: string };
        }
      ).name.en;
    expect(call('critical_fixed')).toBe('Technical Support out of hours (fixed)');
    expect(call('questions_changes')).toBe('Support');
    const pins = (x: { desks: { pin: string | null }[] }) =>
      x.desks.map((d) => d.pin).filter((p) => p !== null);
    expect(pins(tm)).toEqual(['2306']);
    expect(pins((await (await s.as('partner_admin')).get('/api/contact')).json())).toEqual(['2306']);
    expect(pins((await (await s.as('site_admin')).get('/api/contact')).json())).toEqual([]);
    expect((await (await s.as('end_user')).get('/api/contact')).statusCode).toBe(403);
    const office = (
      await (
        await s.as('site_admin')
      ).get(`/api/contact?at=${encodeURIComponent('2026-12-07T09:00:00+01:00')}`)
    ).json();
    expect(office.inOfficeHours).toBe(true);
  });

  it('lets the provider edit a desk (audited, the PIN never in the log) and refuses a bad one', async () => {
    const admin = await s.as('provider_admin');
    const desks = (await admin.get('/api/desks')).json().items as { id: string; pin: string | null }[];
    const withPin = desks.find((d) => d.pin !== null);
    const changed = await admin.patch(`/api/desks/${withPin?.id}`, { pin: '7788', phone: '085 000 2000' });
    expect(changed.json()).toMatchObject({ pin: '7788', phone: '+31850002000' });
    const { items } = (
      await admin.get(`/api/audit-events?entityType=service_desk&entityId=${withPin?.id}`)
    ).json();
    expect(JSON.stringify(items)).not.toContain('7788');
    const bad = await admin.patch(`/api/desks/${withPin?.id}`, { pin: '12', phoneOption: 'drie' });
    expect(bad.statusCode).toBe(400);
    expect(
      issues(bad)
        .map(([path]) => path)
        .sort(),
    ).toEqual(['phoneOption', 'pin']);
  });
});
