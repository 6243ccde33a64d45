import { z } from 'zod';
import { idSchema } from '../ids';
import { RECIPIENT_LANGUAGES } from '../notifications/outbox';
import { PERMISSIONS } from './permissions';
import { roleSchema } from './roles';

/** The logged-in account as `GET /api/me` and `POST /api/auth/login` return it. */
export const meSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  partnerId: idSchema.nullable(),
  enterpriseId: idSchema.nullable(),
  userId: idSchema.nullable(),
  /** null: every enterprise (provider staff). */
  enterpriseIds: z.array(idSchema).nullable(),
  /** null: every site of those enterprises; a list for site admins (empty for end users). */
  siteIds: z.array(idSchema).nullable(),
  /** What the role may do; writes stay listed while the training gate holds (see trainingRequired). */
  permissions: z.array(z.enum(PERMISSIONS)),
  totpEnabled: z.boolean(),
  passwordChangeRequired: z.boolean(),
  passwordExpiresAt: z.iso.datetime().nullable(),
  /**
   * The password rules of the account's role, so that a password field can say them before the
   * first attempt: the length, how many of the four character classes (lower case, upper case,
   * digit, symbol), and how many former passwords may not come back. The login name is never allowed.
   */
  passwordRules: z.object({
    minLength: z.int(),
    requiredClasses: z.int(),
    historyCount: z.int(),
  }),
  twoFactorEnrolmentRequired: z.boolean(),
  /** The Telecom Manager training is not recorded: the account may read but not change (guide §2.2). */
  trainingRequired: z.boolean(),
  via: z.enum(['session', 'token']),
  access: z.enum(['read', 'read_write']),
  lastLoginAt: z.iso.datetime().nullable(),
  /** The language of the e-mails the account gets. */
  language: z.enum(RECIPIENT_LANGUAGES),
});
export type Me = z.infer<typeof meSchema>;

export const sessionSchema = z.object({ account: meSchema, csrfToken: z.string().nullable() });
export type SessionDto = z.infer<typeof sessionSchema>;

export const loginInputSchema = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
  totp: z.string().trim().max(32).optional(),
});
