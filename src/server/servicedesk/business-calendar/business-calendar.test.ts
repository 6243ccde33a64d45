import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { code: string; issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);

const WEEK = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
type Holiday = { date: string; key: string; kind: string; closed: boolean };

const auditOf = (entityType: string, entityId: string) =>
  s.t.database.query<{ action: string; request_id: string }>(
    'select action, request_id from audit_events where entity_type = $1 and entity_id = $2 order by id',
    [entityType, entityId],
  );

const hunt = (at: string) => ({
  type: 'change',
  enterpriseId: s.w.enterprises.A.id,
  catalogueItem: 'hunt-group-change',
  description: 'Graag de huntgroep aanpassen',
  at,
});

describe('the business calendar', () => {
  it('starts with the guide’s office hours, in the installation’s zone, with 24 months of holidays', async () => {
    const agent = await s.as('provider_agent');
    const res = await agent.get('/api/business-calendar');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ timeZone: 'Europe/Amsterdam', hours: WEEK });
    const holidays = body.holidays as Holiday[];
    const today = DateTime.now().setZone('Europe/Amsterdam').toISODate() ?? '';
    const limit = DateTime.fromISO(today).plus({ months: 24 }).toISODate() ?? '';
    expect(holidays.every((h) => h.date >= today && h.date < limit)).toBe(true);
    // Two Christmases and two Good Fridays ahead, whatever the day of the run.
    expect(holidays.filter((h) => h.key === 'christmas-day')).toHaveLength(2);
    expect(holidays.filter((h) => h.key === 'good-friday')).toHaveLength(2);
    expect(holidays.filter((h) => h.kind === 'public').every((h) => h.closed)).toBe(true);
    expect(holidays.filter((h) => h.kind === 'optional').every((h) => !h.closed)).toBe(true);
  });

  it('is the provider’s: partners and customers may not read it, only an administrator edits it', async () => {
    for (const role of ['partner_admin', 'enterprise_admin', 'site_admin'] as const)
      expect((await (await s.as(role)).get('/api/business-calendar')).statusCode).toBe(403);
    const agent = await s.as('provider_agent');
    expect((await agent.put('/api/business-calendar/hours', { hours: WEEK })).statusCode).toBe(403);
    expect(
      (await agent.post('/api/business-calendar/closures', { date: '2031-05-05', name: 'X' })).statusCode,
    ).toBe(403);
  });

  it('takes a new week, audited, and refuses malformed, inverted or overlapping periods storing nothing', async () => {
    const admin = await s.as('provider_admin');
    const before = (await admin.get('/api/business-calendar')).json();
    for (const [hours, expected] of [
      [[{ weekday: 1, start: '8:00', end: '18:00' }], [['hours.0.start', 'schedule_time_format']]],
      [[{ weekday: 1, start: '08:00', end: '24:00' }], [['hours.0.end', 'schedule_time_24']]],
      [[{ weekday: 1, start: '18:00', end: '08:00' }], [['hours.0.end', 'schedule_period_inverted']]],
      [[{ weekday: 8, start: '08:00', end: '18:00' }], [['hours.0.weekday', 'invalid']]],
      [
        [
          { weekday: 2, start: '08:00', end: '12:30' },
          { weekday: 2, start: '12:00', end: '17:00' },
        ],
        [['hours.1.start', 'schedule_period_overlap']],
      ],
    ] as const) {
      const res = await admin.put('/api/business-calendar/hours', { hours });
      expect(res.statusCode, JSON.stringify(hours)).toBe(400);
      for (const e of expected) expect(issues(res)).toContainEqual(e);
    }
    const overlap = await admin.put('/api/business-calendar/hours', {
      hours: [
        { weekday: 2, start: '08:00', end: '12:30' },
        { weekday: 2, start: '12:00', end: '17:00' },
      ],
    });
    expect(overlap.json().error.issues[0]?.params).toMatchObject({ other: '08:00–12:30' });
    expect((await admin.get('/api/business-calendar')).json()).toMatchObject({
      hours: before.hours,
      version: before.version,
    });

    const week = [
      { weekday: 1, start: '13:00', end: '17:00' },
      { weekday: 1, start: '08:30', end: '12:00' },
      { weekday: 6, start: '10:00', end: '00:00' },
    ];
    const res = await admin.put('/api/business-calendar/hours', { hours: week });
    expect(res.statusCode).toBe(200);
    expect(res.json().hours).toEqual([week[1], week[0], week[2]]);
    expect(res.json().version).toBe(before.version + 1);
    const events = await auditOf('business_hours', 'provider');
    expect(events.at(-1)).toMatchObject({ action: 'update', request_id: res.headers['x-request-id'] });
    // Back to the guide's week for the tests that follow.
    expect((await admin.put('/api/business-calendar/hours', { hours: WEEK })).statusCode).toBe(200);
  });

  it('adds and removes closures, audited: 409 for a date taken, 422 for a past one, 400 for no date', async () => {
    const admin = await s.as('provider_admin');
    const added = await admin.post('/api/business-calendar/closures', {
      date: '2031-12-31',
      name: 'Oudejaarsdag',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ date: '2031-12-31', name: 'Oudejaarsdag' });
    const view = (await admin.get('/api/business-calendar')).json();
    expect(view.closures.map((c: { date: string }) => c.date)).toContain('2031-12-31');

    const taken = await admin.post('/api/business-calendar/closures', {
      date: '2031-12-31',
      name: 'Nog eens',
    });
    expect(taken.statusCode).toBe(409);
    expect(issues(taken)).toEqual([['date', 'closure_date_taken']]);
    const past = await admin.post('/api/business-calendar/closures', { date: '2020-01-02', name: 'Vroeger' });
    expect(past.statusCode).toBe(422);
    expect(issues(past)).toEqual([['date', 'closure_date_past']]);
    for (const date of ['2031-02-30', '31-12-2031', '', 20311231])
      expect(
        (await admin.post('/api/business-calendar/closures', { date, name: 'Fout' })).statusCode,
        String(date),
      ).toBe(400);
    expect((await admin.post('/api/business-calendar/closures', { date: '2031-06-01' })).statusCode).toBe(
      400,
    );
    const after = (await admin.get('/api/business-calendar')).json();
    expect(after.closures).toHaveLength(view.closures.length);
    expect(after.version).toBe(view.version);

    const removed = await admin.delete('/api/business-calendar/closures/2031-12-31');
    expect(removed.statusCode).toBe(204);
    expect((await admin.delete('/api/business-calendar/closures/2031-12-31')).statusCode).toBe(404);
    expect((await admin.delete('/api/business-calendar/closures/2031-13-01')).statusCode).toBe(400);
    expect((await auditOf('business_closure', '2031-12-31')).map((e) => e.action)).toEqual([
      'create',
      'delete',
    ]);
  });

  it('marks an optional day closed once the provider adds a closure on it', async () => {
    const admin = await s.as('provider_admin');
    const optional = ((await admin.get('/api/business-calendar')).json().holidays as Holiday[]).find(
      (h) => h.kind === 'optional',
    );
    if (optional === undefined) throw new Error('no optional day ahead');
    expect(optional.closed).toBe(false);
    expect(
      (await admin.post('/api/business-calendar/closures', { date: optional.date, name: 'Gesloten' }))
        .statusCode,
    ).toBe(201);
    const again = ((await admin.get('/api/business-calendar')).json().holidays as Holiday[]).find(
      (h) => h.date === optional.date,
    );
    expect(again).toMatchObject({ kind: 'optional', closed: true });
    expect((await admin.delete(`/api/business-calendar/closures/${optional.date}`)).statusCode).toBe(204);
  });

  it('moves a preview’s due moment at once when a closure falls on its due day, and back when removed', async () => {
    const tm = await s.as('enterprise_admin');
    const admin = await s.as('provider_admin');
    // 3 working days from 17:30 on Good Friday 2027 is Thursday 1 April 17:30.
    const preview = async () =>
      (await tm.post('/api/tickets/preview', hunt('2027-03-26T17:30:00+01:00'))).json();
    expect((await preview()).dueAt).toBe('2027-04-01T17:30:00+02:00');
    expect(
      (await admin.post('/api/business-calendar/closures', { date: '2027-04-01', name: 'Bedrijfsuitje' }))
        .statusCode,
    ).toBe(201);
    expect((await preview()).dueAt).toBe('2027-04-02T17:30:00+02:00');
    // Good Friday itself closed too: counting starts at the next opening, Tuesday 30 March 08:00, and skips 1 April.
    expect(
      (await admin.post('/api/business-calendar/closures', { date: '2027-03-26', name: 'Goede Vrijdag' }))
        .statusCode,
    ).toBe(201);
    expect((await preview()).dueAt).toBe('2027-04-05T08:00:00+02:00');
    expect((await admin.delete('/api/business-calendar/closures/2027-04-01')).statusCode).toBe(204);
    expect((await admin.delete('/api/business-calendar/closures/2027-03-26')).statusCode).toBe(204);
    expect((await preview()).dueAt).toBe('2027-04-01T17:30:00+02:00');
  });

  it('is read again when another process bumps the version, and cached while it does not', async () => {
    const tm = await s.as('enterprise_admin');
    const preview = async () =>
      (await tm.post('/api/tickets/preview', hunt('2027-03-26T17:30:00+01:00'))).json();
    expect((await preview()).dueAt).toBe('2027-04-01T17:30:00+02:00');
    // A row written behind this process's back without a new version: the cached calendar holds.
    await s.t.database.query(`insert into business_closures (date, name) values ('2027-04-01', 'Stil')`);
    expect((await preview()).dueAt).toBe('2027-04-01T17:30:00+02:00');
    // Another server process's write bumps the version in its transaction: seen at the next request.
    await s.t.database.query('update business_calendar set version = version + 1');
    expect((await preview()).dueAt).toBe('2027-04-02T17:30:00+02:00');
    await s.t.database.query(`delete from business_closures where date = '2027-04-01'`);
    await s.t.database.query('update business_calendar set version = version + 1');
    expect((await preview()).dueAt).toBe('2027-04-01T17:30:00+02:00');
  });

  it('moves the contact page’s office hours when the week changes', async () => {
    const admin = await s.as('provider_admin');
    const tm = await s.as('enterprise_admin');
    const at = '2027-06-05T11:00:00+02:00'; // a Saturday
    expect((await tm.get(`/api/contact?at=${encodeURIComponent(at)}`)).json().inOfficeHours).toBe(false);
    expect(
      (
        await admin.put('/api/business-calendar/hours', {
          hours: [...WEEK, { weekday: 6, start: '10:00', end: '14:00' }],
        })
      ).statusCode,
    ).toBe(200);
    expect((await tm.get(`/api/contact?at=${encodeURIComponent(at)}`)).json().inOfficeHours).toBe(true);
    expect((await admin.put('/api/business-calendar/hours', { hours: WEEK })).statusCode).toBe(200);
    expect((await tm.get(`/api/contact?at=${encodeURIComponent(at)}`)).json().inOfficeHours).toBe(false);
  });
});
