import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isWorkingDay, officeCalendar, officeMsBetween } from '../../../core/calendar/business';
import { auditEvents, outboxMessages, ticketSlaClocks, ticketSlaEvents, tickets } from '../../db/schema';
import { incidentForm } from '../../testing/factories/ticket-forms';
import { PASSWORD } from '../../testing/fixtures';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';
import { insertStatusStep } from '../tickets/repository';
import { sweepSla } from './job';

const s = worldSuite();
const MIN = 60_000;

const incident = (extra: Record<string, unknown> = {}) => incidentForm(s.w, s.t.clock.now(), extra);
const serviceRequest = (extra: Record<string, unknown> = {}) => ({
  type: 'service',
  enterpriseId: s.w.enterprises.A.id,
  title: 'Extra toestel',
  description: 'Graag een extra toestel op de receptie',
  siteId: s.w.sites.ams.id,
  businessCritical: false,
  contact: { name: 'Tom', phone: '020 794 0000' },
  ...extra,
});

type Clock = {
  kind: string;
  state: string;
  policy: string | null;
  dueAt: string | null;
  remainingMinutes: number | null;
  pause: { reason: string; since: string } | null;
  escalatedAt: string | null;
  warnedAt: string | null;
  pauses: unknown[];
};
const clockOf = (ticket: { slaClocks: Clock[] }, kind: string) =>
  ticket.slaClocks.find((c) => c.kind === kind) as Clock;

/** Fresh sessions: the clock moves on past the idle timeout in some tests. */
const desk = () => s.t.login(s.w.accounts.provider_agent.email, PASSWORD);
const customer = () => s.t.login(s.w.accounts.enterprise_admin.email, PASSWORD);

describe('SLA policies', () => {
  it('are seeded per ticket type × priority from the defaults', async () => {
    const admin = await s.as('provider_admin');
    const res = await admin.get('/api/sla-policies');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { key: string }[];
    expect(items).toHaveLength(20);
    expect(items.find((p) => p.key === 'incident-critical')).toMatchObject({
      ticketType: 'incident',
      priority: 'critical',
      hours: '24x7',
      firstResponseMinutes: 15,
      resolutionMinutes: 240,
      warnShare: 0.8,
    });
    expect(items.find((p) => p.key === 'service-medium')).toMatchObject({
      hours: 'office',
      resolutionMinutes: 1200,
    });
  });

  it('are edited by the provider admin, checked and audited; planning follows them', async () => {
    const admin = await s.as('provider_admin');
    const agent = await s.as('provider_agent');
    expect(
      (await agent.patch('/api/sla-policies/infrastructure-critical', { warnShare: 0.5 })).statusCode,
    ).toBe(403);
    const bad = await admin.patch('/api/sla-policies/infrastructure-critical', {
      firstResponseMinutes: 500,
      resolutionMinutes: 400,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.issues[0]).toMatchObject({
      path: 'firstResponseMinutes',
      code: 'sla_first_response_after_resolution',
    });
    expect(
      (await admin.patch('/api/sla-policies/infrastructure-critical', { warnShare: 0 })).statusCode,
    ).toBe(400);
    expect((await admin.patch('/api/sla-policies/no-such-policy', { warnShare: 0.5 })).statusCode).toBe(404);

    const ok = await admin.patch('/api/sla-policies/infrastructure-critical', { resolutionMinutes: 120 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ resolutionMinutes: 120, firstResponseMinutes: 15 });
    const [event] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'sla_policy'),
          eq(auditEvents.entityId, 'infrastructure-critical'),
          eq(auditEvents.action, 'update'),
        ),
      );
    expect(event).toMatchObject({ action: 'update' });

    const at = '2026-12-06T03:00:00+01:00'; // a Sunday night: 24×7 counts anyway
    const preview = await admin.post('/api/tickets/preview', {
      type: 'infrastructure',
      enterpriseId: s.w.enterprises.A.id,
      title: 'Nieuwe switch',
      description: 'Vervangen',
      siteId: s.w.sites.ams.id,
      businessCritical: true,
      contact: { name: 'Tom', phone: '020 794 0000' },
      at,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().dueAt).toBe('2026-12-06T05:00:00+01:00');
  });
});

