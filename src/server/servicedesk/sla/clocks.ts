import { isoIn, officeMsBetween } from '../../../core/calendar/business';
import type { BusinessCalendar } from '../../../core/calendar/calendar';
import { DomainError } from '../../../core/errors';
import {
  deriveSlaClock,
  SLA_CLOCK_KINDS,
  type SlaClockKind,
  type SlaClockView,
  type SlaEvent,
  type SlaPolicies,
  slaEventProblem,
} from '../../../core/servicedesk/sla';
import {
  type ClockEvent,
  lifecycleEvents,
  slaPolicyKey,
  toSlaPolicy,
} from '../../../core/servicedesk/sla-policies';
import type { SlaClockDto } from '../../../core/servicedesk/sla-view';
import type { Priority, TicketStatus, TicketType } from '../../../core/servicedesk/tickets';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { listPolicies } from '../sla-policies/repository';
import { historyOf } from '../tickets/repository';
import { slaCalendar } from './calendar';
import * as repo from './repository';

/**
 * The SLA clocks of tickets on the server: every event is appended to the clock's log
 * (`ticket_sla_events`) and the clock's snapshot (`ticket_sla_clocks`, and the ticket's
 * `sla_due_at`) is derived again from the whole log in the same transaction, on the ticket row the
 * caller holds locked. The lifecycle's events (created, acknowledged, waiting for the customer,
 * answered, resolved, reopened) are recorded when they apply and skipped when they do not (a
 * second response); the desk's own pause and resume are refused with 409 when they do not.
 */

export type SlaTicket = {
  id: string;
  type: TicketType;
  priority: Priority;
  dueAt: Date | null;
  status: string;
};

type Ctxish = Pick<Ctx, 'services' | 'now'> & { actor?: { accountId: string } };

/** The stored policies as the derivation's, with office hours on the provider's calendar. */
export async function loadPolicies(
  ctx: Pick<Ctx, 'services'>,
  db: Executor,
): Promise<{ policies: Map<string, ReturnType<typeof toSlaPolicy>>; calendar: BusinessCalendar }> {
  const calendar = await slaCalendar(ctx, db);
  const rows = await listPolicies(db);
  return { calendar, policies: new Map(rows.map((r) => [r.key, toSlaPolicy(r, calendar)])) };
}

const lookup =
  (policies: Map<string, ReturnType<typeof toSlaPolicy>>): SlaPolicies =>
  (id) =>
    policies.get(id);

function eventOf(row: repo.SlaEventRow): SlaEvent {
  switch (row.type) {
    case 'started':
      return { type: 'started', at: row.at, policyId: row.policyKey ?? '' };
    case 'policy_changed':
      return { type: 'policy_changed', at: row.at, policyId: row.policyKey ?? '' };
    case 'paused':
      return { type: 'paused', at: row.at, reason: row.reason ?? 'waiting_customer' };
    case 'resumed':
      return { type: 'resumed', at: row.at };
    case 'stopped':
      return { type: 'stopped', at: row.at };
  }
}

const logsOf = (rows: readonly repo.SlaEventRow[]): Record<SlaClockKind, SlaEvent[]> => ({
  first_response: rows.filter((r) => r.clock === 'first_response').map(eventOf),
  resolution: rows.filter((r) => r.clock === 'resolution').map(eventOf),
});

const dateOf = (iso: string | null): Date | null => (iso === null ? null : new Date(iso));

/** The clocks that a ticket of this type has: a change request's resolution is its lead time. */
export const clocksOfType = (type: TicketType): SlaClockKind[] =>
  type === 'change' ? ['first_response'] : [...SLA_CLOCK_KINDS];

/**
 * Appends events to a ticket's clocks and derives their snapshots again. `strict`: an event that
 * does not apply is a 409 (`sla_<refusal>`); otherwise it is skipped. Returns whether any was recorded.
 */
