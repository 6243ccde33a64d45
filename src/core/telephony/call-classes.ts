import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import { idSchema } from '../ids';
import { extensionProblem } from './numbers';

/**
 * Call restrictions (belrestricties, issue 8): what a dialled number is, and whether a set of
 * restrictions lets a user call it. This is the one classification of Dutch numbers; the portal's
 * "test a number", the routing engine and the call plane all use it.
 *
 * The classes, decided on the Dutch numbering plan (ACM "Nummerplan"):
 *
 * | class            | what                                                                                       | restriction key |
 * | ---------------- | ------------------------------------------------------------------------------------------ | --------------- |
 * | `emergency`      | 112 only (911 and 999 are no Dutch numbers and may be 3-digit extensions here)             | none: never barred |
 * | `internal`       | an extension of the enterprise (its length, see `extensionProblem`) or one of its own numbers | `internal`   |
 * | `national_fixed` | geographic numbers, 0 + area code (010–059, 07x)                                           | `nationalFixed` |
 * | `mobile`         | 061–065, 068 (mobile telephony)                                                            | `mobile`        |
 * | `service_free`   | 0800 freephone; 116xxx (European harmonised services: 116 000, 116 111, 116 123); 113 (suicide prevention) | `service` |
 * | `service_shared` | 085, 088, 091 (location-independent company numbers), 084, 087 (personal numbers), 14 + area code (municipalities: 14 020), 0900-8844 (police, at the national rate) | `service` |
 * | `premium`        | 0900, 0906, 0909 (other 090x are not issued: unknown); 18xx directory enquiries             | `premium`       |
 * | `special`        | other ranges of the plan: 066 paging, 067 data and dial-up, 082 virtual private networks, 097 machine-to-machine | `premium` (barred with premium, the safe side) |
 * | `international`  | 00 or + with a country code other than 31                                                  | `international` |
 * | `international_premium` | abroad at a premium: a foreign premium-rate number, +979, the satellite and international networks +870, +881, +882, +883 | `international` and `premium` |
 * | `unknown`        | anything else (no valid number, an unissued range, a short number we do not know)          | none: always barred |
 *
 * Carrier select (16xy + number) is not offered (the platform chooses the carrier): such a dial
 * string is `unknown`, unless it is an extension. No outside-line prefix is dialled: `0 020 …`
 * reads as `00 20 …`, a call to Egypt, as it would from any Dutch line.
 *
 * Order: 112 first; then an existing extension of the enterprise (so an extension 1850 is still
 * internal); then the national short numbers (14, 116, 18); then the form of an extension; then
 * numbers with a leading 0, 00 or +.
 */
export const CALL_CLASSES = [
  'emergency',
  'internal',
  'national_fixed',
  'mobile',
  'service_free',
  'service_shared',
  'premium',
  'special',
  'international',
  'international_premium',
  'unknown',
] as const;
export type CallClass = (typeof CALL_CLASSES)[number];

/** The keys of a set of restrictions; each is true when the class(es) it covers may be called. */
export const RESTRICTION_KEYS = [
  'internal',
  'nationalFixed',
  'mobile',
  'international',
  'premium',
  'service',
] as const;
export type RestrictionKey = (typeof RESTRICTION_KEYS)[number];
export type CallRestrictions = Record<RestrictionKey, boolean>;

/**
 * Which restrictions decide a class: a call goes through when every one of them allows it. None
 * for the two that no restriction decides (112 always, an unknown number never).
 */
export const RESTRICTIONS_OF_CLASS: Readonly<Record<CallClass, readonly RestrictionKey[]>> = {
  emergency: [],
  internal: ['internal'],
  national_fixed: ['nationalFixed'],
  mobile: ['mobile'],
  service_free: ['service'],
  service_shared: ['service'],
  premium: ['premium'],
  special: ['premium'],
  international: ['international'],
  international_premium: ['international', 'premium'],
  unknown: [],
};

/** Everything allowed except premium-rate numbers: a new enterprise's default. */
export const DEFAULT_CALL_RESTRICTIONS: Readonly<CallRestrictions> = {
  internal: true,
  nationalFixed: true,
  mobile: true,
  international: true,
  premium: false,
  service: true,
};

export type ClassifyOptions = {
  /** Digits of the enterprise's extensions (2–6). */
  extensionLength: number;
  /** The enterprise's own numbers in E.164: calling one stays internal. */
  ownNumbers?: ReadonlySet<string>;
  /** The enterprise's existing extensions: these win over national short numbers of their form. */
  extensions?: ReadonlySet<string>;
};

