import { createHash, randomUUID } from 'node:crypto';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import {
  ATTACHMENT_CONTENT_TYPES,
  type AttachmentDto,
  downloadName,
  isAttachmentProblem,
  judgeAttachment,
  MAX_ATTACHMENTS_PER_TICKET,
} from '../../../core/servicedesk/attachments';
import { acceptsComments, type CommentVisibility } from '../../../core/servicedesk/tickets';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { sideOf, ticketInScope } from '../tickets/service';
import { attachmentAudit, presentAttachment } from './presenter';
import * as repo from './repository';

const visibleFor = (ctx: Ctx): CommentVisibility[] =>
  sideOf(ctx.actor) === 'provider' ? ['customer', 'internal'] : ['customer'];

/** A ticket's attachments, oldest first: a customer sees only the customer-visible ones. */
export async function listAttachments(ctx: Ctx, ticketId: string): Promise<{ items: AttachmentDto[] }> {
  await ticketInScope(ctx, ctx.db, ticketId);
  const rows = await repo.listAttachments(ctx.db, ticketId, visibleFor(ctx));
  return { items: rows.map(presentAttachment) };
}

/** One attachment of a ticket in scope, visible to the actor (an internal one to the provider only). */
async function attachmentInScope(ctx: Ctx, id: string): Promise<repo.AttachmentRow> {
  const row = await repo.findAttachment(ctx.db, id);
  if (row === null || !visibleFor(ctx).includes(row.visibility)) throw notFound();
  await ticketInScope(ctx, ctx.db, row.ticketId);
  return row;
}

export async function getAttachment(ctx: Ctx, id: string): Promise<AttachmentDto> {
  return presentAttachment(await attachmentInScope(ctx, id));
}

/** The file itself, with the type its content was judged to be and the name to save it under. */
export async function attachmentContent(
  ctx: Ctx,
  id: string,
): Promise<{ contentType: string; filename: string; body: Buffer; sha256: string }> {
  const row = await attachmentInScope(ctx, id);
  const body = await repo.contentOf(ctx.db, id);
  if (body === null) throw notFound();
  return {
    contentType: ATTACHMENT_CONTENT_TYPES[row.kind],
    filename: downloadName(row.name, row.kind),
    body,
    sha256: row.sha256,
  };
}

/**
 * Attaches a file to an open ticket: its type judged by its content, within the size limit, at
 * most MAX_ATTACHMENTS_PER_TICKET per ticket (counted under the ticket's row lock, so parallel
 * uploads cannot pass it together); only the desk attaches internal files.
 */
export async function addAttachment(
  ctx: Ctx,
  ticketId: string,
  input: { name: string; visibility: CommentVisibility; body: Buffer },
): Promise<AttachmentDto> {
  const judged = judgeAttachment(input.body, ctx.services.config.ticketAttachmentMaxBytes);
  if (isAttachmentProblem(judged)) throw new DomainError('unprocessable', { fields: { file: judged } });
  if (input.visibility === 'internal' && sideOf(ctx.actor) !== 'provider')
    throw fieldError('unprocessable', 'visibility', 'internal_comment_provider_only');
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketInScope(ctx, tx, ticketId, { lock: true });
    if (!acceptsComments(ticket.status)) throw new DomainError('conflict', { reason: 'ticket_closed' });
    if ((await repo.countAttachments(tx, ticketId)) >= MAX_ATTACHMENTS_PER_TICKET)
      throw new DomainError('conflict', {
        reason: { code: 'ticket_attachments_full', params: { max: MAX_ATTACHMENTS_PER_TICKET } },
      });
    const row = await repo.insertAttachment(tx, {
      id: randomUUID(),
      ticketId,
      visibility: input.visibility,
      name: input.name,
      kind: judged,
      sizeBytes: input.body.length,
      sha256: createHash('sha256').update(input.body).digest('hex'),
      content: input.body,
      authorAccountId: ctx.actor.accountId,
      authorName: ctx.actor.name,
      authorRole: ctx.actor.role,
      createdAt: ctx.now,
    });
    await recordChange(tx, ctx, attachmentAudit, {
      action: 'create',
      after: { ...row, enterpriseId: ticket.enterpriseId, siteId: ticket.siteId, number: ticket.number },
    });
    return presentAttachment(row);
  });
}