describe('SLA clocks of a ticket', () => {
  it('start with the ticket, stop at the first response, pause while waiting for the customer', async () => {
    s.t.clock.freeze();
    try {
      const tm = await customer();
      const agent = await desk();
      const created = await tm.post('/api/tickets', incident());
      expect(created.statusCode).toBe(201);
      const t = created.json();
      const start = new Date(t.createdAt).getTime();
      expect(clockOf(t, 'first_response')).toMatchObject({
        state: 'running',
        policy: 'incident-critical',
        remainingMinutes: 15,
      });
      expect(new Date(clockOf(t, 'first_response').dueAt as string).getTime()).toBe(start + 15 * MIN);
      expect(new Date(clockOf(t, 'resolution').dueAt as string).getTime()).toBe(start + 240 * MIN);
      expect(new Date(t.slaDueAt).getTime()).toBe(start + 240 * MIN);

      s.t.clock.advance(5 * MIN);
      const ackRes = await agent.post(`/api/tickets/${t.id}/status`, { status: 'acknowledged' });
      expect(ackRes.statusCode, ackRes.body).toBe(200);
      const ack = ackRes.json();
      expect(clockOf(ack, 'first_response')).toMatchObject({ state: 'met', dueAt: null });
      await agent.post(`/api/tickets/${t.id}/status`, { status: 'in_progress' });
      s.t.clock.advance(5 * MIN);
      const waiting = (
        await agent.post(`/api/tickets/${t.id}/status`, { status: 'waiting_for_customer' })
      ).json();
      expect(clockOf(waiting, 'resolution')).toMatchObject({
        state: 'paused',
        pause: { reason: 'waiting_customer' },
        remainingMinutes: 230,
      });
      expect(waiting.slaDueAt).toBeNull();
      // The customer sees why it is paused.
      const seen = (await tm.get(`/api/tickets/${t.id}`)).json();
      expect(clockOf(seen, 'resolution').pause).toMatchObject({ reason: 'waiting_customer' });

      s.t.clock.advance(60 * MIN);
      const tm2 = await customer();
      const agent2 = await desk();
      const answered = (await tm2.post(`/api/tickets/${t.id}/status`, { status: 'in_progress' })).json();
      expect(clockOf(answered, 'resolution')).toMatchObject({ state: 'running', remainingMinutes: 230 });
      expect(new Date(answered.slaDueAt).getTime()).toBe(start + (240 + 60) * MIN);
      expect(clockOf(answered, 'resolution').pauses).toHaveLength(1);

      const resolved = (await agent2.post(`/api/tickets/${t.id}/status`, { status: 'resolved' })).json();
      expect(clockOf(resolved, 'resolution').state).toBe('met');
      expect(resolved.slaDueAt).toBeNull();
      const refused = await agent2.post(`/api/tickets/${t.id}/sla-pause`, { reason: 'waiting_parts' });
      expect([refused.statusCode, refused.json().error.issues[0].code]).toEqual([409, 'ticket_not_open']);
      // Reopening lets the resolution clock run on.
      const reopened = (await tm2.post(`/api/tickets/${t.id}/status`, { status: 'in_progress' })).json();
      expect(clockOf(reopened, 'resolution').state).toBe('running');
    } finally {
      s.t.clock.unfreeze();
    }
  });

  it('are paused and resumed by the desk, refusing what does not apply (409 by code)', async () => {
    const agent = await desk();
    const tm = await customer();
    const t = (await tm.post('/api/tickets', incident())).json();
    const pause = await agent.post(`/api/tickets/${t.id}/sla-pause`, { reason: 'waiting_supplier' });
    expect(pause.statusCode).toBe(200);
    expect(clockOf(pause.json(), 'resolution').pause).toMatchObject({ reason: 'waiting_supplier' });
    const again = await agent.post(`/api/tickets/${t.id}/sla-pause`, { reason: 'waiting_parts' });
    expect([again.statusCode, again.json().error.issues[0].code]).toEqual([409, 'sla_clock_not_running']);
    const bad = await agent.post(`/api/tickets/${t.id}/sla-pause`, { reason: 'lunch' });
    expect(bad.statusCode).toBe(400);
    expect((await tm.post(`/api/tickets/${t.id}/sla-pause`, { reason: 'waiting_parts' })).statusCode).toBe(
      403,
    );
    const resume = await agent.post(`/api/tickets/${t.id}/sla-resume`);
    expect(resume.statusCode).toBe(200);
    expect(clockOf(resume.json(), 'resolution').state).toBe('running');
    const twice = await agent.post(`/api/tickets/${t.id}/sla-resume`);
    expect([twice.statusCode, twice.json().error.issues[0].code]).toEqual([409, 'sla_clock_not_paused']);
    const audit = await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, t.id));
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['sla_paused', 'sla_resumed']));
  });

  it('of two parallel pauses, exactly one is recorded', async () => {
    const agent = await desk();
    const tm = await customer();
    const t = (await tm.post('/api/tickets', incident())).json();
    const answers = await Promise.all(
      [1, 2, 3].map(() => agent.post(`/api/tickets/${t.id}/sla-pause`, { reason: 'waiting_parts' })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409]);
    const detail = (await agent.get(`/api/tickets/${t.id}`)).json();
    expect(clockOf(detail, 'resolution').pauses).toHaveLength(1);
  });

  it('a new priority changes the policy over the whole log, with the pauses kept', async () => {
    s.t.clock.freeze();
    try {
      const agent = await desk();
      const tm = await customer();
      const t = (await tm.post('/api/tickets', serviceRequest())).json();
      expect(clockOf(t, 'resolution').policy).toBe('service-medium');
      await agent.post(`/api/tickets/${t.id}/sla-pause`, { reason: 'waiting_parts' });
      s.t.clock.advance(10 * MIN);
      const patched = await agent.patch(`/api/tickets/${t.id}`, { businessCritical: true });
      expect(patched.statusCode).toBe(200);
      const p = patched.json();
      expect(p).toMatchObject({ priority: 'critical', businessCritical: true });
      expect(clockOf(p, 'resolution')).toMatchObject({
        policy: 'service-critical',
        state: 'paused',
        remainingMinutes: 240,
      });
      expect(clockOf(p, 'resolution').pauses).toHaveLength(1);
      expect((await tm.patch(`/api/tickets/${t.id}`, { urgency: 'high' })).statusCode).toBe(403);
      expect((await agent.patch(`/api/tickets/${t.id}`, {})).statusCode).toBe(400);
    } finally {
      s.t.clock.unfreeze();
    }
  });

  it('a change request has only a first-response clock; its queue due is its lead time', async () => {
    const tm = await customer();
    const res = await tm.post('/api/tickets', {
      type: 'change',
      enterpriseId: s.w.enterprises.A.id,
      catalogueItem: 'hunt-group-change',
      description: 'Een extra lid in de huntgroep',
    });
    expect(res.statusCode).toBe(201);
    const t = res.json();
    expect(t.slaClocks.map((c: Clock) => c.kind)).toEqual(['first_response']);
    expect(t.slaDueAt).toBe(t.dueAt);
  });
});

