import { defineTexts } from '../messages/texts';

/** Issues of call centre queues, their agents and supervisors, and agent states. */
export const QUEUE_ISSUES = defineTexts({
  queue_name_taken: {
    nl: 'is al de naam van een andere wachtrij van dit bedrijf',
    en: 'is already the name of another queue of this enterprise',
  },
  queue_destination_required: {
    nl: 'is verplicht bij doorschakelen: een toestelnummer of een extern nummer',
    en: 'is required for a transfer: an extension or an outside number',
  },
  queue_destination_voicemail: {
    nl: 'een wachtrij heeft geen voicemail; kies een toestelnummer of een extern nummer',
    en: 'a queue has no voicemail; choose an extension or an outside number',
  },
  queue_destination_self: {
    nl: 'is de wachtrij zelf; de beller zou blijven rondgaan',
    en: 'is the queue itself; the caller would go round in circles',
  },
  queue_closed_keep_waiting: {
    nl: 'kan niet buiten openingstijden: er neemt dan niemand op; kies bezet of doorschakelen',
    en: 'is not possible out of hours: nobody would answer; choose busy or a transfer',
  },
  queue_overflow_after_required: {
    nl: 'is verplicht: na hoeveel seconden wachten de overloop ingaat',
    en: 'is required: after how many seconds of waiting the overflow starts',
  },
  queue_overflow_after_max_wait: {
    nl: 'mag niet langer zijn dan de maximale wachttijd ({max} s)',
    en: 'may not be longer than the maximum wait ({max} s)',
  },
  queue_comfort_interval_max_wait: {
    nl: 'moet korter zijn dan de maximale wachttijd ({max} s), anders hoort niemand de wachttekst',
    en: 'must be shorter than the maximum wait ({max} s), or no caller hears the comfort message',
  },
  queue_position_single: {
    nl: 'heeft geen zin bij een wachtrij voor één beller',
    en: 'makes no sense for a queue of one caller',
  },
  queue_number_kind: {
    nl: 'een mobiel nummer kan geen nummer van een wachtrij zijn',
    en: 'a mobile number cannot be the number of a queue',
  },
  site_has_queues: {
    nl: 'Deze locatie heeft nog {count} wachtrij(en): {queues}. Verwijder of verplaats die eerst.',
    en: 'This site still has {count} queue(s): {queues}. Remove or move those first.',
  },
  queue_agent_taken: {
    nl: 'staat al in deze wachtrij',
    en: 'is already in this queue',
  },
  queue_agent_feature: {
    nl: 'het profiel {profile} van deze gebruiker bevat niet wat een {role} nodig heeft ({feature})',
    en: 'this user’s {profile} profile does not include what a {role} needs ({feature})',
  },
  profile_queue_roles: {
    nl: 'profiel {profile} bevat niet wat deze gebruiker in wachtrij(en) {queues} nodig heeft ({features}); haal de gebruiker daar eerst uit',
    en: 'the {profile} profile does not include what this user needs in queue(s) {queues} ({features}); take the user out of them first',
  },
  queue_role_in_use: {
    nl: 'Nog {count} gebruiker(s) met dit profiel staan in een wachtrij; haal die er eerst uit.',
    en: '{count} user(s) of this profile are still in a queue; take them out first.',
  },
  agent_reason_required: {
    nl: 'is verplicht bij niet beschikbaar',
    en: 'is required when unavailable',
  },
  agent_reason_only_unavailable: {
    nl: 'hoort alleen bij niet beschikbaar',
    en: 'belongs to unavailable only',
  },
  agent_no_wrap_up: {
    nl: 'deze wachtrij heeft geen nawerktijd',
    en: 'this queue has no wrap-up time',
  },
  not_an_agent: {
    nl: 'Deze gebruiker is geen medewerker van een wachtrij.',
    en: 'This user is no agent of a queue.',
  },
  not_a_supervisor: {
    nl: 'Alleen een supervisor van deze wachtrij of een beheerder wijzigt de status van een ander.',
    en: 'Only a supervisor of this queue or an admin changes another agent’s state.',
  },
});
