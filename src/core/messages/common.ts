import { defineTexts } from './texts';

/**
 * Issues any field can have: what the shared zod schemas and the edge report. A field issue is
 * phrased to follow the field's label ("Naam: is verplicht").
 */
export const COMMON_ISSUES = defineTexts({
  required: { nl: 'is verplicht', en: 'is required' },
  invalid: { nl: 'is niet geldig', en: 'is not valid' },
  unknown_field: { nl: 'is geen bekend veld', en: 'is not a known field' },
  not_text: { nl: 'moet tekst zijn', en: 'must be text' },
  not_a_number: { nl: 'moet een getal zijn', en: 'must be a number' },
  not_an_integer: { nl: 'moet een geheel getal zijn', en: 'must be a whole number' },
  not_a_boolean: { nl: 'moet ja of nee zijn', en: 'must be true or false' },
  not_a_list: { nl: 'moet een lijst zijn', en: 'must be a list' },
  not_an_object: { nl: 'moet een object zijn', en: 'must be an object' },
  too_short: { nl: 'moet minstens {min} tekens lang zijn', en: 'must be at least {min} characters' },
  too_long: { nl: 'mag hoogstens {max} tekens lang zijn', en: 'must be at most {max} characters' },
  too_small: { nl: 'moet minstens {min} zijn', en: 'must be at least {min}' },
  too_large: { nl: 'mag hoogstens {max} zijn', en: 'must be at most {max}' },
  too_few: { nl: 'moet minstens {min} items bevatten', en: 'must have at least {min} items' },
  too_many: { nl: 'mag hoogstens {max} items bevatten', en: 'must have at most {max} items' },
  choice: { nl: 'moet een van deze zijn: {options}', en: 'must be one of {options}' },
  email: { nl: 'moet een e-mailadres zijn', en: 'must be an e-mail address' },
  uuid: { nl: 'moet een UUID zijn', en: 'must be a UUID' },
  datetime: {
    nl: 'moet een datum en tijd zijn (ISO 8601, met tijdzone)',
    en: 'must be an ISO 8601 date-time with an offset',
  },
  date: { nl: 'moet een datum zijn (JJJJ-MM-DD)', en: 'must be a date (YYYY-MM-DD)' },
  date_out_of_range: {
    nl: 'moet tussen de jaren {min} en {max} liggen',
    en: 'must lie between the years {min} and {max}',
  },
  date_before_start: { nl: 'mag niet voor het begin liggen', en: 'may not lie before the start' },
  future_date: { nl: 'mag niet in de toekomst liggen', en: 'may not lie in the future' },
  nul_character: { nl: 'mag geen NUL-tekens bevatten', en: 'must not contain NUL characters' },
  lone_surrogate: {
    nl: 'mag geen losse surrogaattekens bevatten',
    en: 'must not contain unpaired surrogate characters',
  },
  invalid_cursor: { nl: 'is geen cursor van deze lijst', en: 'is not a cursor from this list' },
  taken: { nl: 'is al in gebruik', en: 'is already used' },
  // Whole requests the router or HTTP parser refuses
  bad_path_encoding: {
    nl: 'Het adres is niet geldig: controleer de procentcodering.',
    en: 'The path is not valid: check its percent-encoding.',
  },
  path_part_too_long: {
    nl: 'Een deel van het adres is langer dan {max} tekens.',
    en: 'A part of the path is longer than {max} characters.',
  },
  content_length_mismatch: {
    nl: 'De gegevens hebben niet de grootte die Content-Length noemt.',
    en: 'The body does not have the size its Content-Length says.',
  },
  method_not_on_path: {
    nl: 'Dit adres kent de methode {method} niet; wel {allowed}.',
    en: 'This path has no method {method}; it has {allowed}.',
  },
  not_http: { nl: 'Het verzoek is geen geldig HTTP.', en: 'The request is not valid HTTP.' },
  headers_too_large: {
    nl: 'Het adres en de headers zijn groter dan de limiet van {limit}.',
    en: 'The path and headers are larger than the limit of {limit}.',
  },
  still_referred: {
    nl: 'wordt nog gebruikt, of verwijst naar iets dat niet meer bestaat',
    en: 'is still referred to, or refers to something that is gone',
  },
});

/**
 * The texts of the error codes themselves (`error.code`): what the answer means when no more
 * specific issue says it.
 */
