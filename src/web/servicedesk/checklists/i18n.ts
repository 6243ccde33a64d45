import { defineMessages } from '../../i18n/define';

const nl = {
  checklist: {
    site: 'Locatie van de storing',
    note: 'Toelichting (optioneel)',
    noteFor: 'Toelichting bij stap {{step}}',
    ledName: 'Naam van lampje {{n}}',
    ledNamePlaceholder: 'bijv. PWR, DSL, LAN1',
    ledState: 'Stand van lampje {{n}}',
    removeLed: 'Lampje {{n}} verwijderen',
    addLed: 'Lampje toevoegen',
    states: { on: 'brandt', blinking: 'knippert', off: 'uit' },
    step: 'Stap',
    answer: 'Antwoord',
    doneAt: '{{site}} · door {{by}} op {{at}} · versie {{version}}',
    attach: 'Checklist verbinding toevoegen',
    attached: 'De checklist is bij de melding gevoegd.',
    save: 'Checklist opslaan',
    cancel: 'Annuleren',
    isLineOutage: 'Is dit een storing van de verbinding op een locatie (helemaal geen verbinding)?',
    lineOutageHint: 'Loop dan de checklist uit bijlage 3 door: de servicedesk heeft de uitkomsten nodig.',
    notLineOutage: 'Geen storing van de verbinding: er is geen checklist nodig.',
  },
  wizard: { steps: { checklist: 'Checklist verbinding' } },
  audit: {
    entityTypes: { ticket_checklist: 'Checklist bij melding' },
    fields: {
      ticket_checklist: {
        ticketId: 'Melding',
        checklistKey: 'Checklist',
        checklistVersion: 'Versie',
        siteId: 'Locatie',
      },
    },
  },
};

const en: typeof nl = {
  checklist: {
    site: 'Site of the outage',
    note: 'Note (optional)',
    noteFor: 'Note for step {{step}}',
    ledName: 'Name of LED {{n}}',
    ledNamePlaceholder: 'e.g. PWR, DSL, LAN1',
    ledState: 'State of LED {{n}}',
    removeLed: 'Remove LED {{n}}',
    addLed: 'Add an LED',
    states: { on: 'on', blinking: 'blinking', off: 'off' },
    step: 'Step',
    answer: 'Answer',
    doneAt: '{{site}} · by {{by}} on {{at}} · version {{version}}',
    attach: 'Add a line checklist',
    attached: 'The checklist is attached to the ticket.',
    save: 'Save the checklist',
    cancel: 'Cancel',
    isLineOutage: 'Is this a line outage at a site (no connection at all)?',
    lineOutageHint: 'Then walk through the checklist of appendix 3: the service desk needs its results.',
    notLineOutage: 'Not a line outage: no checklist needed.',
  },
  wizard: { steps: { checklist: 'Line checklist' } },
  audit: {
    entityTypes: { ticket_checklist: 'Checklist of a ticket' },
    fields: {
      ticket_checklist: {
        ticketId: 'Ticket',
        checklistKey: 'Checklist',
        checklistVersion: 'Version',
        siteId: 'Site',
      },
    },
  },
};

export const checklistMessages = defineMessages(nl, en);
