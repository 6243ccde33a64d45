import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);
const routesOf = (enterpriseId: string) => `/api/enterprises/${enterpriseId}/incoming-routes`;
let n = 0;
const name = (base: string) => `${base} ${++n}`;

const CLOSURE = randomUUID();
/** A schedule with office hours, public holidays and one named closure (New Year's Eve afternoon). */
async function officeHours(siteId: string | null = null) {
  const row = await fresh.schedule(s.t.database.db, s.w.enterprises.A.id, siteId);
  await s.t.database.query('update schedules set closures = $1 where id = $2', [
    JSON.stringify([
      {
        id: CLOSURE,
        name: 'Oudejaarsmiddag',
        startDate: '2026-12-31',
        endDate: '2026-12-31',
        startTime: '12:00',
        endTime: '17:30',
      },
    ]),
    row.id,
  ]);
  return row;
}

async function freeNumber(siteId: string | null = s.w.sites.ams.id): Promise<string> {
  const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, { siteId });
  return numbers[0]?.number ?? '';
}

describe('incoming routes', () => {
  it('hold a number of the plan and send calls per period of a schedule; removed, the number is free', async () => {
    const tm = await s.as('enterprise_admin');
    const A = s.w.enterprises.A.id;
    const schedule = await officeHours();
    const menu = await fresh.attendant(s.t.database.db, A, s.w.sites.ams.id);
    const group = await fresh.huntGroup(s.t.database.db, A, s.w.sites.ams.id);
    const number = await freeNumber();
    const national = `0${number.slice(3, 5)} ${number.slice(5, 8)} ${number.slice(8)}`;
    const res = await tm.post(routesOf(A), {
      name: 'Hoofdnummer',
      siteId: null,
      number: national,
      scheduleId: schedule.id,
      destinations: {
        open: { type: 'auto_attendant', id: menu.id, menus: 'businessHours' },
        closed: { type: 'auto_attendant', id: menu.id, menus: 'afterHours' },
        holiday: { type: 'voicemail', userId: s.w.users.uAms.id },
        closures: { [CLOSURE]: { type: 'hunt_group', id: group.id } },
      },
    });
    expect(res.statusCode).toBe(201);
    const made = res.json();
    expect(made).toMatchObject({
      name: 'Hoofdnummer',
      siteId: null,
      siteName: null,
      number,
      scheduleId: schedule.id,
      scheduleName: schedule.name,
      targetNames: { [menu.id]: menu.name, [group.id]: group.name, [s.w.users.uAms.id]: 'Ams User' },
    });
    // The number plan shows the route as the number's assignee.
    const plan = (await tm.get(`/api/enterprises/${A}/numbers?q=${number}`)).json();
    expect(plan.items[0]).toMatchObject({
      state: 'assigned',
      assignee: { type: 'incoming_route', id: made.id, role: 'main', name: 'Hoofdnummer' },
    });

    // Which destination applies, and why.
    const at = async (iso: string, lang = 'nl') =>
      (
        await tm.get(`/api/incoming-routes/${made.id}/route?at=${encodeURIComponent(iso)}&lang=${lang}`)
      ).json();
    expect(await at('2026-04-14T10:00:00+02:00')).toMatchObject({
      state: 'open',
      entry: 'open',
      fallback: false,
      destination: { type: 'auto_attendant', id: menu.id, menus: 'businessHours' },
      destinationName: menu.name,
    });
    expect(await at('2026-04-14T20:00:00+02:00')).toMatchObject({
      state: 'closed',
      entry: 'closed',
      destination: { menus: 'afterHours' },
    });
    expect(await at('2026-04-06T10:00:00+02:00', 'en')).toMatchObject({
      state: 'holiday',
      name: 'Easter Monday',
      names: { nl: 'Tweede paasdag', en: 'Easter Monday' },
      holidayKey: 'easter-monday',
      entry: 'holiday',
      destination: { type: 'voicemail', userId: s.w.users.uAms.id },
      destinationName: 'Ams User',
    });
    expect(await at('2026-12-31T14:00:00+01:00')).toMatchObject({
      state: 'closure',
      name: 'Oudejaarsmiddag',
      closureId: CLOSURE,
      entry: 'closure',
      destination: { type: 'hunt_group', id: group.id },
    });

    // Another number frees the first; without its holiday entry a holiday goes where closed goes.
    const second = await freeNumber();
    const changed = await tm.patch(`/api/incoming-routes/${made.id}`, {
      number: second,
      destinations: {
        open: { type: 'number', number: '06 1234 5678' },
        closed: { type: 'user', id: s.w.users.uAms.id },
      },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      number: second,
      destinations: { open: { type: 'number', number: '+31612345678' }, holiday: null, closures: {} },
    });
    expect(await at('2026-04-06T10:00:00+02:00')).toMatchObject({
      entry: 'closed',
      fallback: true,
      destinationName: 'Ams User',
    });
    expect(await at('2026-04-14T10:00:00+02:00')).toMatchObject({ destinationName: '06 12345678' });
    const free = (await tm.get(`/api/enterprises/${A}/numbers?q=${number}`)).json();
    expect(free.items[0]).toMatchObject({ state: 'free', assignee: null });

    const list = (await tm.get(`${routesOf(A)}?q=hoofdn`)).json().items;
    expect(list.map((r: { id: string }) => r.id)).toEqual([made.id]);
    expect((await tm.delete(`/api/incoming-routes/${made.id}`)).statusCode).toBe(204);
    expect((await tm.get(`/api/incoming-routes/${made.id}`)).statusCode).toBe(404);
    const after = (await tm.get(`/api/enterprises/${A}/numbers?q=${second}`)).json();
    expect(after.items[0]).toMatchObject({ state: 'free', assignee: null });
    const audit = await s.t.database.query(
      "select action from audit_events where entity_type = 'incoming_route' and entity_id = $1 order by id",
      [made.id],
    );
    expect(audit.map((r) => (r as { action: string }).action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses bad shapes (400) and broken rules by path (422), nothing stored', async () => {
    const tm = await s.as('enterprise_admin');
    const A = s.w.enterprises.A.id;
    const bad = await tm.post(routesOf(A), {
      name: '',
      number: '12',
      destinations: { open: { type: 'operator' }, closures: { x: { type: 'user', id: 'y' } } },
    });
    expect(bad.statusCode).toBe(400);
    expect(issues(bad).map(([p]) => p)).toEqual(expect.arrayContaining(['name', 'number']));

    const schedule = await officeHours();
    const other = await fresh.attendant(s.t.database.db, s.w.enterprises.B.id, s.w.sites.b1.id);
    const mobile = await tm.post(routesOf(A), {
      name: name('Fout'),
      number: '+31 20 999 9999',
      scheduleId: schedule.id,
      destinations: {
        open: { type: 'auto_attendant', id: other.id },
        holiday: { type: 'number', number: '999' },
        closures: { [randomUUID()]: { type: 'queue', id: randomUUID() } },
      },
    });
    expect(mobile.statusCode).toBe(422);
    const found = issues(mobile);
    expect(found).toEqual(
      expect.arrayContaining([
        ['number', 'number_not_in_plan'],
        ['destinations.open.id', 'target_unknown'],
        ['destinations.closed', 'required'],
        ['destinations.holiday.number', 'phone_number'],
      ]),
    );
    expect(
      found.some(([p, c]) => p?.startsWith('destinations.closures.') && c === 'route_closure_unknown'),
    ).toBe(true);
    const number = await freeNumber();
    const noSchedule = await tm.post(routesOf(A), {
      name: name('Fout'),
      number,
      destinations: {
        open: { type: 'number', number },
        closed: { type: 'user', id: s.w.users.uAms.id },
      },
    });
    expect([noSchedule.statusCode, issues(noSchedule)]).toEqual([
      422,
      [
        ['destinations.open.number', 'route_to_itself'],
        ['destinations.closed', 'route_needs_schedule'],
      ],
    ]);
    const plan = (await tm.get(`/api/enterprises/${A}/numbers?q=${number}`)).json();
    expect(plan.items[0]).toMatchObject({ state: 'free' });
    // Another enterprise's schedule by id guessing is unknown, as is one that does not exist.
    const theirs = await fresh.schedule(s.t.database.db, s.w.enterprises.B.id);
    const guessed = await tm.post(routesOf(A), {
      name: name('Fout'),
      number,
      scheduleId: theirs.id,
      destinations: {
        open: { type: 'user', id: s.w.users.uAms.id },
        closed: { type: 'user', id: s.w.users.uAms.id },
      },
    });
    expect([guessed.statusCode, issues(guessed)]).toEqual([422, [['scheduleId', 'target_unknown']]]);
    // A number of another enterprise's plan is not in this one's.
    const { numbers: theirNumbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.B.id);
    const foreign = await tm.post(routesOf(A), {
      name: name('Fout'),
      number: theirNumbers[0]?.number,
      destinations: { open: { type: 'user', id: s.w.users.uAms.id } },
    });
    expect([foreign.statusCode, issues(foreign)]).toEqual([422, [['number', 'number_not_in_plan']]]);
    // Another enterprise's route is not there.
    const route = await fresh.incomingRoute(s.t.database.db, s.w.enterprises.B.id, null, s.w.users.uB.id);
    expect((await tm.get(`/api/incoming-routes/${route.id}`)).statusCode).toBe(404);
    expect((await tm.patch(`/api/incoming-routes/${route.id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await tm.get(`/api/incoming-routes/${route.id}/route`)).statusCode).toBe(404);
  });

  it('gives one of two parallel requests for a number the number (409 for the other)', async () => {
    const tm = await s.as('enterprise_admin');
    const number = await freeNumber();
    const attempt = (label: string) =>
      tm.post(routesOf(s.w.enterprises.A.id), {
        name: name(label),
        siteId: s.w.sites.ams.id,
        number,
        destinations: { open: { type: 'user', id: s.w.users.uAms.id } },
      });
    const answers = await Promise.all([attempt('Eén'), attempt('Twee')]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const lost = answers.find((r) => r.statusCode === 409);
    expect(lost && issues(lost as Res)).toEqual([['number', 'number_taken']]);
    const list = (await tm.get(`${routesOf(s.w.enterprises.A.id)}?q=${number}`)).json().items;
    expect(list).toHaveLength(1);
  });

  it("keeps a site admin to its own sites' routes, numbers and targets (enterprise-wide schedules allowed)", async () => {
    const site = await s.as('site_admin');
    const A = s.w.enterprises.A.id;
    const wide = await officeHours(null);
    const utrGroup = await fresh.huntGroup(s.t.database.db, A, s.w.sites.utr.id);
    const amsGroup = await fresh.huntGroup(s.t.database.db, A, s.w.sites.ams.id);
    const utrNumber = await freeNumber(s.w.sites.utr.id);
    const refused = await site.post(routesOf(A), {
      name: name('Site'),
      siteId: null,
      number: utrNumber,
      scheduleId: wide.id,
      destinations: {
        open: { type: 'hunt_group', id: utrGroup.id },
        closed: { type: 'hunt_group', id: amsGroup.id },
      },
    });
    expect([refused.statusCode, issues(refused)]).toEqual([
      422,
      [
        ['siteId', 'route_site_enterprise_wide'],
        ['number', 'number_not_in_plan'],
        ['destinations.open.id', 'target_not_yours'],
      ],
    ]);
    const number = await freeNumber();
    const made = await site.post(routesOf(A), {
      name: name('Site'),
      siteId: s.w.sites.ams.id,
      number,
      scheduleId: wide.id,
      destinations: {
        open: { type: 'hunt_group', id: amsGroup.id },
        closed: { type: 'voicemail', userId: s.w.users.uAms.id },
        closures: { [CLOSURE]: { type: 'number', number: '+31 30 123 4567' } },
      },
    });
    expect(made.statusCode).toBe(201);
    // Routes of another site, or of the whole enterprise, it cannot see (id guessing: 404).
    const utrRoute = await fresh.incomingRoute(s.t.database.db, A, s.w.sites.utr.id, s.w.users.uAms.id);
    const wideRoute = await fresh.incomingRoute(s.t.database.db, A, null, s.w.users.uAms.id);
    for (const id of [utrRoute.id, wideRoute.id]) {
      expect((await site.get(`/api/incoming-routes/${id}`)).statusCode).toBe(404);
      expect((await site.patch(`/api/incoming-routes/${id}`, { name: name('x') })).statusCode).toBe(404);
      expect((await site.delete(`/api/incoming-routes/${id}`)).statusCode).toBe(404);
    }
    const listed = (await site.get(routesOf(A))).json().items.map((r: { id: string }) => r.id);
    expect(listed).toContain(made.json().id);
    expect(listed).not.toContain(utrRoute.id);
    expect(listed).not.toContain(wideRoute.id);
    // Its route cannot move to a site not its own (and its Amsterdam number would stay behind).
    const moved = await site.patch(`/api/incoming-routes/${made.json().id}`, { siteId: s.w.sites.utr.id });
    expect([moved.statusCode, issues(moved)]).toEqual([
      422,
      [
        ['siteId', 'site_not_yours'],
        ['number', 'number_other_site'],
      ],
    ]);
  });

  it('keeps what a route points at: a group, user, attendant, schedule or a closure of it is not removed', async () => {
    const tm = await s.as('enterprise_admin');
    const A = s.w.enterprises.A.id;
    const schedule = await officeHours();
    const group = await fresh.huntGroup(s.t.database.db, A, s.w.sites.ams.id);
    const menu = await fresh.attendant(s.t.database.db, A, s.w.sites.ams.id);
    const user = await fresh.user(s.t.database.db, A, s.w.sites.ams.id);
    const routeName = name('Houdt vast');
    const made = await tm.post(routesOf(A), {
      name: routeName,
      siteId: s.w.sites.ams.id,
      number: await freeNumber(),
      scheduleId: schedule.id,
      destinations: {
        open: { type: 'auto_attendant', id: menu.id },
        closed: { type: 'voicemail', userId: user.id },
        closures: { [CLOSURE]: { type: 'hunt_group', id: group.id } },
      },
    });
    expect(made.statusCode).toBe(201);
    const inUse = (res: { statusCode: number; json(): { error: { message: string } } }) => [
      res.statusCode,
      res.json().error.message.includes(routeName),
    ];
    expect(inUse(await tm.delete(`/api/hunt-groups/${group.id}`))).toEqual([409, true]);
    expect(inUse(await tm.delete(`/api/auto-attendants/${menu.id}`))).toEqual([409, true]);
    expect(inUse(await tm.delete(`/api/users/${user.id}`))).toEqual([409, true]);
    expect(inUse(await tm.delete(`/api/schedules/${schedule.id}`))).toEqual([409, true]);
    // Dropping the closure the route gives its own destination is refused; other changes are not.
    expect(inUse(await tm.patch(`/api/schedules/${schedule.id}`, { closures: [] }))).toEqual([409, true]);
    const kept = await tm.patch(`/api/schedules/${schedule.id}`, { publicHolidaysClosed: false });
    expect(kept.statusCode).toBe(200);
    // A site with a route is not removed.
    const site = await fresh.site(s.t.database.db, A);
    const onSite = await fresh.incomingRoute(s.t.database.db, A, site.id, s.w.users.uAms.id);
    const gone = await tm.delete(`/api/sites/${site.id}`);
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.message).toContain(onSite.name);
    // A new schedule without that closure: the route must drop it (by path), then it may.
    const plain = await fresh.schedule(s.t.database.db, A);
    const switched = await tm.patch(`/api/incoming-routes/${made.json().id}`, { scheduleId: plain.id });
    expect([switched.statusCode, issues(switched)]).toEqual([
      422,
      [[`destinations.closures.${CLOSURE}`, 'route_closure_unknown']],
    ]);
    const cleaned = await tm.patch(`/api/incoming-routes/${made.json().id}`, {
      scheduleId: plain.id,
      destinations: {
        open: { type: 'auto_attendant', id: menu.id },
        closed: { type: 'voicemail', userId: user.id },
      },
    });
    expect(cleaned.statusCode).toBe(200);
    expect((await tm.delete(`/api/hunt-groups/${group.id}`)).statusCode).toBe(204);
    expect((await tm.delete(`/api/schedules/${schedule.id}`)).statusCode).toBe(204);
  });

  it("keeps outside destinations within the enterprise's call restrictions, and those from barring a route", async () => {
    const tm = await s.as('enterprise_admin');
    const A = s.w.enterprises.A.id;
    const url = `/api/enterprises/${A}/call-restrictions`;
    const base = (await tm.get(url)).json().restrictions;
    const body = (number: string) => ({
      name: name('Buitenland'),
      siteId: s.w.sites.ams.id,
      number: '',
      destinations: { open: { type: 'number', number } },
    });
    // Premium-rate numbers are barred by default: no route to one.
    const premium = await tm.post(routesOf(A), { ...body('0900 1234567'), number: await freeNumber() });
    expect(issues(premium)).toEqual([['destinations.open.number', 'route_destination_barred']]);
    const route = await tm.post(routesOf(A), { ...body('+44 20 7946 0000'), number: await freeNumber() });
    expect(route.statusCode).toBe(201);
    const barring = await tm.put(url, { restrictions: { ...base, international: false } });
    expect([barring.statusCode, issues(barring)]).toEqual([422, [['', 'restrictions_bar_routes']]]);
    expect(barring.json().error.issues[0]?.params).toEqual({ count: 1, routes: route.json().name });
    expect((await tm.get(url)).json().restrictions).toEqual(base);
  });
});
