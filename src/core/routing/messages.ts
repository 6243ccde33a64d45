import type { Bilingual } from '../calendar/holidays';
import { defineTexts, formatMessage, type Language, type Params } from '../messages/texts';
import type { TreeKind } from '../telephony/attendants';
import type { Decision, DecisionParams } from './types';

/** The names of an attendant's menu trees, as a decision's parameter. */
export const TREE_NAMES: Readonly<Record<TreeKind, Bilingual>> = {
  businessHours: { nl: 'kantooruren', en: 'business hours' },
  afterHours: { nl: 'buiten kantooruren', en: 'after hours' },
  holiday: { nl: 'feestdagen', en: 'holidays' },
};

/**
 * The texts of the routing engine's decisions and outcomes, by stable code (as the error codes
 * of `core/messages`): the portal translates the code with its params, the API answers the
 * `explanation` in the requester's language.
 */
export const ROUTING_TEXTS = defineTexts({
  // Who calls, what is dialled
  caller_user: { nl: 'beller: {name}', en: 'caller: {name}' },
  caller_outside: { nl: 'beller van buiten: {number}', en: 'outside caller: {number}' },
  dialled: { nl: 'gekozen: {dialled}', en: 'dialled: {dialled}' },
  unassigned: { nl: '{dialled} is niet in gebruik', en: '{dialled} is not assigned' },
  unknown_number: { nl: '{dialled} is geen bestaand nummer', en: '{dialled} is not a valid number' },
  emergency: { nl: 'alarmnummer 112: altijd toegestaan', en: 'emergency number 112: always allowed' },
  barred: {
    nl: 'geblokkeerd door de belrestricties: {number} ({barredBy})',
    en: 'barred by the call restrictions: {number} ({barredBy})',
  },
  off_net: { nl: 'naar buiten: {number}', en: 'off-net: {number}' },
  ring_number_barred: {
    nl: '{number} overgeslagen: geblokkeerd door de belrestricties',
    en: '{number} skipped: barred by the call restrictions',
  },
  loop: {
    nl: 'lus: {object} komt al eerder in deze route voor',
    en: 'loop: {object} already comes earlier on this way',
  },
  plan_limit: {
    nl: 'de route is te groot (meer dan {max} stappen) en is afgebroken',
    en: 'the plan is too large (over {max} steps) and was cut',
  },
  no_destination: { nl: 'geen bestemming ingesteld', en: 'no destination set' },

  // Users
  user_dnd: { nl: '{name}: niet storen', en: '{name}: do not disturb' },
  user_busy: { nl: '{name} is in gesprek', en: '{name} is busy' },
  user_unregistered: {
    nl: '{name} is niet bereikbaar: geen toestel aangemeld',
    en: '{name} is unreachable: no device registered',
  },
  unreachable: { nl: '{name} is niet bereikbaar', en: '{name} is unreachable' },
  busy: { nl: 'in gesprek: {name}', en: 'busy: {name}' },
  forward_always: {
    nl: '{name} schakelt altijd door naar {destination}',
    en: '{name} forwards always to {destination}',
  },
  forward_busy: {
    nl: '{name} schakelt bij bezet door naar {destination}',
    en: '{name} forwards when busy to {destination}',
  },
  forward_no_answer: {
    nl: '{name} schakelt na {seconds} s geen gehoor door naar {destination}',
    en: '{name} forwards after {seconds} s without answer to {destination}',
  },
  forward_unreachable: {
    nl: '{name} schakelt bij onbereikbaar door naar {destination}',
    en: '{name} forwards when unreachable to {destination}',
  },
  voicemail: { nl: 'voicemail van {name}', en: "{name}'s voicemail" },
  no_voicemail: { nl: 'geen voicemailbox ingeschakeld', en: 'no voicemail box switched on' },
  no_answer_voicemail: { nl: 'geen gehoor: voicemail van {name}', en: "no answer: {name}'s voicemail" },
  ring_user: { nl: '{name} gaat over op {lines} toestel(len)', en: '{name} rings on {lines} device(s)' },
  ring_user_for: {
    nl: '{name} gaat {seconds} s over op {lines} toestel(len)',
    en: '{name} rings for {seconds} s on {lines} device(s)',
  },
  simultaneous_ring: {
    nl: 'gelijktijdig bellen: ook {count} nummer(s)',
    en: 'simultaneous ring: {count} more number(s)',
  },
  sequential_ring: {
    nl: 'volgtijdelijk bellen: daarna {count} bestemming(en), {seconds} s elk',
    en: 'sequential ring: then {count} destination(s), {seconds} s each',
  },
  pickup: {
    nl: 'op te nemen door {count} collega(s) van pickupgroep {group}',
    en: 'may be picked up by {count} colleague(s) of pickup group {group}',
  },

  // Hunt groups and queues
  hunt_group: { nl: 'huntgroep {group} ({members} leden)', en: 'hunt group {group} ({members} members)' },
  member_skipped_logged_out: {
    nl: 'lid {position} overgeslagen: afgemeld',
    en: 'member {position} skipped: logged out',
  },
  member_skipped_dnd: {
    nl: 'lid {position} overgeslagen: niet storen',
    en: 'member {position} skipped: do not disturb',
  },
  member_skipped_busy: {
    nl: 'lid {position} overgeslagen: in gesprek',
    en: 'member {position} skipped: busy',
  },
  member_skipped_unregistered: {
    nl: 'lid {position} overgeslagen: geen toestel aangemeld',
    en: 'member {position} skipped: no device registered',
  },
  policy_simultaneous: {
    nl: 'gelijktijdig: {count} leden tegelijk',
    en: 'simultaneous: {count} members at once',
  },
  policy_regular: { nl: 'regulier: van boven naar beneden', en: 'regular: from the top down' },
  policy_circular_start: { nl: 'circulair: begint bovenaan', en: 'circular: starts at the top' },
  policy_circular: {
    nl: 'circulair: laatst opgenomen door lid {position}',
    en: 'circular: last answered by member {position}',
  },
  policy_uniform: {
    nl: 'gelijkmatig: lid {position} is het langst vrij',
    en: 'uniform: member {position} has been idle longest',
  },
  policy_weighted: {
    nl: 'gewogen: lid {position} eerst (gewicht {weight} van {total})',
    en: 'weighted: member {position} first (weight {weight} of {total})',
  },
  group_all_busy: { nl: 'alle leden van {group} zijn in gesprek', en: 'all members of {group} are busy' },
  group_unreachable: { nl: 'geen lid van {group} is bereikbaar', en: 'no member of {group} is reachable' },
  group_forward: { nl: '{group} schakelt door naar {destination}', en: '{group} forwards to {destination}' },
  group_timeout: {
    nl: 'na {seconds} s zonder antwoord schakelt {group} door naar {destination}',
    en: 'after {seconds} s without answer {group} forwards to {destination}',
  },
  queue_closed: { nl: 'wachtrij {queue}: buiten openingstijden', en: 'queue {queue}: outside opening hours' },
  queue_holiday: { nl: 'wachtrij {queue}: feestdag {name}', en: 'queue {queue}: public holiday {name}' },
  queue_closure: { nl: 'wachtrij {queue}: gesloten ({name})', en: 'queue {queue}: closed ({name})' },
  closed_message: { nl: 'melding: buiten openingstijden', en: 'message: outside opening hours' },
  closed: { nl: 'gesloten: {queue}', en: 'closed: {queue}' },
  queue_transfer: {
    nl: '{queue} schakelt door naar {destination}',
    en: '{queue} transfers to {destination}',
  },
  queue_full: { nl: 'wachtrij {queue} is vol ({max} bellers)', en: 'queue {queue} is full ({max} callers)' },
  agent_skipped_unavailable: {
    nl: 'agent {position} overgeslagen: niet beschikbaar',
    en: 'agent {position} skipped: unavailable',
  },
  agent_skipped_unregistered: {
    nl: 'agent {position} overgeslagen: geen toestel aangemeld',
    en: 'agent {position} skipped: no device registered',
  },
  agent_busy: {
    nl: 'agent {position} is in gesprek: later aan de beurt',
    en: 'agent {position} is busy: offered later',
  },
  queue_stranded: { nl: 'geen agent van {queue} beschikbaar', en: 'no agent of {queue} available' },
  stranded: { nl: 'geen agent beschikbaar: {queue}', en: 'no agent available: {queue}' },
  queue_enter: {
    nl: 'wachtrij {queue}: plaats {position}, {agents} agent(s)',
    en: 'queue {queue}: position {position}, {agents} agent(s)',
  },
  queue_bounce: {
    nl: 'een agent die {rings} keer laat overgaan verliest het gesprek aan de wachtrij',
    en: 'an agent letting it ring {rings} times loses the call back to the queue',
  },
  queue_overflow: { nl: 'overloop van {queue} na {seconds} s', en: 'overflow of {queue} after {seconds} s' },
  overflow: { nl: 'overloop: {queue}', en: 'overflow: {queue}' },
  queue_wait_exceeded: {
    nl: 'maximale wachttijd van {queue} ({seconds} s) verstreken',
    en: 'maximum wait of {queue} ({seconds} s) exceeded',
  },
  wait_exceeded: { nl: 'wachttijd verstreken: {queue}', en: 'wait exceeded: {queue}' },

  // Auto attendants
  attendant_open: { nl: '{attendant}: binnen kantoortijden', en: '{attendant}: within office hours' },
  attendant_closed: { nl: '{attendant}: buiten kantoortijden', en: '{attendant}: outside office hours' },
  attendant_holiday: {
    nl: '{attendant}: buiten kantoortijden: feestdag {name}',
    en: '{attendant}: outside office hours: public holiday {name}',
  },
  attendant_closure: { nl: '{attendant}: gesloten ({name})', en: '{attendant}: closed ({name})' },
  attendant_tree_forced: { nl: '{attendant}: menu voor {tree}', en: '{attendant}: the menu for {tree}' },
  attendant_tree_fallback: {
    nl: 'geen eigen menu: het menu voor {tree}',
    en: 'no menu of its own: the menu for {tree}',
  },
  menu: { nl: '{attendant}, menu {menu}: toetsen {keys}', en: '{attendant}, menu {menu}: keys {keys}' },
  menu_repeat: { nl: 'menu {menu} opnieuw ({attempt})', en: 'menu {menu} again ({attempt})' },
  menu_key: { nl: 'toets {key} in {menu}', en: 'key {key} in {menu}' },
  menu_timeout: {
    nl: 'geen keuze in {menu} na {repeats} herhaling(en)',
    en: 'no choice in {menu} after {repeats} repeat(s)',
  },
  menu_invalid: {
    nl: 'ongeldige keuze in {menu} na {repeats} herhaling(en)',
    en: 'invalid choice in {menu} after {repeats} repeat(s)',
  },
  transfer_announced: { nl: 'doorverbinden wordt aangekondigd', en: 'the transfer is announced' },
  dial_by_extension: { nl: 'kies een toestelnummer', en: 'dial an extension' },
  dial_by_name: { nl: 'kies op naam', en: 'dial by name' },
  announcement: { nl: 'mededeling, daarna het menu opnieuw', en: 'announcement, then the menu again' },
  operator: { nl: 'naar de telefonist(e) van {attendant}', en: "to {attendant}'s operator" },
  no_operator: { nl: '{attendant} heeft geen telefonist(e)', en: '{attendant} has no operator' },

  // Incoming routes
  route_open: { nl: 'route {route}: geopend', en: 'route {route}: open' },
  route_closed: { nl: 'route {route}: buiten kantoortijden', en: 'route {route}: outside office hours' },
  route_holiday: { nl: 'route {route}: feestdag', en: 'route {route}: public holiday' },
  route_closure: { nl: 'route {route}: gesloten', en: 'route {route}: closed' },
  route_holiday_named: {
    nl: 'route {route}: buiten kantoortijden: feestdag {name}',
    en: 'route {route}: outside office hours: public holiday {name}',
  },
  route_closure_named: { nl: 'route {route}: gesloten ({name})', en: 'route {route}: closed ({name})' },
  route_fallback: {
    nl: 'geen eigen bestemming: die van {entry}',
    en: 'no destination of its own: that of {entry}',
  },

  // Outcomes only
  answered: { nl: 'opgenomen door {name}', en: 'answered by {name}' },
  forwarded: { nl: 'doorgeschakeld naar buiten: {number}', en: 'forwarded off-net: {number}' },
  queued: { nl: 'wacht in {queue} op plaats {position}', en: 'waiting in {queue} at position {position}' },
  no_answer: { nl: 'geen gehoor', en: 'no answer' },
  caller_hung_up: { nl: 'de beller hangt op', en: 'the caller hangs up' },
  simulation_limit: {
    nl: 'de beller blijft in het menu rondgaan: na {max} stappen opgehangen',
    en: 'the caller keeps going round the menu: hung up after {max} steps',
  },
});

