import { describe, expect, it } from 'vitest';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);
const queuesOf = (enterpriseId: string) => `/api/enterprises/${enterpriseId}/queues`;
let n = 0;
const name = () => `Support ${++n}`;

/** A free Amsterdam number of the plan (allocated to a site when given). */
async function freeNumber(siteId: string | null = null) {
  const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, { siteId });
  return (numbers[0] as { number: string }).number;
}

/** An extension nobody has yet: a fresh user's, claimed through the API. */
let nextExtension = 600;
const freeExtension = () => String(nextExtension++);

describe('call centre queues', () => {
  it('are created with an extension and a number from the plan, listed and read back', async () => {
    const tm = await s.as('enterprise_admin');
    const number = await freeNumber(s.w.sites.ams.id);
    const extension = freeExtension();
    const res = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: 'Support',
      extension,
      number: `0${number.slice(3, 5)} ${number.slice(5)}`,
      distribution: 'circular',
      ringPattern: 'short_short_long',
      maxQueueLength: 15,
      maxWaitSeconds: 900,
      comfortMessage: '  Een moment geduld alstublieft.  ',
      comfortIntervalSeconds: 45,
      positionAnnouncements: true,
      overflowAction: 'transfer',
      overflowAfterSeconds: 600,
      overflowDestination: '020 794 0001',
      bouncedAfterRings: 4,
      strandedAction: 'keep_waiting',
      wrapUpSeconds: 30,
    });
    expect(res.statusCode).toBe(201);
    const queue = res.json();
    expect(queue).toMatchObject({
      name: 'Support',
      siteName: 'Amsterdam',
      extension,
      number,
      distribution: 'circular',
      comfortMessage: 'Een moment geduld alstublieft.',
      overflowDestination: '+31207940001',
      strandedDestination: null,
      bouncedAfterRings: 4,
      wrapUpSeconds: 30,
      agentCount: 0,
    });
    // The plan shows the number and the extension as the queue's.
    const plan = (
      await tm.get(`/api/enterprises/${s.w.enterprises.A.id}/numbers?q=${number.slice(3)}`)
    ).json();
    expect(plan.items[0]).toMatchObject({
      state: 'assigned',
      assignee: { type: 'queue', id: queue.id, role: 'main', name: 'Support' },
    });
    expect((await tm.get(`/api/queues/${queue.id}`)).json()).toMatchObject({ id: queue.id, number });
    const listed = (await tm.get(`${queuesOf(s.w.enterprises.A.id)}?q=supp`)).json().items as {
      id: string;
    }[];
    expect(listed.map((q) => q.id)).toContain(queue.id);
    const audit = await s.t.database.query<{ action: string }>(
      `select action from audit_events where entity_type = 'queue' and entity_id = $1`,
      [queue.id],
    );
    expect(audit.map((r) => r.action)).toEqual(['create']);
  });

  it('refuses bad combinations with field messages, storing nothing', async () => {
    const tm = await s.as('enterprise_admin');
    const before = await s.t.database.query('select id from queues');
    const res = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      extension: '12',
      maxWaitSeconds: 60,
      overflowAction: 'transfer',
      overflowAfterSeconds: 120,
      comfortMessage: 'Even geduld',
      comfortIntervalSeconds: 60,
      strandedAction: 'transfer',
      strandedDestination: 'voicemail',
    });
    expect(res.statusCode).toBe(422);
    expect(issues(res)).toEqual(
      expect.arrayContaining([
        ['extension', 'extension_length'],
        ['overflowAfterSeconds', 'queue_overflow_after_max_wait'],
        ['overflowDestination', 'queue_destination_required'],
        ['comfortIntervalSeconds', 'queue_comfort_interval_max_wait'],
        ['strandedDestination', 'queue_destination_voicemail'],
      ]),
    );
    const edge = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: '',
      distribution: 'random',
      wrapUpSeconds: 9999,
    });
    expect(edge.statusCode).toBe(400);
    expect(issues(edge).map(([p]) => p)).toEqual(
      expect.arrayContaining(['name', 'distribution', 'wrapUpSeconds']),
    );
    expect(await s.t.database.query('select id from queues')).toHaveLength(before.length);
  });

  it('transfers only to an extension that exists, never to itself', async () => {
    const tm = await s.as('enterprise_admin');
    const extension = freeExtension();
    const unknown = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      extension,
      strandedAction: 'transfer',
      strandedDestination: '999',
    });
    expect([unknown.statusCode, issues(unknown)]).toEqual([
      422,
      [['strandedDestination', 'extension_unknown']],
    ]);
    const self = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      extension,
      strandedAction: 'transfer',
      strandedDestination: extension,
    });
    expect([self.statusCode, issues(self)]).toEqual([
      422,
      [['strandedDestination', 'queue_destination_self']],
    ]);
    const other = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      extension,
    });
    expect(other.statusCode).toBe(201);
    const pointing = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      strandedAction: 'transfer',
      strandedDestination: extension,
    });
    expect(pointing.statusCode).toBe(201);
  });

  it('refuses a number outside the plan, a mobile, one of another site, a taken extension and a taken name', async () => {
    const tm = await s.as('enterprise_admin');
    const outside = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      number: '010 123 4567',
    });
    expect([outside.statusCode, issues(outside)]).toEqual([422, [['number', 'number_not_in_plan']]]);
    const utrecht = await freeNumber(s.w.sites.utr.id);
    const otherSite = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      number: utrecht,
    });
    expect([otherSite.statusCode, issues(otherSite)]).toEqual([422, [['number', 'number_other_site']]]);
    const extension = freeExtension();
    const first = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: 'Verkoop',
      extension,
    });
    expect(first.statusCode).toBe(201);
    const again = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      extension,
    });
    expect([again.statusCode, issues(again)]).toEqual([409, [['extension', 'extension_taken']]]);
    const named = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.utr.id,
      name: 'VERKOOP',
    });
    expect([named.statusCode, issues(named)]).toEqual([409, [['name', 'queue_name_taken']]]);
    // Another enterprise may have a queue of that name.
    const b = await s.as('enterprise_admin_b');
    expect(
      (await b.post(queuesOf(s.w.enterprises.B.id), { siteId: s.w.sites.b1.id, name: 'Verkoop' })).statusCode,
    ).toBe(201);
  });

  it('changes settings against the whole result, and moves its number and extension', async () => {
    const tm = await s.as('enterprise_admin');
    const number = await freeNumber();
    const created = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      number,
      maxWaitSeconds: 300,
      overflowAction: 'busy',
      overflowAfterSeconds: 200,
    });
    const id = created.json().id;
    const shorter = await tm.patch(`/api/queues/${id}`, { maxWaitSeconds: 100 });
    expect([shorter.statusCode, issues(shorter)]).toEqual([
      422,
      [['overflowAfterSeconds', 'queue_overflow_after_max_wait']],
    ]);
    const waiting = await tm.patch(`/api/queues/${id}`, {
      maxWaitSeconds: 100,
      overflowAction: 'keep_waiting',
    });
    expect(waiting.json()).toMatchObject({
      maxWaitSeconds: 100,
      overflowAction: 'keep_waiting',
      overflowAfterSeconds: null,
    });
    const second = await freeNumber();
    const extension = freeExtension();
    const moved = await tm.patch(`/api/queues/${id}`, { number: second, extension });
    expect(moved.json()).toMatchObject({ number: second, extension });
    const freed = await s.t.database.query<{ state: string }>('select state from numbers where number = $1', [
      number,
    ]);
    expect(freed[0]?.state).toBe('free');
  });

  it('is removed with its numbers freed; a site with queues is not removed', async () => {
    const tm = await s.as('enterprise_admin');
    const number = await freeNumber();
    const extension = freeExtension();
    const site = (
      await tm.post(`/api/enterprises/${s.w.enterprises.A.id}/sites`, {
        name: `Den Haag ${n}`,
        street: 'Plein 1',
        city: 'Den Haag',
        postcode: '2511 CR',
        lineType: 'fibre',
        voiceChannels: 10,
        codec: 'g711',
      })
    ).json();
    const queue = (
      await tm.post(queuesOf(s.w.enterprises.A.id), { siteId: site.id, name: 'Den Haag', number, extension })
    ).json();
    const siteRefused = await tm.delete(`/api/sites/${site.id}`);
    expect(siteRefused.statusCode).toBe(409);
    expect(siteRefused.json().error.issues[0]).toMatchObject({
      code: 'site_has_queues',
      params: { queues: 'Den Haag' },
    });
    expect((await tm.delete(`/api/queues/${queue.id}`)).statusCode).toBe(204);
    const left = await s.t.database.query<{ n: number }>(
      `select count(*)::int as n from extensions where assignee_type = 'queue' and assignee_id = $1`,
      [queue.id],
    );
    expect(left[0]?.n).toBe(0);
    const freed = await s.t.database.query<{ state: string }>('select state from numbers where number = $1', [
      number,
    ]);
    expect(freed[0]?.state).toBe('free');
    expect((await tm.get(`/api/queues/${queue.id}`)).statusCode).toBe(404);
    // Its extension is free for another.
    expect(
      (await tm.post(queuesOf(s.w.enterprises.A.id), { siteId: s.w.sites.ams.id, name: name(), extension }))
        .statusCode,
    ).toBe(201);
    expect((await tm.delete(`/api/sites/${site.id}`)).statusCode).toBe(204);
  });

  it('keeps a site admin to its own sites, and other tenants out (404)', async () => {
    const site = await s.as('site_admin');
    const utrecht = await site.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.utr.id,
      name: name(),
    });
    expect([utrecht.statusCode, issues(utrecht)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    const tm = await s.as('enterprise_admin');
    const theirs = (
      await tm.post(queuesOf(s.w.enterprises.A.id), { siteId: s.w.sites.utr.id, name: name() })
    ).json();
    expect((await site.get(`/api/queues/${theirs.id}`)).statusCode).toBe(404);
    expect((await site.patch(`/api/queues/${theirs.id}`, { maxQueueLength: 3 })).statusCode).toBe(404);
    const listed = (await site.get(queuesOf(s.w.enterprises.A.id))).json().items as { siteId: string }[];
    expect(listed.every((q) => q.siteId === s.w.sites.ams.id)).toBe(true);
    const mine = (
      await site.post(queuesOf(s.w.enterprises.A.id), { siteId: s.w.sites.ams.id, name: name() })
    ).json();
    const move = await site.patch(`/api/queues/${mine.id}`, { siteId: s.w.sites.utr.id });
    expect([move.statusCode, issues(move)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    const b = await s.as('enterprise_admin_b');
    expect((await b.get(`/api/queues/${mine.id}`)).statusCode).toBe(404);
    expect((await b.delete(`/api/queues/${mine.id}`)).statusCode).toBe(404);
  });

  it('gives one of two parallel requests for one extension the extension', async () => {
    const tm = await s.as('enterprise_admin');
    const extension = freeExtension();
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        tm.post(queuesOf(s.w.enterprises.A.id), { siteId: s.w.sites.ams.id, name: name(), extension }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
  });
});

describe('a queue’s opening hours', () => {
  const db = () => s.t.database.db;
  /** A queue with a fresh extension, for the others to transfer to. */
  async function target() {
    const extension = freeExtension();
    const tm = await s.as('enterprise_admin');
    const made = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      extension,
    });
    expect(made.statusCode).toBe(201);
    return extension;
  }

  it('follows a schedule: closed and holiday service, read back, audited, and as a state at an instant', async () => {
    const tm = await s.as('enterprise_admin');
    const schedule = await fresh.schedule(db(), s.w.enterprises.A.id);
    const extension = await target();
    const res = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      scheduleId: schedule.id,
      closedAction: 'transfer',
      closedDestination: '030 760 1000',
      holidayAction: 'transfer',
      holidayDestination: extension,
      closedMessage: true,
    });
    expect(res.statusCode).toBe(201);
    const queue = res.json();
    expect(queue).toMatchObject({
      scheduleId: schedule.id,
      scheduleName: schedule.name,
      closedAction: 'transfer',
      closedDestination: '+31307601000',
      holidayAction: 'transfer',
      holidayDestination: extension,
      closedMessage: true,
    });
    const stateAt = async (at: string) =>
      (await tm.get(`/api/queues/${queue.id}/state?at=${encodeURIComponent(at)}`)).json();
    // A Tuesday morning, a Tuesday evening, Tweede Kerstdag (Friday 26 December 2025).
    expect(await stateAt('2026-12-01T10:00:00+01:00')).toMatchObject({
      service: 'open',
      reason: 'open',
      action: null,
      next: { at: '2026-12-01T16:30:00.000Z', state: 'closed' },
    });
    expect(await stateAt('2026-12-01T19:30:00+01:00')).toMatchObject({
      queueId: queue.id,
      at: '2026-12-01T18:30:00.000Z',
      scheduleId: schedule.id,
      service: 'closed',
      reason: 'closed',
      action: 'transfer',
      destination: '+31307601000',
      closedMessage: true,
      asClosed: false,
      next: { at: '2026-12-02T07:30:00.000Z', state: 'open' },
    });
    expect(
      (await tm.get(`/api/queues/${queue.id}/state?at=2025-12-26T10:00:00%2B01:00&lang=en`)).json(),
    ).toMatchObject({
      service: 'holiday',
      reason: 'holiday',
      action: 'transfer',
      destination: extension,
      name: 'Boxing Day',
      names: { nl: 'Tweede kerstdag', en: 'Boxing Day' },
      holidayKey: 'boxing-day',
    });
    // Without a holiday action of its own the holiday takes the closed one.
    const patched = await tm.patch(`/api/queues/${queue.id}`, { holidayAction: null });
    expect(patched.json()).toMatchObject({ holidayAction: null, holidayDestination: null });
    expect(await stateAt('2025-12-26T10:00:00+01:00')).toMatchObject({
      service: 'holiday',
      action: 'transfer',
      destination: '+31307601000',
      asClosed: true,
      name: 'Tweede kerstdag',
    });
    // Without a schedule the queue is always open and the out-of-hours settings go.
    const cleared = await tm.patch(`/api/queues/${queue.id}`, { scheduleId: null });
    expect(cleared.json()).toMatchObject({
      scheduleId: null,
      scheduleName: null,
      closedAction: 'busy',
      closedDestination: null,
      closedMessage: false,
    });
    expect(await stateAt('2026-12-01T19:30:00+01:00')).toMatchObject({
      service: 'open',
      reason: 'no_schedule',
      next: null,
    });
    const audit = await s.t.database.query<{ action: string; before: unknown; after: unknown }>(
      `select action, before, after from audit_events where entity_type = 'queue' and entity_id = $1 order by at, id`,
      [queue.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(audit[0]?.after).toMatchObject({
      scheduleId: schedule.id,
      closedAction: 'transfer',
      closedDestination: '+31307601000',
      holidayAction: 'transfer',
      holidayDestination: extension,
      closedMessage: true,
    });
    expect(audit[2]?.after).toMatchObject({ scheduleId: null, closedMessage: false });
    const b = await s.as('enterprise_admin_b');
    expect((await b.get(`/api/queues/${queue.id}/state`)).statusCode).toBe(404);
  });

  it('refuses keep-waiting out of hours, unknown destinations and schedules it cannot know, storing nothing', async () => {
    const tm = await s.as('enterprise_admin');
    const schedule = await fresh.schedule(db(), s.w.enterprises.A.id);
    const theirs = await fresh.schedule(db(), s.w.enterprises.B.id);
    const before = await s.t.database.query('select id from queues');
    const bad = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      scheduleId: schedule.id,
      closedAction: 'keep_waiting',
      holidayAction: 'keep_waiting',
    });
    expect([bad.statusCode, issues(bad)]).toEqual([
      422,
      [
        ['closedAction', 'queue_closed_keep_waiting'],
        ['holidayAction', 'queue_closed_keep_waiting'],
      ],
    ]);
    expect(bad.json().error.issues[0].message).toContain('nobody would answer');
    const unknownExtension = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      scheduleId: schedule.id,
      holidayAction: 'transfer',
      holidayDestination: '999',
    });
    expect(issues(unknownExtension)).toEqual([['holidayDestination', 'extension_unknown']]);
    const missing = await tm.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      scheduleId: schedule.id,
      closedAction: 'transfer',
    });
    expect(issues(missing)).toEqual([['closedDestination', 'queue_destination_required']]);
    for (const scheduleId of [theirs.id, crypto.randomUUID()]) {
      const unknown = await tm.post(queuesOf(s.w.enterprises.A.id), {
        siteId: s.w.sites.ams.id,
        name: name(),
        scheduleId,
      });
      expect([unknown.statusCode, issues(unknown)]).toEqual([422, [['scheduleId', 'target_unknown']]]);
    }
    expect(await s.t.database.query('select id from queues')).toHaveLength(before.length);
  });

  it('lets a site admin follow enterprise-wide schedules and its own sites’, not another site’s', async () => {
    const site = await s.as('site_admin');
    const tm = await s.as('enterprise_admin');
    const wide = await fresh.schedule(db(), s.w.enterprises.A.id);
    const own = await fresh.schedule(db(), s.w.enterprises.A.id, s.w.sites.ams.id);
    const utrecht = await fresh.schedule(db(), s.w.enterprises.A.id, s.w.sites.utr.id);
    const mine = await site.post(queuesOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name(),
      scheduleId: wide.id,
    });
    expect([mine.statusCode, mine.json().scheduleName]).toEqual([201, wide.name]);
    const id = mine.json().id;
    expect((await site.patch(`/api/queues/${id}`, { scheduleId: own.id })).statusCode).toBe(200);
    const other = await site.patch(`/api/queues/${id}`, { scheduleId: utrecht.id });
    expect([other.statusCode, issues(other)]).toEqual([422, [['scheduleId', 'target_not_yours']]]);
    expect((await tm.get(`/api/queues/${id}`)).json().scheduleId).toBe(own.id);
    // What an enterprise admin chose stays the site admin's to keep (as an attendant's targets).
    expect((await tm.patch(`/api/queues/${id}`, { scheduleId: utrecht.id })).statusCode).toBe(200);
    const kept = await site.patch(`/api/queues/${id}`, { maxQueueLength: 4 });
    expect([kept.statusCode, kept.json().scheduleId]).toEqual([200, utrecht.id]);
    expect((await site.get(`/api/queues/${id}/state?at=2026-12-01T19:30:00%2B01:00`)).json()).toMatchObject({
      service: 'closed',
      action: 'busy',
    });
  });

  it('keeps a schedule a queue follows from being removed (409 naming the queue)', async () => {
    const tm = await s.as('enterprise_admin');
    const schedule = await fresh.schedule(db(), s.w.enterprises.A.id);
    const queue = (
      await tm.post(queuesOf(s.w.enterprises.A.id), {
        siteId: s.w.sites.ams.id,
        name: name(),
        scheduleId: schedule.id,
      })
    ).json();
    const refused = await tm.delete(`/api/schedules/${schedule.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({
      code: 'in_use',
      params: { count: 1, referrers: queue.name },
    });
    expect((await tm.patch(`/api/queues/${queue.id}`, { scheduleId: null })).statusCode).toBe(200);
    expect((await tm.delete(`/api/schedules/${schedule.id}`)).statusCode).toBe(204);
  });

  it('never leaves a queue following a schedule removed in parallel', async () => {
    const tm = await s.as('enterprise_admin');
    for (let round = 0; round < 8; round++) {
      const schedule = await fresh.schedule(db(), s.w.enterprises.A.id);
      const queue = await fresh.queue(db(), s.w.enterprises.A.id, s.w.sites.ams.id);
      // The removal starts a little later each round, so that both orders happen.
      const [patch, removal] = await Promise.all([
        tm.patch(`/api/queues/${queue.id}`, { scheduleId: schedule.id }),
        new Promise((r) => setTimeout(r, round * 4)).then(() => tm.delete(`/api/schedules/${schedule.id}`)),
      ]);
      const pair = `${patch.statusCode}/${removal.statusCode}`;
      expect(['200/409', '422/204']).toContain(pair);
      if (patch.statusCode === 422) expect(issues(patch)).toEqual([['scheduleId', 'target_unknown']]);
      const [row] = await s.t.database.query<{ schedule_id: string | null; present: boolean }>(
        `select q.schedule_id, exists (select 1 from schedules where id = $2) as present
           from queues q where q.id = $1`,
        [queue.id, schedule.id],
      );
      expect(row?.schedule_id === schedule.id).toBe(row?.present);
    }
  });
});
