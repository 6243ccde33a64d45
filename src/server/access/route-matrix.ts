import { randomUUID } from 'node:crypto';
import { G, type MatrixRows } from '../testing/route-matrix';

/** The access routes in the role × route matrix (see testing/route-matrix.ts). */
export const ACCESS_ROUTES: MatrixRows = {
  'POST /api/auth/login': {
    attempt: () => ({ url: '/api/auth/login', body: { email: 'nobody@example.test', password: 'wrong' } }),
    expect: { anonymous: 401, others: 401 },
    code: 'invalid_credentials',
  },
  'POST /api/auth/logout': {
    attempt: () => ({ url: '/api/auth/logout' }),
    expect: { others: 204 },
    freshSession: true,
  },
  'GET /api/me': { attempt: () => ({ url: '/api/me' }), expect: { others: 200 } },
  'PUT /api/me/language': {
    attempt: () => ({ url: '/api/me/language', body: { language: 'en' } }),
    expect: { others: 200 },
  },
  'POST /api/me/password': {
    attempt: () => ({
      url: '/api/me/password',
      body: { currentPassword: 'wrong', newPassword: 'Another-Password-2026!' },
    }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'POST /api/me/totp/setup': {
    attempt: () => ({ url: '/api/me/totp/setup', body: { password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'POST /api/me/totp/enable': {
    attempt: () => ({ url: '/api/me/totp/enable', body: { code: '123456' } }),
    expect: { others: 409 },
    code: 'conflict',
  },
  'POST /api/me/totp/disable': {
    attempt: () => ({ url: '/api/me/totp/disable', body: { password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'POST /api/me/recovery-codes': {
    attempt: () => ({ url: '/api/me/recovery-codes', body: { password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'GET /api/me/tokens': { attempt: () => ({ url: '/api/me/tokens' }), expect: { others: 200 } },
  'POST /api/me/tokens': {
    attempt: () => ({ url: '/api/me/tokens', body: { name: 'ci', access: 'read', password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'POST /api/me/tokens/:tokenId/revoke': {
    attempt: () => ({ url: `/api/me/tokens/${randomUUID()}/revoke`, body: { password: 'wrong' } }),
    expect: { others: 403 },
    code: 'reauthentication_failed',
  },
  'GET /api/security-policies': {
    attempt: () => ({ url: '/api/security-policies' }),
    expect: { ...G('provider_admin', 'provider_agent')(200), others: 403 },
  },
  'PUT /api/security-policies/:role': {
    attempt: () => ({
      url: '/api/security-policies/receptionist',
      body: {
        minLength: 10,
        requiredClasses: 3,
        maxAgeDays: 0,
        historyCount: 3,
        lockoutThreshold: 10,
        lockoutMinutes: 15,
        twoFactorRequired: false,
      },
    }),
    expect: { provider_admin: 200, others: 403 },
  },
};