export async function recordSlaEvents(
  ctx: Ctxish,
  tx: Executor,
  ticket: SlaTicket,
  events: readonly ClockEvent[],
  options: { strict?: boolean } = {},
): Promise<boolean> {
  const { policies, calendar } = await loadPolicies(ctx, tx);
  const rows = await repo.eventsOf(tx, ticket.id);
  const logs = logsOf(rows);
  const inserts: repo.SlaEventInsert[] = [];
  for (const { clock, event } of events) {
    const problem = slaEventProblem(clock, logs[clock], event, lookup(policies));
    if (problem !== null) {
      if (options.strict)
        throw new DomainError('conflict', { reason: { code: `sla_${problem}`, params: { clock } } });
      continue;
    }
    logs[clock].push(event);
    inserts.push({
      ticketId: ticket.id,
      clock,
      type: event.type,
      at: event.at instanceof Date ? event.at : new Date(String(event.at)),
      reason: event.type === 'paused' ? event.reason : null,
      policyKey: event.type === 'started' || event.type === 'policy_changed' ? event.policyId : null,
      byAccountId: ctx.actor?.accountId ?? null,
    });
  }
  if (inserts.length === 0) return false;
  await repo.insertEvents(tx, inserts);
  await writeSnapshots(ctx, tx, ticket, logs, policies, calendar);
  return true;
}

/** Derives every clock of a ticket again from its log (after a policy's change). */
export async function rederiveTicket(ctx: Ctxish, tx: Executor, ticket: SlaTicket): Promise<void> {
  const { policies, calendar } = await loadPolicies(ctx, tx);
  await writeSnapshots(ctx, tx, ticket, logsOf(await repo.eventsOf(tx, ticket.id)), policies, calendar);
}

async function writeSnapshots(
  ctx: Ctxish,
  tx: Executor,
  ticket: SlaTicket,
  logs: Record<SlaClockKind, SlaEvent[]>,
  policies: Map<string, ReturnType<typeof toSlaPolicy>>,
  _calendar: BusinessCalendar,
): Promise<void> {
  const before = new Map((await repo.clocksOf(tx, ticket.id)).map((c) => [c.clock, c]));
  const marks: { warned: Date[]; escalated: Date[] } = { warned: [], escalated: [] };
  let resolutionDue: Date | null = null;
  for (const clock of clocksOfType(ticket.type)) {
    const view = deriveSlaClock(clock, logs[clock], lookup(policies), ctx.now, {
      timeZone: ctx.services.config.timezone,
    });
    const prev = before.get(clock);
    const policy = view.policyId === null ? undefined : policies.get(view.policyId);
    const counting =
      view.state === 'running' ||
      view.state === 'out_of_hours' ||
      (view.state === 'breached' && view.stoppedAt === null);
    const warnedAt = view.warned ? (prev?.warnedAt ?? null) : null;
    const escalatedAt = view.breachedAt !== null ? (prev?.escalatedAt ?? null) : null;
    if (warnedAt) marks.warned.push(warnedAt);
    if (escalatedAt) marks.escalated.push(escalatedAt);
    if (clock === 'resolution') resolutionDue = counting ? dateOf(view.dueAt) : null;
    await repo.upsertClock(tx, {
      ticketId: ticket.id,
      clock,
      state: view.state,
      counting,
      policyKey: view.policyId,
      hours: policy === undefined ? null : policy.hours === '24x7' ? '24x7' : 'office',
      targetMinutes: view.targetMinutes,
      remainingMinutes: view.remainingMinutes,
      dueAt: dateOf(view.dueAt),
      warnAt: dateOf(view.warnAt),
      breachedAt: dateOf(view.breachedAt),
      pausedReason: view.pause?.reason ?? null,
      pausedSince: dateOf(view.pause?.since ?? null),
      warnedAt,
      escalatedAt,
      derivedAt: ctx.now,
    });
  }
  const open = ticket.status !== 'resolved' && ticket.status !== 'closed';
  const min = (list: Date[]) =>
    list.length === 0 ? null : new Date(Math.min(...list.map((d) => d.getTime())));
  await repo.setTicketSla(tx, ticket.id, {
    slaDueAt: ticket.type === 'change' ? (open ? ticket.dueAt : null) : resolutionDue,
    slaWarnedAt: min(marks.warned),
    slaEscalatedAt: min(marks.escalated),
  });
}

/** Both clocks started at the ticket's creation (a change request: the first response only). */
export async function startClocks(ctx: Ctxish, tx: Executor, ticket: SlaTicket): Promise<void> {
  const policyId = slaPolicyKey(ticket.type, ticket.priority);
  await recordSlaEvents(
    ctx,
    tx,
    ticket,
    clocksOfType(ticket.type).map((clock) => ({ clock, event: { type: 'started', at: ctx.now, policyId } })),
  );
}