export const ERROR_CODE_TEXTS = defineTexts({
  validation_failed: { nl: 'Controleer de gemarkeerde velden.', en: 'The input is not valid.' },
  bad_request: { nl: 'Het verzoek is niet geldig.', en: 'The request is not valid.' },
  invalid_json: { nl: 'De gegevens zijn geen geldige JSON.', en: 'The body is not valid JSON.' },
  unsupported_media_type: {
    nl: 'Stuur de gegevens als application/json.',
    en: 'Send the body as application/json.',
  },
  payload_too_large: {
    nl: 'De gegevens zijn groter dan de limiet van {limit}.',
    en: 'The body is larger than the limit of {limit}.',
  },
  unauthenticated: { nl: 'Log eerst in.', en: 'Log in first.' },
  invalid_credentials: {
    nl: 'Het e-mailadres of wachtwoord is onjuist.',
    en: 'The e-mail address or password is not correct.',
  },
  totp_required: {
    nl: 'Vul de code uit uw authenticator-app in, of een herstelcode.',
    en: 'Enter the code from your authenticator app, or a recovery code.',
  },
  invalid_totp: {
    nl: 'De code is onjuist. Controleer de tijd op uw telefoon en probeer het opnieuw.',
    en: 'The code is not correct. Check the time on your phone and try again.',
  },
  session_expired: {
    nl: 'Uw sessie is verlopen. Log opnieuw in.',
    en: 'Your session has ended; log in again.',
  },
  csrf_failed: {
    nl: 'Het verzoek kon niet worden gecontroleerd. Vernieuw de pagina en probeer het opnieuw.',
    en: 'The request lacks a valid X-CSRF-Token header.',
  },
  forbidden: { nl: 'Uw rol staat dit niet toe.', en: 'Your role does not allow this.' },
  training_required: {
    nl: 'Wijzigen kan zodra uw Telecom Manager-training is geregistreerd; tot dan kunt u alles in uw bereik lezen.',
    en: 'Changes are possible once your Telecom Manager training is recorded; until then you can read everything in your scope.',
  },
  password_change_required: {
    nl: 'Kies eerst een nieuw wachtwoord.',
    en: 'Your password must be changed before you can continue.',
  },
  two_factor_enrolment_required: {
    nl: 'Uw rol vereist tweestapsverificatie: stel die eerst in.',
    en: 'Your role requires two-factor authentication: set it up before you continue.',
  },
  read_only_token: { nl: 'Dit API-token mag alleen lezen.', en: 'This API token may only read.' },
  reauthentication_failed: {
    nl: 'Het huidige wachtwoord is onjuist.',
    en: 'The current password is not correct.',
  },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  method_not_allowed: {
    nl: 'Deze methode bestaat niet voor dit adres.',
    en: 'This method is not allowed on this path.',
  },
  request_timeout: {
    nl: 'Het verzoek duurde te lang. Probeer het opnieuw.',
    en: 'The request took too long to arrive; try again.',
  },
  conflict: { nl: 'Dit botst met bestaande gegevens.', en: 'This conflicts with existing data.' },
  limit_reached: { nl: 'Het maximum is bereikt.', en: 'The limit is reached.' },
  uri_too_long: { nl: 'Het adres is te lang.', en: 'The address (URL) is too long.' },
  request_header_too_large: {
    nl: 'De headers van het verzoek zijn te groot.',
    en: 'The request headers are too large.',
  },
  unprocessable: {
    nl: 'Dit kan niet volgens de regels.',
    en: 'This is well-formed but against a rule.',
  },
  import_invalid: {
    nl: 'Het bestand bevat fouten; er is niets ingelezen. De regels zeggen wat er mis is.',
    en: 'The file has errors; nothing was imported. The rows say what is wrong.',
  },
  password_policy: {
    nl: 'Het wachtwoord voldoet niet aan het beleid.',
    en: 'The password does not meet the policy.',
  },
  account_locked: {
    nl: 'Te veel mislukte pogingen: dit account is vanaf dit adres tijdelijk geblokkeerd.',
    en: 'Too many failed attempts: this account is locked for a while from this address.',
  },
  rate_limited: {
    nl: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    en: 'Too many requests; wait a moment and try again.',
  },
  internal: {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side.',
  },
  service_unavailable: {
    nl: 'De server is even niet beschikbaar. Probeer het zo opnieuw.',
    en: 'The server is not available at the moment; try again shortly.',
  },
});
