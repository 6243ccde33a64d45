import { z } from 'zod';
import type { IssueSpec } from '../errors';
import { idSchema } from '../ids';
import { distributionSchema, ringPatternSchema, weightSchema } from './distribution';
import { destinationText, parseDestination } from './features';
import { extensionProblem, parsePhoneNumber } from './numbers';

/**
 * Hunt groups (huntgroepen, guide §5.1) and call pickup groups, each of a site. A hunt group
 * offers a call to its members in order (see distribution.ts): users of the enterprise and
 * outside numbers (a mobile, another site) alike. After `huntAfterSeconds` without answer the
 * next member rings; after `timeoutSeconds` in all (when set) the call goes to the timeout
 * destination. When all members are busy, or none is reachable (none logged in), the call gets a
 * busy tone or goes to a destination. A pickup group's users may pick up each other's calls.
 */

export const GROUP_NAME_MAX = 60;
export const MIN_HUNT_AFTER_SECONDS = 5;
export const MAX_HUNT_AFTER_SECONDS = 120;
export const DEFAULT_HUNT_AFTER_SECONDS = 15;
export const MIN_TIMEOUT_SECONDS = 10;
export const MAX_TIMEOUT_SECONDS = 3600;
export const MAX_MEMBERS = 100;

/** What happens to a call when all members are busy or none is reachable. */
export const OVERFLOW_ACTIONS = ['busy_tone', 'forward'] as const;
export type OverflowAction = (typeof OVERFLOW_ACTIONS)[number];
export const overflowActionSchema = z.enum(OVERFLOW_ACTIONS);

const timestamp = z.string();
const groupName = z.string().trim().min(1).max(GROUP_NAME_MAX);
const destination = z.string().trim().max(40);

// Hunt groups

export const huntGroupSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  siteId: idSchema,
  siteName: z.string(),
  name: z.string(),
  /** The group's extension in the enterprise's number plan, or null. */
  extension: z.string().nullable(),
  /** The group's number of the plan (E.164), or null. */
  number: z.string().nullable(),
  distribution: distributionSchema,
  huntAfterSeconds: z.int(),
  /** The total time before the call goes to `timeoutDestination`; null: no total timeout. */
  timeoutSeconds: z.int().nullable(),
  timeoutDestination: z.string().nullable(),
  busyAction: overflowActionSchema,
  busyDestination: z.string().nullable(),
  unreachableAction: overflowActionSchema,
  unreachableDestination: z.string().nullable(),
  callWaiting: z.boolean(),
  ringPattern: ringPatternSchema,
  memberCount: z.int(),
  loggedInCount: z.int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type HuntGroupDto = z.infer<typeof huntGroupSchema>;

const optionalDestination = destination.nullable().optional();

export const huntGroupInputSchema = z.strictObject({
  siteId: idSchema,
  name: groupName,
  /** Digits of the enterprise's extension length; null or left out: none. */
  extension: z.string().trim().max(6).nullable().optional(),
  /** A free number of the enterprise's plan, in any usual notation; null or left out: none. */
  number: z.string().trim().max(30).nullable().optional(),
  distribution: distributionSchema.default('regular'),
  huntAfterSeconds: z
    .int()
    .min(MIN_HUNT_AFTER_SECONDS)
    .max(MAX_HUNT_AFTER_SECONDS)
    .default(DEFAULT_HUNT_AFTER_SECONDS),
  timeoutSeconds: z.int().min(MIN_TIMEOUT_SECONDS).max(MAX_TIMEOUT_SECONDS).nullable().default(null),
  timeoutDestination: optionalDestination,
  busyAction: overflowActionSchema.default('busy_tone'),
  busyDestination: optionalDestination,
  unreachableAction: overflowActionSchema.default('busy_tone'),
  unreachableDestination: optionalDestination,
  callWaiting: z.boolean().default(false),
  ringPattern: ringPatternSchema.default('normal'),
});
export type HuntGroupInput = z.output<typeof huntGroupInputSchema>;

