import { defineTexts } from '../messages/texts';

/** Issues of the simulator ("test a call"). */
export const SIMULATE_ISSUES = defineTexts({
  simulate_caller_unknown: {
    nl: 'is geen gebruiker, toestelnummer of nummer van een gebruiker van deze klant, en geen geldig buitennummer',
    en: 'is no user, extension or number of a user of this customer, nor a valid outside number',
  },
  simulate_extension_unknown: {
    nl: 'toestelnummer {extension} bestaat niet bij deze klant',
    en: 'extension {extension} does not exist at this customer',
  },
  simulate_number_invalid: {
    nl: 'is geen toestelnummer of telefoonnummer, zoals 201, 020 794 0000 of +31 20 794 0000',
    en: 'is no extension or phone number, such as 201, 020 794 0000 or +31 20 794 0000',
  },
  simulate_user_unknown: {
    nl: 'is geen gebruiker van deze klant',
    en: 'is no user of this customer',
  },
  simulate_queue_unknown: {
    nl: 'is geen wachtrij van deze klant',
    en: 'is no queue of this customer',
  },
  digits: {
    nl: 'mag alleen de toetsen 0-9, * en # bevatten',
    en: 'may hold only the keys 0-9, * and #',
  },
});
