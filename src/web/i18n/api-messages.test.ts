import { describe, expect, it } from 'vitest';
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
