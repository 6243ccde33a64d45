import { z } from 'zod';
import { PROFILE_NAMES, type Profile, profileSchema } from '../directory/profiles';
import type { IssueSpec } from '../errors';
import { idSchema } from '../ids';
import { type Feature, featureSchema } from './feature-matrix';
import { userNumbersSchema } from './number-plan';
import { extensionProblem, parsePhoneNumber } from './numbers';

/**
 * Each user's telephony features (DESIGN C2, issue 8): do-not-disturb, four kinds of forwarding,
 * voicemail, caller-ID presentation, simultaneous and sequential ring, the busy-lamp-field list.
 * One resource, `/api/users/:userId/features`; the user itself changes a part of it on "My phone".
 */

export const FORWARDING_KINDS = ['always', 'busy', 'noAnswer', 'unreachable'] as const;
export type ForwardingKind = (typeof FORWARDING_KINDS)[number];
export const FEATURE_OF_FORWARDING: Record<ForwardingKind, Feature> = {
  always: 'forward_always',
  busy: 'forward_busy',
  noAnswer: 'forward_no_answer',
  unreachable: 'forward_unreachable',
};

export const CALLER_ID_MODES = ['own_number', 'main_number', 'anonymous'] as const;
export type CallerIdMode = (typeof CALLER_ID_MODES)[number];
export const GREETINGS = ['standard', 'name', 'personal'] as const;
export type Greeting = (typeof GREETINGS)[number];
export const USER_LANGUAGES = ['nl', 'en'] as const;

export const MIN_AFTER_SECONDS = 5;
export const MAX_AFTER_SECONDS = 120;
export const DEFAULT_AFTER_SECONDS = 20;
export const MAX_RING_NUMBERS = 5;
/** A hard bound on the list in a request; the installation's own maximum is lower (CENTRALE_MAX_BLF_ENTRIES). */
export const BLF_HARD_LIMIT = 1000;
export const DEFAULT_MAX_BLF_ENTRIES = 50;

// Destinations

export type Destination =
  | { kind: 'voicemail' }
  | { kind: 'extension'; extension: string }
  | { kind: 'number'; e164: string };

export type DestinationProblem =
  | 'destination_format'
  | 'extension_format'
  | 'extension_length'
  | 'extension_reserved';

/**
 * Reads a destination: `voicemail`, an extension (digits only, not starting with 0, up to 6) or
 * a number in any usual Dutch or international notation (stored in E.164). An extension must
 * have the enterprise's length.
 */
export function parseDestination(
  input: string,
  extensionLength: number,
): { ok: Destination } | { problem: DestinationProblem } {
  const value = input.trim();
  if (value.toLowerCase() === 'voicemail') return { ok: { kind: 'voicemail' } };
  if (/^\d{1,6}$/.test(value) && !value.startsWith('0')) {
    const problem = extensionProblem(value, extensionLength);
    return problem ? { problem } : { ok: { kind: 'extension', extension: value } };
  }
  const parsed = parsePhoneNumber(value);
  if (parsed === null) return { problem: 'destination_format' };
  return { ok: { kind: 'number', e164: parsed.e164 } };
}

/** How a destination is stored and answered: `voicemail`, the extension, or the number in E.164. */
export const destinationText = (d: Destination): string =>
  d.kind === 'voicemail' ? 'voicemail' : d.kind === 'extension' ? d.extension : d.e164;

// Voicemail PIN

/**
 * A voicemail PIN is 4–8 digits, not one digit repeated (1111), not a run up or down (1234,
 * 9876, also wrapping: 8901), and not the user's own extension (the first thing a caller would try).
 */
