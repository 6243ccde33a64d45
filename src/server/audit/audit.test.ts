import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../testing/harness';

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
  entityId: string;
  requestId: string;
  correlationId: string | null;
  tokenId: string | null;
  actor: { id: string; email: string } | null;
  changes: Record<string, { from?: unknown; to?: unknown }>;
  enterpriseId: string | null;
};

describe('the audit log', () => {
  it('records every change with who, what, before/after, our request id and the caller’s apart', async () => {
    const created = await tm.post(
      `/api/enterprises/${w.enterprises.A.id}/users`,
      { name: 'Audit Person', siteId: w.sites.ams.id, profile: 'vast' },
      { 'x-request-id': 'req-audit-1' },
    );
    const id = created.json().id;
    const updated = await tm.patch(
      `/api/users/${id}`,
      { name: 'Audit Person Renamed', siteId: w.sites.utr.id },
      { 'x-request-id': 'req-audit-2' },
    );
    const deleted = await tm.delete(`/api/users/${id}`, { 'x-request-id': 'req-audit-3' });
    const ours = [deleted, updated, created].map((r) => r.headers['x-request-id']);
    // Our request ids are ours, whatever the caller sent.
    for (const requestId of ours) expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const events: Event[] = (await tm.get(`/api/audit-events?entityId=${id}`)).json().items;
    expect(events.map((e) => [e.action, e.requestId, e.correlationId])).toEqual([
      ['delete', ours[0], 'req-audit-3'],
      ['update', ours[1], 'req-audit-2'],
      ['create', ours[2], 'req-audit-1'],
    ]);
    const update = events[1] as Event;
    expect(update.actor?.email).toBe(w.accounts.enterprise_admin.email);
    expect(update.tokenId).toBeNull();
    expect(update.changes).toEqual({
      name: { from: 'Audit Person', to: 'Audit Person Renamed' },
      siteId: { from: w.sites.ams.id, to: w.sites.utr.id },
    });
    expect((events[2] as Event).changes.name).toEqual({ to: 'Audit Person' });
    expect((events[0] as Event).changes.name).toEqual({ from: 'Audit Person Renamed' });
  });

  it('cannot be made to reuse one request id for two requests', async () => {
    const a = await tm.patch(
      `/api/sites/${w.sites.utr.id}`,
      { voiceChannels: 11 },
      { 'x-request-id': 'same' },
    );
    const b = await tm.patch(
      `/api/sites/${w.sites.utr.id}`,
      { voiceChannels: 12 },
      { 'x-request-id': 'same' },
    );
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('records which API token acted', async () => {
    const made = await tm.post('/api/me/tokens', {
      name: 'automation',
      access: 'read_write',
      password: PASSWORD,
    });
    const { token, secret } = made.json();
    const bot = t.withToken(secret);
    const res = await bot.patch(`/api/sites/${w.sites.utr.id}`, { voiceChannels: 14 });
    expect(res.statusCode).toBe(200);
    const [event] = (await tm.get(`/api/audit-events?entityId=${w.sites.utr.id}&limit=1`)).json()
      .items as Event[];
    expect([event?.requestId, event?.tokenId, event?.actor?.email]).toStrictEqual([
      res.headers['x-request-id'],
      token.id,
      w.accounts.enterprise_admin.email,
    ]);
  });

  it('keeps computed values (counts) out of the changes', async () => {
    await tm.patch(`/api/sites/${w.sites.ams.id}`, { voiceChannels: 9 });
    const [event] = (await tm.get(`/api/audit-events?entityId=${w.sites.ams.id}&limit=1`)).json()
      .items as Event[];
    expect(event?.changes).toStrictEqual({ voiceChannels: { from: 10, to: 9 } });
    const created = await admin.post('/api/enterprises', { name: 'Counted BV' });
    const [createEvent] = (await admin.get(`/api/audit-events?entityId=${created.json().id}`)).json()
      .items as Event[];
    expect(Object.keys(createEvent?.changes ?? {}).sort()).toStrictEqual([
      'customerNumber',
      'name',
      'partnerId',
    ]);
  });

  it('never holds secrets', async () => {
    await tm.post('/api/me/tokens', { name: 'audited', access: 'read', password: PASSWORD });
    await admin.post(`/api/accounts/${w.accounts.end_user.id}/reset-password`);
    const rows = await t.database.query<{ before: unknown; after: unknown }>(
      'select before, after from audit_events',
    );
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/argon2id/);
    expect(text).not.toMatch(/passwordHash|tokenHash|totpSecret/);
    expect(text).not.toContain(PASSWORD);
  });

  it('is append-only, whoever asks', async () => {
    await expect(t.database.query('update audit_events set action = $1', ['forged'])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.query('delete from audit_events')).rejects.toThrow(/append-only/);
    await expect(t.database.query('truncate audit_events')).rejects.toThrow(/append-only/);
  });

  it('shows each scope its own part', async () => {
    const tmB = await t.login(w.accounts.enterprise_admin_b.email, PASSWORD);
    await tmB.patch(`/api/sites/${w.sites.b1.id}`, { voiceChannels: 14 });
    const seenByA: Event[] = (await tm.get('/api/audit-events?limit=200')).json().items;
    expect(seenByA.length).toBeGreaterThan(0);
    expect(seenByA.every((e) => e.enterpriseId === w.enterprises.A.id)).toBe(true);
    const seenByB: Event[] = (await tmB.get('/api/audit-events?limit=200')).json().items;
    expect(seenByB.some((e) => e.entityId === w.sites.b1.id && e.action === 'update')).toBe(true);
    expect(seenByB.every((e) => e.enterpriseId === w.enterprises.B.id)).toBe(true);
    const site = await t.login(w.accounts.site_admin.email, PASSWORD);
    const seenBySite: Event[] = (await site.get('/api/audit-events?limit=200')).json().items;
    const located = await t.database.query<{ site_id: string | null; previous_site_id: string | null }>(
      'select site_id, previous_site_id from audit_events where id = any($1::bigint[])',
      [seenBySite.map((e) => e.id)],
    );
    expect(located.every((r) => r.site_id === w.sites.ams.id || r.previous_site_id === w.sites.ams.id)).toBe(
      true,
    );
    const all: Event[] = (await admin.get('/api/audit-events?limit=200')).json().items;
    expect(all.length).toBeGreaterThan(seenByA.length);
  });

  it('shows a move from one site to another to the administrators of both sites', async () => {
    const user = (
      await tm.post(`/api/enterprises/${w.enterprises.A.id}/users`, {
        name: 'Verhuizer',
        siteId: w.sites.ams.id,
        profile: 'vast',
      })
    ).json();
    await tm.patch(`/api/users/${user.id}`, { siteId: w.sites.utr.id });
    const ams = await t.login(w.accounts.site_admin.email, PASSWORD);
    const seen: Event[] = (await ams.get(`/api/audit-events?entityId=${user.id}`)).json().items;
    expect(seen.map((e) => e.action)).toEqual(['update', 'create']);
    // And the new site's administrators read it too (the event is filed under the new site).
    const [row] = await t.database.query<{ n: number }>(
      `select count(*)::int as n from audit_events where entity_id = $1 and (site_id = $2 or previous_site_id = $2)`,
      [user.id, w.sites.utr.id],
    );
    expect(row?.n).toBe(1);
  });

  it('filters by who, what and when', async () => {
    const byActor: Event[] = (
      await admin.get(`/api/audit-events?actorId=${w.accounts.enterprise_admin.id}`)
    ).json().items;
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actor?.id === w.accounts.enterprise_admin.id)).toBe(true);
    const byEmail: Event[] = (await admin.get('/api/audit-events?actor=TM%40A')).json().items;
    expect(byEmail.map((e) => e.id)).toEqual(byActor.map((e) => e.id));
    const logins: Event[] = (await admin.get('/api/audit-events?action=login&entityType=account')).json()
      .items;
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.every((e) => e.action === 'login' && e.entityType === 'account')).toBe(true);
    const future = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    expect((await admin.get(`/api/audit-events?from=${encodeURIComponent(future)}`)).json().items).toEqual(
      [],
    );
    const past = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    expect((await admin.get(`/api/audit-events?to=${encodeURIComponent(past)}`)).json().items).toEqual([]);
  });

  it('pages backwards through the log', async () => {
    const first = (await admin.get('/api/audit-events?limit=5')).json();
    const second = (await admin.get(`/api/audit-events?limit=5&cursor=${first.nextCursor}`)).json();
    const a = first.items.map((e: Event) => e.id);
    const b = second.items.map((e: Event) => e.id);
    expect(Math.min(...a)).toBeGreaterThan(Math.max(...b));
  });
});
