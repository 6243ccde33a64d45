import { defineTexts } from '../messages/texts';

/** Issues of the directory (C1): partners, enterprises, sites, users. */
export const DIRECTORY_ISSUES = defineTexts({
  // Fields
  postcode: {
    nl: 'moet een Nederlandse postcode zijn, zoals 1012 AB',
    en: 'must be a Dutch postcode such as 1012 AB',
  },
  partner_name_taken: {
    nl: 'er bestaat al een partner met deze naam',
    en: 'a partner with this name exists',
  },
  enterprise_name_taken: {
    nl: 'er bestaat al een bedrijf met deze naam',
    en: 'an enterprise with this name exists',
  },
  customer_number_taken: {
    nl: 'is al in gebruik bij een ander bedrijf',
    en: 'is already used by another enterprise',
  },
  site_name_taken: {
    nl: 'dit bedrijf heeft al een locatie met deze naam',
    en: 'a site with this name exists in this enterprise',
  },
  user_email_taken: {
    nl: 'is al in gebruik bij een andere gebruiker van dit bedrijf',
    en: 'is already used by another user of this enterprise',
  },
  no_such_partner: { nl: 'deze partner bestaat niet', en: 'no such partner' },
  no_such_enterprise: { nl: 'dit bedrijf bestaat niet', en: 'no such enterprise' },
  site_not_in_enterprise: { nl: 'is geen locatie van dit bedrijf', en: 'is not a site of this enterprise' },
  sites_not_in_enterprise: {
    nl: 'bevat een locatie die niet bij dit bedrijf hoort',
    en: 'contains a site that is not a site of this enterprise',
  },
  site_not_yours: { nl: 'is niet een van uw locaties', en: 'is not one of your sites' },
  own_site_required: {
    nl: 'is verplicht: kies een van uw locaties',
    en: 'is required: choose one of your sites',
  },
  profile_change_request: {
    nl: 'kan hier niet worden gewijzigd; vraag de wijziging aan bij de servicedesk',
    en: 'cannot be changed here; request the change from the service desk',
  },
  user_has_login_no_mobiel: {
    nl: 'de gebruiker heeft een portaalaccount; verwijder dat eerst',
    en: 'the user has a portal login; remove it first',
  },
  // Whole requests
  site_in_use: {
    nl: 'De locatie heeft nog {users} gebruiker(s) en {siteAdmins} locatiebeheerder(s); verplaats of verwijder die eerst.',
    en: 'The site still has {users} user(s) and {siteAdmins} site administrator(s); move or remove them first.',
  },
  partner_in_use: {
    nl: 'De partner heeft nog {enterprises} bedrijf/bedrijven en {accounts} account(s); ontkoppel of verwijder die eerst.',
    en: 'The partner still has {enterprises} enterprise(s) and {accounts} account(s); unlink or remove them first.',
  },
  enterprise_in_use: {
    nl: 'Het bedrijf heeft nog {sites} locatie(s), {users} gebruiker(s), {accounts} account(s) en {numberBlocks} nummerblok(ken); verwijder die eerst.',
    en: 'The enterprise still has {sites} site(s), {users} user(s), {accounts} account(s) and {numberBlocks} number block(s); remove them first.',
  },
  user_has_login: {
    nl: 'Deze gebruiker heeft een portaalaccount; verwijder eerst dat account.',
    en: 'The user has a portal login; remove the account first.',
  },
  profile_change_is_request: {
    nl: 'Een profielwijziging is een mutatie: vraag die aan bij de servicedesk van uw provider.',
    en: 'A profile change is a change request to the provider (guide §3.3).',
  },
  mobiel_with_login: {
    nl: 'Een gebruiker met een portaalaccount kan geen profiel Mobiel krijgen.',
    en: 'A user with a portal login cannot get profile Mobiel (guide §3.2.6).',
  },
  max_admins: {
    nl: 'Een bedrijf heeft hoogstens {max} Telecom Managers.',
    en: 'An enterprise has at most {max} enterprise admins.',
  },
});
