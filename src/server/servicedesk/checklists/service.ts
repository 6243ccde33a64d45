import { DomainError } from '../../../core/errors';
import {
  type ChecklistInput,
  CURRENT_CHECKLISTS,
  type TicketChecklistDto,
} from '../../../core/servicedesk/checklists';
import { acceptsComments } from '../../../core/servicedesk/tickets';
import type { Ctx } from '../../http/context';
import { sitesOfTicket } from '../tickets/repository';
import { ticketInScope } from '../tickets/service';
import { attachChecklist } from './attach';
import { presentChecklist } from './presenter';
import * as repo from './repository';

/** The checklists a customer can walk through now (their current versions). */
export function listDefinitions() {
  return { items: CURRENT_CHECKLISTS.map((d) => ({ ...d, steps: [...d.steps] })), nextCursor: null };
}

export async function listChecklists(
  ctx: Ctx,
  ticketId: string,
): Promise<{ items: TicketChecklistDto[]; nextCursor: null }> {
  await ticketInScope(ctx, ctx.db, ticketId);
  return { items: (await repo.checklistsOf(ctx.db, ticketId)).map(presentChecklist), nextCursor: null };
}

/** A checklist's answers attached to an open incident (on its locked row: a closed one takes none). */
export async function addChecklist(
  ctx: Ctx,
  ticketId: string,
  input: ChecklistInput,
): Promise<TicketChecklistDto> {
  const id = await ctx.db.transaction(async (tx) => {
    const ticket = await ticketInScope(ctx, tx, ticketId, { lock: true });
    if (ticket.type !== 'incident') throw new DomainError('conflict', { reason: 'checklist_incidents_only' });
    if (!acceptsComments(ticket.status)) throw new DomainError('conflict', { reason: 'ticket_closed' });
    return attachChecklist(ctx, tx, ticket, await sitesOfTicket(tx, ticket.id), input, 'siteId');
  });
  const view = await repo.findChecklistView(ctx.db, id);
  if (view === null) throw new Error('checklist vanished after its insert');
  return presentChecklist(view);
}
