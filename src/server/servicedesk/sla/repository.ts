import { and, asc, eq, getTableColumns, isNull, lte, or, sql } from 'drizzle-orm';
import type { SlaClockKind } from '../../../core/servicedesk/sla';
import type { TicketStatus } from '../../../core/servicedesk/tickets';
import type { Executor } from '../../db/client';
import {
  enterprises,
  serviceDesks,
  sites,
  ticketAssessments,
  ticketSlaClocks,
  ticketSlaEvents,
  tickets,
} from '../../db/schema';
import { commentCount, type TicketView } from '../tickets/repository';

export type SlaEventRow = typeof ticketSlaEvents.$inferSelect;
export type SlaEventInsert = typeof ticketSlaEvents.$inferInsert;
export type SlaClockRow = typeof ticketSlaClocks.$inferSelect;
export type SlaClockInsert = typeof ticketSlaClocks.$inferInsert;

/** A ticket's clock logs, in the order written. */
export async function eventsOf(db: Executor, ticketId: string): Promise<SlaEventRow[]> {
  return db
    .select()
    .from(ticketSlaEvents)
    .where(eq(ticketSlaEvents.ticketId, ticketId))
    .orderBy(asc(ticketSlaEvents.seq));
}

export async function insertEvents(db: Executor, rows: SlaEventInsert[]): Promise<void> {
  if (rows.length > 0) await db.insert(ticketSlaEvents).values(rows);
}

export async function clocksOf(db: Executor, ticketId: string): Promise<SlaClockRow[]> {
  return db.select().from(ticketSlaClocks).where(eq(ticketSlaClocks.ticketId, ticketId));
}

export async function upsertClock(db: Executor, row: SlaClockInsert): Promise<void> {
  const { ticketId: _, clock: __, ...set } = row;
  await db
    .insert(ticketSlaClocks)
    .values(row)
    .onConflictDoUpdate({ target: [ticketSlaClocks.ticketId, ticketSlaClocks.clock], set });
}

export async function setTicketSla(
  db: Executor,
  ticketId: string,
  change: { slaDueAt: Date | null; slaWarnedAt: Date | null; slaEscalatedAt: Date | null },
): Promise<void> {
  await db.update(tickets).set(change).where(eq(tickets.id, ticketId));
}

/** The open tickets whose clocks follow a policy (for re-deriving them after the policy changed). */
export async function openTicketsOfPolicy(db: Executor, policyKey: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ ticketId: ticketSlaClocks.ticketId })
    .from(ticketSlaClocks)
    .innerJoin(tickets, eq(tickets.id, ticketSlaClocks.ticketId))
    .where(
      and(eq(ticketSlaClocks.policyKey, policyKey), sql`${tickets.status} not in ('resolved','closed')`),
    );
  return rows.map((r) => r.ticketId);
}

// The desk queue

export const OPEN_STATUSES = ['new', 'acknowledged', 'in_progress', 'waiting_for_customer'] as const;

export type QueueRow = TicketView & {
  clock: typeof ticketSlaClocks.$inferSelect | null;
};

/**
 * One page of a desk's queue in one statement: its open tickets (or those of one status) by
 * `sla_due_at` ascending, nulls last, then id — the order of `tickets_desk_queue_idx` /
 * `tickets_desk_open_queue_idx` — with the queue clock's snapshot row joined on its primary key.
 */
export type QueueFilter = {
  status?: TicketStatus | undefined;
  after?: { due: Date | null; id: string } | undefined;
  limit: number;
};

export async function queueOf(db: Executor, deskId: string, filter: QueueFilter): Promise<QueueRow[]> {
  return (await queueStatement(db, deskId, filter)) as QueueRow[];
}

/** The queue's statement (the benchmark's floor runs its SQL text as it is). */
export function queueStatement(db: Executor, deskId: string, filter: QueueFilter) {
  const after = filter.after;
  const keyset =
    after === undefined
      ? undefined
      : after.due === null
        ? and(isNull(tickets.slaDueAt), sql`${tickets.id} > ${after.id}`)
        : or(
            sql`(${tickets.slaDueAt}, ${tickets.id}) > (${after.due.toISOString()}::timestamptz, ${after.id}::uuid)`,
            isNull(tickets.slaDueAt),
          );
  return db
    .select({
      ...getTableColumns(tickets),
      enterpriseName: enterprises.name,
      siteName: sites.name,
      commentCount: commentCount(true),
      deskNameNl: serviceDesks.nameNl,
      deskNameEn: serviceDesks.nameEn,
      assessment: getTableColumns(ticketAssessments),
      clock: getTableColumns(ticketSlaClocks),
    })
    .from(tickets)
    .innerJoin(enterprises, eq(enterprises.id, tickets.enterpriseId))
    .leftJoin(sites, eq(sites.id, tickets.siteId))
    .leftJoin(serviceDesks, eq(serviceDesks.id, tickets.deskId))
    .leftJoin(ticketAssessments, eq(ticketAssessments.ticketId, tickets.id))
    .leftJoin(
      ticketSlaClocks,
      and(
        eq(ticketSlaClocks.ticketId, tickets.id),
        sql`${ticketSlaClocks.clock} = case when ${tickets.type} = 'change' then 'first_response' else 'resolution' end`,
      ),
    )
    .where(
      and(
        eq(tickets.deskId, deskId),
        filter.status
          ? eq(tickets.status, filter.status)
          : sql`${tickets.status} in ('new','acknowledged','in_progress','waiting_for_customer')`,
        keyset,
      ),
    )
    .orderBy(sql`${tickets.slaDueAt} asc nulls last`, asc(tickets.id))
    .limit(filter.limit + 1);
}

