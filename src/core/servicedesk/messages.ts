import { defineTexts } from '../messages/texts';

/** Issues of the service desk (issue 11): tickets and their comments. */
export const SERVICEDESK_ISSUES = defineTexts({
  sla_first_response_never_pauses: {
    nl: 'De klok van de eerste reactie pauzeert nooit.',
    en: 'The first-response clock never pauses.',
  },
  sla_clock_not_started: {
    nl: 'Deze SLA-klok loopt nog niet.',
    en: 'This SLA clock has not started.',
  },
  sla_clock_already_started: {
    nl: 'Deze SLA-klok loopt al.',
    en: 'This SLA clock has already started.',
  },
  sla_clock_not_running: {
    nl: 'De SLA-klok loopt nu niet (hij is al gepauzeerd); pauzeren kan niet.',
    en: 'The SLA clock is not running now (it is already paused); it cannot be paused.',
  },
  sla_clock_not_paused: {
    nl: 'De SLA-klok is niet gepauzeerd; hervatten kan niet.',
    en: 'The SLA clock is not paused; it cannot be resumed.',
  },
  sla_clock_stopped: {
    nl: 'De SLA-klok is gestopt (de melding is opgelost).',
    en: 'The SLA clock has stopped (the ticket is resolved).',
  },
  sla_event_before_last: {
    nl: 'Deze gebeurtenis ligt vóór de laatste van de SLA-klok.',
    en: 'This event lies before the SLA clock’s last one.',
  },
  sla_unknown_policy: {
    nl: 'Er is geen SLA-beleid voor dit soort melding en deze prioriteit.',
    en: 'There is no SLA policy for this ticket type and priority.',
  },
  sla_first_response_after_resolution: {
    nl: 'de eerste reactie mag niet later vallen dan de oplossing',
    en: 'the first response may not be due after the resolution',
  },
  ticket_not_open: {
    nl: 'Deze melding is opgelost of gesloten; de SLA verandert niet meer.',
    en: 'This ticket is resolved or closed; its SLA no longer changes.',
  },
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
  catalogue_key_taken: {
    nl: 'er is al een item met deze sleutel in de catalogus',
    en: 'the catalogue already has an item with this key',
  },
  tariff_key_taken: {
    nl: 'er is al een tarief met deze sleutel',
    en: 'there is already a tariff with this key',
  },
  catalogue_key: {
    nl: 'kleine letters en cijfers, woorden gescheiden door een koppelteken (bijv. huntgroep-wijziging)',
    en: 'lower-case letters and digits, words joined by a hyphen (e.g. hunt-group-change)',
  },
  line_type_needs_site: {
    nl: 'een doorlooptijd per lijntype vraagt om de locatie: neem siteId op in asks',
    en: 'a lead time by line type needs the site: include siteId in asks',
  },
  tariff_unknown: {
    nl: 'dit tarief staat niet in de tarievenlijst',
    en: 'this tariff is not in the tariff list',
  },
  tariff_in_use: {
    nl: 'Dit tarief prijst {count} item(s) van de catalogus: {items}. Wijzig die eerst.',
    en: 'This tariff prices {count} item(s) of the catalogue: {items}. Change those first.',
  },
  catalogue_item_unknown: {
    nl: 'dit item staat niet (meer) in de wijzigingscatalogus',
    en: 'this item is not (or no longer) in the change catalogue',
  },
  catalogue_item_needs_site: {
    nl: 'dit item vraagt om de locatie (de doorlooptijd hangt af van de aansluiting)',
    en: 'this item needs the site (its lead time depends on the connection)',
  },
  catalogue_item_needs_user: {
    nl: 'dit item vraagt om de gebruiker die het betreft',
    en: 'this item needs the user it concerns',
  },
  catalogue_item_in_use: {
    nl: '{count} melding(en) noemen dit item; zet het op niet actief in plaats van het te verwijderen.',
    en: '{count} ticket(s) name this item; retire it (active: false) instead of removing it.',
  },
  closure_date_past: {
    nl: 'ligt in het verleden: een sluiting is vandaag ({today}) of later',
    en: 'is in the past: a closure is today ({today}) or later',
  },
  closure_date_taken: {
    nl: 'op deze datum staat al een sluiting',
    en: 'there is already a closure on this date',
  },
  desk_has_tickets: {
    nl: 'Er zijn {count} melding(en) naar deze desk gerouteerd; die houden hun desk. Pas de desk aan in plaats van hem te verwijderen.',
    en: '{count} ticket(s) were routed to this desk and keep it. Change the desk instead of removing it.',
  },
  desk_pin: {
    nl: 'een pincode van 4 tot 8 cijfers',
    en: 'a PIN of 4 to 8 digits',
  },
  phone_option: {
    nl: 'een keuzeoptie in cijfers, zoals 1 of 2-1',
    en: 'a menu option in digits, such as 1 or 2-1',
  },
  ticket_closed: {
    nl: 'Deze melding is gesloten; er kan geen reactie meer bij.',
    en: 'This ticket is closed; it takes no more comments.',
  },
  site_has_tickets: {
    nl: 'Deze locatie wordt genoemd in {count} melding(en): {tickets}. Een locatie met meldingen blijft bestaan.',
    en: 'This site is named by {count} ticket(s): {tickets}. A site with tickets is kept.',
  },
  attachment_empty: {
    nl: 'het bestand is leeg',
    en: 'the file is empty',
  },
  attachment_too_large: {
    nl: 'het bestand is groter dan {max} MiB',
    en: 'the file is larger than {max} MiB',
  },
  attachment_type_refused: {
    nl: 'dit soort bestand wordt niet aangenomen: wel PDF, een afbeelding (PNG, JPEG, GIF, WebP, HEIC), een pcap-opname, WAV of MP3, of platte tekst',
    en: 'this kind of file is not accepted: PDF, an image (PNG, JPEG, GIF, WebP, HEIC), a pcap capture, WAV or MP3, or plain text are',
  },
  attachment_media_type: {
    nl: 'Stuur het bestand als application/octet-stream of als zijn eigen type (PDF, afbeelding, pcap, audio, tekst).',
    en: 'Send the file as application/octet-stream or as its own type (PDF, image, pcap, audio, text).',
  },
  ticket_attachments_full: {
    nl: 'Deze melding heeft al {max} bijlagen; meer kunnen er niet bij.',
    en: 'This ticket already has {max} attachments; no more can be added.',
  },
  internal_comment_provider_only: {
    nl: 'alleen de servicedesk kan interne notities maken',
    en: 'only the service desk can write internal notes',
  },
  ends_before_start: {
    nl: 'het einde ligt niet na het begin',
    en: 'the end does not lie after the start',
  },
  repair_open: {
    nl: 'Voor dit toestel loopt al een reparatie ({number}); rond die eerst af.',
    en: 'This device already has a repair under way ({number}); finish that first.',
  },
  repair_step_not_allowed: {
    nl: 'Deze stap van de reparatie is nu niet mogelijk. Mogelijk vanaf hier: {allowed}.',
    en: 'This step of the repair is not possible now. Possible from here: {allowed}.',
  },
  repair_step_final: {
    nl: 'Deze reparatie is afgesloten; er volgen geen stappen meer.',
    en: 'This repair is closed; no further steps follow.',
  },
  unjustified_incidents_only: {
    nl: 'Alleen een storingsmelding kan als onterecht worden gemarkeerd.',
    en: 'Only an incident can be marked as unjustified.',
  },
  led_named_twice: {
    nl: 'dit lampje staat er al in',
    en: 'this LED is listed already',
  },
  checklist_site_not_of_incident: {
    nl: 'de checklist hoort bij een locatie van deze storing',
    en: 'the checklist belongs to a site of this incident',
  },
  checklist_incidents_only: {
    nl: 'Een checklist hoort bij een storingsmelding.',
    en: 'A checklist belongs to an incident.',
  },
  catalogue_item_needs_profile: {
    nl: 'dit item vraagt om het profiel dat de gebruiker moet krijgen',
    en: 'this item needs the profile the user is to get',
  },
  profile_unchanged: {
    nl: 'de gebruiker heeft dit profiel al',
    en: 'the user has this profile already',
  },
  profile_not_asked: {
    nl: 'dit item wijzigt geen profiel',
    en: 'this item changes no profile',
  },
  profile_change_user_gone: {
    nl: 'De gebruiker van deze profielwijziging bestaat niet meer; de wijziging kan niet worden doorgevoerd.',
    en: 'The user of this profile change no longer exists; the change cannot be made.',
  },
});
