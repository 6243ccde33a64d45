import { defineTexts } from '../messages/texts';

/** Issues of the enterprise's call settings (presentation, transfer, queue messages). */
export const CALL_SETTINGS_ISSUES = defineTexts({
  control_character: {
    nl: 'mag geen stuurtekens bevatten (zoals tab of regeleinde)',
    en: 'must not contain control characters (such as a tab or line break)',
  },
  site_override_empty: {
    nl: 'geef een hoofdnummer of een weergavenaam voor deze locatie (of laat de locatie weg)',
    en: 'give a main number or a display name for this site (or leave the site out)',
  },
  site_twice: { nl: 'deze locatie staat er al in', en: 'this site is listed already' },
  recall_seconds: {
    nl: 'moet 0 zijn (niet terugbellen) of tussen 10 en 300 seconden liggen',
    en: 'must be 0 (no recall) or between 10 and 300 seconds',
  },
  position_placeholder: {
    nl: 'moet precies één keer {position} bevatten (de plaats in de wachtrij) en geen andere {…}',
    en: 'must hold {position} exactly once (the place in the queue) and no other {…}',
  },
  main_number_not_in_plan: {
    nl: 'is geen nummer uit het nummerplan van dit bedrijf',
    en: 'is not a number of this enterprise’s number plan',
  },
  main_number_other_site: {
    nl: 'is aan een andere locatie toegekend; kies een nummer van deze locatie of zonder locatie',
    en: 'is allocated to another site; choose a number of this site or of no site',
  },
  block_has_main_number: {
    nl: 'Het blok bevat hoofdnummer(s) voor de nummerweergave: {numbers}. Kies eerst een ander hoofdnummer.',
    en: 'The block holds main number(s) of the caller ID settings: {numbers}. Choose another main number first.',
  },
  number_is_site_main_number: {
    nl: 'is het hoofdnummer van locatie {site}; kies daar eerst een ander hoofdnummer',
    en: 'is the main number of site {site}; choose another main number there first',
  },
});
