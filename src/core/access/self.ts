import { z } from 'zod';
import { idSchema } from '../ids';
import { RECIPIENT_LANGUAGES } from '../notifications/outbox';

/** Requests of an account about itself: password, two-factor, API tokens. */
const password = z.string().min(1).max(1024);

/**
 * A new password ends the other sessions and revokes the account's API tokens (they may have
 * leaked with the old password), except the ones listed in `keepTokenIds`.
 */
export const changePasswordSchema = z.strictObject({
  currentPassword: password,
  newPassword: password,
  keepTokenIds: z.array(idSchema).max(100).optional(),
});
export const passwordChangedSchema = z.object({
  /** The API tokens the change revoked. */
  revokedTokenIds: z.array(idSchema),
});
export const passwordConfirmationSchema = z.strictObject({ password });

export const totpSetupSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  /** The otpauth URL as a QR code (SVG markup) to scan with an authenticator app. */
  qrSvg: z.string(),
});
export const totpEnableSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'totp_code_format' }),
});
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const API_TOKEN_ACCESS = ['read', 'read_write'] as const;
export const apiTokenInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  access: z.enum(API_TOKEN_ACCESS),
  /** Days until it expires; omit for a token that lives until revoked. */
  expiresInDays: z.int().min(1).max(3650).optional(),
  password,
});
export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  access: z.enum(API_TOKEN_ACCESS),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenDto = z.infer<typeof apiTokenSchema>;

/** The language of the e-mails an account gets (the portal's language switch sets it too). */
export const languageChoiceSchema = z.strictObject({ language: z.enum(RECIPIENT_LANGUAGES) });
export const createdApiTokenSchema = z.object({
  token: apiTokenSchema,
  /** The secret, shown once: send it as `Authorization: Bearer <secret>`. */
  secret: z.string(),
});
