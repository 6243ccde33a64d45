import { describe, expect, it } from 'vitest';
import { DomainError, type ErrorCode, notFound, STATUS_OF } from './errors';

describe('STATUS_OF', () => {
  it.each<[ErrorCode, number]>([
    ['validation_failed', 400],
    ['bad_request', 400],
    ['invalid_json', 400],
    ['unsupported_media_type', 415],
    ['payload_too_large', 413],
    ['unauthenticated', 401],
    ['invalid_credentials', 401],
    ['totp_required', 401],
    ['invalid_totp', 401],
    ['session_expired', 401],
    ['csrf_failed', 403],
    ['forbidden', 403],
    ['training_required', 403],
    ['password_change_required', 403],
    ['two_factor_enrolment_required', 403],
    ['read_only_token', 403],
    ['reauthentication_failed', 403],
    ['not_found', 404],
    ['method_not_allowed', 405],
    ['request_timeout', 408],
    ['conflict', 409],
    ['limit_reached', 409],
    ['uri_too_long', 414],
    ['unprocessable', 422],
    ['password_policy', 422],
    ['account_locked', 429],
    ['rate_limited', 429],
    ['request_header_too_large', 431],
    ['internal', 500],
  ])('%s is HTTP %i', (code, status) => {
    expect(STATUS_OF[code]).toBe(status);
    expect(new DomainError(code, 'x').status).toBe(status);
  });

  it('has 29 codes', () => {
    expect(Object.keys(STATUS_OF)).toHaveLength(29);
  });
});

describe('DomainError', () => {
  it('carries code, message, fields and retry time', () => {
    const error = new DomainError('validation_failed', 'The request is not valid', {
      fields: { bNumber: 'is required' },
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('The request is not valid');
    expect(error.fields).toStrictEqual({ bNumber: 'is required' });
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.status).toBe(400);
  });

  it('carries the seconds to wait for a lock', () => {
    const error = new DomainError('account_locked', 'Locked', { retryAfterSeconds: 900 });
    expect([error.status, error.retryAfterSeconds, error.fields]).toStrictEqual([429, 900, undefined]);
  });
});

describe('notFound', () => {
  it.each(['Account', 'Site', 'Enterprise'])('says %s not found, as 404', (what) => {
    const error = notFound(what);
    expect([error.code, error.message, error.status, error.fields]).toStrictEqual([
      'not_found',
      `${what} not found`,
      404,
      undefined,
    ]);
  });
});
