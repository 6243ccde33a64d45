import { defineTexts } from '../messages/texts';

/** Issues of the service desk (issue 11): tickets and their comments. */
export const SERVICEDESK_ISSUES = defineTexts({
  ticket_status_not_allowed: {
    nl: 'Deze statuswijziging is niet toegestaan. Mogelijk vanaf hier: {allowed}.',
    en: 'This status change is not allowed. Possible from here: {allowed}.',
  },
  ticket_status_final: {
    nl: 'Deze melding is definitief gesloten (de heropentermijn is voorbij); de status verandert niet meer. Maak zo nodig een nieuwe melding.',
    en: 'This ticket is closed for good (the reopen period has passed); its status no longer changes. Open a new ticket if needed.',
  },
  ticket_status_desk_only: {
    nl: 'De servicedesk zet deze melding nu in een andere status; u kunt een reactie plaatsen.',
    en: 'The service desk moves this ticket on from here; you can add a comment.',
  },
  ticket_closed: {
    nl: 'Deze melding is gesloten; er kan geen reactie meer bij.',
    en: 'This ticket is closed; it takes no more comments.',
  },
  site_has_tickets: {
    nl: 'Deze locatie wordt genoemd in {count} melding(en): {tickets}. Een locatie met meldingen blijft bestaan.',
    en: 'This site is named by {count} ticket(s): {tickets}. A site with tickets is kept.',
  },
  internal_comment_provider_only: {
    nl: 'alleen de servicedesk kan interne notities maken',
    en: 'only the service desk can write internal notes',
  },
});