export function pinProblem(
  pin: string,
  ownExtension: string | null,
): 'pin_format' | 'pin_repeated' | 'pin_sequential' | 'pin_extension' | null {
  if (!/^\d{4,8}$/.test(pin)) return 'pin_format';
  const digits = [...pin].map(Number);
  if (digits.every((d) => d === digits[0])) return 'pin_repeated';
  const steps = digits.slice(1).map((d, i) => (d - (digits[i] as number) + 10) % 10);
  if (steps.every((s) => s === 1) || steps.every((s) => s === 9)) return 'pin_sequential';
  if (ownExtension !== null && pin === ownExtension) return 'pin_extension';
  return null;
}

// Schemas

const destination = z.string().trim().max(40);
const forwardingEntry = z.strictObject({ enabled: z.boolean(), destination });
const noAnswerEntry = z.strictObject({
  enabled: z.boolean(),
  destination,
  afterSeconds: z.int().min(MIN_AFTER_SECONDS).max(MAX_AFTER_SECONDS).optional(),
});
export const forwardingInputSchema = z.strictObject({
  always: forwardingEntry,
  busy: forwardingEntry,
  noAnswer: noAnswerEntry,
  unreachable: forwardingEntry,
});
export type ForwardingInput = z.output<typeof forwardingInputSchema>;

export const simultaneousRingInputSchema = z.strictObject({
  enabled: z.boolean(),
  /** Numbers rung together with the desk phone (any notation). */
  numbers: z.array(destination).max(MAX_RING_NUMBERS),
  /** Do not ring them while the user is already on a call. */
  notWhileOnCall: z.boolean(),
});
export const sequentialRingInputSchema = z.strictObject({
  enabled: z.boolean(),
  /** Numbers or extensions rung one after another. */
  destinations: z.array(destination).max(MAX_RING_NUMBERS),
  secondsEach: z.int().min(MIN_AFTER_SECONDS).max(MAX_AFTER_SECONDS),
});

/** A new PIN (digits as text), null to remove it; left out, the PIN stays as it is. */
const pinInput = z.string().max(8, { error: 'pin_format' }).nullable().optional();

export const voicemailInputSchema = z.strictObject({
  enabled: z.boolean(),
  pin: pinInput,
  copyToEmail: z.boolean(),
  greeting: z.enum(GREETINGS),
});

export const userFeaturesInputSchema = z.strictObject({
  language: z.enum(USER_LANGUAGES),
  dnd: z.boolean(),
  forwarding: forwardingInputSchema,
  voicemail: voicemailInputSchema,
  callerId: z.enum(CALLER_ID_MODES),
  simultaneousRing: simultaneousRingInputSchema,
  sequentialRing: sequentialRingInputSchema,
  /** Users of the same enterprise whose line state the user's phone shows. */
  blf: z.array(idSchema).max(BLF_HARD_LIMIT),
});
export type UserFeaturesInput = z.output<typeof userFeaturesInputSchema>;

/** What the user itself changes on "My phone": forwarding, DND, PIN and greeting, simultaneous ring. */
export const myPhoneInputSchema = z.strictObject({
  dnd: z.boolean(),
  forwarding: forwardingInputSchema,
  voicemail: z.strictObject({ pin: pinInput, greeting: z.enum(GREETINGS) }),
  simultaneousRing: simultaneousRingInputSchema,
});
export type MyPhoneInput = z.output<typeof myPhoneInputSchema>;

/** The stored settings (what the database keeps; the PIN apart, hashed). */
export type UserFeatureSettings = {
  language: (typeof USER_LANGUAGES)[number];
  dnd: boolean;
  forwarding: ForwardingInput;
  voicemail: { enabled: boolean; copyToEmail: boolean; greeting: Greeting };
  callerId: CallerIdMode;
  simultaneousRing: z.output<typeof simultaneousRingInputSchema>;
  sequentialRing: z.output<typeof sequentialRingInputSchema>;
};

