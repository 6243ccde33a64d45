import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DomainError, fieldError } from '../../../core/errors';
import {
  acceptsComments,
  type CommentDto,
  type CommentVisibility,
  type commentInputSchema,
} from '../../../core/servicedesk/tickets';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { notifyTicketEvent } from '../notifications/service';
import { recordSlaEvents } from '../sla/clocks';
import * as repo from '../tickets/repository';
import { sideOf, ticketInScope } from '../tickets/service';
import { commentAudit, presentComment } from './presenter';

const visibleFor = (ctx: Ctx): CommentVisibility[] =>
  sideOf(ctx.actor) === 'provider' ? ['customer', 'internal'] : ['customer'];

/** The ticket's timeline, oldest first: a customer reads only the customer-visible comments. */
export async function listComments(ctx: Ctx, ticketId: string): Promise<{ items: CommentDto[] }> {
  await ticketInScope(ctx, ctx.db, ticketId);
  const rows = await repo.listComments(ctx.db, ticketId, visibleFor(ctx));
  return { items: rows.map(presentComment) };
}

/** A comment on an open ticket (a closed one: 409); only the desk writes internal notes. */
export async function addComment(
  ctx: Ctx,
  ticketId: string,
  input: z.output<typeof commentInputSchema>,
): Promise<CommentDto> {
  if (input.visibility === 'internal' && sideOf(ctx.actor) !== 'provider')
    throw fieldError('unprocessable', 'visibility', 'internal_comment_provider_only');
  return ctx.db.transaction(async (tx) => {
    // Locked, so that a comment and a closing in parallel do not both pass.
    const ticket = await ticketInScope(ctx, tx, ticketId, { lock: true });
    if (!acceptsComments(ticket.status)) throw new DomainError('conflict', { reason: 'ticket_closed' });
    const row = await repo.insertComment(tx, {
      id: randomUUID(),
      ticketId,
      visibility: input.visibility,
      body: input.body,
      authorAccountId: ctx.actor.accountId,
      authorName: ctx.actor.name,
      authorRole: ctx.actor.role,
      createdAt: ctx.now,
    });
    await recordChange(tx, ctx, commentAudit, {
      action: 'create',
      after: { ...row, enterpriseId: ticket.enterpriseId, siteId: ticket.siteId, number: ticket.number },
    });
    // The desk's first customer-visible comment is its first response (a later one changes nothing).
    if (row.visibility === 'customer' && sideOf(ctx.actor) === 'provider')
      await recordSlaEvents(ctx, tx, ticket, [
        { clock: 'first_response', event: { type: 'stopped', at: ctx.now } },
      ]);
    // Internal notes go to nobody: only a customer-visible comment is mailed.
    if (row.visibility === 'customer')
      await notifyTicketEvent(ctx, tx, ticket, {
        kind: 'ticket_comment',
        body: row.body,
        by: ctx.actor.name,
      });
    return presentComment(row);
  });
}
