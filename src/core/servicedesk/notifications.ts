import type { RecipientLanguage } from '../notifications/outbox';
import type { TicketStatus, TicketType } from './tickets';

/**
 * The e-mails of the service desk's ticket events, in Dutch and English (the recipient's
 * language). Pure: the server decides who is concerned and records what this renders in the
 * outbox, in the transaction of the event.
 */

/** Who a message is for: the customer who reported the ticket, or the desk it was routed to. */
export type TicketAudience = 'reporter' | 'desk';

export type TicketFacts = {
  number: string;
  type: TicketType;
  title: string;
  /** The portal's address of the ticket, when the installation knows its public URL. */
  link: string | null;
};

export type TicketEvent =
  | { kind: 'ticket_created' }
  | {
      kind: 'ticket_status_changed';
      from: TicketStatus;
      to: TicketStatus;
      reason: string | null;
      by: string | null;
    }
  | { kind: 'ticket_comment'; body: string; by: string | null };

export type RenderedMessage = { subject: string; body: string };

type Words = {
  types: Record<TicketType, string>;
  statuses: Record<TicketStatus, string>;
  created: { subject: (t: TicketFacts) => string; reporter: string; desk: string };
  status: {
    subject: (t: TicketFacts, to: string) => string;
    line: (from: string, to: string) => string;
    reason: string;
  };
  comment: { subject: (t: TicketFacts) => string; line: (by: string) => string };
  someone: string;
  by: string;
  link: string;
  closing: { reporter: string; desk: string };
};

const WORDS: Record<RecipientLanguage, Words> = {
  nl: {
    types: {
      incident: 'Storing',
      change: 'Wijzigingsverzoek',
      service: 'Serviceverzoek',
      repair: 'Reparatie (RMA)',
      infrastructure: 'Infrastructuurwijziging',
    },
    statuses: {
      new: 'Nieuw',
      acknowledged: 'In behandeling genomen',
      in_progress: 'Bezig',
      waiting_for_customer: 'Wacht op klant',
      resolved: 'Opgelost',
      closed: 'Gesloten',
    },
    created: {
      subject: (t) => `[${t.number}] Melding ontvangen: ${t.title}`,
      reporter: 'Wij hebben uw melding ontvangen. De servicedesk neemt haar zo snel mogelijk in behandeling.',
      desk: 'Er is een nieuwe melding binnengekomen voor uw desk.',
    },
    status: {
      subject: (t, to) => `[${t.number}] Status: ${to}`,
      line: (from, to) => `De status van de melding is gewijzigd van "${from}" naar "${to}".`,
      reason: 'Toelichting',
    },
    comment: {
      subject: (t) => `[${t.number}] Nieuwe reactie: ${t.title}`,
      line: (by) => `${by} heeft gereageerd op de melding:`,
    },
    someone: 'Iemand',
    by: 'Door',
    link: 'Bekijk de melding',
    closing: {
      reporter: 'Met vriendelijke groet,\nDe servicedesk',
      desk: 'Dit bericht is automatisch verstuurd.',
    },
  },
  en: {
    types: {
      incident: 'Incident',
      change: 'Change request',
      service: 'Service request',
      repair: 'Repair (RMA)',
      infrastructure: 'Infrastructure change',
    },
    statuses: {
      new: 'New',
      acknowledged: 'Acknowledged',
      in_progress: 'In progress',
      waiting_for_customer: 'Waiting for customer',
      resolved: 'Resolved',
      closed: 'Closed',
    },
    created: {
      subject: (t) => `[${t.number}] Ticket received: ${t.title}`,
      reporter: 'We have received your ticket. The service desk will pick it up as soon as possible.',
      desk: 'A new ticket has come in for your desk.',
    },
    status: {
      subject: (t, to) => `[${t.number}] Status: ${to}`,
      line: (from, to) => `The ticket's status changed from "${from}" to "${to}".`,
      reason: 'Reason',
    },
    comment: {
      subject: (t) => `[${t.number}] New comment: ${t.title}`,
      line: (by) => `${by} commented on the ticket:`,
    },
    someone: 'Someone',
    by: 'By',
    link: 'View the ticket',
    closing: {
      reporter: 'Kind regards,\nThe service desk',
      desk: 'This message was sent automatically.',
    },
  },
};

