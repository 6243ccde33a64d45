import { isProviderRole } from '../../../core/access/roles';
import {
  renderTicketMessage,
  type TicketAudience,
  type TicketEvent,
} from '../../../core/servicedesk/notifications';
import type { TicketType } from '../../../core/servicedesk/tickets';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { type OutgoingMessage, queueMessages } from '../../notifications/outbox/record';
import * as repo from './repository';

export type NotifiedTicket = {
  id: string;
  number: string;
  type: TicketType;
  title: string;
  reportedBy: string | null;
  deskId: string | null;
};

/**
 * The e-mails of one ticket event, recorded in the outbox on the event's own transaction. Who is
 * concerned: the reporter (its account's address and language; a receipt of its own report, and
 * what others did to its ticket) and the desk the ticket was routed to (by the contact matrix's
 * address, in the provider's language), for a new ticket and for what the customer side did.
 * Internal notes are never an event here: they go to nobody.
 */
export async function notifyTicketEvent(
  ctx: Ctx,
  tx: Executor,
  ticket: NotifiedTicket,
  event: TicketEvent,
): Promise<void> {
  const { publicUrl, providerLanguage } = ctx.services.config;
  const facts = {
    number: ticket.number,
    type: ticket.type,
    title: ticket.title,
    link: publicUrl === undefined ? null : `${publicUrl.replace(/\/$/, '')}/tickets/${ticket.id}`,
  };
  const byReporter = ticket.reportedBy !== null && ticket.reportedBy === ctx.actor.accountId;
  const byCustomer = !isProviderRole(ctx.actor.role);
  const recipients: { audience: TicketAudience; email: string; language: 'nl' | 'en' }[] = [];

  if (ticket.reportedBy !== null && (event.kind === 'ticket_created' || !byReporter)) {
    const reporter = await repo.activeAccountRecipient(tx, ticket.reportedBy);
    if (reporter !== null) recipients.push({ audience: 'reporter', ...reporter });
  }
  if (ticket.deskId !== null && (event.kind === 'ticket_created' || byCustomer)) {
    const email = await repo.deskEmail(tx, ticket.deskId);
    if (email !== null) recipients.push({ audience: 'desk', email, language: providerLanguage });
  }

  const seen = new Set<string>();
  const messages: OutgoingMessage[] = [];
  for (const r of recipients) {
    const key = r.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    messages.push({
      kind: event.kind,
      recipient: r.email,
      language: r.language,
      ...renderTicketMessage(event, facts, r.audience, r.language),
      entity: { type: 'ticket', id: ticket.id, label: ticket.number },
    });
  }
  await queueMessages(tx, ctx.now, messages);
}
