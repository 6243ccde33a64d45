import type { z } from 'zod';
import type {
  apiTokenSchema,
  createdApiTokenSchema,
  passwordChangedSchema,
  recoveryCodesSchema,
  totpSetupSchema,
} from '../../../core/access/self';
import { api } from '../../api/client';

export type TotpSetup = z.infer<typeof totpSetupSchema>;
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;
export type ApiToken = z.infer<typeof apiTokenSchema>;
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
export type PasswordChanged = z.infer<typeof passwordChangedSchema>;

export const selfApi = {
  changePassword: (body: { currentPassword: string; newPassword: string; keepTokenIds?: string[] }) =>
    api.post<PasswordChanged>('/api/me/password', body),
  startTotp: (password: string) => api.post<TotpSetup>('/api/me/totp/setup', { password }),
  enableTotp: (code: string) => api.post<RecoveryCodes>('/api/me/totp/enable', { code }),
  disableTotp: (password: string) => api.post<void>('/api/me/totp/disable', { password }),
  newRecoveryCodes: (password: string) => api.post<RecoveryCodes>('/api/me/recovery-codes', { password }),
  tokens: () => api.get<{ items: ApiToken[] }>('/api/me/tokens'),
  createToken: (body: {
    name: string;
    access: 'read' | 'read_write';
    expiresInDays?: number;
    password: string;
  }) => api.post<CreatedApiToken>('/api/me/tokens', body),
  revokeToken: (id: string, password: string) => api.post<void>(`/api/me/tokens/${id}/revoke`, { password }),
};

/** The QR code as an image: the SVG text goes into a data URL, never into the DOM as markup. */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