/** The clocks of one ticket as the API shows them, derived at the moment of the answer. */
export async function presentClocks(
  ctx: Pick<Ctx, 'services' | 'now'>,
  db: Executor,
  ticket: Pick<SlaTicket, 'id' | 'type'>,
): Promise<SlaClockDto[]> {
  const [{ policies }, rows, snapshots] = await Promise.all([
    loadPolicies(ctx, db),
    repo.eventsOf(db, ticket.id),
    repo.clocksOf(db, ticket.id),
  ]);
  const logs = logsOf(rows);
  const marks = new Map(snapshots.map((s) => [s.clock, s]));
  const zone = ctx.services.config.timezone;
  return clocksOfType(ticket.type).map((kind) => {
    const view: SlaClockView = deriveSlaClock(kind, logs[kind], lookup(policies), ctx.now, {
      timeZone: zone,
    });
    const mark = marks.get(kind);
    return {
      kind,
      state: view.state,
      policy: view.policyId,
      targetMinutes: view.targetMinutes,
      dueAt: view.dueAt,
      warnAt: view.warnAt,
      remainingMinutes: view.remainingMinutes === null ? null : Math.round(view.remainingMinutes * 10) / 10,
      breachedAt: view.breachedAt,
      pause: view.pause,
      resumesAt: view.resumesAt,
      warnedAt: mark?.warnedAt ? isoIn(zone, mark.warnedAt.getTime()) : null,
      escalatedAt: mark?.escalatedAt ? isoIn(zone, mark.escalatedAt.getTime()) : null,
      pauses: view.pauses,
    };
  });
}

/**
 * What is left of a stored clock at `now`, without its log: the running time between now and its
 * due on its hours (the queue's countdown); the stored remainder while paused.
 */
export function remainingOf(
  calendar: BusinessCalendar,
  clock: {
    counting: boolean;
    hours: '24x7' | 'office' | null;
    dueAt: Date | null;
    remainingMinutes: number | null;
  },
  now: Date,
): number | null {
  if (!clock.counting || clock.dueAt === null) return clock.remainingMinutes;
  const due = clock.dueAt.getTime();
  if (due <= now.getTime()) return 0;
  const ms = clock.hours === 'office' ? officeMsBetween(calendar, now.getTime(), due) : due - now.getTime();
  return Math.round(ms / 6000) / 10;
}

/**
 * The clock events a ticket's own history means, for a ticket that has none (made before the
 * clocks existed, or seeded): started at its creation by the policy of its type and priority,
 * then each status step as `lifecycleEvents` reads it (a step by a provider role is the desk's).
 */
export function replayedEvents(
  ticket: SlaTicket & { createdAt: Date },
  steps: readonly { fromStatus: string | null; toStatus: string; byRole: string | null; at: Date }[],
): ClockEvent[] {
  const policyId = slaPolicyKey(ticket.type, ticket.priority);
  const events: ClockEvent[] = clocksOfType(ticket.type).map((clock) => ({
    clock,
    event: { type: 'started', at: ticket.createdAt, policyId },
  }));
  let pausedFor: 'waiting_customer' | null = null;
  for (const step of steps) {
    if (step.fromStatus === null) continue;
    const byDesk = step.byRole?.startsWith('provider_') ?? false;
    const more = lifecycleEvents(
      step.fromStatus as TicketStatus,
      step.toStatus as TicketStatus,
      byDesk,
      step.at,
      pausedFor,
    ).filter((e) => clocksOfType(ticket.type).includes(e.clock));
    for (const e of more) {
      if (e.clock !== 'resolution') continue;
      if (e.event.type === 'paused') pausedFor = 'waiting_customer';
      else if (e.event.type === 'resumed') pausedFor = null;
    }
    events.push(...more);
  }
  return events;
}

/**
 * Starts the clocks of up to `limit` tickets that have none, replaying their history: one
 * transaction, the tickets locked (another server's backfill skips them). Returns how many.
 */
export async function backfillClocks(ctx: Ctxish, tx: Executor, limit: number): Promise<number> {
  const found = await repo.ticketsWithoutClocks(tx, limit);
  for (const ticket of found) {
    const steps = await historyOf(tx, ticket.id);
    await recordSlaEvents(ctx, tx, ticket, replayedEvents(ticket, steps));
  }
  return found.length;
}
