import type { z } from 'zod';
import { storableInstant } from '../../../core/dates';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import { decodeCursor, encodeCursor } from '../../../core/pagination';
import type { PauseReason } from '../../../core/servicedesk/sla';
import { slaPolicyKey, type ticketPatchSchema } from '../../../core/servicedesk/sla-policies';
import {
  nextStates,
  priorityOf,
  type QueueItemDto,
  type TicketDetailDto,
  type TicketStatus,
} from '../../../core/servicedesk/tickets';
import { recordChange, recordEvent } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { findDesk } from '../desks/repository';
import { presentTicket, ticketAudit } from '../tickets/presenter';
import * as tickets from '../tickets/repository';
import { getTicket, ticketInScope } from '../tickets/service';
import { slaCalendar } from './calendar';
import { clocksOfType, recordSlaEvents, remainingOf } from './clocks';
import * as repo from './repository';

const open = (status: TicketStatus) => status !== 'resolved' && status !== 'closed';

/** The desk pauses a ticket's resolution clock (waiting for a supplier, parts, the customer). */
export async function pauseClock(ctx: Ctx, ticketId: string, reason: PauseReason): Promise<TicketDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const ticket = await ticketInScope(ctx, tx, ticketId, { lock: true });
    if (!open(ticket.status)) throw new DomainError('conflict', { reason: 'ticket_not_open' });
    const clock = clocksOfType(ticket.type).includes('resolution') ? 'resolution' : 'first_response';
    await recordSlaEvents(ctx, tx, ticket, [{ clock, event: { type: 'paused', at: ctx.now, reason } }], {
      strict: true,
    });
    await recordEvent(tx, ctx, {
      entityType: 'ticket',
      entityId: ticket.id,
      enterpriseId: ticket.enterpriseId,
      siteId: ticket.siteId,
      action: 'sla_paused',
      details: { number: ticket.number, clock, reason },
    });
  });
  return getTicket(ctx, ticketId);
}

export async function resumeClock(ctx: Ctx, ticketId: string): Promise<TicketDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const ticket = await ticketInScope(ctx, tx, ticketId, { lock: true });
    if (!open(ticket.status)) throw new DomainError('conflict', { reason: 'ticket_not_open' });
    const clock = clocksOfType(ticket.type).includes('resolution') ? 'resolution' : 'first_response';
    await recordSlaEvents(ctx, tx, ticket, [{ clock, event: { type: 'resumed', at: ctx.now } }], {
      strict: true,
    });
    await recordEvent(tx, ctx, {
      entityType: 'ticket',
      entityId: ticket.id,
      enterpriseId: ticket.enterpriseId,
      siteId: ticket.siteId,
      action: 'sla_resumed',
      details: { number: ticket.number, clock },
    });
  });
  return getTicket(ctx, ticketId);
}

/**
 * The desk changes what drives the priority (business-critical, impact, urgency); a new priority is
 * a `policy_changed` on both clocks, re-derived over the whole log with the earlier pauses kept.
 */
export async function patchTicket(
  ctx: Ctx,
  ticketId: string,
  patch: z.output<typeof ticketPatchSchema>,
): Promise<TicketDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await ticketInScope(ctx, tx, ticketId, { lock: true });
    if (!open(before.status)) throw new DomainError('conflict', { reason: 'ticket_not_open' });
    const next = {
      businessCritical: patch.businessCritical ?? before.businessCritical,
      impact: patch.impact ?? before.impact,
      urgency: patch.urgency ?? before.urgency,
    };
    const priority = priorityOf(next);
    const after = await tickets.updateFields(tx, ticketId, { ...next, priority, updatedAt: ctx.now });
    if (priority !== before.priority) {
      const policyId = slaPolicyKey(before.type, priority);
      await recordSlaEvents(
        ctx,
        tx,
        after,
        clocksOfType(before.type).map((clock) => ({
          clock,
          event: { type: 'policy_changed', at: ctx.now, policyId },
        })),
      );
    }
    await recordChange(tx, ctx, ticketAudit, { action: 'update', before, after });
  });
  return getTicket(ctx, ticketId);
}

export type QueueQuery = { status?: TicketStatus | undefined; cursor?: string | undefined; limit: number };

/** The queue's cursor: the SLA due of the last row ('' when it has none: those sort last) and its id. */
function decodeQueueCursor(raw: string | undefined): { due: Date | null; id: string } | undefined {
  const cursor = decodeCursor(raw, 'text');
  if (cursor === undefined) return undefined;
  if (cursor.key === '') return { due: null, id: cursor.id };
  const due = storableInstant(cursor.key);
  if (due === null) throw fieldError('validation_failed', 'cursor', 'invalid_cursor');
  return { due: new Date(due), id: cursor.id };
}

/**
 * A desk's open tickets by SLA due (the soonest first, those without a running clock last),
 * a keyset page read from the stored snapshot columns alone (tickets.sla_due_at and the resolution
 * clock's row): one query, no derivation per row.
 */
export async function deskQueue(
  ctx: Ctx,
  deskId: string,
  query: QueueQuery,
): Promise<{ items: QueueItemDto[]; nextCursor: string | null }> {
  if ((await findDesk(ctx.db, deskId)) === null) throw notFound();
  const after = decodeQueueCursor(query.cursor);
  const rows = await repo.queueOf(ctx.db, deskId, { status: query.status, after, limit: query.limit });
  const calendar = await slaCalendar(ctx, ctx.db);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const zone = ctx.services.config.timezone;
  return {
    items: page.map((r) => ({
      ...presentTicket(
        r,
        nextStates(r.status, {
          side: 'provider',
          resolvedAt: r.resolvedAt,
          now: ctx.now,
          reopenDays: ctx.services.config.ticketReopenDays,
        }),
        zone,
      ),
      sla:
        r.clock === null
          ? null
          : {
              kind: r.clock.clock,
              state: r.clock.state,
              dueAt: r.slaDueAt === null ? null : r.slaDueAt.toISOString(),
              remainingMinutes: remainingOf(calendar, r.clock, ctx.now),
              pause:
                r.clock.pausedReason !== null && r.clock.pausedSince !== null
                  ? { reason: r.clock.pausedReason, since: r.clock.pausedSince.toISOString() }
                  : null,
            },
    })),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ key: last.slaDueAt?.toISOString() ?? '', id: last.id })
        : null,
  };
}
