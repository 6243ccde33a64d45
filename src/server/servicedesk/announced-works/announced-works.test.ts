import { describe, expect, it } from 'vitest';
import { yearIn } from '../../../core/servicedesk/tickets';
import { incidentForm } from '../../testing/factories/ticket-forms';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string };
const issues = (res: { json(): { error: { issues: Issue[] } } }) =>
  res.json().error.issues.map((i) => [i.path, i.code]);
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const at = (offsetMs: number) => new Date(s.t.clock.now().getTime() + offsetMs).toISOString();
const worksUrl = () => `/api/enterprises/${s.w.enterprises.A.id}/announced-works`;
const works = (siteId: string, extra: Record<string, unknown> = {}) => ({
  siteId,
  kind: 'power',
  description: 'Onderhoud aan de stroomvoorziening',
  startsAt: at(-HOUR),
  endsAt: at(2 * HOUR),
  ...extra,
});

const countWorks = async () => {
  const admin = await s.as('provider_admin');
  return (await admin.get(`${worksUrl()}?limit=200`)).json().items.length as number;
};

describe('announcing works', () => {
  it('registers works per site and span, lists them, changes and removes them, audited', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.post(worksUrl(), works(s.w.sites.utr.id, { kind: 'network' }));
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json();
    expect(made).toMatchObject({
      siteId: s.w.sites.utr.id,
      siteName: 'Utrecht',
      kind: 'network',
      createdByName: 'tm',
    });
    const listed = (await tm.get(`${worksUrl()}?siteId=${s.w.sites.utr.id}`)).json().items;
    expect(listed.map((x: { id: string }) => x.id)).toContain(made.id);
    const endsAt = at(5 * HOUR);
    const changed = await tm.patch(`/api/announced-works/${made.id}`, { endsAt });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().endsAt).toBe(endsAt);
    const admin = await s.as('provider_admin');
    const log = (await admin.get(`/api/audit-events?entityId=${made.id}`)).json().items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect((await tm.delete(`/api/announced-works/${made.id}`)).statusCode).toBe(204);
    expect((await tm.patch(`/api/announced-works/${made.id}`, { kind: 'power' })).statusCode).toBe(404);
  });

  it('refuses an end not after the start, bad input and other enterprises’ sites, storing nothing', async () => {
    const tm = await s.as('enterprise_admin');
    const before = await countWorks();
    // One instant for both ends (two calls of `at` are milliseconds apart: that would be valid).
    const instant = at(HOUR);
    const backwards = await tm.post(
      worksUrl(),
      works(s.w.sites.ams.id, { startsAt: instant, endsAt: instant }),
    );
    expect([backwards.statusCode, issues(backwards)]).toEqual([400, [['endsAt', 'ends_before_start']]]);
    const offset = await tm.post(
      worksUrl(),
      works(s.w.sites.ams.id, { startsAt: '2026-05-01T10:00:00+02:00', endsAt: '2026-05-01T07:30:00Z' }),
    );
    expect(offset.statusCode).toBe(400);
    const bad = await tm.post(worksUrl(), works(s.w.sites.ams.id, { kind: 'flood', startsAt: 'morgen' }));
    expect(bad.statusCode).toBe(400);
    expect(
      issues(bad)
        .map(([p]) => p)
        .sort(),
    ).toEqual(['kind', 'startsAt']);
    const guessed = await tm.post(worksUrl(), works(s.w.sites.b1.id));
    expect([guessed.statusCode, issues(guessed)]).toEqual([422, [['siteId', 'site_not_in_enterprise']]]);
    const tmB = await s.as('enterprise_admin_b');
    expect((await tmB.post(worksUrl(), works(s.w.sites.b1.id))).statusCode).toBe(404);
    expect(await countWorks()).toBe(before);
    // A change that would turn the span around is refused whole, and leaves the works as they were.
    const made = (await tm.post(worksUrl(), works(s.w.sites.ams.id))).json();
    const turned = await tm.patch(`/api/announced-works/${made.id}`, { startsAt: at(10 * HOUR) });
    expect([turned.statusCode, issues(turned)]).toEqual([400, [['endsAt', 'ends_before_start']]]);
    const moved = await tm.patch(`/api/announced-works/${made.id}`, { siteId: s.w.sites.b1.id });
    expect([moved.statusCode, issues(moved)]).toEqual([422, [['siteId', 'site_not_in_enterprise']]]);
    const after = (await tm.get(`${worksUrl()}?limit=200`))
      .json()
      .items.find((x: { id: string }) => x.id === made.id);
    expect(after).toMatchObject({ siteId: s.w.sites.ams.id, startsAt: made.startsAt, endsAt: made.endsAt });
    await tm.delete(`/api/announced-works/${made.id}`);
  });

  it('lets a site admin announce works at its own sites only', async () => {
    const siteAdmin = await s.as('site_admin');
    const tm = await s.as('enterprise_admin');
    const sister = await siteAdmin.post(worksUrl(), works(s.w.sites.utr.id));
    expect([sister.statusCode, issues(sister)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    const own = await siteAdmin.post(worksUrl(), works(s.w.sites.ams.id));
    expect(own.statusCode, own.body).toBe(201);
    const moveAway = await siteAdmin.patch(`/api/announced-works/${own.json().id}`, {
      siteId: s.w.sites.utr.id,
    });
    expect([moveAway.statusCode, issues(moveAway)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    // The enterprise admin's works at Utrecht: not found for the site admin, nor listed.
    const utr = (await tm.post(worksUrl(), works(s.w.sites.utr.id))).json();
    expect((await siteAdmin.patch(`/api/announced-works/${utr.id}`, { kind: 'other' })).statusCode).toBe(404);
    expect((await siteAdmin.delete(`/api/announced-works/${utr.id}`)).statusCode).toBe(404);
    const seen = (await siteAdmin.get(`${worksUrl()}?limit=200`)).json().items as { siteId: string }[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((x) => x.siteId === s.w.sites.ams.id)).toBe(true);
    await tm.delete(`/api/announced-works/${utr.id}`);
    await tm.delete(`/api/announced-works/${own.json().id}`);
  });
});

describe('incidents during announced works, unjustified ones and the yearly report', () => {
  it('marks an incident opened for a site during its works, and not one of another site or time', async () => {
    const tm = await s.as('enterprise_admin');
    const w1 = (
      await tm.post(worksUrl(), works(s.w.sites.utr.id, { startsAt: at(-HOUR), endsAt: at(10 * MINUTE) }))
    ).json();
    const during = await tm.post(
      '/api/tickets',
      incidentForm(s.w, s.t.clock.now(), {
        where: {
          siteIds: [s.w.sites.ams.id, s.w.sites.utr.id],
          otherSitesAffected: false,
          sitesNotAffected: false,
        },
      }),
    );
    expect(during.statusCode, during.body).toBe(201);
    expect(during.json().announcedWorks).toMatchObject({ id: w1.id, kind: 'power', startsAt: w1.startsAt });
    expect(during.json().unjustified).toBeNull();
    const elsewhere = await tm.post('/api/tickets', incidentForm(s.w, s.t.clock.now()));
    expect(elsewhere.json().announcedWorks).toBeNull();
    // At the works' end (exclusive) an incident of the same site is not marked.
    s.t.clock.freeze();
    s.t.clock.advance(new Date(w1.endsAt).getTime() - s.t.clock.now().getTime());
    const later = await tm.post(
      '/api/tickets',
      incidentForm(s.w, s.t.clock.now(), {
        where: { siteIds: [s.w.sites.utr.id], otherSitesAffected: false, sitesNotAffected: false },
      }),
    );
    expect(later.statusCode, later.body).toBe(201);
    expect(later.json().announcedWorks).toBeNull();
    s.t.clock.unfreeze();
    // Removing the works keeps the mark, with the works as they were.
    await tm.delete(`/api/announced-works/${w1.id}`);
    const kept = (await tm.get(`/api/tickets/${during.json().id}`)).json();
    expect(kept.announcedWorks).toMatchObject({ id: null, kind: 'power', endsAt: w1.endsAt });
  });

  it('lets the desk mark an incident unjustified and undo it, audited; nobody else, nothing else', async () => {
    const tm = await s.as('enterprise_admin');
    const agent = await s.as('provider_agent');
    const incident = (await tm.post('/api/tickets', incidentForm(s.w, s.t.clock.now()))).json();
    expect((await tm.post(`/api/tickets/${incident.id}/unjustified`, { reason: 'x' })).statusCode).toBe(403);
    const empty = await agent.post(`/api/tickets/${incident.id}/unjustified`, { reason: '  ' });
    expect(empty.statusCode).toBe(400);
    expect((await agent.get(`/api/tickets/${incident.id}`)).json().unjustified).toBeNull();
    const marked = await agent.post(`/api/tickets/${incident.id}/unjustified`, {
      reason: 'De klant schakelde de router uit tijdens verbouwing',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().unjustified).toMatchObject({
      reason: 'De klant schakelde de router uit tijdens verbouwing',
      byName: 'agent',
    });
    // The customer sees the mark on its ticket too.
    expect((await tm.get(`/api/tickets/${incident.id}`)).json().unjustified?.reason).toContain('router');
    const undone = await agent.delete(`/api/tickets/${incident.id}/unjustified`);
    expect([undone.statusCode, undone.json().unjustified]).toEqual([200, null]);
    const admin = await s.as('provider_admin');
    const log = (await admin.get(`/api/audit-events?entityId=${incident.id}`)).json().items as {
      action: string;
      entityType: string;
    }[];
    expect(log.filter((e) => e.entityType === 'ticket_assessment').map((e) => e.action)).toEqual([
      'unjustified_undone',
      'unjustified',
    ]);
    const service = await tm.post('/api/tickets', {
      type: 'service',
      enterpriseId: s.w.enterprises.A.id,
      title: 'Extra toestel',
      description: 'Graag een extra toestel',
      siteId: s.w.sites.ams.id,
      businessCritical: false,
      contact: { name: 'Tom', phone: '020 794 0000' },
    });
    const refused = await agent.post(`/api/tickets/${service.json().id}/unjustified`, {
      reason: 'Geen storing',
    });
    expect([refused.statusCode, refused.json().error.issues[0].code]).toEqual([
      409,
      'unjustified_incidents_only',
    ]);
    const tmB = await s.as('enterprise_admin_b');
    expect((await tmB.get(`/api/tickets/${incident.id}`)).statusCode).toBe(404);
  });

  it('marks in parallel end in one mark and one audit record each', async () => {
    const tm = await s.as('enterprise_admin');
    const agent = await s.as('provider_agent');
    const incident = (await tm.post('/api/tickets', incidentForm(s.w, s.t.clock.now()))).json();
    const answers = await Promise.all(
      ['Eerste', 'Tweede', 'Derde'].map((reason) =>
        agent.post(`/api/tickets/${incident.id}/unjustified`, { reason }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    const final = (await agent.get(`/api/tickets/${incident.id}`)).json().unjustified;
    expect(['Eerste', 'Tweede', 'Derde']).toContain(final.reason);
    const admin = await s.as('provider_admin');
    const log = (await admin.get(`/api/audit-events?entityId=${incident.id}`)).json().items as {
      entityType: string;
    }[];
    expect(log.filter((e) => e.entityType === 'ticket_assessment')).toHaveLength(3);
  });

  it('reports the year’s share of unjustified incidents, flagged above the threshold', async () => {
    const tm = await s.as('enterprise_admin');
    const agent = await s.as('provider_agent');
    const year = yearIn(s.t.clock.now(), 'Europe/Amsterdam');
    const url = `/api/enterprises/${s.w.enterprises.A.id}/reports/unjustified-incidents?year=${year}`;
    const start = (await tm.get(url)).json();
    expect(start).toMatchObject({ year, thresholdPercent: 5, enterpriseName: 'Enterprise A' });
    expect(start.months).toHaveLength(12);
    // Enough fresh incidents that one more unjustified one crosses 5 %.
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await tm.post('/api/tickets', incidentForm(s.w, s.t.clock.now()))).json().id);
    const base = (await tm.get(url)).json();
    expect(base.incidents).toBe(start.incidents + 4);
    const month = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', month: 'numeric' }).format(
        s.t.clock.now(),
      ),
    );
    await agent.post(`/api/tickets/${ids[0]}/unjustified`, { reason: 'Stroom van de klant' });
    const marked = (await tm.get(url)).json();
    expect(marked.unjustified).toBe(base.unjustified + 1);
    expect(marked.months[month - 1].unjustified).toBe(base.months[month - 1].unjustified + 1);
    expect(marked.sharePercent).toBe(Math.round((marked.unjustified * 1000) / marked.incidents) / 10);
    expect(marked.flagged).toBe(marked.unjustified * 100 > 5 * marked.incidents);
    expect(marked.duringAnnouncedWorks).toBeGreaterThanOrEqual(1);
    // Another year has none of these.
    const other = (await tm.get(url.replace(`year=${year}`, `year=${year - 3}`))).json();
    expect([other.incidents, other.flagged, other.sharePercent]).toEqual([0, false, 0]);
    expect((await tm.get(url.replace(`year=${year}`, 'year=abc'))).statusCode).toBe(400);
    expect((await (await s.as('site_admin')).get(url)).statusCode).toBe(403);
    expect((await (await s.as('enterprise_admin_b')).get(url)).statusCode).toBe(404);
  });
});

describe('the threshold is configuration', () => {
  const c = worldSuite({ CENTRALE_UNJUSTIFIED_THRESHOLD_PERCENT: '50' });
  it('flags by the configured share', async () => {
    const tm = await c.as('enterprise_admin');
    const agent = await c.as('provider_agent');
    const a = (await tm.post('/api/tickets', incidentForm(c.w, c.t.clock.now()))).json();
    await tm.post('/api/tickets', incidentForm(c.w, c.t.clock.now()));
    const url = `/api/enterprises/${c.w.enterprises.A.id}/reports/unjustified-incidents`;
    await agent.post(`/api/tickets/${a.id}/unjustified`, { reason: 'Klant' });
    expect((await tm.get(url)).json()).toMatchObject({
      incidents: 2,
      unjustified: 1,
      sharePercent: 50,
      thresholdPercent: 50,
      flagged: false,
    });
  });
});
