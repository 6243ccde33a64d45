import { defineTexts } from '../messages/texts';

/** Issues of access (C1): accounts, passwords, two-factor, tokens, logins. */
export const ACCESS_ISSUES = defineTexts({
  // Fields
  email_taken: { nl: 'is al in gebruik bij een ander account', en: 'is already used by another account' },
  user_has_account: { nl: 'heeft al een portaalaccount', en: 'already has a portal account' },
  current_password_wrong: { nl: 'is niet uw huidige wachtwoord', en: 'is not your current password' },
  totp_code_format: { nl: 'moet de 6-cijferige code zijn', en: 'must be the 6-digit code' },
  totp_code_wrong: {
    nl: 'is niet de huidige code; controleer de tijd op uw telefoon',
    en: 'is not the current code; check the time on your phone',
  },
  password_too_short: { nl: 'moet minstens {min} tekens lang zijn', en: 'must be at least {min} characters' },
  password_too_long: { nl: 'mag hoogstens {max} tekens lang zijn', en: 'must be at most {max} characters' },
  password_classes: {
    nl: 'moet minstens {count} soorten tekens bevatten: kleine letter, hoofdletter, cijfer, leesteken',
    en: 'must contain at least {count} of: lower case, upper case, digit, symbol',
  },
  password_login_name: { nl: 'mag uw inlognaam niet bevatten', en: 'may not contain your login name' },
  password_same: {
    nl: 'moet verschillen van het huidige wachtwoord',
    en: 'must differ from the current password',
  },
  password_reversed: {
    nl: 'mag niet het huidige wachtwoord achterstevoren zijn',
    en: 'may not be the current password reversed',
  },
  password_reused: {
    nl: 'mag niet een van uw laatste {count} wachtwoorden zijn',
    en: 'may not be one of your last {count} passwords',
  },
  no_such_user: { nl: 'deze gebruiker bestaat niet', en: 'no such user' },
  no_such_account: { nl: 'dit account bestaat niet', en: 'no such account' },
  partner_required: { nl: 'is verplicht voor een partnerbeheerder', en: 'is required for a partner admin' },
  partner_only_for_partner_admin: {
    nl: 'alleen een partnerbeheerder hoort bij een partner',
    en: 'only a partner admin has a partner',
  },
  enterprise_required: { nl: 'is verplicht voor deze rol', en: 'is required for this role' },
  enterprise_not_for_role: {
    nl: 'deze rol hoort niet bij een bedrijf',
    en: 'this role belongs to no enterprise',
  },
  user_required: { nl: 'is verplicht voor deze rol', en: 'is required for this role' },
  user_not_for_role: {
    nl: 'alleen een gebruikersrol hoort bij een gebruiker',
    en: 'only a user role is linked to a user',
  },
  site_admin_needs_sites: {
    nl: 'een locatiebeheerder heeft minstens één locatie nodig',
    en: 'a site admin needs at least one site',
  },
  sites_only_for_site_admin: {
    nl: 'alleen een locatiebeheerder heeft locaties',
    en: 'only a site admin has sites',
  },
  user_other_enterprise: { nl: 'hoort bij een ander bedrijf', en: 'belongs to another enterprise' },
  mobiel_no_login: {
    nl: 'een gebruiker met profiel Mobiel krijgt geen portaalaccount',
    en: 'a user with profile Mobiel gets no portal login',
  },
  max_enterprise_admins: {
    nl: 'dit bedrijf heeft al {max} Telecom Managers',
    en: 'this enterprise already has {max} enterprise admins',
  },
  own_account: { nl: 'niet voor uw eigen account', en: 'not on your own account' },
  role_other_level: {
    nl: 'deze rol hoort bij een ander niveau; maak een nieuw account aan',
    en: 'belongs to another level; create a new account instead',
  },
  // Whole requests
  cannot_manage_role: {
    nl: 'Uw rol kan geen accounts met deze rol beheren.',
    en: 'Your role cannot manage accounts with this role.',
  },
  account_shape: { nl: 'Het account past niet bij zijn rol.', en: 'The account does not fit its role.' },
  own_role_or_status: {
    nl: 'U kunt uw eigen rol niet wijzigen en uzelf niet uitschakelen.',
    en: 'You cannot change your own role or disable yourself.',
  },
  own_account_removal: {
    nl: 'U kunt uw eigen account niet verwijderen.',
    en: 'You cannot remove your own account.',
  },
  own_password_reset: {
    nl: 'Wijzig uw eigen wachtwoord onder Mijn profiel, niet met een reset.',
    en: 'Change your own password under your profile, not by a reset.',
  },
  last_provider_admin: {
    nl: 'Dit is de laatste actieve providerbeheerder; wijs eerst een ander aan.',
    en: 'This is the last active provider admin; appoint another first.',
  },
  session_required: {
    nl: 'Dit kan alleen in een portaalsessie, niet met een API-token.',
    en: 'This needs a portal session; API tokens may not do it.',
  },
  two_factor_already_on: {
    nl: 'Tweestapsverificatie staat al aan; zet die eerst uit om opnieuw in te stellen.',
    en: 'Two-factor authentication is already on; switch it off first to enrol again.',
  },
  two_factor_setup_first: { nl: 'Start eerst het instellen.', en: 'Start the set-up first.' },
  two_factor_required_by_role: {
    nl: 'Uw rol vereist tweestapsverificatie; die kan niet uit.',
    en: 'Your role requires two-factor authentication; it cannot be switched off.',
  },
  two_factor_off: {
    nl: 'Tweestapsverificatie staat uit: er zijn geen herstelcodes.',
    en: 'Two-factor authentication is off: there are no recovery codes.',
  },
  login_slowed_down: {
    nl: 'Te veel mislukte pogingen. Probeer het over {seconds} seconden opnieuw.',
    en: 'Too many failed attempts; try again in {seconds} seconds.',
  },
  locked_for: {
    nl: 'Te veel mislukte pogingen: dit account is vanaf dit adres {minutes} minuten geblokkeerd.',
    en: 'Too many failed attempts: this account is locked from this address for {minutes} minutes.',
  },
});
