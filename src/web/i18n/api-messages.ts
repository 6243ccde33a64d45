/**
 * The API and the shared zod schemas speak English. These rules turn their field messages and
 * error messages into translation keys with values; anything unknown is shown as it came.
 */
export type Translatable = { key: string; values?: Record<string, string | number> };

type Rule = [RegExp, (match: RegExpExecArray) => Translatable];

const FIELD_RULES: Rule[] = [
  [/^is required$/, () => ({ key: 'validation.required' })],
  [/^must be text$/, () => ({ key: 'validation.required' })],
  [
    /^must be at most (\d+) characters$/,
    (m) => ({ key: 'validation.maxLength', values: { max: m[1] ?? '' } }),
  ],
  [
    /^must be at least (\d+) characters$/,
    (m) => ({ key: 'validation.minLength', values: { min: m[1] ?? '' } }),
  ],
  [/^must be an e-mail address$/, () => ({ key: 'validation.email' })],
  [/^must be a Dutch postcode/, () => ({ key: 'validation.postcode' })],
  [/^must be a number$/, () => ({ key: 'validation.number' })],
  [/^must be a whole number$/, () => ({ key: 'validation.integer' })],
  [/^must be at least (-?\d+)$/, (m) => ({ key: 'validation.min', values: { min: m[1] ?? '' } })],
  [/^must be at most (-?\d+)$/, (m) => ({ key: 'validation.max', values: { max: m[1] ?? '' } })],
  [/^must be one of /, () => ({ key: 'validation.choice' })],
  // zod's own wording, for schemas without a message of their own
  [/^Invalid input: expected (number|int)/, () => ({ key: 'validation.number' })],
  [
    /^Too small: expected number to be >=(-?\d+)/,
    (m) => ({ key: 'validation.min', values: { min: m[1] ?? '' } }),
  ],
  [
    /^Too big: expected number to be <=(-?\d+)/,
    (m) => ({ key: 'validation.max', values: { max: m[1] ?? '' } }),
  ],
  [/^must be a date/, () => ({ key: 'validation.date' })],
  [/^may not lie in the future$/, () => ({ key: 'validation.future' })],
  [/^must be the 6-digit code$/, () => ({ key: 'validation.totpCode' })],
  [/^is already used/, () => ({ key: 'validation.taken' })],
  [/^an? (partner|site|enterprise) with this name exists/, () => ({ key: 'validation.nameTaken' })],
  [/^already has a portal account$/, () => ({ key: 'validation.hasAccount' })],
  [
    /^must contain at least (\d+) of/,
    (m) => ({ key: 'validation.passwordClasses', values: { count: m[1] ?? '' } }),
  ],
  [/^may not contain your login name$/, () => ({ key: 'validation.passwordLoginName' })],
  [/^must differ from the current password$/, () => ({ key: 'validation.passwordSame' })],
  [/^may not be the current password reversed$/, () => ({ key: 'validation.passwordReversed' })],
  [
    /^may not be one of your last (\d+) passwords/,
    (m) => ({ key: 'validation.passwordReused', values: { count: m[1] ?? '' } }),
  ],
  [/^cannot be changed here; request the change/, () => ({ key: 'validation.profileChangeRequest' })],
  [/^a site admin needs at least one site$/, () => ({ key: 'validation.siteAdminSites' })],
  [/^a user with profile Mobiel gets no portal login$/, () => ({ key: 'validation.mobielNoLogin' })],
  [/^is not correct/, () => ({ key: 'validation.incorrect' })],
  [/^is not your current password$/, () => ({ key: 'validation.currentPassword' })],
  [/^is not the current code$/, () => ({ key: 'validation.totpWrong' })],
  [/^not on your own account$/, () => ({ key: 'validation.ownAccount' })],
  [/^the user has a portal login; remove it first$/, () => ({ key: 'validation.userHasLogin' })],
  [
    /^this enterprise already has (\d+)/,
    (m) => ({ key: 'validation.maxAdmins', values: { max: m[1] ?? '' } }),
  ],
  [
    /^is not a site of this enterprise$|^contains a site of another enterprise$/,
    () => ({ key: 'validation.foreignSite' }),
  ],
];

export function translateFieldMessage(message: string): Translatable | null {
  for (const [pattern, make] of FIELD_RULES) {
    const match = pattern.exec(message);
    if (match) return make(match);
  }
  return null;
}

/** Error codes whose meaning does not depend on the route: a fixed text per code. */
const GENERIC_CODES = new Set([
  'invalid_credentials',
  'totp_required',
  'invalid_totp',
  'session_expired',
  'unauthenticated',
  'csrf_failed',
  'forbidden',
  'training_required',
  'password_change_required',
  'two_factor_enrolment_required',
  'read_only_token',
  'reauthentication_failed',
  'not_found',
  'account_locked',
  'rate_limited',
  'validation_failed',
  'internal',
  'network',
]);

const MESSAGE_RULES: Rule[] = [
  [/^A profile change is a change request/, () => ({ key: 'errors.profileChangeRequest' })],
  [/^The user has a portal login; remove the account first/, () => ({ key: 'errors.userHasLogin' })],
  [
    /^An enterprise has at most (\d+) enterprise admins/,
    (m) => ({ key: 'errors.maxAdmins', values: { max: m[1] ?? '' } }),
  ],
  [/^You cannot change your own role or disable yourself/, () => ({ key: 'errors.ownRole' })],
  [/^You cannot remove your own account/, () => ({ key: 'errors.ownAccount' })],
  [/^Change your own password under your profile/, () => ({ key: 'errors.ownReset' })],
  [/^This is the last active provider admin/, () => ({ key: 'errors.lastProviderAdmin' })],
  [/^The password /, () => ({ key: 'errors.passwordPolicy' })],
];

/** The text for an error answer: a fixed text for generic codes, a known message, or the API's own. */
export function translateError(code: string, message: string): Translatable | null {
  if (GENERIC_CODES.has(code)) return { key: `errors.codes.${code}` };
  for (const [pattern, make] of MESSAGE_RULES) {
    const match = pattern.exec(message);
    if (match) return make(match);
  }
  return null;
}
