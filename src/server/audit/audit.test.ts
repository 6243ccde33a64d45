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
  actor: { id: string; email: string } | null;
  changes: Record<string, { from?: unknown; to?: unknown }>;
  enterpriseId: string | null;
};

describe('the audit log', () => {
  it('records every change with who, what, before/after and the request id', async () => {
    const created = await tm.post(
      `/api/enterprises/${w.enterprises.A.id}/users`,
      { name: 'Audit Person', siteId: w.sites.ams.id, profile: 'vast' },
      { 'x-request-id': 'req-audit-1' },
    );
    const id = created.json().id;
    await tm.patch(
      `/api/users/${id}`,
      { name: 'Audit Person Renamed', siteId: w.sites.utr.id },
      { 'x-request-id': 'req-audit-2' },
    );
    await tm.delete(`/api/users/${id}`, { 'x-request-id': 'req-audit-3' });
    const events: Event[] = (await tm.get(`/api/audit-events?entityId=${id}`)).json().items;
    expect(events.map((e) => [e.action, e.requestId])).toEqual([
      ['delete', 'req-audit-3'],
      ['update', 'req-audit-2'],
      ['create', 'req-audit-1'],
    ]);
    const update = events[1] as Event;
    expect(update.actor?.email).toBe(w.accounts.enterprise_admin.email);
    expect(update.changes).toEqual({
      name: { from: 'Audit Person', to: 'Audit Person Renamed' },
      siteId: { from: w.sites.ams.id, to: w.sites.utr.id },
    });
    expect((events[2] as Event).changes.name).toEqual({ to: 'Audit Person' });
    expect((events[0] as Event).changes.name).toEqual({ from: 'Audit Person Renamed' });
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
    const siteIds = await t.database.query<{ site_id: string | null }>(
      'select distinct site_id from audit_events where id = any($1::bigint[])',
      [seenBySite.map((e) => e.id)],
    );
    expect(siteIds.map((r) => r.site_id)).toEqual([w.sites.ams.id]);
    const all: Event[] = (await admin.get('/api/audit-events?limit=200')).json().items;
    expect(all.length).toBeGreaterThan(seenByA.length);
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