export type Classification = {
  class: CallClass;
  /** The number in E.164 when it is one (`+31207940000`), the digits of a short number, else null. */
  number: string | null;
};

export const MAX_DIALLED_LENGTH = 40;
/** What a dialled number may be written with: digits, a leading +, spaces, dashes, dots, brackets, slashes. */
const DIALLED_CHARACTERS = /^\+?[\d\s()\-./]+$/;

/**
 * The digits of a dialled number in any usual notation (`020 794 0000`, `(020) 7940000`,
 * `+31 (0)20 794 0000`, `0031-20-794.0000`), with a leading + kept; null when it is no dial string.
 */
export function dialledDigits(dialled: string): string | null {
  const trimmed = dialled.trim();
  if (trimmed === '' || trimmed.length > MAX_DIALLED_LENGTH || !DIALLED_CHARACTERS.test(trimmed)) return null;
  // `+31 (0)20`: the bracketed trunk 0 after a country code is not dialled.
  const withoutTrunk = trimmed.replace(/^(\+|00)(\d{1,3})\s*\(0\)/, '$1$2');
  const plus = withoutTrunk.startsWith('+');
  const digits = withoutTrunk.replace(/\D/g, '');
  if (digits === '') return null;
  return plus ? `+${digits}` : digits;
}

const shortNumber = (digits: string): CallClass | null => {
  if (/^116\d{3}$/.test(digits) || digits === '113') return 'service_free';
  // 14 + the area code without its 0 doubled: 14 020 (Amsterdam), 14 010, 14 0113 (Goes).
  if (/^140\d{2,3}$/.test(digits)) return 'service_shared';
  if (/^18\d{2}$/.test(digits)) return 'premium';
  return null;
};

/** International premium rate and the satellite and international networks (ITU-T E.164 shared codes). */
const INTERNATIONAL_PREMIUM_CODES: readonly string[] = ['979', '870', '881', '882', '883'];

