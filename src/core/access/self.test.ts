import { describe, expect, it } from 'vitest';
import { fieldMessages } from '../messages/zod-issues';
import {
  API_TOKEN_ACCESS,
  apiTokenInputSchema,
  apiTokenSchema,
  changePasswordSchema,
  passwordConfirmationSchema,
  totpEnableSchema,
} from './self';

const fields = fieldMessages;

describe('changePasswordSchema', () => {
  it('keeps passwords exactly as typed (no trimming)', () => {
    expect(
      changePasswordSchema.parse({ currentPassword: ' old ', newPassword: ' New-Pass-2026 ' }),
    ).toStrictEqual({
      currentPassword: ' old ',
      newPassword: ' New-Pass-2026 ',
    });
  });

  it.each<[Record<string, unknown>, Record<string, string>]>([
    [{}, { currentPassword: 'is required', newPassword: 'is required' }],
    [{ currentPassword: '', newPassword: 'x' }, { currentPassword: 'is required' }],
    [{ currentPassword: 'x', newPassword: 42 }, { newPassword: 'must be text' }],
    [{ currentPassword: 'x', newPassword: 'y', confirm: 'y' }, { confirm: 'is not a known field' }],
  ])('refuses %j', (input, expected) => {
    expect(fields(changePasswordSchema, input)).toStrictEqual(expected);
  });

  it('accepts 1024 characters', () => {
    expect(fields(changePasswordSchema, { currentPassword: 'x', newPassword: 'y'.repeat(1024) })).toBeNull();
  });

  // A message on the type (`z.string({ error })`) would also answer length checks without their
  // own message: each check must carry its own.
  it('tells a password over 1024 characters that it is too long, not that it is required', () => {
    expect(
      fields(changePasswordSchema, { currentPassword: 'x', newPassword: 'y'.repeat(1025) }),
    ).toStrictEqual({
      newPassword: 'must be at most 1024 characters',
    });
  });
});

describe('passwordConfirmationSchema', () => {
  it.each<[unknown, Record<string, string> | null]>([
    [{ password: 'secret' }, null],
    [{ password: '' }, { password: 'is required' }],
    [{}, { password: 'is required' }],
    [{ password: 'x', totp: '123456' }, { totp: 'is not a known field' }],
  ])('%j', (input, expected) => {
    expect(fields(passwordConfirmationSchema, input)).toStrictEqual(expected);
  });
});

describe('totpEnableSchema', () => {
  it.each<[string, string]>([
    ['123456', '123456'],
    [' 123456 ', '123456'],
    ['000000', '000000'],
  ])('accepts %j as %j', (code, parsed) => {
    expect(totpEnableSchema.parse({ code })).toStrictEqual({ code: parsed });
  });

  it.each(['12345', '1234567', '12 3456', 'abcdef', '12345a', ''])('refuses %j', (code) => {
    expect(fields(totpEnableSchema, { code })).toStrictEqual({ code: 'must be the 6-digit code' });
  });
});

describe('apiTokenInputSchema', () => {
  const base = { name: 'Nightly export', access: 'read', password: 'secret' };

  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [base, base],
    [{ ...base, name: '  Nightly export  ' }, base],
    [
      { ...base, access: 'read_write' },
      { ...base, access: 'read_write' },
    ],
    [
      { ...base, expiresInDays: 1 },
      { ...base, expiresInDays: 1 },
    ],
    [
      { ...base, expiresInDays: 3650 },
      { ...base, expiresInDays: 3650 },
    ],
    [
      { ...base, name: 'n'.repeat(100) },
      { ...base, name: 'n'.repeat(100) },
    ],
  ])('accepts %j', (input, output) => {
    expect(apiTokenInputSchema.parse(input)).toStrictEqual(output);
  });

  it.each<[Record<string, unknown>, Record<string, string>]>([
    [{ ...base, name: '   ' }, { name: 'is required' }],
    [{ ...base, name: 'n'.repeat(101) }, { name: 'must be at most 100 characters' }],
    [{ ...base, access: 'write' }, { access: 'must be one of read, read_write' }],
    [{ ...base, access: undefined }, { access: 'is required' }],
    [{ ...base, expiresInDays: 1.5 }, { expiresInDays: 'must be a whole number' }],
    [{ ...base, expiresInDays: '30' }, { expiresInDays: 'must be a number' }],
    [{ ...base, password: '' }, { password: 'is required' }],
    [{ ...base, scope: 'all' }, { scope: 'is not a known field' }],
  ])('refuses %j', (input, expected) => {
    expect(fields(apiTokenInputSchema, input)).toStrictEqual(expected);
  });

  it('refuses 0 and 3651 days', () => {
    expect(apiTokenInputSchema.safeParse({ ...base, expiresInDays: 0 }).success).toBe(false);
    expect(apiTokenInputSchema.safeParse({ ...base, expiresInDays: 3651 }).success).toBe(false);
  });

  // Whole numbers out of range are told the range, not "must be a whole number".
  it.each<[number, string]>([
    [0, 'must be at least 1'],
    [3651, 'must be at most 3650'],
  ])('tells %i days what is wrong with it', (expiresInDays, message) => {
    expect(fields(apiTokenInputSchema, { ...base, expiresInDays })).toStrictEqual({ expiresInDays: message });
  });

  it('knows two kinds of access', () => {
    expect(API_TOKEN_ACCESS).toStrictEqual(['read', 'read_write']);
  });
});

describe('apiTokenSchema', () => {
  it('parses a token as it leaves the server', () => {
    const dto = {
      id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      name: 'Nightly export',
      access: 'read',
      createdAt: '2026-05-04T09:00:00.000Z',
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    };
    expect(apiTokenSchema.parse(dto)).toStrictEqual(dto);
    expect(apiTokenSchema.safeParse({ ...dto, access: 'admin' }).success).toBe(false);
  });
});
