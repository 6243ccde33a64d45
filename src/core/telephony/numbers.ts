import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
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

/** A number in any notation in, E.164 out; a Dutch number only (the plan's numbers are Dutch). */
export const dutchNumberSchema = z.string().transform((value, ctx) => {
  const read = readNumber(value);
  if (read === null || read.parsed.country !== 'NL') {
    ctx.addIssue({ code: 'custom', message: 'phone_number' });
    return z.NEVER;
  }
  return read.parsed.number;
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
