import { describe, expect, it } from 'vitest';
import { incidentForm } from '../../testing/factories/ticket-forms';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';
import { lineChecklist } from './route-matrix';

const s = worldSuite();
type Issue = { path: string; code: string };
const issues = (res: { json(): { error: { issues: Issue[] } } }) =>
  res.json().error.issues.map((i) => [i.path, i.code]);

const countChecklists = async () =>
  Number((await s.t.database.query('select count(*)::int as n from ticket_checklists'))[0]?.n ?? 0);

describe('the line checklist', () => {
  it('offers its steps as data, versioned', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.get('/api/checklists');
    expect(res.statusCode).toBe(200);
    const [line] = res.json().items;
    expect(line).toMatchObject({ key: 'line-outage', version: 1 });
    expect(line.steps).toHaveLength(10);
    expect(line.steps[6]).toMatchObject({
      id: 'ledsAfter',
      kind: 'leds',
      requiredWhen: { step: 'coldRestart', answer: true },
    });
  });

  it('attaches to a new incident in its form, stored apart and shown with its steps', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.post(
      '/api/tickets',
      incidentForm(s.w, s.t.clock.now(), { checklist: lineChecklist(s.w.sites.ams.id) }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().details.checklist).toBeUndefined();
    const agent = await s.as('provider_agent');
    const list = (await agent.get(`/api/tickets/${res.json().id}/checklists`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      checklist: 'line-outage',
      version: 1,
      siteId: s.w.sites.ams.id,
      siteName: 'Amsterdam',
      createdByName: 'tm',
      answers: { worksInStreet: { answer: true, note: 'Graafwerk voor de deur' } },
    });
    expect(list[0].definition.steps.map((x: { id: string }) => x.id)).toContain('telephonyWorks');
  });

  it('refuses a new incident whose checklist is wrong or of another site, storing nothing', async () => {
    const tm = await s.as('enterprise_admin');
    const agent = await s.as('provider_agent');
    const before = await countChecklists();
    const tickets = async () => (await agent.get('/api/tickets?type=incident&limit=200')).json().items.length;
    const ticketsBefore = await tickets();
    const bad = lineChecklist(s.w.sites.ams.id);
    const missingStep = { ...bad, answers: { ...bad.answers, power: undefined } };
    const r1 = await tm.post('/api/tickets', incidentForm(s.w, s.t.clock.now(), { checklist: missingStep }));
    expect([r1.statusCode, issues(r1)]).toEqual([400, [['checklist.answers.power', 'required']]]);
    const r2 = await tm.post(
      '/api/tickets',
      incidentForm(s.w, s.t.clock.now(), { checklist: lineChecklist(s.w.sites.utr.id) }),
    );
    expect([r2.statusCode, issues(r2)]).toEqual([
      422,
      [['checklist.siteId', 'checklist_site_not_of_incident']],
    ]);
    const r3 = await tm.post(
      '/api/tickets',
      incidentForm(s.w, s.t.clock.now(), { checklist: { ...bad, version: 7 } }),
    );
    expect(r3.statusCode).toBe(400);
    expect(await countChecklists()).toBe(before);
    expect(await tickets()).toBe(ticketsBefore);
  });

  it('attaches to an open incident; not to a closed ticket, another type, another site or tenant', async () => {
    const tm = await s.as('enterprise_admin');
    const incident = (await tm.post('/api/tickets', incidentForm(s.w, s.t.clock.now()))).json();
    const before = await countChecklists();
    const leds = lineChecklist(s.w.sites.ams.id);
    const restarted = { ...leds, answers: { ...leds.answers, coldRestart: { answer: true } } };
    const noLedsAfter = await tm.post(`/api/tickets/${incident.id}/checklists`, restarted);
    expect([noLedsAfter.statusCode, issues(noLedsAfter)]).toEqual([400, [['answers.ledsAfter', 'required']]]);
    const twice = {
      ...leds,
      answers: {
        ...leds.answers,
        ledsBefore: [
          { name: 'LAN1', state: 'on' },
          { name: 'lan1', state: 'off' },
        ],
      },
    };
    const dup = await tm.post(`/api/tickets/${incident.id}/checklists`, twice);
    expect([dup.statusCode, issues(dup)]).toEqual([400, [['answers.ledsBefore.1.name', 'led_named_twice']]]);
    const otherSite = await tm.post(
      `/api/tickets/${incident.id}/checklists`,
      lineChecklist(s.w.sites.utr.id),
    );
    expect([otherSite.statusCode, issues(otherSite)]).toEqual([
      422,
      [['siteId', 'checklist_site_not_of_incident']],
    ]);
    const tmB = await s.as('enterprise_admin_b');
    expect(
      (await tmB.post(`/api/tickets/${incident.id}/checklists`, lineChecklist(s.w.sites.ams.id))).statusCode,
    ).toBe(404);
    const service = await fresh.ticket(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const onService = await tm.post(`/api/tickets/${service.id}/checklists`, lineChecklist(s.w.sites.ams.id));
    expect([onService.statusCode, issues(onService)]).toEqual([409, [['', 'checklist_incidents_only']]]);
    expect(await countChecklists()).toBe(before);
    const ok = await tm.post(`/api/tickets/${incident.id}/checklists`, lineChecklist(s.w.sites.ams.id));
    expect(ok.statusCode, ok.body).toBe(201);
    const admin = await s.as('provider_admin');
    const log = (await admin.get(`/api/audit-events?entityId=${ok.json().id}`)).json().items;
    expect(log.map((e: { entityType: string; action: string }) => [e.entityType, e.action])).toEqual([
      ['ticket_checklist', 'create'],
    ]);
  });

  it('keeps a site admin to incidents and checklists of its sites', async () => {
    const tm = await s.as('enterprise_admin');
    const siteAdmin = await s.as('site_admin');
    const both = (
      await tm.post(
        '/api/tickets',
        incidentForm(s.w, s.t.clock.now(), {
          where: {
            siteIds: [s.w.sites.ams.id, s.w.sites.utr.id],
            otherSitesAffected: false,
            sitesNotAffected: false,
          },
        }),
      )
    ).json();
    const sister = await siteAdmin.post(
      `/api/tickets/${both.id}/checklists`,
      lineChecklist(s.w.sites.utr.id),
    );
    expect([sister.statusCode, issues(sister)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    expect(
      (await siteAdmin.post(`/api/tickets/${both.id}/checklists`, lineChecklist(s.w.sites.ams.id)))
        .statusCode,
    ).toBe(201);
    const utrOnly = (
      await tm.post(
        '/api/tickets',
        incidentForm(s.w, s.t.clock.now(), {
          where: { siteIds: [s.w.sites.utr.id], otherSitesAffected: false, sitesNotAffected: false },
        }),
      )
    ).json();
    expect((await siteAdmin.get(`/api/tickets/${utrOnly.id}/checklists`)).statusCode).toBe(404);
  });

  it('takes parallel checklists on one incident, each once', async () => {
    const tm = await s.as('enterprise_admin');
    const incident = (await tm.post('/api/tickets', incidentForm(s.w, s.t.clock.now()))).json();
    const answers = await Promise.all(
      [1, 2, 3].map(() => tm.post(`/api/tickets/${incident.id}/checklists`, lineChecklist(s.w.sites.ams.id))),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    expect((await tm.get(`/api/tickets/${incident.id}/checklists`)).json().items).toHaveLength(3);
  });
});
