import { defineTexts } from '../messages/texts';

/** Issues of the profiles' feature matrix and each user's telephony features. */
export const FEATURE_ISSUES = defineTexts({
  feature_not_in_profile: {
    nl: 'zit niet in het profiel {profile}',
    en: 'is not included in the {profile} profile',
  },
  feature_in_use: {
    nl: 'Nog {count} gebruiker(s) met dit profiel gebruiken deze functie; zet die eerst uit.',
    en: '{count} user(s) of this profile still use this feature; switch it off for them first.',
  },
  profile_features: {
    nl: 'profiel {profile} bevat niet wat deze gebruiker aan heeft staan ({features}); zet dat eerst uit',
    en: 'the {profile} profile does not include what this user has switched on ({features}); switch that off first',
  },
  destination_format: {
    nl: 'moet een toestelnummer, een telefoonnummer (zoals 020 794 0000) of voicemail zijn',
    en: 'must be an extension, a phone number (such as 020 794 0000) or voicemail',
  },
  destination_number_only: {
    nl: 'moet een telefoonnummer zijn, zoals 06 1234 5678',
    en: 'must be a phone number, such as 06 1234 5678',
  },
  extension_unknown: {
    nl: 'dit toestelnummer bestaat niet binnen dit bedrijf',
    en: 'no such extension in this enterprise',
  },
  forward_to_self: {
    nl: 'is het eigen toestel- of telefoonnummer van deze gebruiker',
    en: "is this user's own extension or number",
  },
  destination_barred: {
    nl: 'deze gebruiker mag dit nummer zelf niet bellen (belrestricties: {barredBy}), dus er ook niet naar doorschakelen',
    en: 'this user may not call this number itself (call restrictions: {barredBy}), so not forward to it either',
  },
  voicemail_off: {
    nl: 'de voicemail van deze gebruiker staat uit; zet die eerst aan',
    en: "this user's voicemail is off; switch it on first",
  },
  duplicate_entry: { nl: 'staat al eerder in de lijst', en: 'is already in the list' },
  blf_too_many: { nl: 'mag hoogstens {max} gebruikers bevatten', en: 'may hold at most {max} users' },
  blf_self: { nl: 'kan de gebruiker zelf niet zijn', en: 'cannot be the user itself' },
  blf_unknown_user: {
    nl: 'is geen gebruiker van dit bedrijf',
    en: 'is no user of this enterprise',
  },
  pin_format: { nl: 'moet 4 tot 8 cijfers zijn', en: 'must be 4 to 8 digits' },
  pin_repeated: {
    nl: 'mag niet één herhaald cijfer zijn (zoals 1111)',
    en: 'may not be one digit repeated (such as 1111)',
  },
  pin_sequential: {
    nl: 'mag geen oplopende of aflopende reeks zijn (zoals 1234)',
    en: 'may not be a run up or down (such as 1234)',
  },
  pin_extension: {
    nl: 'mag niet het eigen toestelnummer zijn',
    en: 'may not be the own extension',
  },
  no_directory_user: {
    nl: 'Dit account hoort niet bij een gebruiker met een telefoon.',
    en: 'This account belongs to no user with a phone.',
  },
});