/** The subject and plain-text body of one ticket event's e-mail, for one audience in one language. */
export function renderTicketMessage(
  event: TicketEvent,
  ticket: TicketFacts,
  audience: TicketAudience,
  language: RecipientLanguage,
): RenderedMessage {
  const w = WORDS[language];
  const header = `${w.types[ticket.type]} ${ticket.number}: ${ticket.title}`;
  const parts: string[] = [];
  let subject: string;
  switch (event.kind) {
    case 'ticket_created':
      subject = w.created.subject(ticket);
      parts.push(audience === 'reporter' ? w.created.reporter : w.created.desk, header);
      break;
    case 'ticket_status_changed': {
      const to = w.statuses[event.to];
      subject = w.status.subject(ticket, to);
      parts.push(header, w.status.line(w.statuses[event.from], to));
      if (event.reason !== null && event.reason.trim() !== '')
        parts.push(`${w.status.reason}: ${event.reason}`);
      if (event.by !== null) parts.push(`${w.by}: ${event.by}`);
      break;
    }
    case 'ticket_comment':
      subject = w.comment.subject(ticket);
      parts.push(header, `${w.comment.line(event.by ?? w.someone)}\n\n${quote(event.body)}`);
      break;
  }
  if (ticket.link !== null) parts.push(`${w.link}: ${ticket.link}`);
  parts.push(w.closing[audience]);
  return { subject: oneLine(subject), body: `${parts.join('\n\n')}\n` };
}

/** A subject is one line (a title cannot inject headers) and at most 200 characters. */
const oneLine = (text: string): string => {
  const flat = text.replace(/[\r\n\t]+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
};

const quote = (body: string): string =>
  body
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');

/** The SLA sweep's e-mails to the desk on duty: a warning before a clock's target, its breach at it. */
export type SlaAlert = {
  kind: 'sla_warning' | 'sla_breach';
  clock: 'first_response' | 'resolution';
  /** The due instant, as the desk reads it (ISO with the provider's offset). */
  dueAt: string;
  businessCritical: boolean;
};

const SLA_WORDS: Record<
  RecipientLanguage,
  {
    clocks: Record<SlaAlert['clock'], string>;
    warning: string;
    breach: string;
    due: string;
    critical: string;
    closing: string;
  }
> = {
  nl: {
    clocks: { first_response: 'eerste reactie', resolution: 'oplossing' },
    warning: 'SLA-waarschuwing',
    breach: 'SLA overschreden',
    due: 'Uiterlijk',
    critical: 'Bedrijfskritisch',
    closing: 'Dit bericht is verstuurd naar de dienstdoende servicedesk volgens de contactmatrix.',
  },
  en: {
    clocks: { first_response: 'first response', resolution: 'resolution' },
    warning: 'SLA warning',
    breach: 'SLA breached',
    due: 'Due',
    critical: 'Business-critical',
    closing: 'This message went to the service desk on duty by the contact matrix.',
  },
};

export function renderSlaMessage(
  alert: SlaAlert,
  ticket: TicketFacts,
  language: RecipientLanguage,
): RenderedMessage {
  const w = WORDS[language];
  const s = SLA_WORDS[language];
  const what = alert.kind === 'sla_warning' ? s.warning : s.breach;
  const parts = [
    `${w.types[ticket.type]} ${ticket.number}: ${ticket.title}`,
    `${what} (${s.clocks[alert.clock]}). ${s.due}: ${alert.dueAt}`,
  ];
  if (alert.businessCritical) parts.push(s.critical);
  if (ticket.link !== null) parts.push(`${w.link}: ${ticket.link}`);
  parts.push(s.closing);
  return {
    subject: oneLine(`${what} ${s.clocks[alert.clock]}: ${ticket.number} ${ticket.title}`),
    body: `${parts.join('\n\n')}\n`,
  };
}
