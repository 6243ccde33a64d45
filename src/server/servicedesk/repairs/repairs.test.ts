import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { devices } from '../../db/schema';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params?: Record<string, unknown> };
const issues = (res: { json(): { error: { issues: Issue[] } } }) =>
  res.json().error.issues.map((i) => [i.path, i.code]);
const GUIDE_ADDRESS = 'RISET BV\nt.a.v. Vodafone Returns\nLemelerbergweg 14\n1101 AJ  Amsterdam Zuidoost';

/** A day relative to today in the provider's zone, as an ISO date. */
const day = (shift: { months?: number; days?: number }) =>
  DateTime.fromJSDate(s.t.clock.now(), { zone: 'Europe/Amsterdam' }).plus(shift).toISODate() ?? '';

async function device(
  siteId = s.w.sites.ams.id,
  ownership: 'rented' | 'bought' = 'rented',
  ownershipDate = '2026-01-01',
) {
  const db = s.t.database.db;
  const row = await fresh.device(db, s.w.enterprises.A.id, siteId);
  await db.update(devices).set({ ownership, ownershipDate }).where(eq(devices.id, row.id));
  return row;
}
const form = (deviceId: string, extra: Record<string, unknown> = {}) => ({
  deviceId,
  fault: 'Het scherm blijft zwart na een herstart',
  contact: { name: 'Tom de Vries', phone: '020 794 0000' },
  ...extra,
});

describe('previewing a repair (guide §4.4)', () => {
  it.each([
    ['a rented device: covered for the whole rental', 'rented', '2019-05-01', 'device', true, 'rented', null],
    ['a rented device’s battery: never', 'rented', '2019-05-01', 'battery', false, 'battery', null],
    [
      'bought a year ago: within 24 months',
      'bought',
      { months: -12 },
      'device',
      true,
      'bought_in_term',
      { months: 12, days: -1 },
    ],
    [
      'bought 24 months ago today: ended yesterday',
      'bought',
      { months: -24 },
      'device',
      false,
      'bought_term_ended',
      { days: -1 },
    ],
    [
      'bought 24 months less a day ago: today is the last day',
      'bought',
      { months: -24, days: 1 },
      'device',
      true,
      'bought_in_term',
      { days: 0 },
    ],
  ] as const)('%s', async (_what, ownership, since, part, covered, reason, until) => {
    const d = await device(s.w.sites.ams.id, ownership, typeof since === 'string' ? since : day(since));
    const tm = await s.as('enterprise_admin');
    const res = await tm.post('/api/repairs/preview', { deviceId: d.id, part });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      warranty: { covered, reason, coveredUntil: until === null ? null : day(until) },
      excess: { amount: 35, currency: 'EUR' },
      equipmentCharged: !covered,
      returnAddress: GUIDE_ADDRESS,
    });
    // Nothing stored.
    const list = await tm.get(`/api/devices/${d.id}/repairs`);
    expect(list.json().items).toEqual([]);
  });

  it('answers another enterprise’s device exactly as an unknown one', async () => {
    const d = await device();
    const other = await s.as('enterprise_admin_b');
    const guessed = await other.post('/api/repairs/preview', { deviceId: d.id });
    const unknown = await other.post('/api/repairs/preview', { deviceId: randomUUID() });
    expect(guessed.statusCode).toBe(404);
    expect(guessed.json()).toEqual(unknown.json());
    const registered = await other.post('/api/repairs', form(d.id));
    expect(registered.statusCode).toBe(404);
    expect(registered.json()).toEqual((await other.post('/api/repairs', form(randomUUID()))).json());
    expect((await other.get(`/api/devices/${d.id}/repairs`)).statusCode).toBe(404);
  });

  it('keeps a site admin to the devices of its sites', async () => {
    const utrecht = await device(s.w.sites.utr.id);
    const site = await s.as('site_admin');
    expect((await site.post('/api/repairs', form(utrecht.id))).statusCode).toBe(404);
    const amsterdam = await device(s.w.sites.ams.id);
    expect((await site.post('/api/repairs', form(amsterdam.id))).statusCode).toBe(201);
  });
});

