import { describe, expect, it } from 'vitest';
import { fieldMessages } from '../messages/zod-issues';
import { loginInputSchema, meSchema, sessionSchema } from './me';
import { permissionsOf } from './permissions';

const fields = fieldMessages;

describe('loginInputSchema', () => {
  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [
      { email: 'admin@example.com', password: 'secret' },
      { email: 'admin@example.com', password: 'secret' },
    ],
    // The e-mail address and code are trimmed; the password is taken as typed.
    [
      { email: '  Admin@Example.com ', password: ' secret ', totp: ' 123456 ' },
      { email: 'Admin@Example.com', password: ' secret ', totp: '123456' },
    ],
  ])('accepts %j', (input, output) => {
    expect(loginInputSchema.parse(input)).toStrictEqual(output);
  });

  it.each<[Record<string, unknown>, Record<string, string>]>([
    [{}, { email: 'is required', password: 'is required' }],
    [
      { email: '   ', password: '' },
      { email: 'is required', password: 'is required' },
    ],
    [{ email: 'a@b.nl', password: 'x', totp: 'x'.repeat(33) }, { totp: 'must be at most 32 characters' }],
    [{ email: 'a@b.nl', password: 'x', remember: true }, { remember: 'is not a known field' }],
  ])('refuses %j', (input, expected) => {
    expect(fields(loginInputSchema, input)).toStrictEqual(expected);
  });

  it('accepts the longest e-mail address and password it allows', () => {
    expect(fields(loginInputSchema, { email: 'a'.repeat(254), password: 'x'.repeat(1024) })).toBeNull();
  });

  // The length checks carry their own messages (a message on the type would answer them
  // "is required").
  it('tells an over-long e-mail address and password that they are too long', () => {
    expect(fields(loginInputSchema, { email: 'a'.repeat(255), password: 'x'.repeat(1025) })).toStrictEqual({
      email: 'must be at most 254 characters',
      password: 'must be at most 1024 characters',
    });
  });
});

describe('meSchema and sessionSchema', () => {
  const me = {
    id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    email: 'tm@bedrijf.nl',
    name: 'Telecom Manager',
    role: 'enterprise_admin',
    partnerId: null,
    enterpriseId: '9b2d4c1a-7e5f-4a3b-8c6d-1e2f3a4b5c6d',
    userId: null,
    enterpriseIds: ['9b2d4c1a-7e5f-4a3b-8c6d-1e2f3a4b5c6d'],
    siteIds: null,
    permissions: permissionsOf('enterprise_admin'),
    totpEnabled: false,
    passwordChangeRequired: false,
    passwordExpiresAt: '2026-08-02T09:00:00.000Z',
    passwordRules: { minLength: 12, requiredClasses: 4, historyCount: 10 },
    twoFactorEnrolmentRequired: false,
    trainingRequired: true,
    via: 'session',
    access: 'read_write',
    lastLoginAt: null,
    language: 'nl',
  };

  it('parses the logged-in account', () => {
    expect(meSchema.parse(me)).toStrictEqual(me);
    expect(sessionSchema.parse({ account: me, csrfToken: 'abc' })).toStrictEqual({
      account: me,
      csrfToken: 'abc',
    });
    expect(sessionSchema.parse({ account: me, csrfToken: null })).toStrictEqual({
      account: me,
      csrfToken: null,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown permission', { permissions: ['sites.delete'] }],
    ['an unknown way in', { via: 'cookie' }],
    ['an unknown access', { access: 'write' }],
    ['a site that is no UUID', { siteIds: ['s1'] }],
    ['a non-ISO expiry', { passwordExpiresAt: '2026-08-02' }],
    ['no password rules', { passwordRules: undefined }],
  ])('refuses %s', (_label, change) => {
    expect(meSchema.safeParse({ ...me, ...change }).success).toBe(false);
  });
});