export const DEFAULT_SETTINGS: UserFeatureSettings = {
  language: 'nl',
  dnd: false,
  forwarding: {
    always: { enabled: false, destination: '' },
    busy: { enabled: false, destination: '' },
    noAnswer: { enabled: false, destination: '', afterSeconds: DEFAULT_AFTER_SECONDS },
    unreachable: { enabled: false, destination: '' },
  },
  voicemail: { enabled: false, copyToEmail: false, greeting: 'standard' },
  callerId: 'own_number',
  simultaneousRing: { enabled: false, numbers: [], notWhileOnCall: false },
  sequentialRing: { enabled: false, destinations: [], secondsEach: DEFAULT_AFTER_SECONDS },
};

const forwardingOut = z.object({ enabled: z.boolean(), destination: z.string() });
export const userFeaturesSchema = z.object({
  userId: idSchema,
  profile: profileSchema,
  profileName: z.string(),
  /** What the user's profile includes; the rest cannot be switched on. */
  included: z.array(featureSchema),
  language: z.enum(USER_LANGUAGES),
  dnd: z.boolean(),
  forwarding: z.object({
    always: forwardingOut,
    busy: forwardingOut,
    noAnswer: forwardingOut.extend({ afterSeconds: z.int() }),
    unreachable: forwardingOut,
  }),
  voicemail: z.object({
    enabled: z.boolean(),
    /** Whether a PIN is set; the PIN itself never leaves the server. */
    pinSet: z.boolean(),
    copyToEmail: z.boolean(),
    greeting: z.enum(GREETINGS),
  }),
  callerId: z.enum(CALLER_ID_MODES),
  simultaneousRing: z.object({
    enabled: z.boolean(),
    numbers: z.array(z.string()),
    notWhileOnCall: z.boolean(),
  }),
  sequentialRing: z.object({
    enabled: z.boolean(),
    destinations: z.array(z.string()),
    secondsEach: z.int(),
  }),
  blf: z.array(idSchema),
});
export type UserFeaturesDto = z.infer<typeof userFeaturesSchema>;

export const myPhoneSchema = z.object({
  userId: idSchema,
  name: z.string(),
  profile: profileSchema,
  profileName: z.string(),
  included: z.array(featureSchema),
  numbers: userNumbersSchema.omit({ userId: true }),
  dnd: z.boolean(),
  forwarding: userFeaturesSchema.shape.forwarding,
  voicemail: z.object({ enabled: z.boolean(), pinSet: z.boolean(), greeting: z.enum(GREETINGS) }),
  simultaneousRing: userFeaturesSchema.shape.simultaneousRing,
});
export type MyPhoneDto = z.infer<typeof myPhoneSchema>;

/** A full input from what the user itself may change, the rest kept as it is. */
export function mergeMyPhone(
  current: UserFeatureSettings,
  blf: readonly string[],
  input: MyPhoneInput,
): UserFeaturesInput {
  return {
    ...current,
    dnd: input.dnd,
    forwarding: input.forwarding,
    voicemail: { ...current.voicemail, pin: input.voicemail.pin, greeting: input.voicemail.greeting },
    simultaneousRing: input.simultaneousRing,
    blf: [...blf],
  };
}

// The rules

/** What the checks need to know of the user and its enterprise. */
export type FeatureContext = {
  profile: Profile;
  included: readonly Feature[];
  extensionLength: number;
  userId: string;
  ownExtension: string | null;
  ownFixed: string | null;
  ownMobile: string | null;
  /** The extensions of the enterprise that the input names and that exist. */
  knownExtensions: ReadonlySet<string>;
  /** The ids of the input's BLF list that are users of the same enterprise. */
  enterpriseUsers: ReadonlySet<string>;
  maxBlf: number;
};

/** The extensions an input names (for the one lookup of which exist). */
export function extensionsNamed(input: UserFeaturesInput, extensionLength: number): string[] {
  const texts = [
    ...FORWARDING_KINDS.map((k) => input.forwarding[k].destination),
    ...input.sequentialRing.destinations,
  ];
  const out = new Set<string>();
  for (const text of texts) {
    const parsed = parseDestination(text, extensionLength);
    if ('ok' in parsed && parsed.ok.kind === 'extension') out.add(parsed.ok.extension);
  }
  return [...out];
}

