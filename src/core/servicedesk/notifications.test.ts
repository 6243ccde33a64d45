import { describe, expect, it } from 'vitest';
import { renderTicketMessage, type TicketEvent, type TicketFacts } from './notifications';

const ticket: TicketFacts = {
  number: 'INC-2026-000042',
  type: 'incident',
  title: 'Geen kiestoon in Amsterdam',
  link: 'https://portal.example/tickets/abc',
};

describe('renderTicketMessage', () => {
  const cases: {
    name: string;
    event: TicketEvent;
    audience: 'reporter' | 'desk';
    language: 'nl' | 'en';
    subject: string;
    contains: string[];
    lacks?: string[];
  }[] = [
    {
      name: 'created, to the reporter, Dutch',
      event: { kind: 'ticket_created' },
      audience: 'reporter',
      language: 'nl',
      subject: '[INC-2026-000042] Melding ontvangen: Geen kiestoon in Amsterdam',
      contains: [
        'Wij hebben uw melding ontvangen',
        'Storing INC-2026-000042',
        'Bekijk de melding: https://portal.example/tickets/abc',
        'De servicedesk',
      ],
    },
    {
      name: 'created, to the desk, English',
      event: { kind: 'ticket_created' },
      audience: 'desk',
      language: 'en',
      subject: '[INC-2026-000042] Ticket received: Geen kiestoon in Amsterdam',
      contains: ['A new ticket has come in for your desk.', 'Incident INC-2026-000042', 'sent automatically'],
      lacks: ['We have received your ticket'],
    },
    {
      name: 'status changed with a reason, Dutch',
      event: {
        kind: 'ticket_status_changed',
        from: 'in_progress',
        to: 'waiting_for_customer',
        reason: 'Graag het MAC-adres',
        by: 'Desk Agent',
      },
      audience: 'reporter',
      language: 'nl',
      subject: '[INC-2026-000042] Status: Wacht op klant',
      contains: ['van "Bezig" naar "Wacht op klant"', 'Toelichting: Graag het MAC-adres', 'Door: Desk Agent'],
    },
    {
      name: 'status changed without a reason, English',
      event: { kind: 'ticket_status_changed', from: 'new', to: 'acknowledged', reason: null, by: null },
      audience: 'reporter',
      language: 'en',
      subject: '[INC-2026-000042] Status: Acknowledged',
      contains: ['from "New" to "Acknowledged"'],
      lacks: ['Reason:', 'By:'],
    },
    {
      name: 'a comment is quoted line by line',
      event: { kind: 'ticket_comment', body: 'Regel een\nRegel twee', by: 'Jan' },
      audience: 'desk',
      language: 'nl',
      subject: '[INC-2026-000042] Nieuwe reactie: Geen kiestoon in Amsterdam',
      contains: ['Jan heeft gereageerd op de melding:', '> Regel een\n> Regel twee'],
    },
  ];
  it.each(cases)('$name', ({ event, audience, language, subject, contains, lacks }) => {
    const m = renderTicketMessage(event, ticket, audience, language);
    expect(m.subject).toBe(subject);
    for (const text of contains) expect(m.body).toContain(text);
    for (const text of lacks ?? []) expect(m.body).not.toContain(text);
  });

  it('keeps a subject on one line, whatever the title holds', () => {
    const m = renderTicketMessage(
      { kind: 'ticket_created' },
      { ...ticket, title: 'a\r\nBcc: x@y.example' },
      'reporter',
      'en',
    );
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(
      renderTicketMessage({ kind: 'ticket_created' }, { ...ticket, title: 'x'.repeat(300) }, 'desk', 'en')
        .subject,
    ).toHaveLength(200);
  });

  it('leaves the link out when the public URL is not known', () => {
    const m = renderTicketMessage({ kind: 'ticket_created' }, { ...ticket, link: null }, 'reporter', 'nl');
    expect(m.body).not.toContain('Bekijk de melding');
  });
});