export const huntGroupPatchSchema = z.strictObject({
  siteId: idSchema.optional(),
  name: groupName.optional(),
  extension: z.string().trim().max(6).nullable().optional(),
  number: z.string().trim().max(30).nullable().optional(),
  distribution: distributionSchema.optional(),
  huntAfterSeconds: z.int().min(MIN_HUNT_AFTER_SECONDS).max(MAX_HUNT_AFTER_SECONDS).optional(),
  timeoutSeconds: z.int().min(MIN_TIMEOUT_SECONDS).max(MAX_TIMEOUT_SECONDS).nullable().optional(),
  timeoutDestination: optionalDestination,
  busyAction: overflowActionSchema.optional(),
  busyDestination: optionalDestination,
  unreachableAction: overflowActionSchema.optional(),
  unreachableDestination: optionalDestination,
  callWaiting: z.boolean().optional(),
  ringPattern: ringPatternSchema.optional(),
});
export type HuntGroupPatch = z.output<typeof huntGroupPatchSchema>;

/** The call handling of a hunt group as stored (destinations in their normal form). */
export type HuntGroupHandling = {
  distribution: z.infer<typeof distributionSchema>;
  huntAfterSeconds: number;
  timeoutSeconds: number | null;
  timeoutDestination: string | null;
  busyAction: OverflowAction;
  busyDestination: string | null;
  unreachableAction: OverflowAction;
  unreachableDestination: string | null;
  callWaiting: boolean;
  ringPattern: z.infer<typeof ringPatternSchema>;
};

export type HandlingContext = {
  extensionLength: number;
  /** The extensions of the enterprise among those the handling names. */
  knownExtensions: ReadonlySet<string>;
  /** The group's own extension (a forward to itself would loop). */
  ownExtension: string | null;
  ownNumber: string | null;
};

/** The extensions a handling names (to look up which exist). */
export function extensionsNamedBy(
  h: Pick<HuntGroupHandling, 'timeoutDestination' | 'busyDestination' | 'unreachableDestination'>,
  extensionLength: number,
): string[] {
  const out: string[] = [];
  for (const text of [h.timeoutDestination, h.busyDestination, h.unreachableDestination]) {
    if (text === null || text.trim() === '') continue;
    const parsed = parseDestination(text, extensionLength);
    if ('ok' in parsed && parsed.ok.kind === 'extension') out.push(parsed.ok.extension);
  }
  return out;
}

/**
 * The rules of a hunt group's call handling: a destination (an extension of the enterprise or an
 * outside number, never voicemail: a group has no box, nor the group itself) is required where
 * the call is forwarded and unused otherwise (kept empty); a total timeout shorter than one
 * member's ring time would never hunt. Answers the normal form, or the field issues.
 */
export function checkHandling(
  h: HuntGroupHandling,
  c: HandlingContext,
): { ok: true; handling: HuntGroupHandling } | { ok: false; fields: Record<string, IssueSpec> } {
  const fields: Record<string, IssueSpec> = {};
  const at = (path: string, text: string | null, needed: boolean): string | null => {
    if (!needed) return null;
    if (text === null || text.trim() === '') {
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
      fields[path] = 'group_no_voicemail';
      return null;
    }
    if (d.kind === 'extension' && d.extension === c.ownExtension) {
      fields[path] = 'forward_to_self';
      return null;
    }
    if (d.kind === 'number' && d.e164 === c.ownNumber) {
      fields[path] = 'forward_to_self';
      return null;
    }
    if (d.kind === 'extension' && !c.knownExtensions.has(d.extension)) {
      fields[path] = 'extension_unknown';
      return null;
    }
    return destinationText(d);
  };
  const timeoutDestination = at('timeoutDestination', h.timeoutDestination, h.timeoutSeconds !== null);
  const busyDestination = at('busyDestination', h.busyDestination, h.busyAction === 'forward');
  const unreachableDestination = at(
    'unreachableDestination',
    h.unreachableDestination,
    h.unreachableAction === 'forward',
  );
  if (h.timeoutSeconds !== null && h.timeoutSeconds < h.huntAfterSeconds) {
    fields.timeoutSeconds = { code: 'timeout_before_hunt', params: { seconds: h.huntAfterSeconds } };
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, handling: { ...h, timeoutDestination, busyDestination, unreachableDestination } };
}

