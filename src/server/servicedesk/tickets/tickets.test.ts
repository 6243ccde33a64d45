import { describe, expect, it } from 'vitest';
import { incidentForm } from '../../testing/factories/ticket-forms';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);
const DAY = 24 * 60 * 60 * 1000;

const incident = (extra: Record<string, unknown> = {}) => incidentForm(s.w, s.t.clock.now(), extra);

function serviceRequest(siteId: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'service',
    enterpriseId: s.w.enterprises.A.id,
    title: 'Extra toestel',
    description: 'Graag een extra toestel op de receptie',
    siteId,
    businessCritical: false,
    impact: 'low',
    urgency: 'high',
    contact: { name: 'Tom', phone: '020 794 0000' },
    ...extra,
  };
}

const countTickets = async () => {
  const admin = await s.as('provider_admin');
  return (await admin.get(`/api/tickets?enterpriseId=${s.w.enterprises.A.id}&limit=200`)).json().items
    .length as number;
};

describe('reporting a ticket', () => {
  it('numbers an incident per type and year, with priority, sites and its first step', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.post('/api/tickets', incident());
    expect(res.statusCode).toBe(201);
    const t = res.json();
    const year = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(
      s.t.clock.now(),
    );
    expect(t.number).toMatch(new RegExp(`^INC-${year}-\\d{6}$`));
    expect(t).toMatchObject({
      type: 'incident',
      status: 'new',
      priority: 'critical',
      siteId: s.w.sites.ams.id,
      siteName: 'Amsterdam',
      enterpriseName: 'Enterprise A',
      reportedByName: 'tm',
      commentCount: 0,
      nextStates: [],
    });
    expect(t.details.what).toEqual({ aNumber: '+31207940001', bNumber: '+31301234567' });
    expect(t.details.where.otherPostcodes).toEqual(['1234 AB']);
    expect(t.history).toEqual([
      expect.objectContaining({ from: null, to: 'new', byName: 'tm', byRole: 'enterprise_admin' }),
    ]);
    const next = await tm.post('/api/tickets', incident());
    const seq = (n: string) => Number(n.slice(-6));
    expect(seq(next.json().number)).toBe(seq(t.number) + 1);
    const other = await tm.post('/api/tickets', serviceRequest(s.w.sites.ams.id));
    expect(other.json()).toMatchObject({ type: 'service', priority: 'medium' });
    expect(other.json().number).toMatch(/^SRQ-\d{4}-\d{6}$/);
  });

  it('refuses missing and malformed fields with a message per field, storing nothing', async () => {
    const tm = await s.as('enterprise_admin');
    const before = await countTickets();
    const { what: _w, ...noWhat } = incident();
    const missing = await tm.post('/api/tickets', noWhat);
    expect([missing.statusCode, issues(missing)]).toEqual([400, [['what', 'required']]]);
    const bad = await tm.post(
      '/api/tickets',
      incident({
        what: { aNumber: '12', bNumber: 'x' },
        where: {
          siteIds: [],
          otherSitesAffected: false,
          otherPostcodes: ['0123 AB'],
          sitesNotAffected: false,
        },
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(issues(bad)).toEqual(
      expect.arrayContaining([
        ['what.aNumber', 'phone_number'],
        ['what.bNumber', 'phone_number'],
        ['where.siteIds', 'too_few'],
        ['where.otherPostcodes.0', 'postcode'],
      ]),
    );
    expect(bad.json().error.issues.every((i: { message: string }) => i.message.length > 0)).toBe(true);
    const future = await tm.post(
      '/api/tickets',
      incident({
        when: {
          occurredAt: new Date(s.t.clock.now().getTime() + 3600_000).toISOString(),
          workedBefore: true,
        },
      }),
    );
    expect([future.statusCode, issues(future)]).toEqual([400, [['when.occurredAt', 'future_date']]]);
    const noType = await tm.post('/api/tickets', { ...serviceRequest(s.w.sites.ams.id), type: 'complaint' });
    expect([noType.statusCode, issues(noType).map(([p]) => p)]).toEqual([400, ['type']]);
    expect(await countTickets()).toBe(before);
  });

  it("refuses another enterprise's site (id guessing) and a site admin's other sites as field issues", async () => {
    const tm = await s.as('enterprise_admin');
    const before = await countTickets();
    const guessed = await tm.post('/api/tickets', serviceRequest(s.w.sites.b1.id));
    expect([guessed.statusCode, issues(guessed)]).toEqual([422, [['siteId', 'site_not_in_enterprise']]]);
    const inc = await tm.post(
      '/api/tickets',
      incident({
        where: {
          siteIds: [s.w.sites.ams.id, s.w.sites.b1.id],
          otherSitesAffected: false,
          sitesNotAffected: false,
        },
      }),
    );
    expect([inc.statusCode, issues(inc)]).toEqual([422, [['where.siteIds.1', 'site_not_in_enterprise']]]);
    const siteAdmin = await s.as('site_admin');
    const notOwn = await siteAdmin.post('/api/tickets', serviceRequest(s.w.sites.utr.id));
    expect([notOwn.statusCode, issues(notOwn)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    const otherTenant = await (await s.as('enterprise_admin_b')).post(
      '/api/tickets',
      serviceRequest(s.w.sites.b1.id),
    );
    expect(otherTenant.statusCode).toBe(404);
    expect(await countTickets()).toBe(before);
  });

  it('is not for end users: the guide has the Telecom Manager report', async () => {
    const user = await s.as('end_user');
    expect((await user.post('/api/tickets', serviceRequest(s.w.sites.ams.id))).statusCode).toBe(403);
    expect((await user.get('/api/tickets')).statusCode).toBe(403);
  });

  it('gives 10 parallel reports 10 distinct consecutive numbers', async () => {
    const tm = await s.as('enterprise_admin');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        tm.post('/api/tickets', { ...serviceRequest(s.w.sites.ams.id), type: 'repair' }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(201));
    const seqs = answers.map((a) => Number((a.json().number as string).slice(-6))).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(10);
    expect((seqs[9] as number) - (seqs[0] as number)).toBe(9);
  });
});

describe('the list and the scopes', () => {
  it('shows each reader its own: enterprise, site admin (its sites and its own reports), provider all', async () => {
    const tm = await s.as('enterprise_admin');
    const onUtr = (
      await tm.post('/api/tickets', serviceRequest(s.w.sites.utr.id, { title: 'Utrecht wens' }))
    ).json();
    const onAms = (
      await tm.post('/api/tickets', serviceRequest(s.w.sites.ams.id, { title: 'Amsterdam wens' }))
    ).json();
    const wide = (
      await tm.post(
        '/api/tickets',
        incident({
          title: 'Overal stil',
          where: {
            siteIds: [s.w.sites.ams.id, s.w.sites.utr.id],
            otherSitesAffected: false,
            sitesNotAffected: false,
          },
        }),
      )
    ).json();
    expect(wide.siteId).toBeNull();
    const inB = await fresh.ticket(s.t.database.db, s.w.enterprises.B.id, s.w.sites.b1.id);
    const ids = async (who: Parameters<typeof s.as>[0], query = '') =>
      ((await (await s.as(who)).get(`/api/tickets?limit=200${query}`)).json().items as { id: string }[]).map(
        (t) => t.id,
      );
    const mine = await ids('enterprise_admin');
    expect(mine).toEqual(expect.arrayContaining([onUtr.id, onAms.id, wide.id]));
    expect(mine).not.toContain(inB.id);
    const site = await ids('site_admin');
    expect(site).toEqual(expect.arrayContaining([onAms.id, wide.id]));
    expect(site).not.toContain(onUtr.id);
    expect(site).not.toContain(inB.id);
    expect(await ids('partner_admin_b')).toContain(inB.id);
    expect(await ids('partner_admin_b')).not.toContain(onAms.id);
    expect(await ids('provider_agent')).toEqual(expect.arrayContaining([onUtr.id, inB.id]));
    const siteAdmin = await s.as('site_admin');
    expect((await siteAdmin.get(`/api/tickets/${onUtr.id}`)).statusCode).toBe(404);
    expect((await siteAdmin.get(`/api/tickets/${onAms.id}`)).statusCode).toBe(200);
    const own = (await siteAdmin.post('/api/tickets', serviceRequest(s.w.sites.ams.id))).json();
    expect((await siteAdmin.get(`/api/tickets/${own.id}`)).statusCode).toBe(200);
    expect((await tm.get(`/api/tickets/${inB.id}`)).statusCode).toBe(404);
    expect((await tm.get(`/api/tickets?enterpriseId=${s.w.enterprises.B.id}`)).statusCode).toBe(404);
  });

  it('filters by type, status and q, and pages newest first', async () => {
    const admin = await s.as('provider_admin');
    const base = `/api/tickets?enterpriseId=${s.w.enterprises.A.id}`;
    const repairs = (await admin.get(`${base}&type=repair&limit=200`)).json().items as { type: string }[];
    expect(repairs.length).toBeGreaterThanOrEqual(10);
    expect(repairs.every((t) => t.type === 'repair')).toBe(true);
    const found = (await admin.get(`${base}&q=utrecht%20w`)).json().items as { title: string }[];
    expect(found.map((t) => t.title)).toEqual(['Utrecht wens']);
    expect((await admin.get(`${base}&status=closed`)).json().items).toEqual([]);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; createdAt: string }[]; nextCursor: string | null } = (
        await admin.get(`${base}&limit=4${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      all.push(...page.items.map((t) => t.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(await countTickets());
    expect((await admin.get(`${base}&cursor=nonsense`)).statusCode).toBe(400);
    expect((await admin.get('/api/tickets?status=done')).statusCode).toBe(400);
  });
});

describe('the status flow', () => {
  it('walks new → closed with who and when, and refuses steps the flow does not allow (409 with the allowed)', async () => {
    const tm = await s.as('enterprise_admin');
    const desk = await s.as('provider_agent');
    const t = (await tm.post('/api/tickets', incident())).json();
    const step = (agent: typeof tm, status: string, reason?: string) =>
      agent.post(`/api/tickets/${t.id}/status`, reason ? { status, reason } : { status });
    const early = await step(tm, 'acknowledged');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.issues[0]).toMatchObject({
      code: 'ticket_status_desk_only',
      params: { from: 'new', to: 'acknowledged' },
    });
    const skip = await step(desk, 'closed');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.issues[0].params).toMatchObject({
      from: 'new',
      to: 'closed',
      allowed: 'acknowledged',
    });
    expect((await step(desk, 'acknowledged')).json()).toMatchObject({
      status: 'acknowledged',
      nextStates: ['in_progress', 'resolved'],
    });
    await step(desk, 'in_progress');
    await step(desk, 'waiting_for_customer', 'Welk toestel?');
    expect((await step(tm, 'in_progress', 'Een T54W')).statusCode).toBe(200);
    const resolved = await step(desk, 'resolved', 'Route hersteld');
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    const closed = (await step(tm, 'closed')).json();
    expect(closed.history.map((h: { to: string }) => h.to)).toEqual([
      'new',
      'acknowledged',
      'in_progress',
      'waiting_for_customer',
      'in_progress',
      'resolved',
      'closed',
    ]);
    expect(closed.history[3]).toMatchObject({
      from: 'in_progress',
      reason: 'Welk toestel?',
      byName: 'agent',
      byRole: 'provider_agent',
    });
    expect(closed.history[4]).toMatchObject({ byRole: 'enterprise_admin', reason: 'Een T54W' });
    // Within the reopen period the customer reopens it.
    expect(closed.nextStates).toEqual(['in_progress']);
    expect((await step(tm, 'in_progress', 'Weer stil')).json().status).toBe('in_progress');
    const bad = await tm.post(`/api/tickets/${t.id}/status`, { status: 'done' });
    expect([bad.statusCode, issues(bad)]).toEqual([400, [['status', 'choice']]]);
  });

  it('refuses to reopen after the reopen period', async () => {
    const old = await fresh.ticket(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, {
      status: 'closed',
      resolvedAt: new Date(s.t.clock.now().getTime() - 15 * DAY),
    });
    const tm = await s.as('enterprise_admin');
    const res = await tm.post(`/api/tickets/${old.id}/status`, { status: 'in_progress' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.issues[0]).toMatchObject({
      code: 'ticket_status_final',
      message: expect.stringContaining('closed for good'),
    });
    expect((await tm.get(`/api/tickets/${old.id}`)).json().nextStates).toEqual([]);
  });

  it('lets one of two parallel changes from the same state win', async () => {
    const t = await fresh.ticket(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const desk = await s.as('provider_agent');
    const admin = await s.as('provider_admin');
    const [a, b] = await Promise.all([
      desk.post(`/api/tickets/${t.id}/status`, { status: 'acknowledged' }),
      admin.post(`/api/tickets/${t.id}/status`, { status: 'acknowledged' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const got = await admin.get(`/api/tickets/${t.id}`);
    const history = got.json().history as unknown[];
    expect(history).toHaveLength(2);
  });
});

describe('comments', () => {
  it('keeps internal notes from the customer: not listed, not counted, not in its audit log', async () => {
    const tm = await s.as('enterprise_admin');
    const partner = await s.as('partner_admin');
    const desk = await s.as('provider_agent');
    const admin = await s.as('provider_admin');
    const t = (await tm.post('/api/tickets', incident())).json();
    const url = `/api/tickets/${t.id}/comments`;
    expect((await tm.post(url, { body: 'Het gebeurt ook op de 2e etage' })).statusCode).toBe(201);
    const internal = await desk.post(url, {
      body: 'Klant belt vaker, SBC-log bekijken',
      visibility: 'internal',
    });
    expect(internal.statusCode).toBe(201);
    expect((await desk.post(url, { body: 'We kijken ernaar', visibility: 'customer' })).statusCode).toBe(201);
    const forCustomer = (await tm.get(url)).json().items as { body: string; visibility: string }[];
    expect(forCustomer.map((c) => c.body)).toEqual(['Het gebeurt ook op de 2e etage', 'We kijken ernaar']);
    expect((await partner.get(url)).json().items).toHaveLength(2);
    expect((await desk.get(url)).json().items.map((c: { visibility: string }) => c.visibility)).toEqual([
      'customer',
      'internal',
      'customer',
    ]);
    expect((await tm.get(`/api/tickets/${t.id}`)).json().commentCount).toBe(2);
    const listed = (await tm.get(`/api/tickets?enterpriseId=${s.w.enterprises.A.id}&limit=200`)).json().items;
    expect(listed.find((x: { id: string }) => x.id === t.id).commentCount).toBe(2);
    expect((await desk.get(`/api/tickets/${t.id}`)).json().commentCount).toBe(3);
    // The audit log: the provider reads the internal note's record, no customer scope does.
    const internalId = internal.json().id;
    const audit = (agent: typeof tm) => agent.get(`/api/audit-events?entityType=ticket_comment&limit=200`);
    const providerIds = ((await audit(admin)).json().items as { entityId: string }[]).map((e) => e.entityId);
    expect(providerIds).toContain(internalId);
    for (const agent of [tm, partner]) {
      const res = await audit(agent);
      expect(res.statusCode).toBe(200);
      const events = res.json().items as { entityId: string }[];
      expect(events.length).toBeGreaterThan(0);
      expect(events.map((e) => e.entityId)).not.toContain(internalId);
      expect(JSON.stringify(res.json())).not.toContain('SBC-log');
    }
    expect(JSON.stringify((await audit(admin)).json())).not.toContain('SBC-log');
  });

  it('refuses an internal note from a customer, an empty one, and any on a closed ticket', async () => {
    const tm = await s.as('enterprise_admin');
    const t = await fresh.ticket(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const url = `/api/tickets/${t.id}/comments`;
    const internal = await tm.post(url, { body: 'stiekem', visibility: 'internal' });
    expect([internal.statusCode, issues(internal)]).toEqual([
      422,
      [['visibility', 'internal_comment_provider_only']],
    ]);
    const empty = await tm.post(url, { body: '  ' });
    expect([empty.statusCode, issues(empty)]).toEqual([400, [['body', 'required']]]);
    const closed = await fresh.ticket(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, {
      status: 'closed',
    });
    const late = await tm.post(`/api/tickets/${closed.id}/comments`, { body: 'Nog iets' });
    expect([late.statusCode, issues(late)]).toEqual([409, [['', 'ticket_closed']]]);
    expect((await tm.get(`/api/tickets/${closed.id}/comments`)).json().items).toEqual([]);
    const other = await fresh.ticket(s.t.database.db, s.w.enterprises.B.id, s.w.sites.b1.id);
    expect((await tm.post(`/api/tickets/${other.id}/comments`, { body: 'x' })).statusCode).toBe(404);
    expect((await tm.get(`/api/tickets/${other.id}/comments`)).statusCode).toBe(404);
  });
});

describe('audit and references', () => {
  it('audits every write and keeps a site with tickets', async () => {
    const tm = await s.as('enterprise_admin');
    const admin = await s.as('provider_admin');
    const site = await fresh.site(s.t.database.db, s.w.enterprises.A.id);
    const t = (await tm.post('/api/tickets', serviceRequest(site.id))).json();
    await admin.post(`/api/tickets/${t.id}/status`, { status: 'acknowledged', reason: 'Gezien' });
    const events = (await tm.get(`/api/audit-events?entityType=ticket&entityId=${t.id}`)).json().items as {
      action: string;
    }[];
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'status']);
    const refused = await admin.delete(`/api/sites/${site.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({
      code: 'site_has_tickets',
      params: { count: 1, tickets: t.number },
    });
  });
});
