import { describe, expect, it } from 'vitest';
import { DomainError, fieldError, makeIssue, notFound, STATUS_OF } from './errors';
import { ERROR_CODE_TEXTS } from './messages';

describe('STATUS_OF', () => {
  it('gives every error code a status of its class: 4xx for refusals, 5xx only for our own failures', () => {
    for (const [code, status] of Object.entries(STATUS_OF)) {
      const serverSide = code === 'internal' || code === 'service_unavailable';
      expect(serverSide ? status >= 500 : status >= 400 && status < 500, code).toBe(true);
    }
  });

  it('covers exactly the codes that have texts', () => {
    expect(Object.keys(STATUS_OF).sort()).toStrictEqual(Object.keys(ERROR_CODE_TEXTS).sort());
  });
});

describe('DomainError', () => {
  it('carries code, status, and the code’s English text as message', () => {
    const error = new DomainError('read_only_token');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect([error.code, error.status, error.message]).toStrictEqual([
      'read_only_token',
      403,
      'This API token may only read.',
    ]);
    expect(error.issues).toStrictEqual([]);
    expect(error.fields).toBeUndefined();
  });

  it('fills the code’s own parameters', () => {
    expect(new DomainError('payload_too_large', { params: { limit: '1 MiB' } }).message).toBe(
      'The body is larger than the limit of 1 MiB.',
    );
  });

  it('puts the reason first, as a root issue, and takes its text as message', () => {
    const error = new DomainError('conflict', {
      reason: { code: 'site_in_use', params: { users: 20, siteAdmins: 1 } },
    });
    expect(error.issues).toStrictEqual([
      {
        path: '',
        code: 'site_in_use',
        params: { users: 20, siteAdmins: 1 },
        message: 'The site still has 20 user(s) and 1 site administrator(s); move or remove them first.',
      },
    ]);
    expect(error.message).toBe(error.issues[0]?.message);
    // The reason is not a field.
    expect(error.fields).toBeUndefined();
  });

  it('keeps nested paths as written and several issues on one path', () => {
    const error = new DomainError('password_policy', {
      fields: {
        'forwarding.busy.destination': 'required',
        newPassword: [{ code: 'password_too_short', params: { min: 12 } }, 'password_login_name'],
      },
    });
    expect(error.issues.map((i) => [i.path, i.code])).toStrictEqual([
      ['forwarding.busy.destination', 'required'],
      ['newPassword', 'password_too_short'],
      ['newPassword', 'password_login_name'],
    ]);
    expect(error.fields).toStrictEqual({
      'forwarding.busy.destination': 'is required',
      newPassword: 'must be at least 12 characters; may not contain your login name',
    });
  });

  it('carries the seconds to wait for a lock', () => {
    const error = new DomainError('account_locked', { retryAfterSeconds: 900 });
    expect([error.status, error.retryAfterSeconds]).toStrictEqual([429, 900]);
  });
});

describe('helpers', () => {
  it('fieldError: one input refused, optionally with a reason', () => {
    const error = fieldError('unprocessable', 'siteId', 'site_not_yours', 'profile_change_is_request');
    expect(error.issues.map((i) => [i.path, i.code])).toStrictEqual([
      ['', 'profile_change_is_request'],
      ['siteId', 'site_not_yours'],
    ]);
  });

  it('notFound says nothing about what was looked for', () => {
    expect([notFound().code, notFound().status, notFound().message]).toStrictEqual([
      'not_found',
      404,
      'Not found.',
    ]);
  });

  it('makeIssue renders the English text with its parameters', () => {
    expect(makeIssue('name', { code: 'too_long', params: { max: 200 } })).toStrictEqual({
      path: 'name',
      code: 'too_long',
      params: { max: 200 },
      message: 'must be at most 200 characters',
    });
  });
});
