import { defineTexts } from '../messages/texts';

/** Issues of call restrictions (belrestricties). */
export const CALL_RESTRICTION_ISSUES = defineTexts({
  dialled_number: {
    nl: 'moet een gekozen nummer zijn: cijfers, eventueel met + vooraan en spaties, streepjes, punten of haakjes (zoals 020 794 0000)',
    en: 'must be a dialled number: digits, optionally a leading + and spaces, dashes, dots or brackets (such as 020 794 0000)',
  },
  restrictions_bar_forwardings: {
    nl: 'Deze belrestricties zouden een doorschakeling (of meebellen) van {count} gebruiker(s) blokkeren: {users}. Pas die eerst aan.',
    en: 'These call restrictions would bar a forwarding (or a number rung along) of {count} user(s): {users}. Change those first.',
  },
  call_check_user_unknown: {
    nl: 'is geen gebruiker van deze klant die u beheert',
    en: 'is no user of this enterprise that you manage',
  },
});