// The SLA sweep

export type ClaimedClock = {
  ticketId: string;
  clock: SlaClockKind;
  at: Date | null;
  number: string;
  type: (typeof tickets.$inferSelect)['type'];
  title: string;
  businessCritical: boolean;
  category: (typeof tickets.$inferSelect)['category'];
};

export type SweepMark = 'warn' | 'escalate';

/**
 * Up to `limit` counting clocks whose warning (or due) instant has passed and that are not yet
 * marked, with their tickets, in one SELECT … FOR UPDATE SKIP LOCKED of both rows: a clock that
 * another server's sweep, or a request on its ticket, holds is skipped, never waited for.
 * `criticalOnly`: out of office hours only business-critical tickets.
 */
export async function claimDueClocks(
  db: Executor,
  mark: SweepMark,
  now: Date,
  criticalOnly: boolean,
  limit: number,
): Promise<ClaimedClock[]> {
  const at = mark === 'warn' ? ticketSlaClocks.warnAt : ticketSlaClocks.dueAt;
  const done = mark === 'warn' ? ticketSlaClocks.warnedAt : ticketSlaClocks.escalatedAt;
  return db
    .select({
      ticketId: ticketSlaClocks.ticketId,
      clock: ticketSlaClocks.clock,
      at,
      number: tickets.number,
      type: tickets.type,
      title: tickets.title,
      businessCritical: tickets.businessCritical,
      category: tickets.category,
    })
    .from(ticketSlaClocks)
    .innerJoin(tickets, eq(tickets.id, ticketSlaClocks.ticketId))
    .where(
      and(
        eq(ticketSlaClocks.counting, true),
        isNull(done),
        lte(at, now),
        criticalOnly ? eq(tickets.businessCritical, true) : undefined,
      ),
    )
    .orderBy(asc(at))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Marks the claimed clocks and their tickets: warned, or escalated (breached; a warning not sent then is not sent after). */
export async function markClocks(
  db: Executor,
  mark: SweepMark,
  claimed: readonly ClaimedClock[],
  now: Date,
): Promise<void> {
  if (claimed.length === 0) return;
  // Two array parameters, not a list of row values: one statement whatever the batch's size.
  const ticketIds = `{${claimed.map((c) => c.ticketId).join(',')}}`;
  const clocks = `{${claimed.map((c) => c.clock).join(',')}}`;
  const stamp = sql`${now.toISOString()}::timestamptz`;
  const these = sql`(${ticketSlaClocks.ticketId}, ${ticketSlaClocks.clock}) in (select * from unnest(${ticketIds}::uuid[], ${clocks}::text[]))`;
  const ofTickets = sql`${tickets.id} = any(${ticketIds}::uuid[])`;
  if (mark === 'warn') {
    await db.update(ticketSlaClocks).set({ warnedAt: now }).where(these);
    await db
      .update(tickets)
      .set({ slaWarnedAt: sql`coalesce(${tickets.slaWarnedAt}, ${stamp})` })
      .where(ofTickets);
    return;
  }
  await db
    .update(ticketSlaClocks)
    .set({
      escalatedAt: now,
      state: 'breached',
      breachedAt: sql`coalesce(${ticketSlaClocks.breachedAt}, ${ticketSlaClocks.dueAt})`,
      remainingMinutes: 0,
      warnedAt: sql`coalesce(${ticketSlaClocks.warnedAt}, ${stamp})`,
    })
    .where(these);
  await db
    .update(tickets)
    .set({
      slaEscalatedAt: sql`coalesce(${tickets.slaEscalatedAt}, ${stamp})`,
      slaWarnedAt: sql`coalesce(${tickets.slaWarnedAt}, ${stamp})`,
    })
    .where(ofTickets);
}

// The backfill

/**
 * Up to `limit` tickets that have no clock event at all (made before the clocks existed, or by the
 * demo's seed), locked and skipping those another process holds.
 */
export async function ticketsWithoutClocks(db: Executor, limit: number) {
  return db
    .select()
    .from(tickets)
    .where(sql`not exists (select 1 from ${ticketSlaEvents} e where e.ticket_id = ${tickets.id})`)
    .orderBy(asc(tickets.createdAt), asc(tickets.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}
