import { defineTexts } from '../messages/texts';

/** Issues of the device catalogue and of devices and their lines. */
export const DEVICE_ISSUES = defineTexts({
  mac_format: {
    nl: 'moet een MAC-adres zijn, zoals 00:15:65:AB:CD:EF of 0015.65ab.cdef',
    en: 'must be a MAC address, such as 00:15:65:AB:CD:EF or 0015.65ab.cdef',
  },
  mac_broadcast: {
    nl: 'is het broadcastadres, geen adres van een toestel',
    en: 'is the broadcast address, not the address of a device',
  },
  mac_multicast: {
    nl: 'is een multicastadres, geen adres van een toestel',
    en: 'is a multicast address, not the address of a device',
  },
  mac_zero: { nl: 'mag niet uit alleen nullen bestaan', en: 'may not be all zeros' },
  mac_taken: { nl: 'hoort al bij een ander toestel', en: 'already belongs to another device' },
  mac_required: {
    nl: 'is verplicht voor dit soort toestel',
    en: 'is required for this kind of device',
  },
  mac_not_for_kind: {
    nl: 'hoort niet bij dit soort toestel (een simkaart heeft een ICCID, een softphone niets)',
    en: 'does not belong to this kind of device (a SIM has an ICCID, a softphone nothing)',
  },
  iccid_format: {
    nl: 'moet een ICCID van 19 of 20 cijfers zijn, zoals 8931 0000 0000 0000 000',
    en: 'must be an ICCID of 19 or 20 digits, such as 8931 0000 0000 0000 000',
  },
  iccid_prefix: {
    nl: 'moet met 89 beginnen (het telecomvoorvoegsel van een ICCID)',
    en: 'must start with 89 (the telecom prefix of an ICCID)',
  },
  iccid_checksum: {
    nl: 'klopt niet: het controlecijfer (Luhn) wijkt af; kijk het nummer na',
    en: 'does not check out: the check digit (Luhn) differs; check the number',
  },
  iccid_taken: { nl: 'hoort al bij een andere simkaart', en: 'already belongs to another SIM card' },
  iccid_required: { nl: 'is verplicht voor een simkaart', en: 'is required for a SIM card' },
  iccid_not_for_kind: {
    nl: 'hoort alleen bij een simkaart',
    en: 'belongs to a SIM card only',
  },
  device_lines_count: {
    nl: 'moet 1 tot en met {max} lijn(en) hebben (wat het model aankan)',
    en: 'must have 1 to {max} line(s) (what the model can take)',
  },
  device_model_unknown: { nl: 'staat niet in de toestelcatalogus', en: 'is not in the device catalogue' },
  device_model_inactive: {
    nl: 'wordt niet meer geleverd; kies een ander model',
    en: 'is no longer supplied; choose another model',
  },
  device_model_taken: {
    nl: 'staat al in de catalogus (zelfde merk en model)',
    en: 'is already in the catalogue (same vendor and model)',
  },
  device_model_kind_in_use: {
    nl: 'kan niet wijzigen zolang er toestellen van dit model zijn',
    en: 'cannot change while there are devices of this model',
  },
  device_model_lines_in_use: {
    nl: 'kan niet lager dan {lines}: zoveel lijnen heeft een toestel van dit model',
    en: 'cannot be below {lines}: a device of this model has that many lines',
  },
  device_model_in_use: {
    nl: 'Er zijn nog {count} toestel(len) van dit model: {devices}. Zet het model op niet-actief of verwijder die toestellen eerst.',
    en: 'There are still {count} device(s) of this model: {devices}. Deactivate the model or remove those devices first.',
  },
  user_not_in_enterprise: {
    nl: 'is geen gebruiker van dit bedrijf',
    en: 'is not a user of this enterprise',
  },
  user_not_yours: {
    nl: 'is geen gebruiker van een van uw locaties',
    en: 'is not a user of one of your sites',
  },
  user_has_devices: {
    nl: 'De gebruiker heeft nog {count} toestel(len): {devices}. Verwijder die of wijs ze eerst aan een ander toe.',
    en: 'The user still has {count} device(s): {devices}. Remove them or give them to someone else first.',
  },
  site_has_devices: {
    nl: 'De locatie heeft nog {count} toestel(len): {devices}. Verplaats of verwijder die eerst.',
    en: 'The site still has {count} device(s): {devices}. Move or remove them first.',
  },
  no_such_line: { nl: 'Dit toestel heeft geen lijn {line}.', en: 'This device has no line {line}.' },
});