/** An extension's problem with the enterprise's length, as a field issue. */
export function extensionIssue(extension: string, length: number): IssueSpec | null {
  const problem = extensionProblem(extension, length);
  return problem ? { code: problem, params: { length } } : null;
}

// Members

export const MEMBER_KINDS = ['user', 'external'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const huntGroupMemberSchema = z.object({
  id: idSchema,
  huntGroupId: idSchema,
  /** 1 is the top of the list. */
  position: z.int(),
  kind: z.enum(MEMBER_KINDS),
  userId: idSchema.nullable(),
  /** The user's name (for a reader whose scope holds it), or null. */
  userName: z.string().nullable(),
  /** An outside member's number in E.164, or null. */
  externalNumber: z.string().nullable(),
  weight: z.int(),
  loggedIn: z.boolean(),
  createdAt: timestamp,
});
export type HuntGroupMemberDto = z.infer<typeof huntGroupMemberSchema>;

/** An outside number for a member: any usual notation, to E.164. */
export const externalNumberSchema = z
  .string()
  .trim()
  .max(30)
  .transform((value, ctx) => {
    const parsed = parsePhoneNumber(value);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: 'phone_number' });
      return z.NEVER;
    }
    return parsed.e164;
  });

export const huntGroupMemberInputSchema = z
  .strictObject({
    userId: idSchema.optional(),
    externalNumber: externalNumberSchema.optional(),
    weight: weightSchema.default(1),
    loggedIn: z.boolean().default(true),
    /** Where in the list (1: the top); left out: at the end. */
    position: z.int().min(1).max(MAX_MEMBERS).optional(),
  })
  .refine((m) => (m.userId === undefined) !== (m.externalNumber === undefined), {
    message: 'member_user_or_number',
    path: ['userId'],
  });
export type HuntGroupMemberInput = z.output<typeof huntGroupMemberInputSchema>;

export const huntGroupMemberPatchSchema = z.strictObject({
  weight: weightSchema.optional(),
  loggedIn: z.boolean().optional(),
});

export const memberOrderSchema = z.strictObject({
  /** Every member id of the group, once each, in the new order. */
  memberIds: z.array(idSchema).min(1).max(MAX_MEMBERS),
});

/** Whether `ids` is exactly the group's members, each once (a reorder names them all). */
export function orderProblem(
  current: readonly string[],
  ids: readonly string[],
): 'order_duplicate' | 'order_members' | null {
  if (new Set(ids).size !== ids.length) return 'order_duplicate';
  const known = new Set(current);
  if (ids.length !== current.length || ids.some((id) => !known.has(id))) return 'order_members';
  return null;
}

/** The list with the item at `from` moved to `to` (0-based; clamped), for the editor's keyboard moves. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1) as [T];
  out.splice(target, 0, item);
  return out;
}

// Self-service: my hunt groups

export const myHuntGroupSchema = z.object({
  huntGroupId: idSchema,
  name: z.string(),
  extension: z.string().nullable(),
  number: z.string().nullable(),
  memberId: idSchema,
  loggedIn: z.boolean(),
});
export type MyHuntGroupDto = z.infer<typeof myHuntGroupSchema>;

export const myMembershipInputSchema = z.strictObject({ loggedIn: z.boolean() });

// Pickup groups

export const pickupGroupMemberSchema = z.object({
  userId: idSchema,
  userName: z.string().nullable(),
  siteId: idSchema.nullable(),
});

export const pickupGroupSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  siteId: idSchema,
  siteName: z.string(),
  name: z.string(),
  members: z.array(pickupGroupMemberSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type PickupGroupDto = z.infer<typeof pickupGroupSchema>;

export const pickupGroupInputSchema = z.strictObject({ siteId: idSchema, name: groupName });
export const pickupGroupPatchSchema = pickupGroupInputSchema.partial();
export const pickupMemberInputSchema = z.strictObject({ userId: idSchema });