export type RoutingCode = keyof typeof ROUTING_TEXTS;

export const isRoutingCode = (code: string): code is RoutingCode => Object.hasOwn(ROUTING_TEXTS, code);

const TREE_LABEL: Readonly<Record<string, Bilingual>> = {
  open: { nl: 'open', en: 'open' },
  closed: { nl: 'gesloten', en: 'closed' },
  holiday: { nl: 'feestdag', en: 'holiday' },
  closure: { nl: 'sluiting', en: 'closure' },
};

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && 'nl' in value && 'en' in value;

/** A code's text with its params in one language (a bilingual param, as a holiday's name, in that language). */
export function explainCode(code: string, params: DecisionParams, language: Language): string {
  const flat: Params = {};
  for (const [key, value] of Object.entries(params)) {
    if (isBilingual(value)) flat[key] = value[language];
    else if (key === 'entry' && typeof value === 'string') flat[key] = TREE_LABEL[value]?.[language] ?? value;
    else flat[key] = value;
  }
  return isRoutingCode(code) ? formatMessage(ROUTING_TEXTS[code][language], flat) : code;
}

/** A decision as one sentence in Dutch or English. */
export const explain = (decision: Decision, language: Language = 'en'): string =>
  explainCode(decision.code, decision.params, language);

/** A step's decisions as one line ("; " between them). */
export const explainAll = (decisions: readonly Decision[], language: Language = 'en'): string =>
  decisions.map((x) => explain(x, language)).join('; ');