describe('registering and working a repair', () => {
  it('registers an RMA ticket and repair, works its steps to closure, and keeps the device’s history', async () => {
    const d = await device(s.w.sites.ams.id, 'bought', day({ months: -30 }));
    const tm = await s.as('enterprise_admin');
    const res = await tm.post('/api/repairs', form(d.id));
    expect(res.statusCode, res.body).toBe(201);
    const repair = res.json();
    const year = DateTime.fromJSDate(s.t.clock.now(), { zone: 'Europe/Amsterdam' }).year;
    expect(repair.number).toMatch(new RegExp(`^RMA-${year}-\\d{6}$`));
    expect(repair).toMatchObject({
      deviceId: d.id,
      siteName: 'Amsterdam',
      status: 'registered',
      nextSteps: ['received'],
      warranty: { covered: false, reason: 'bought_term_ended' },
      excess: { amount: 35, currency: 'EUR' },
      equipmentCharged: true,
      returnAddress: GUIDE_ADDRESS,
      registeredByName: 'tm',
    });
    expect(repair.history.map((h: { status: string }) => h.status)).toEqual(['registered']);
    // Its ticket: type repair, the same number, routed, readable by the customer.
    const ticket = (await tm.get(`/api/tickets/${repair.ticketId}`)).json();
    expect(ticket).toMatchObject({ type: 'repair', number: repair.number, status: 'new' });

    // The customer does not work the steps.
    expect((await tm.post(`/api/repairs/${repair.id}/received`, {})).statusCode).toBe(403);

    const desk = await s.as('provider_agent');
    const early = await desk.post(`/api/repairs/${repair.id}/shipped`, { trackingReference: '3SABC' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.issues[0]).toMatchObject({
      code: 'repair_step_not_allowed',
      params: { from: 'registered', to: 'shipped', allowed: 'received' },
    });
    const received = await desk.post(`/api/repairs/${repair.id}/received`, { note: 'Binnen, scherm defect' });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json()).toMatchObject({ status: 'received', nextSteps: ['shipped'] });

    // The replacement's MAC: checked, unique, then on the device.
    const taken = await fresh.device(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const clash = await desk.post(`/api/repairs/${repair.id}/shipped`, {
      trackingReference: '3SABC123',
      mac: taken.mac,
    });
    expect(clash.statusCode).toBe(409);
    expect(issues(clash)).toContainEqual(['mac', 'mac_taken']);
    const bad = await desk.post(`/api/repairs/${repair.id}/shipped`, {
      trackingReference: '3S',
      mac: '01:00:5e:00:00:01',
    });
    expect(bad.statusCode).toBe(400);
    expect(issues(bad)).toEqual([['mac', 'mac_multicast']]);
    const shipped = await desk.post(`/api/repairs/${repair.id}/shipped`, {
      trackingReference: '3SABC123',
      serial: 'SN-998877',
      mac: '00-15-65-AA-BB-01',
    });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json()).toMatchObject({
      status: 'shipped',
      trackingReference: '3SABC123',
      replacementSerial: 'SN-998877',
      replacementMac: '00:15:65:AA:BB:01',
      previousMac: d.mac.toUpperCase().match(/../g)?.join(':'),
    });
    const device_ = (await tm.get(`/api/devices/${d.id}`)).json();
    expect(device_.mac).toBe('001565aabb01');

    const closed = await desk.post(`/api/repairs/${repair.id}/closed`, {});
    expect(closed.statusCode).toBe(200);
    const again = await desk.post(`/api/repairs/${repair.id}/closed`, {});
    expect(again.statusCode).toBe(409);
    expect(issues(again)).toEqual([['', 'repair_step_final']]);

    const detail = (await tm.get(`/api/repairs/${repair.id}`)).json();
    expect(detail.history.map((h: { status: string; note: string | null }) => [h.status, h.note])).toEqual([
      ['registered', null],
      ['received', 'Binnen, scherm defect'],
      ['shipped', null],
      ['closed', null],
    ]);
    expect((await tm.get(`/api/tickets/${repair.ticketId}`)).json().status).toBe('closed');

    // Audited: the repair's create and steps, the ticket, and the device's new MAC.
    const admin = await s.as('provider_admin');
    const log = (await admin.get(`/api/audit-events?entityId=${repair.id}`)).json().items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['status', 'status', 'status', 'create']);
    const deviceLog = (await admin.get(`/api/audit-events?entityId=${d.id}`)).json().items;
    expect(deviceLog[0]).toMatchObject({ action: 'update', entityType: 'device' });

    // A new repair of the device after closure; the history lists both, newest first.
    const second = await tm.post('/api/repairs', form(d.id, { part: 'battery' }));
    expect(second.statusCode).toBe(201);
    expect(second.json().warranty).toEqual({ covered: false, reason: 'battery', coveredUntil: null });
    const history = (await tm.get(`/api/devices/${d.id}/repairs`)).json().items;
    expect(history.map((r: { id: string }) => r.id)).toEqual([second.json().id, repair.id]);
  });

  it('refuses a second open repair of a device, also of two registrations at once', async () => {
    const tm = await s.as('enterprise_admin');
    const d = await device();
    const answers = await Promise.all([
      tm.post('/api/repairs', form(d.id)),
      tm.post('/api/repairs', form(d.id)),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.statusCode === 409);
    const made = answers.find((a) => a.statusCode === 201);
    expect(refused?.json().error.issues[0]).toMatchObject({
      code: 'repair_open',
      params: { number: made?.json().number },
    });
    const later = await tm.post('/api/repairs', form(d.id));
    expect(later.statusCode).toBe(409);
    expect((await tm.get(`/api/devices/${d.id}/repairs`)).json().items).toHaveLength(1);
  });

  it('lets one of two parallel steps from the same status win', async () => {
    const desk = await s.as('provider_agent');
    const repair = await fresh.repair(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const answers = await Promise.all([
      desk.post(`/api/repairs/${repair.id}/received`, {}),
      desk.post(`/api/repairs/${repair.id}/received`, {}),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  });

  it('refuses a MAC for a device known by none', async () => {
    const db = s.t.database.db;
    const model = await fresh.deviceModel(db, { kind: 'softphone' });
    const soft = await fresh.device(db, s.w.enterprises.A.id, s.w.sites.ams.id, { modelId: model.id });
    await db.update(devices).set({ mac: null }).where(eq(devices.id, soft.id));
    const tm = await s.as('enterprise_admin');
    const repair = (await tm.post('/api/repairs', form(soft.id))).json();
    const desk = await s.as('provider_agent');
    await desk.post(`/api/repairs/${repair.id}/received`, {});
    const res = await desk.post(`/api/repairs/${repair.id}/shipped`, {
      trackingReference: '3S1',
      mac: '00:15:65:AA:BB:02',
    });
    expect(res.statusCode).toBe(422);
    expect(issues(res)).toEqual([['mac', 'mac_not_for_kind']]);
  });
});

describe('listing repairs', () => {
  it('pages by status and enterprise, in the reader’s scope', async () => {
    const db = s.t.database.db;
    const A = s.w.enterprises.A.id;
    const shipped = await fresh.repair(db, A, s.w.sites.utr.id, { status: 'shipped' });
    const desk = await s.as('provider_agent');
    const page = (await desk.get(`/api/repairs?enterpriseId=${A}&status=shipped&limit=200`)).json();
    expect(page.items.map((r: { id: string }) => r.id)).toContain(shipped.id);
    expect(page.items.every((r: { status: string }) => r.status === 'shipped')).toBe(true);
    const first = (await desk.get('/api/repairs?limit=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const next = (await desk.get(`/api/repairs?limit=1&cursor=${first.nextCursor}`)).json();
    expect(next.items[0].id).not.toBe(first.items[0].id);
    // A site admin of Amsterdam does not see Utrecht's; another enterprise's admin sees none of A's.
    const site = await s.as('site_admin');
    const mine = (await site.get('/api/repairs?limit=200')).json().items;
    expect(mine.map((r: { id: string }) => r.id)).not.toContain(shipped.id);
    expect(mine.every((r: { siteId: string }) => r.siteId === s.w.sites.ams.id)).toBe(true);
    const other = await s.as('enterprise_admin_b');
    expect((await other.get('/api/repairs?limit=200')).json().items).toEqual([]);
    expect((await other.get(`/api/repairs?enterpriseId=${A}`)).statusCode).toBe(404);
    expect((await other.get(`/api/repairs/${shipped.id}`)).statusCode).toBe(404);
  });
});
