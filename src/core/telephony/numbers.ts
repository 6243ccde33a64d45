import { Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';

/**
 * Phone numbers of the number plan (guide §3.3 "bedrijfsnummerplan"): read in any usual Dutch or
 * international notation, stored in E.164 (`+31207940000`), shown in national form
 * (`020 794 0000`). libphonenumber-js (with its full metadata) decides what is a valid number
 * and of which kind.
 */
export const NUMBER_KINDS = ['geographic', 'non_geographic', 'freephone', 'premium', 'mobile'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/** Every number of the plan has exactly one state (and an assignee only when assigned). */
export const NUMBER_STATES = ['free', 'assigned', 'reserved', 'porting'] as const;
export type NumberState = (typeof NUMBER_STATES)[number];

/** What a number or extension can be assigned to (an incoming route holds a number, never an extension). */
export const ASSIGNEE_TYPES = [
  'user',
  'hunt_group',
  'auto_attendant',
  'queue',
  'fax',
  'incoming_route',
] as const;
export type AssigneeType = (typeof ASSIGNEE_TYPES)[number];

/** The part a number plays for its assignee (a Combi user has a fixed and a mobile number). */
export const NUMBER_ROLES = ['fixed', 'mobile', 'main'] as const;
export type NumberRole = (typeof NUMBER_ROLES)[number];

const KIND_OF_TYPE: Record<string, NumberKind> = {
  FIXED_LINE: 'geographic',
  FIXED_LINE_OR_MOBILE: 'geographic',
  MOBILE: 'mobile',
  TOLL_FREE: 'freephone',
  PREMIUM_RATE: 'premium',
  VOIP: 'non_geographic',
  UAN: 'non_geographic',
  PERSONAL_NUMBER: 'non_geographic',
  SHARED_COST: 'non_geographic',
};

export type ParsedNumber = { e164: string; national: string; kind: NumberKind; country: string };

/** Reads a number in any usual notation (Dutch by default); null when it is no valid number. */
export function parsePhoneNumber(input: string): ParsedNumber | null {
  const read = readNumber(input);
  if (read === null) return null;
  return {
    e164: read.parsed.number,
    national: read.parsed.formatNational(),
    kind: read.kind,
    country: read.parsed.country ?? '',
  };
}

/**
 * The parsed number and its kind, or null. A number's type is known only when it is valid (the
 * type is found by the same patterns that validity checks), so `getType()` alone answers both:
 * `isValid()` first would match every pattern twice (a bulk import reads 10,000 numbers).
 */
function readNumber(input: string) {
  const trimmed = input.trim();
  if (trimmed === '' || trimmed.length > 40 || !/^[\d\s()+\-./]+$/.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, 'NL');
  const kind = parsed ? KIND_OF_TYPE[parsed.getType() ?? ''] : undefined;
  return parsed === undefined || kind === undefined ? null : { parsed, kind };
}

/** The national form of a stored E.164 number (the number itself when it cannot be read). */
export const formatNational = (e164: string): string => parsePhoneNumber(e164)?.national ?? e164;

/** A Dutch number: its E.164 form and its kind. */
export type DutchNumber = { e164: string; kind: NumberKind };

/** A Dutch number as libphonenumber-js's parser reads it (any notation); null when it is none. */
export function dutchNumberByLibphonenumber(input: string): DutchNumber | null {
  const read = readNumber(input);
  return read === null || read.parsed.country !== 'NL' ? null : { e164: read.parsed.number, kind: read.kind };
}

/** The types libphonenumber's `getType()` tries after the fixed-line one, in its order. */
const TYPES_AFTER_FIXED = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

type TypeTest = { type: string; pattern: RegExp; lengths: readonly number[] | undefined };
type NumberingPlanView = {
  callingCode(): string;
  IDDPrefix(): string;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | 0 | undefined;
  nationalNumberPattern(): string;
  type(t: string): { pattern(): string | undefined; possibleLengths(): number[] | undefined } | undefined;
};

/**
 * The Dutch numbering plan of libphonenumber-js's own (max) metadata, its patterns compiled once;
 * null should a later metadata not be as this reading assumes (trunk prefix 0, no other prefix to
 * strip, IDD 00, calling code 31 for NL alone), and every number then goes through the parser.
 */
const DUTCH_PLAN = (() => {
  // Loaded as CommonJS (drizzle-kit reads the schema, which imports core, that way) the package's
  // `max` entry exports no Metadata constructor: the parser then reads every number.
  if (typeof Metadata !== 'function') return null;
  const metadata = new Metadata();
  metadata.selectNumberingPlan('NL');
  const plan = metadata.numberingPlan as unknown as NumberingPlanView | undefined;
  const codes = (
    metadata as unknown as { getCountryCodesForCallingCode(c: string): string[] | undefined }
  ).getCountryCodesForCallingCode('31');
  if (
    plan === undefined ||
    plan.callingCode() !== '31' ||
    plan.IDDPrefix() !== '00' ||
    plan.nationalPrefix() !== '0' ||
    (plan.nationalPrefixForParsing() ?? '0') !== '0' ||
    plan.nationalPrefixTransformRule() ||
    codes?.length !== 1 ||
    codes[0] !== 'NL'
  ) {
    return null;
  }
  const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
  const test = (type: string): TypeTest | null => {
    const def = plan.type(type);
    const pattern = def?.pattern();
    return def && pattern ? { type, pattern: whole(pattern), lengths: def.possibleLengths() } : null;
  };
  return {
    national: whole(plan.nationalNumberPattern()),
    fixed: test('FIXED_LINE'),
    others: TYPES_AFTER_FIXED.map(test).filter((t): t is TypeTest => t !== null),
  };
})();

const matches = (t: TypeTest, national: string) =>
  (t.lengths === undefined || t.lengths.includes(national.length)) && t.pattern.test(national);

/** Digits with at most one space or hyphen between them, after `+` or nothing. */
const PLAIN = /^\+?\d(?:[ -]?\d)*$/;

/**
 * A Dutch number in a plain notation (`020 794 0000`, `020-7940000`, `+31 20 794 0000`,
 * `0031207940000`) read without libphonenumber's general parser, which makes some thirty objects
 * a number (a bulk import reads 10,000): the same metadata's patterns tried in the same order
 * as its `getType()`. `undefined` for any other notation (the parser reads those). numbers.test.ts
 * checks that both readings agree on plain notations of every prefix and length.
 */
export function plainDutchNumber(input: string): DutchNumber | null | undefined {
  if (DUTCH_PLAN === null || input.length > 40 || !PLAIN.test(input)) return undefined;
  const digits = input.includes(' ') || input.includes('-') ? input.replace(/[ -]/g, '') : input;
  const national = digits.startsWith('+31')
    ? digits.slice(3)
    : digits.startsWith('0031')
      ? digits.slice(4)
      : digits.startsWith('0') && !digits.startsWith('00')
        ? digits.slice(1)
        : null;
  // A foreign number, a second trunk 0 (`+31 020 …`) or no prefix at all: the parser decides.
  if (national === null || !/^[1-9]/.test(national)) return undefined;
  if (national.length > 17 || !DUTCH_PLAN.national.test(national)) return null;
  let type: string | undefined;
  if (DUTCH_PLAN.fixed !== null && matches(DUTCH_PLAN.fixed, national)) type = 'FIXED_LINE';
  else type = DUTCH_PLAN.others.find((t) => matches(t, national))?.type;
  const kind = KIND_OF_TYPE[type ?? ''];
  return kind === undefined ? null : { e164: `+31${national}`, kind };
}

/** A Dutch number in any usual notation; null when it is no valid Dutch number. */
export function readDutchNumber(input: string): DutchNumber | null {
  const trimmed = input.trim();
  const plain = plainDutchNumber(trimmed);
  return plain === undefined ? dutchNumberByLibphonenumber(trimmed) : plain;
}

/** A number in any notation in, E.164 out; a Dutch number only (the plan's numbers are Dutch). */
export const dutchNumberSchema = z.string().transform((value, ctx) => {
  const read = readDutchNumber(value);
  if (read === null) {
    ctx.addIssue({ code: 'custom', message: 'phone_number' });
    return z.NEVER;
  }
  return read.e164;
});

export const MAX_BLOCK_SIZE = 10_000;

/**
 * The numbers of a block: `size` consecutive numbers from `first`, all of the same length and
 * kind. Returns the E.164 numbers, or the reason it is no block.
 */
export function blockNumbers(
  first: string,
  size: number,
): { numbers: string[]; kind: NumberKind } | { problem: 'phone_number' | 'block_overflow' | 'block_mixed' } {
  const start = parsePhoneNumber(first);
  if (start === null || start.country !== 'NL') return { problem: 'phone_number' };
  const digits = start.e164.slice(1);
  const base = BigInt(digits);
  const lastDigits = (base + BigInt(size - 1)).toString();
  if (lastDigits.length !== digits.length) return { problem: 'block_overflow' };
  const last = parsePhoneNumber(`+${lastDigits}`);
  if (last === null || last.kind !== start.kind) return { problem: 'block_mixed' };
  const numbers = Array.from({ length: size }, (_, i) => `+${(base + BigInt(i)).toString()}`);
  return { numbers, kind: start.kind };
}

/**
 * The digits to look for when someone searches the plan for a fragment in any notation: `794 00`,
 * `020 794`, `+31 20`, `0031 20`. A fragment with a leading national 0 is also looked for with the
 * country code instead (`020` → `3120`).
 */
export function numberSearchDigits(fragment: string): string[] {
  const digits = fragment.replace(/\D/g, '');
  if (digits === '') return [];
  const forms = new Set([digits]);
  if (digits.startsWith('0031')) forms.add(digits.slice(2));
  else if (digits.startsWith('00')) forms.add(digits.slice(2));
  else if (digits.startsWith('0')) forms.add(`31${digits.slice(1)}`);
  return [...forms];
}

export const MIN_EXTENSION_LENGTH = 2;
export const MAX_EXTENSION_LENGTH = 6;

/**
 * Why an extension is not one of this enterprise (null when it is): digits only, of the
 * enterprise's length, not starting with 0 (the outside line), and never in the way of 112.
 */
export function extensionProblem(
  extension: string,
  length: number,
): 'extension_format' | 'extension_length' | 'extension_reserved' | null {
  if (!/^\d+$/.test(extension)) return 'extension_format';
  if (extension.length !== length) return 'extension_length';
  if (extension.startsWith('0') || extension.startsWith('112') || '112'.startsWith(extension)) {
    return 'extension_reserved';
  }
  return null;
}
