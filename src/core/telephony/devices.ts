import { z } from 'zod';
import { idSchema } from '../ids';
import type { IssueCode } from '../messages';

/**
 * Devices (guide §2.3, the provisioning form's "toestellen"): what a site's users call with. A
 * device is an instance of a model of the provider's catalogue; a desk phone, DECT base or
 * handset, conference phone or ATA is known by its MAC address, a SIM card by its ICCID, a
 * softphone by nothing but its lines. Each line registers with SIP credentials of its own.
 */

export const DEVICE_KINDS = [
  'desk_phone',
  'dect_base',
  'dect_handset',
  'conference',
  'ata',
  'softphone',
  'sim',
] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const OWNERSHIPS = ['rented', 'bought'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** How a device of a kind is known: its MAC address, its SIM's ICCID, or nothing (a softphone). */
export type DeviceIdentifier = 'mac' | 'iccid' | 'none';

export const IDENTIFIER_OF_KIND: Readonly<Record<DeviceKind, DeviceIdentifier>> = {
  desk_phone: 'mac',
  dect_base: 'mac',
  dect_handset: 'mac',
  conference: 'mac',
  ata: 'mac',
  softphone: 'none',
  sim: 'iccid',
};

/** Lines a model may have (a desk phone's line keys, an ATA's ports); a device has 1 … its model's. */
export const MIN_MODEL_LINES = 1;
export const MAX_MODEL_LINES = 16;

// MAC addresses

export type MacProblem = 'mac_format' | 'mac_broadcast' | 'mac_multicast' | 'mac_zero';

const MAC_NOTATIONS = [
  /^([0-9a-f]{2})([:-])([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})$/i,
  /^([0-9a-f]{4})\.([0-9a-f]{4})\.([0-9a-f]{4})$/i,
  /^[0-9a-f]{12}$/i,
];

/**
 * A MAC address in the usual notations (`00:11:22:aa:bb:cc`, `00-11-22-AA-BB-CC`,
 * `0011.22aa.bbcc`, `001122AABBCC`) to 12 lower-case hex digits. A device's own address is a
 * unicast one: broadcast, multicast (the low bit of the first octet) and all zeros are refused.
 */
export function parseMac(input: string): { mac: string } | { problem: MacProblem } {
  const trimmed = input.trim();
  if (!MAC_NOTATIONS.some((re) => re.test(trimmed))) return { problem: 'mac_format' };
  const mac = trimmed.replace(/[:.-]/g, '').toLowerCase();
  if (mac === 'ffffffffffff') return { problem: 'mac_broadcast' };
  if (mac === '000000000000') return { problem: 'mac_zero' };
  if ((Number.parseInt(mac.slice(0, 2), 16) & 1) === 1) return { problem: 'mac_multicast' };
  return { mac };
}

/** `001122aabbcc` as people read it: `00:11:22:AA:BB:CC`. */
export const formatMac = (mac: string): string => (mac.toUpperCase().match(/../g) ?? []).join(':');

// ICCIDs

export type IccidProblem = 'iccid_format' | 'iccid_prefix' | 'iccid_checksum';

/** The Luhn check (ISO/IEC 7812) over a string of digits: the last digit checks the rest. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A SIM card's ICCID (ITU-T E.118): 19 or 20 digits, starting with 89 (telecom), the last a Luhn
 * check digit. Spaces (as printed on the card) are allowed in the input and dropped.
 */
export function parseIccid(input: string): { iccid: string } | { problem: IccidProblem } {
  const iccid = input.replace(/\s+/g, '');
  if (!/^\d{19,20}$/.test(iccid)) return { problem: 'iccid_format' };
  if (!iccid.startsWith('89')) return { problem: 'iccid_prefix' };
  if (!luhnValid(iccid)) return { problem: 'iccid_checksum' };
  return { iccid };
}

// A device as a whole

export type DeviceDraft = {
  kind: DeviceKind;
  maxLines: number;
  mac: string | null;
  iccid: string | null;
  lines: number;
};

/**
 * What is wrong with a device of a model, per field: the identifier its kind needs (and no
 * other), and a line count within the model's. Identifiers are already parsed by the schemas.
 */
export function deviceProblems(draft: DeviceDraft): Record<string, IssueCode> {
  const problems: Record<string, IssueCode> = {};
  const needs = IDENTIFIER_OF_KIND[draft.kind];
  if (needs === 'mac' && draft.mac === null) problems.mac = 'mac_required';
  if (needs !== 'mac' && draft.mac !== null) problems.mac = 'mac_not_for_kind';
  if (needs === 'iccid' && draft.iccid === null) problems.iccid = 'iccid_required';
  if (needs !== 'iccid' && draft.iccid !== null) problems.iccid = 'iccid_not_for_kind';
  if (draft.lines < MIN_MODEL_LINES || draft.lines > draft.maxLines) problems.lines = 'device_lines_count';
  return problems;
}

// SIP credentials

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const SIP_PASSWORD_LENGTH = 24;

/**
 * A password from random bytes (the caller's `crypto.getRandomValues`), without the modulo bias:
 * bytes ≥ 248 (4 × 62) are drawn again. 24 base62 characters carry about 143 bits.
 */
export function generatePassword(
  randomBytes: (n: number) => Uint8Array,
  length = SIP_PASSWORD_LENGTH,
  alphabet = BASE62,
): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

// Schemas, as they cross the API (server routes and portal forms alike)

const timestamp = z.iso.datetime();
export const deviceKindSchema = z.enum(DEVICE_KINDS);
export const ownershipSchema = z.enum(OWNERSHIPS);

/** A MAC in any usual notation in, 12 lower-case hex digits out. */
export const macSchema = z.string().transform((value, ctx) => {
  const parsed = parseMac(value);
  if ('problem' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }
  return parsed.mac;
});

/** An ICCID (spaces allowed) in, its digits out, Luhn-checked. */
export const iccidSchema = z.string().transform((value, ctx) => {
  const parsed = parseIccid(value);
  if ('problem' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }
  return parsed.iccid;
});

export const deviceModelSchema = z.object({
  id: idSchema,
  vendor: z.string(),
  model: z.string(),
  kind: deviceKindSchema,
  maxLines: z.int(),
  description: z.string().nullable(),
  /** Inactive models stay on the devices that have them; new devices cannot take them. */
  active: z.boolean(),
  /** How many devices of every enterprise are of this model (what keeps it from being removed). */
  deviceCount: z.int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type DeviceModelDto = z.infer<typeof deviceModelSchema>;

const modelName = z.string().trim().min(1).max(80);

export const deviceModelInputSchema = z.strictObject({
  vendor: modelName,
  model: modelName,
  kind: deviceKindSchema,
  maxLines: z.int().min(MIN_MODEL_LINES).max(MAX_MODEL_LINES),
  description: z.string().trim().max(500).nullable().optional(),
  active: z.boolean().optional(),
});

export const deviceModelPatchSchema = deviceModelInputSchema.partial();

export const deviceLineSchema = z.object({
  line: z.int(),
  /** The user the line registers as (null: a line of the device itself, such as a shared phone). */
  userId: idSchema.nullable(),
  userName: z.string().nullable(),
  sipUsername: z.string(),
  realm: z.string(),
  credentialsSetAt: timestamp,
});

/** A line's SIP password, in the one answer that made it; never again. */
export const sipCredentialsSchema = z.object({
  line: z.int(),
  sipUsername: z.string(),
  realm: z.string(),
  password: z.string(),
});
export type SipCredentialsDto = z.infer<typeof sipCredentialsSchema>;

export const deviceSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  siteId: idSchema,
  siteName: z.string(),
  userId: idSchema.nullable(),
  userName: z.string().nullable(),
  modelId: idSchema,
  vendor: z.string(),
  model: z.string(),
  kind: deviceKindSchema,
  maxLines: z.int(),
  /** 12 lower-case hex digits, or null for a SIM or softphone. */
  mac: z.string().nullable(),
  iccid: z.string().nullable(),
  label: z.string().nullable(),
  ownership: ownershipSchema,
  /** The day it was rented or bought (YYYY-MM-DD). */
  ownershipDate: z.string(),
  lines: z.array(deviceLineSchema),
  /** Only in the answer that created lines: their passwords, shown once. */
  credentials: z.array(sipCredentialsSchema).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type DeviceDto = z.infer<typeof deviceSchema>;

export const lineInputSchema = z.strictObject({ userId: idSchema.nullable() });

const optionalText = z.string().trim().max(100).nullable().optional();

export const deviceInputSchema = z.strictObject({
  siteId: idSchema,
  modelId: idSchema,
  /** The device's user; also the user of its first line when `lines` is not given. */
  userId: idSchema.nullable().optional(),
  mac: macSchema.nullable().optional(),
  iccid: iccidSchema.nullable().optional(),
  label: optionalText,
  ownership: ownershipSchema,
  ownershipDate: z.iso.date(),
  /** The lines, in order (line 1 first); each gets SIP credentials. Default: one, for the user. */
  lines: z.array(lineInputSchema).min(1).max(MAX_MODEL_LINES).optional(),
});

/**
 * A change of a device. `lines` replaces the lines: those kept (by position) keep their
 * credentials, new ones get new credentials (in the answer, once), those beyond go.
 */
export const devicePatchSchema = deviceInputSchema.partial();

export const lineParams = z.object({
  deviceId: idSchema,
  line: z.coerce.number().int().min(1).max(MAX_MODEL_LINES),
});
