import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { issues: Issue[]; reason?: { code: string } } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);
const schedulesOf = (enterpriseId: string) => `/api/enterprises/${enterpriseId}/schedules`;
const uniqueName = (base: string) => `${base} ${randomUUID().slice(0, 8)}`;

const officeWeek = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:30', end: '17:30' }));

describe('schedules', () => {
  it('are made enterprise-wide with defaults, read, changed and removed, each audited', async () => {
    const tm = await s.as('enterprise_admin');
    const name = uniqueName('Kantoortijden');
    const created = await tm.post(schedulesOf(s.w.enterprises.A.id), { name, weekly: officeWeek });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      name,
      siteId: null,
      timeZone: 'Europe/Amsterdam',
      publicHolidaysClosed: true,
      weekly: officeWeek,
      closures: [],
    });
    expect((await tm.get(`/api/schedules/${body.id}`)).json().name).toBe(name);
    const list = (await tm.get(schedulesOf(s.w.enterprises.A.id))).json().items as { id: string }[];
    expect(list.map((x) => x.id)).toContain(body.id);

    const changed = await tm.patch(`/api/schedules/${body.id}`, {
      closures: [{ name: 'Bedrijfsdag', startDate: '2026-06-12', endDate: '2026-06-12' }],
      recurringClosures: [{ name: 'Oudejaarsdag', month: 12, day: 31 }],
    });
    expect(changed.statusCode).toBe(200);
    const closureId = changed.json().closures[0].id as string;
    expect(closureId).toMatch(/^[0-9a-f-]{36}$/);
    // A closure sent back with its id keeps it.
    const again = await tm.patch(`/api/schedules/${body.id}`, { closures: changed.json().closures });
    expect(again.json().closures[0].id).toBe(closureId);

    const state = await tm.get(`/api/schedules/${body.id}/state?at=2026-06-12T10:00:00%2B02:00&lang=en`);
    expect(state.json()).toMatchObject({ state: 'closure', name: 'Bedrijfsdag', closureId });
    const kingsDay = await tm.get(`/api/schedules/${body.id}/state?at=2031-04-26T10:00:00Z&lang=en`);
    expect(kingsDay.json()).toMatchObject({
      state: 'holiday',
      name: "King's Day",
      names: { nl: 'Koningsdag', en: "King's Day" },
      holidayKey: 'kings-day',
    });
    const open = await tm.get(`/api/schedules/${body.id}/state?at=2026-03-30T06:30:00Z`);
    expect(open.json()).toMatchObject({
      state: 'open',
      next: { at: '2026-03-30T15:30:00.000Z', state: 'closed' },
    });

    const calendar = await tm.get(`/api/schedules/${body.id}/calendar?from=2026-05&months=24`);
    expect(calendar.statusCode).toBe(200);
    const months = calendar.json().months as { month: string; days: { date: string; holiday?: unknown }[] }[];
    expect(months).toHaveLength(24);
    expect(months[0]?.days.find((d) => d.date === '2026-05-14')?.holiday).toMatchObject({
      key: 'ascension-day',
    });
    expect((await tm.get(`/api/schedules/${body.id}/calendar?months=25`)).statusCode).toBe(400);

    expect((await tm.delete(`/api/schedules/${body.id}`)).statusCode).toBe(204);
    expect((await tm.get(`/api/schedules/${body.id}`)).statusCode).toBe(404);
    const audit = await s.t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, body.id));
    expect(audit.map((e) => e.action)).toEqual(['create', 'update', 'update', 'delete']);
  });

  it('refuses bad input with field messages, storing nothing', async () => {
    const tm = await s.as('enterprise_admin');
    const url = schedulesOf(s.w.enterprises.A.id);
    const name = uniqueName('Fout');
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ weekly: [{ weekday: 1, start: '08:00', end: '24:00' }] }, [['weekly.0.end', 'schedule_time_24']]],
      [
        { weekly: [{ weekday: 1, start: '17:00', end: '08:00' }] },
        [['weekly.0.end', 'schedule_period_inverted']],
      ],
      [
        {
          weekly: [
            { weekday: 1, start: '08:00', end: '12:00' },
            { weekday: 1, start: '11:30', end: '13:00' },
          ],
        },
        [['weekly.1.start', 'schedule_period_overlap']],
      ],
      [{ timeZone: 'Mars/Olympus' }, [['timeZone', 'schedule_time_zone']]],
      [
        {
          closures: [
            {
              name: 'Nacht',
              startDate: '2027-03-28',
              endDate: '2027-03-28',
              startTime: '02:30',
              endTime: '04:00',
            },
          ],
        },
        [['closures.0.startTime', 'schedule_local_time_missing']],
      ],
      [{ siteId: s.w.sites.b1.id }, [['siteId', 'site_not_in_enterprise']]],
    ];
    for (const [extra, expected] of cases) {
      const res = await tm.post(url, { name, ...extra });
      expect([res.statusCode, issues(res)], JSON.stringify(extra)).toEqual([
        expected[0]?.[1] === 'schedule_time_24' || expected[0]?.[1] === 'schedule_time_zone' ? 400 : 422,
        expected,
      ]);
    }
    const names = ((await tm.get(url)).json().items as { name: string }[]).map((x) => x.name);
    expect(names).not.toContain(name);
  });

  it('keeps names unique per enterprise, also under parallel requests', async () => {
    const tm = await s.as('enterprise_admin');
    const url = schedulesOf(s.w.enterprises.A.id);
    const name = uniqueName('Dubbel');
    const results = await Promise.all([0, 1, 2].map(() => tm.post(url, { name })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const loser = results.find((r) => r.statusCode === 409);
    if (loser) expect(issues(loser)).toEqual([['name', 'schedule_name_taken']]);
    const twice = await tm.post(url, { name: name.toUpperCase() });
    expect(twice.statusCode).toBe(409);
    // Another enterprise may use the same name.
    const other = await s.as('enterprise_admin_b');
    expect((await other.post(schedulesOf(s.w.enterprises.B.id), { name })).statusCode).toBe(201);
  });

  it("lets a site admin run its own sites' schedules and read the enterprise-wide ones", async () => {
    const tm = await s.as('enterprise_admin');
    const sa = await s.as('site_admin');
    const url = schedulesOf(s.w.enterprises.A.id);
    const wide = (await tm.post(url, { name: uniqueName('Breed') })).json();
    const utr = (await tm.post(url, { name: uniqueName('Utrecht'), siteId: s.w.sites.utr.id })).json();

    expect((await sa.get(`/api/schedules/${wide.id}`)).statusCode).toBe(200);
    expect((await sa.patch(`/api/schedules/${wide.id}`, { name: 'x' })).statusCode).toBe(403);
    expect((await sa.delete(`/api/schedules/${wide.id}`)).statusCode).toBe(403);
    expect((await sa.get(`/api/schedules/${utr.id}`)).statusCode).toBe(404);
    const ids = ((await sa.get(url)).json().items as { id: string }[]).map((x) => x.id);
    expect(ids).toContain(wide.id);
    expect(ids).not.toContain(utr.id);

    const own = await sa.post(url, { name: uniqueName('Ams'), siteId: s.w.sites.ams.id });
    expect(own.statusCode).toBe(201);
    const wideBySa = await sa.post(url, { name: uniqueName('Breed SA') });
    expect([wideBySa.statusCode, issues(wideBySa)]).toEqual([
      422,
      [['siteId', 'schedule_site_enterprise_wide']],
    ]);
    const elsewhere = await sa.post(url, { name: uniqueName('Utr SA'), siteId: s.w.sites.utr.id });
    expect([elsewhere.statusCode, issues(elsewhere)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    const move = await sa.patch(`/api/schedules/${own.json().id}`, { siteId: null });
    expect([move.statusCode, issues(move)]).toEqual([422, [['siteId', 'schedule_site_enterprise_wide']]]);

    const b = await s.as('enterprise_admin_b');
    expect((await b.get(`/api/schedules/${wide.id}`)).statusCode).toBe(404);
    expect((await b.get(`/api/schedules/${wide.id}/state`)).statusCode).toBe(404);
  });
});