describe('the desk queue', () => {
  it('lists a desk’s open tickets by SLA due, keyset-paged, by status', async () => {
    const agent = await desk();
    const tm = await customer();
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await tm.post('/api/tickets', incident())).json());
    const deskId = made[0].desk.id as string;
    const paused = made[1];
    await agent.post(`/api/tickets/${paused.id}/sla-pause`, { reason: 'waiting_parts' });

    const all: { id: string; slaDueAt: string | null; sla: { pause: unknown } | null }[] = [];
    let cursor: string | null = null;
    do {
      const page = await agent.get(
        `/api/desks/${deskId}/queue?status=new&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.statusCode).toBe(200);
      all.push(...page.json().items);
      cursor = page.json().nextCursor;
    } while (cursor);
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of made) expect(ids).toContain(t.id);
    const dues = all.filter((r) => r.slaDueAt !== null).map((r) => new Date(r.slaDueAt as string).getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    // Paused clocks sort last, with their reason.
    const last = all.filter((r) => r.slaDueAt === null);
    expect(last.map((r) => r.id)).toContain(paused.id);
    expect(all.indexOf(last[0] as (typeof all)[number])).toBeGreaterThanOrEqual(all.length - last.length);
    expect(all.find((r) => r.id === paused.id)?.sla?.pause).toMatchObject({ reason: 'waiting_parts' });

    const open = await agent.get(`/api/desks/${deskId}/queue`);
    expect(open.statusCode).toBe(200);
    expect((await agent.get(`/api/desks/${deskId}/queue?cursor=nonsense`)).statusCode).toBe(400);
    expect((await agent.get('/api/desks/00000000-0000-4000-8000-000000000000/queue')).statusCode).toBe(404);
  });
});

describe('the SLA sweep', () => {
  it('warns and escalates once per clock, with one e-mail to the desk on duty', async () => {
    // On a working day at 10:00 in Amsterdam, whenever the test runs: the desk on duty is then the
    // office desk, open for all of the 16 minutes the test moves on (late in the day it would close).
    const calendar = officeCalendar({ timeZone: 'Europe/Amsterdam' });
    let day = DateTime.fromJSDate(s.t.clock.now(), { zone: 'Europe/Amsterdam' }).plus({ days: 1 });
    while (!isWorkingDay(calendar, day)) day = day.plus({ days: 1 });
    s.t.clock.advance(
      day.set({ hour: 10, minute: 0, second: 0, millisecond: 0 }).toMillis() - s.t.clock.now().getTime(),
    );
    const tm = await customer();
    const t = (await tm.post('/api/tickets', incident())).json();
    const jobs = s.t.app.services.jobs;
    const mails = async (kind: 'sla_warning' | 'sla_breach') =>
      s.t.database.db
        .select()
        .from(outboxMessages)
        .where(and(eq(outboxMessages.entityId, t.id), eq(outboxMessages.kind, kind)));

    s.t.clock.advance(13 * MIN); // past 80 % of the 15-minute first response
    await jobs.runNow('servicedesk.sla-sweep', { force: true });
    expect(await mails('sla_warning')).toHaveLength(1);
    expect(await mails('sla_breach')).toHaveLength(0);
    await jobs.runNow('servicedesk.sla-sweep', { force: true });
    expect(await mails('sla_warning')).toHaveLength(1);

    s.t.clock.advance(3 * MIN);
    await jobs.runNow('servicedesk.sla-sweep', { force: true });
    await jobs.runNow('servicedesk.sla-sweep', { force: true });
    const breaches = await mails('sla_breach');
    expect(breaches).toHaveLength(1);
    expect(breaches[0]?.recipient).toMatch(/@/);
    expect(breaches[0]?.subject).toContain(t.number);
    const agent = await desk();
    const detail = (await agent.get(`/api/tickets/${t.id}`)).json();
    expect(detail.slaEscalatedAt).not.toBeNull();
    expect(clockOf(detail, 'first_response')).toMatchObject({ state: 'breached' });
    expect(clockOf(detail, 'first_response').escalatedAt).not.toBeNull();
  });

  it('escalates an office-hours ticket at the next opening, never at night', async () => {
    const tm = await customer();
    const t = (await tm.post('/api/tickets', serviceRequest())).json();
    const db = s.t.database.db;
    // Its resolution clock due on Friday evening at 18:00 (the close).
    await db
      .update(ticketSlaClocks)
      .set({ dueAt: new Date('2026-12-04T17:00:00Z'), warnedAt: new Date('2026-12-04T16:00:00Z') })
      .where(and(eq(ticketSlaClocks.ticketId, t.id), eq(ticketSlaClocks.clock, 'resolution')));
    await db
      .update(ticketSlaClocks)
      .set({ counting: false })
      .where(and(eq(ticketSlaClocks.ticketId, t.id), eq(ticketSlaClocks.clock, 'first_response')));
    const services = s.t.app.services;
    const night = await sweepSla(services, new Date('2026-12-05T02:00:00Z')); // Saturday 03:00
    expect(night.escalated).toBeGreaterThanOrEqual(0); // business-critical ones of other tests may
    const [still] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(still?.slaEscalatedAt).toBeNull();
    const monday = await sweepSla(services, new Date('2026-12-07T07:00:30Z')); // Monday 08:00:30
    expect(monday.escalated).toBeGreaterThanOrEqual(1);
    const [marked] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(marked?.slaEscalatedAt?.toISOString()).toBe('2026-12-07T07:00:30.000Z');
  });

  it('the queue’s countdown counts office time only', () => {
    const calendar = officeCalendar({ timeZone: 'Europe/Amsterdam' });
    // Friday 17:00 → Monday 09:00 is two office hours.
    expect(
      officeMsBetween(calendar, Date.parse('2026-12-04T16:00:00Z'), Date.parse('2026-12-07T08:00:00Z')),
    ).toBe(2 * 60 * MIN);
  });

  it('starts the clocks of tickets that have none, replaying their history, once', async () => {
    const db = s.t.database.db;
    const t = await fresh.ticket(db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const step = (
      from: 'new' | 'acknowledged',
      to: 'acknowledged' | 'waiting_for_customer',
      minutes: number,
    ) =>
      insertStatusStep(db, {
        id: crypto.randomUUID(),
        ticketId: t.id,
        fromStatus: from,
        toStatus: to,
        reason: null,
        byAccountId: null,
        byName: 'Servicedesk',
        byRole: 'provider_agent',
        at: new Date(t.createdAt.getTime() + minutes * MIN),
      });
    await step('new', 'acknowledged', 5);
    await step('acknowledged', 'waiting_for_customer', 30);
    await db.update(tickets).set({ status: 'waiting_for_customer' }).where(eq(tickets.id, t.id));
    const jobs = s.t.app.services.jobs;
    await jobs.runNow('servicedesk.sla-backfill', { force: true });
    const clocks = await db.select().from(ticketSlaClocks).where(eq(ticketSlaClocks.ticketId, t.id));
    const byKind = Object.fromEntries(clocks.map((c) => [c.clock, c]));
    expect(byKind.first_response?.state).toBe('met');
    expect(byKind.resolution).toMatchObject({ state: 'paused', pausedReason: 'waiting_customer' });
    const events = async () =>
      (await db.select().from(ticketSlaEvents).where(eq(ticketSlaEvents.ticketId, t.id))).length;
    const once = await events();
    expect(once).toBe(4); // two starts, the first response's stop, the resolution's pause
    await jobs.runNow('servicedesk.sla-backfill', { force: true });
    expect(await events()).toBe(once);
  });
});