export type FeatureCheck =
  | { ok: true; settings: UserFeatureSettings; blf: string[]; pin: string | null | undefined }
  | { ok: false; fields: Record<string, IssueSpec> };

/**
 * Checks a user's settings against its profile and its enterprise, and normalises them
 * (destinations in E.164 or as the extension). A feature the profile does not include may be
 * sent switched off (as GET answers it), never on: the field issue names the profile.
 */
export function checkUserFeatures(input: UserFeaturesInput, c: FeatureContext): FeatureCheck {
  const fields: Record<string, IssueSpec> = {};
  const profileName = PROFILE_NAMES[c.profile];
  const has = (f: Feature) => c.included.includes(f);
  const notInProfile = (path: string, feature: Feature) => {
    fields[path] = { code: 'feature_not_in_profile', params: { profile: profileName, feature } };
  };
  const voicemailOn = input.voicemail.enabled;

  if (input.dnd && !has('do_not_disturb')) notInProfile('dnd', 'do_not_disturb');
  if (input.voicemail.enabled && !has('voicemail')) notInProfile('voicemail.enabled', 'voicemail');

  const isSelf = (d: Destination, mobileIsSelf: boolean) =>
    (d.kind === 'extension' && d.extension === c.ownExtension) ||
    (d.kind === 'number' && (d.e164 === c.ownFixed || (mobileIsSelf && d.e164 === c.ownMobile)));

  /** One destination: its problem at `path`, or its normal form. */
  const destinationAt = (
    path: string,
    text: string,
    options: { voicemail: boolean; mobileIsSelf: boolean; numbersOnly?: boolean },
  ): string | null => {
    if (text.trim() === '') {
      fields[path] = 'required';
      return null;
    }
    const parsed = parseDestination(text, c.extensionLength);
    if ('problem' in parsed) {
      fields[path] =
        parsed.problem === 'extension_length'
          ? { code: 'extension_length', params: { length: c.extensionLength } }
          : parsed.problem;
      return null;
    }
    const d = parsed.ok;
    if (d.kind === 'voicemail') {
      if (!options.voicemail) fields[path] = 'destination_format';
      else if (!has('voicemail')) {
        fields[path] = {
          code: 'feature_not_in_profile',
          params: { profile: profileName, feature: 'voicemail' },
        };
      } else if (!voicemailOn) fields[path] = 'voicemail_off';
      return fields[path] ? null : destinationText(d);
    }
    if (d.kind === 'extension') {
      if (options.numbersOnly) {
        fields[path] = 'destination_number_only';
        return null;
      }
      if (!c.knownExtensions.has(d.extension)) {
        fields[path] = 'extension_unknown';
        return null;
      }
    }
    if (isSelf(d, options.mobileIsSelf)) {
      fields[path] = 'forward_to_self';
      return null;
    }
    return destinationText(d);
  };

  const forwarding = structuredClone(DEFAULT_SETTINGS.forwarding);
  for (const kind of FORWARDING_KINDS) {
    const entry = input.forwarding[kind];
    const base = `forwarding.${kind}`;
    let normal = entry.destination.trim();
    if (entry.enabled) {
      if (!has(FEATURE_OF_FORWARDING[kind])) {
        notInProfile(`${base}.enabled`, FEATURE_OF_FORWARDING[kind]);
      } else {
        normal =
          destinationAt(`${base}.destination`, entry.destination, { voicemail: true, mobileIsSelf: true }) ??
          normal;
      }
    } else if (normal !== '') {
      // Kept for later; still it has to be a destination (a stored one is always valid).
      normal =
        destinationAt(`${base}.destination`, entry.destination, { voicemail: true, mobileIsSelf: true }) ??
        normal;
      if (fields[`${base}.destination`] === 'voicemail_off') {
        delete fields[`${base}.destination`];
        normal = 'voicemail';
      }
    }
    forwarding[kind] = { enabled: entry.enabled, destination: normal };
  }
  forwarding.noAnswer.afterSeconds = input.forwarding.noAnswer.afterSeconds ?? DEFAULT_AFTER_SECONDS;

  const list = (
    path: string,
    texts: readonly string[],
    options: { mobileIsSelf: boolean; numbersOnly: boolean },
  ): string[] => {
    const out: string[] = [];
    texts.forEach((text, i) => {
      const normal = destinationAt(`${path}.${i}`, text, { voicemail: false, ...options });
      if (normal === null) return;
      if (out.includes(normal)) fields[`${path}.${i}`] = 'duplicate_entry';
      else out.push(normal);
    });
    return out;
  };

  const sim = input.simultaneousRing;
  if (sim.enabled && !has('simultaneous_ring')) notInProfile('simultaneousRing.enabled', 'simultaneous_ring');
  // Ringing one's own mobile along with the desk phone is the point; the desk's own number is not.
  const simNumbers = list('simultaneousRing.numbers', sim.numbers, {
    mobileIsSelf: false,
    numbersOnly: true,
  });
  if (sim.enabled && sim.numbers.length === 0) fields['simultaneousRing.numbers'] = 'required';

  const seq = input.sequentialRing;
  if (seq.enabled && !has('sequential_ring')) notInProfile('sequentialRing.enabled', 'sequential_ring');
  const seqDestinations = list('sequentialRing.destinations', seq.destinations, {
    mobileIsSelf: false,
    numbersOnly: false,
  });
  if (seq.enabled && seq.destinations.length === 0) fields['sequentialRing.destinations'] = 'required';

  if (input.blf.length > 0 && !has('busy_lamp_field')) notInProfile('blf', 'busy_lamp_field');
  else if (input.blf.length > c.maxBlf) fields.blf = { code: 'blf_too_many', params: { max: c.maxBlf } };
  const seen = new Set<string>();
  input.blf.forEach((id, i) => {
    const path = `blf.${i}`;
    if (id === c.userId) fields[path] = 'blf_self';
    else if (seen.has(id)) fields[path] = 'duplicate_entry';
    else if (!c.enterpriseUsers.has(id)) fields[path] = 'blf_unknown_user';
    seen.add(id);
  });

  if (input.voicemail.pin !== undefined && input.voicemail.pin !== null) {
    const problem = pinProblem(input.voicemail.pin, c.ownExtension);
    if (problem) fields['voicemail.pin'] = problem;
  }

  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    pin: input.voicemail.pin,
    blf: [...seen],
    settings: {
      language: input.language,
      dnd: input.dnd,
      forwarding,
      voicemail: {
        enabled: input.voicemail.enabled,
        copyToEmail: input.voicemail.copyToEmail,
        greeting: input.voicemail.greeting,
      },
      callerId: input.callerId,
      simultaneousRing: { enabled: sim.enabled, numbers: simNumbers, notWhileOnCall: sim.notWhileOnCall },
      sequentialRing: { enabled: seq.enabled, destinations: seqDestinations, secondsEach: seq.secondsEach },
    },
  };
}

/** The features a user's settings use (switched on), to refuse taking one away from its profile. */
export function featuresInUse(settings: UserFeatureSettings, blfCount: number): Feature[] {
  const used: Feature[] = [];
  if (settings.dnd) used.push('do_not_disturb');
  for (const kind of FORWARDING_KINDS)
    if (settings.forwarding[kind].enabled) used.push(FEATURE_OF_FORWARDING[kind]);
  if (settings.voicemail.enabled) used.push('voicemail');
  if (settings.simultaneousRing.enabled) used.push('simultaneous_ring');
  if (settings.sequentialRing.enabled) used.push('sequential_ring');
  if (blfCount > 0) used.push('busy_lamp_field');
  return used;
}
