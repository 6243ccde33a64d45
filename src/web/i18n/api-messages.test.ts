import { describe, expect, it } from 'vitest';
import { securityPolicySchema } from '../../core/access/password-policy';
import { translateError, translateFieldMessage } from './api-messages';

describe('translateFieldMessage', () => {
  it('maps the shared schemas’ messages to keys with their numbers', () => {
    expect(translateFieldMessage('is required')).toEqual({ key: 'validation.required' });
    expect(translateFieldMessage('must be at most 200 characters')).toEqual({
      key: 'validation.maxLength',
      values: { max: '200' },
    });
    expect(translateFieldMessage('must be a Dutch postcode such as 1012 AB')).toEqual({
      key: 'validation.postcode',
    });
    expect(translateFieldMessage('must be at least 1')).toEqual({
      key: 'validation.min',
      values: { min: '1' },
    });
  });

  it('understands zod’s default wording of the security policy schema', () => {
    const result = securityPolicySchema.safeParse({
      minLength: 4,
      requiredClasses: 9,
      maxAgeDays: Number.NaN,
      historyCount: 0,
      lockoutThreshold: 5,
      lockoutMinutes: 15,
      twoFactorRequired: false,
    });
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]),
    );
    expect(translateFieldMessage(messages.minLength ?? '')).toEqual({
      key: 'validation.min',
      values: { min: '8' },
    });
    expect(translateFieldMessage(messages.requiredClasses ?? '')).toEqual({
      key: 'validation.max',
      values: { max: '4' },
    });
    expect(translateFieldMessage(messages.maxAgeDays ?? '')).toEqual({ key: 'validation.number' });
  });

  it('leaves unknown messages alone', () => {
    expect(translateFieldMessage('something new')).toBeNull();
  });
});

describe('translateError', () => {
  it('uses a fixed text for generic codes and known messages otherwise', () => {
    expect(translateError('training_required', 'whatever')).toEqual({
      key: 'errors.codes.training_required',
    });
    expect(translateError('limit_reached', 'An enterprise has at most 3 enterprise admins.')).toEqual({
      key: 'errors.maxAdmins',
      values: { max: '3' },
    });
    expect(translateError('conflict', 'Something else')).toBeNull();
  });
});
