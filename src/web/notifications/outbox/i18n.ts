import { defineMessages } from '../../i18n/define';

const nl = {
  nav: { outbox: 'Uitgaande berichten' },
  navDescriptions: { outbox: 'Elk bericht dat het platform verstuurt, met status en pogingen.' },
  outbox: {
    title: 'Uitgaande berichten',
    description:
      'Elk bericht wordt eerst vastgelegd en daarna verstuurd, met nieuwe pogingen bij een storing. Een mislukt bericht kunt u opnieuw versturen.',
    tableLabel: 'Uitgaande berichten',
    searchPlaceholder: 'Zoek op ontvanger, onderwerp of meldingnummer',
    created: 'Aangemaakt',
    recipient: 'Ontvanger',
    subject: 'Onderwerp',
    kind: 'Soort',
    about: 'Over',
    language: 'Taal',
    state: 'Status',
    allStates: 'Alle statussen',
    attempts: 'Pogingen',
    nextAttempt: 'Volgende poging',
    sentAt: 'Verstuurd',
    lastError: 'Laatste fout',
    show: 'Bericht bekijken',
    retry: 'Opnieuw versturen',
    retried: 'Het bericht staat weer in de wachtrij.',
    empty: 'Geen berichten.',
    ofTicket: 'Berichten over deze melding',
    ofTicketNone: 'Er zijn nog geen berichten over deze melding verstuurd.',
    noTransportTitle: 'Er is geen mailserver ingesteld',
    noTransport:
      'SMTP_URL is niet ingesteld: berichten worden vastgelegd maar niet verstuurd. Ze blijven hier zichtbaar als "In de wachtrij" en gaan alsnog de deur uit zodra een mailserver is ingesteld.',
    states: { queued: 'In de wachtrij', sending: 'Wordt verstuurd', sent: 'Verstuurd', failed: 'Mislukt' },
    kinds: {
      ticket_created: 'Nieuwe melding',
      ticket_status_changed: 'Statuswijziging',
      ticket_comment: 'Reactie op melding',
    },
  },
  audit: {
    entityTypes: { outbox_message: 'Uitgaand bericht' },
    actions: { retry: 'Opnieuw versturen', language_changed: 'Taal van e-mails gewijzigd' },
    eventFields: { from: 'Van', to: 'Naar' },
    fields: {
      outbox_message: { kind: 'Soort', state: 'Status', attempts: 'Pogingen', entityLabel: 'Over' },
    },
  },
};

export const outboxMessages = defineMessages(nl, {
  nav: { outbox: 'Outbox' },
  navDescriptions: { outbox: 'Every message the platform sends, with its state and attempts.' },
  outbox: {
    title: 'Outbox',
    description:
      'Every message is recorded first and then sent, tried again when delivery fails. A failed message can be sent again.',
    tableLabel: 'Outbox',
    searchPlaceholder: 'Search by recipient, subject or ticket number',
    created: 'Created',
    recipient: 'Recipient',
    subject: 'Subject',
    kind: 'Kind',
    about: 'About',
    language: 'Language',
    state: 'State',
    allStates: 'All states',
    attempts: 'Attempts',
    nextAttempt: 'Next attempt',
    sentAt: 'Sent',
    lastError: 'Last error',
    show: 'View message',
    retry: 'Send again',
    retried: 'The message is queued again.',
    empty: 'No messages.',
    ofTicket: 'Messages about this ticket',
    ofTicketNone: 'No messages about this ticket have been sent yet.',
    noTransportTitle: 'No mail server is configured',
    noTransport:
      'SMTP_URL is not set: messages are recorded but not sent. They stay visible here as "Queued" and go out once a mail server is configured.',
    states: { queued: 'Queued', sending: 'Sending', sent: 'Sent', failed: 'Failed' },
    kinds: {
      ticket_created: 'New ticket',
      ticket_status_changed: 'Status change',
      ticket_comment: 'Ticket comment',
    },
  },
  audit: {
    entityTypes: { outbox_message: 'Outbox message' },
    actions: { retry: 'Send again', language_changed: 'E-mail language changed' },
    eventFields: { from: 'From', to: 'To' },
    fields: {
      outbox_message: { kind: 'Kind', state: 'State', attempts: 'Attempts', entityLabel: 'About' },
    },
  },
});
