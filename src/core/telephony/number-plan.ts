import { z } from 'zod';
import { idSchema } from '../ids';
import {
  ASSIGNEE_TYPES,
  dutchNumberSchema,
  MAX_BLOCK_SIZE,
  MAX_EXTENSION_LENGTH,
  MIN_EXTENSION_LENGTH,
  NUMBER_KINDS,
  NUMBER_ROLES,
  NUMBER_STATES,
} from './numbers';

/** The shapes of the number plan as they cross the API (server routes and portal forms alike). */

const timestamp = z.iso.datetime();
export const numberKindSchema = z.enum(NUMBER_KINDS);
export const numberStateSchema = z.enum(NUMBER_STATES);

// Enterprise telephony settings

export const telephonySettingsSchema = z.object({
  enterpriseId: idSchema,
  /** Digits of every extension of the enterprise (2–6). */
  extensionLength: z.int(),
  /** How many extensions exist (the length can change only while there are none). */
  extensionCount: z.int(),
});
export type TelephonySettingsDto = z.infer<typeof telephonySettingsSchema>;

export const telephonySettingsInputSchema = z.strictObject({
  extensionLength: z.int().min(MIN_EXTENSION_LENGTH).max(MAX_EXTENSION_LENGTH),
});

// Number blocks

export const numberBlockInputSchema = z.strictObject({
  /** The first number, in any usual notation. */
  first: dutchNumberSchema,
  size: z.int().min(1).max(MAX_BLOCK_SIZE),
  /** Allocate every number of the block to this site (optional). */
  siteId: idSchema.nullable().optional(),
  /** Numbers still being ported in start as `porting` instead of `free`. */
  porting: z.boolean().optional(),
});

export const numberCountsSchema = z.object({
  free: z.int(),
  assigned: z.int(),
  reserved: z.int(),
  porting: z.int(),
});

export const numberBlockSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  first: z.string(),
  last: z.string(),
  firstNational: z.string(),
  lastNational: z.string(),
  size: z.int(),
  kind: numberKindSchema,
  counts: numberCountsSchema,
  createdAt: timestamp,
});
export type NumberBlockDto = z.infer<typeof numberBlockSchema>;

// Numbers

export const assigneeSchema = z.object({
  type: z.enum(ASSIGNEE_TYPES),
  id: idSchema,
  role: z.enum(NUMBER_ROLES),
  /** The assignee's name, when the reader may see it. */
  name: z.string().nullable(),
});

export const numberSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  blockId: idSchema,
  /** E.164. */
  number: z.string(),
  national: z.string(),
  kind: numberKindSchema,
  state: numberStateSchema,
  siteId: idSchema.nullable(),
  assignee: assigneeSchema.nullable(),
  note: z.string().nullable(),
  updatedAt: timestamp,
});
export type NumberDto = z.infer<typeof numberSchema>;

/** What a number's manager may change: its state (not to or from assigned), site and note. */
export const numberPatchSchema = z.strictObject({
  state: z.enum(['free', 'reserved', 'porting']).optional(),
  siteId: idSchema.nullable().optional(),
  note: z.string().trim().max(200).nullable().optional(),
});

// A user's numbers

export const userNumbersSchema = z.object({
  userId: idSchema,
  extension: z.string().nullable(),
  fixed: numberSchema.pick({ id: true, number: true, national: true }).nullable(),
  mobile: numberSchema.pick({ id: true, number: true, national: true }).nullable(),
});
export type UserNumbersDto = z.infer<typeof userNumbersSchema>;

export const userNumbersInputSchema = z.strictObject({
  extension: z.string().trim().max(6).nullable(),
  /** The fixed number, in any usual notation; null for none. */
  fixed: dutchNumberSchema.nullable(),
  mobile: dutchNumberSchema.nullable(),
});
