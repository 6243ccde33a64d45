import { z } from 'zod';
import { emailSchema, nameSchema } from '../directory/schemas';
import { idSchema } from '../ids';
import type { Actor } from './actor';
import { inScope } from './policy';
import { isUserRole, type Role, roleSchema } from './roles';

/** Portal accounts as they cross the API. */
export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;

export const accountInputSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  partnerId: idSchema.nullable().optional(),
  enterpriseId: idSchema.nullable().optional(),
  userId: idSchema.nullable().optional(),
  siteIds: z.array(idSchema).max(500).optional(),
});

export const accountPatchSchema = z.strictObject({
  email: emailSchema.optional(),
  name: nameSchema.optional(),
  role: roleSchema.optional(),
  siteIds: z.array(idSchema).max(500).optional(),
  status: z.enum(ACCOUNT_STATUSES).optional(),
});

export const accountSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  partnerId: idSchema.nullable(),
  /** The partner's name, for a partner's account (null otherwise). */
  partnerName: z.string().nullable(),
  enterpriseId: idSchema.nullable(),
  /** The customer's name, for an account of an enterprise (null for provider and partner staff). */
  enterpriseName: z.string().nullable(),
  userId: idSchema.nullable(),
  siteIds: z.array(idSchema),
  status: z.enum(ACCOUNT_STATUSES),
  totpEnabled: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  mustChangePassword: z.boolean(),
  passwordChangedAt: z.iso.datetime(),
  lastLoginAt: z.iso.datetime().nullable(),
  /** For enterprise and partner admins: whether the Telecom Manager training is recorded. */
  trained: z.boolean().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AccountDto = z.infer<typeof accountSchema>;

export const createdAccountSchema = z.object({
  account: accountSchema,
  /** Shown once; the account must choose its own password at first login. */
  temporaryPassword: z.string(),
});

export const temporaryPasswordSchema = z.object({ temporaryPassword: z.string() });

/**
 * Is this account inside the actor's scope? Provider- and partner-level accounts belong to no
 * enterprise, so only provider staff see them. A site admin sees only the user-level logins of
 * users on its own sites.
 */
export function accountInScope(
  actor: Actor,
  account: { role: Role; enterpriseId: string | null },
  userSiteId: string | null,
): boolean {
  if (actor.siteIds !== 'all' && !isUserRole(account.role)) return false;
  return inScope(actor, { enterpriseId: account.enterpriseId, siteId: userSiteId });
}
