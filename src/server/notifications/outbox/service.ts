import { DomainError, notFound } from '../../../core/errors';
import {
  mayRetry,
  OUTBOX_STATES,
  type OutboxMessageDto,
  type OutboxState,
  type OutboxStatusDto,
} from '../../../core/notifications/outbox';
import { decodeCursor, encodeCursor, type Page } from '../../../core/pagination';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { outboxAudit, presentMessage } from './presenter';
import * as repo from './repository';

export type OutboxListQuery = {
  state?: OutboxState | undefined;
  q?: string | undefined;
  entityId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

/** Newest first; the provider's only (the route's permission). */
export async function listMessages(ctx: Ctx, query: OutboxListQuery): Promise<Page<OutboxMessageDto>> {
  const cursor = decodeCursor(query.cursor, 'instant');
  const rows = await repo.listMessages(ctx.db, {
    state: query.state,
    q: query.q,
    entityId: query.entityId,
    before: cursor ? { createdAt: new Date(cursor.key), id: cursor.id } : undefined,
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentMessage),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ key: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}

export async function getMessage(ctx: Ctx, id: string): Promise<OutboxMessageDto> {
  const row = await repo.findMessage(ctx.db, id);
  if (row === null) throw notFound();
  return presentMessage(row);
}

/** How messages leave, and how many are in each state. */
export async function outboxStatus(ctx: Ctx): Promise<OutboxStatusDto> {
  const counts = await repo.countByState(ctx.db);
  return {
    transport: ctx.services.mailer === null ? 'none' : 'smtp',
    counts: Object.fromEntries(OUTBOX_STATES.map((s) => [s, counts[s] ?? 0])) as OutboxStatusDto['counts'],
  };
}

/**
 * A failed message back in the queue, due now, with its attempts counted afresh (the sender's
 * next round takes it). Only a failed one: the row is locked, so of two parallel retries one
 * queues it and the other is refused (409 `outbox_not_failed`).
 */
export async function retryMessage(ctx: Ctx, id: string): Promise<OutboxMessageDto> {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findMessage(tx, id, { lock: true });
    if (before === null) throw notFound();
    if (!mayRetry(before.state)) throw new DomainError('conflict', { reason: 'outbox_not_failed' });
    const after = await repo.requeue(tx, id, ctx.now);
    await recordChange(tx, ctx, outboxAudit, { action: 'retry', before, after });
    return presentMessage(after);
  });
}
