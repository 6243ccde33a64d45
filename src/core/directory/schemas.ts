import { z } from 'zod';
import { idSchema } from '../ids';
import { normalisePostcode } from './postcode';
import { profileSchema } from './profiles';

/**
 * Shapes of the directory (C1) as they cross the API: what a client sends (create/update) and
 * what it gets back. Shared by the server's routes and the portal's forms.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

export const nameSchema = text(200);
export const emailSchema = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase());

export const postcodeSchema = z.string().transform((value, ctx) => {
  const normalised = normalisePostcode(value);
  if (normalised === null) {
    ctx.addIssue({ code: 'custom', message: 'postcode' });
    return z.NEVER;
  }
  return normalised;
});

/** Line types of §3.2.1, each with its own availability target. */
export const LINE_TYPES = ['dsl', 'fibre', 'ethernet', 'coax', 'third_party'] as const;
export const lineTypeSchema = z.enum(LINE_TYPES);
export type LineType = z.infer<typeof lineTypeSchema>;

export const CODECS = ['g711', 'g729'] as const;
export const codecSchema = z.enum(CODECS);

const timestamp = z.iso.datetime();

// Partners

export const partnerInputSchema = z.strictObject({
  name: nameSchema,
  contactEmail: emailSchema.nullable().optional(),
});
export const partnerPatchSchema = partnerInputSchema.partial();
export const partnerSchema = z.object({
  id: idSchema,
  name: z.string(),
  contactEmail: z.string().nullable(),
  enterpriseCount: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type PartnerDto = z.infer<typeof partnerSchema>;

// Enterprises

export const enterpriseInputSchema = z.strictObject({
  name: nameSchema,
  customerNumber: text(40).nullable().optional(),
  partnerId: idSchema.nullable().optional(),
});
export const enterprisePatchSchema = enterpriseInputSchema.partial();
export const enterpriseSchema = z.object({
  id: idSchema,
  name: z.string(),
  customerNumber: z.string().nullable(),
  partnerId: idSchema.nullable(),
  partnerName: z.string().nullable(),
  siteCount: z.number().int(),
  userCount: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type EnterpriseDto = z.infer<typeof enterpriseSchema>;

// Sites (locations)

export const siteInputSchema = z.strictObject({
  name: nameSchema,
  street: text(200),
  city: text(100),
  postcode: postcodeSchema,
  lineType: lineTypeSchema,
  voiceChannels: z.number().int().min(1).max(10_000),
  codec: codecSchema,
});
export const sitePatchSchema = siteInputSchema.partial();
export const siteSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  name: z.string(),
  street: z.string(),
  city: z.string(),
  postcode: z.string(),
  lineType: lineTypeSchema,
  voiceChannels: z.number().int(),
  codec: codecSchema,
  userCount: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type SiteDto = z.infer<typeof siteSchema>;

// Users (the people of an enterprise)

export const userInputSchema = z.strictObject({
  name: nameSchema,
  email: emailSchema.nullable().optional(),
  siteId: idSchema.nullable().optional(),
  profile: profileSchema,
});
export const userPatchSchema = userInputSchema.partial();
export const userSchema = z.object({
  id: idSchema,
  enterpriseId: idSchema,
  siteId: idSchema.nullable(),
  name: z.string(),
  email: z.string().nullable(),
  profile: profileSchema,
  /** Its extension, fixed number and mobile number (E.164), as the number plan has them. */
  extension: z.string().nullable(),
  number: z.string().nullable(),
  mobile: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type UserDto = z.infer<typeof userSchema>;

export const USER_SORTS = ['name', 'email', 'createdAt'] as const;