/** The class of a Dutch number by its national significant number (without 0 or +31). */
const dutchClass = (nsn: string, valid: boolean, type: string | undefined): CallClass => {
  if (valid) {
    if (nsn === '9008844') return 'service_shared';
    if (nsn.startsWith('800')) return 'service_free';
    if (/^90[069]/.test(nsn)) return 'premium';
    if (/^(85|88|91|84|87)/.test(nsn)) return 'service_shared';
    if (/^6[1-58]/.test(nsn) && type === 'MOBILE') return 'mobile';
    if (/^66/.test(nsn)) return 'special';
    if (type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE') return 'national_fixed';
  }
  // Ranges libphonenumber does not validate in full, but that the plan has.
  if (/^(66|67|82|97)/.test(nsn)) return 'special';
  return 'unknown';
};

/**
 * The class of a dialled number (see the table above). The input is anything a user may type;
 * what is no dial string at all is `unknown`.
 */
export function classifyDialled(dialled: string, options: ClassifyOptions): Classification {
  const digits = dialledDigits(dialled);
  if (digits === null) return { class: 'unknown', number: null };
  if (digits === '112') return { class: 'emergency', number: digits };
  if (!digits.startsWith('+') && !digits.startsWith('0')) {
    if (options.extensions?.has(digits)) return { class: 'internal', number: digits };
    const short = shortNumber(digits);
    if (short !== null) return { class: short, number: digits };
    if (extensionProblem(digits, options.extensionLength) === null)
      return { class: 'internal', number: digits };
    return { class: 'unknown', number: null };
  }
  const international = digits.startsWith('+')
    ? digits
    : digits.startsWith('00')
      ? `+${digits.slice(2)}`
      : null;
  if (international !== null && !international.startsWith('+31')) {
    const parsed = parsePhoneNumberFromString(international);
    if (parsed?.isPossible() && parsed.countryCallingCode !== '31') {
      const premium =
        INTERNATIONAL_PREMIUM_CODES.includes(parsed.countryCallingCode) ||
        (parsed.isValid() && parsed.getType() === 'PREMIUM_RATE');
      return { class: premium ? 'international_premium' : 'international', number: parsed.number };
    }
    return { class: 'unknown', number: null };
  }
  const parsed = parsePhoneNumberFromString(international ?? digits, 'NL');
  if (parsed === undefined || parsed.countryCallingCode !== '31' || !parsed.isPossible()) {
    return { class: 'unknown', number: null };
  }
  const nsn = String(parsed.nationalNumber);
  const e164 = parsed.number;
  const cls = dutchClass(nsn, parsed.isValid(), parsed.getType());
  if (cls === 'unknown') return { class: 'unknown', number: null };
  if (options.ownNumbers?.has(e164)) return { class: 'internal', number: e164 };
  return { class: cls, number: e164 };
}

/** Whether restrictions let a call of this class through: 112 always, an unknown number never. */
export function isAllowed(restrictions: CallRestrictions, cls: CallClass): boolean {
  if (cls === 'emergency') return true;
  if (cls === 'unknown') return false;
  return RESTRICTIONS_OF_CLASS[cls].every((key) => restrictions[key]);
}

/** Why a call is allowed or not, as the API and the portal say it. */
export const CALL_DECISION_REASONS = ['emergency', 'allowed', 'barred', 'unknown_number'] as const;
export type CallDecisionReason = (typeof CALL_DECISION_REASONS)[number];

export type CallDecision = Classification & {
  /** The restrictions that decide the class. */
  restrictions: readonly RestrictionKey[];
  /** Those of them that bar the call (empty when it goes through). */
  barredBy: RestrictionKey[];
  allowed: boolean;
  reason: CallDecisionReason;
};

/** Classifies and decides in one: what the routing engine asks for every outgoing call. */
export function decideCall(
  dialled: string,
  restrictions: CallRestrictions,
  options: ClassifyOptions,
): CallDecision {
  const found = classifyDialled(dialled, options);
  const allowed = isAllowed(restrictions, found.class);
  const keys = RESTRICTIONS_OF_CLASS[found.class];
  const reason: CallDecisionReason =
    found.class === 'emergency'
      ? 'emergency'
      : found.class === 'unknown'
        ? 'unknown_number'
        : allowed
          ? 'allowed'
          : 'barred';
  return {
    ...found,
    restrictions: keys,
    barredBy: keys.filter((key) => !restrictions[key]),
    allowed,
    reason,
  };
}

// The shapes of the API (server routes and portal forms alike)

export const callRestrictionsSchema = z.strictObject({
  internal: z.boolean(),
  nationalFixed: z.boolean(),
  mobile: z.boolean(),
  international: z.boolean(),
  premium: z.boolean(),
  service: z.boolean(),
});

export const enterpriseCallRestrictionsSchema = z.object({
  enterpriseId: idSchema,
  restrictions: callRestrictionsSchema,
});
export type EnterpriseCallRestrictionsDto = z.infer<typeof enterpriseCallRestrictionsSchema>;

export const enterpriseCallRestrictionsInputSchema = z.strictObject({ restrictions: callRestrictionsSchema });

/** A user follows the enterprise's default, or has a full set of its own. */
export const userCallRestrictionsInputSchema = z.discriminatedUnion('followsDefault', [
  z.strictObject({ followsDefault: z.literal(true) }),
  z.strictObject({ followsDefault: z.literal(false), restrictions: callRestrictionsSchema }),
]);
export type UserCallRestrictionsInput = z.output<typeof userCallRestrictionsInputSchema>;

export const userCallRestrictionsSchema = z.object({
  userId: idSchema,
  enterpriseId: idSchema,
  followsDefault: z.boolean(),
  /** What holds for the user: the enterprise's default or its own set. */
  restrictions: callRestrictionsSchema,
  /** The enterprise's default, to show beside the user's own. */
  enterpriseDefault: callRestrictionsSchema,
});
export type UserCallRestrictionsDto = z.infer<typeof userCallRestrictionsSchema>;

/** A dialled number as it is typed: digits with the usual separators, at most 40 characters. */
export const dialledSchema = z
  .string()
  .min(1)
  .max(MAX_DIALLED_LENGTH)
  .refine((value) => dialledDigits(value) !== null, { message: 'dialled_number' });

export const callCheckInputSchema = z.strictObject({
  /** Check for this user (its own set or the default it follows); the enterprise default without. */
  userId: idSchema.optional(),
  dialled: dialledSchema,
});

export const callCheckSchema = z.object({
  dialled: z.string(),
  class: z.enum(CALL_CLASSES),
  /** The number in E.164 (or the digits of a short number); null when it is no number. */
  number: z.string().nullable(),
  /** The restrictions that decide the class (none for 112 and an unknown number). */
  restrictions: z.array(z.enum(RESTRICTION_KEYS)),
  /** Those of them that bar the call. */
  barredBy: z.array(z.enum(RESTRICTION_KEYS)),
  allowed: z.boolean(),
  reason: z.enum(CALL_DECISION_REASONS),
  /** Whose restrictions decided: the user's own, or the enterprise default. */
  decidedBy: z.enum(['user', 'enterprise']),
});
export type CallCheckDto = z.infer<typeof callCheckSchema>;
