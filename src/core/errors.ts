/**
 * Domain errors: raised by rules and use cases, turned into HTTP answers at the edge.
 * The code is stable (clients and tests rely on it); the message is for people.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'bad_request'
  | 'invalid_json'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'totp_required'
  | 'invalid_totp'
  | 'session_expired'
  | 'csrf_failed'
  | 'forbidden'
  | 'training_required'
  | 'password_change_required'
  | 'two_factor_enrolment_required'
  | 'read_only_token'
  | 'reauthentication_failed'
  | 'not_found'
  | 'method_not_allowed'
  | 'request_timeout'
  | 'conflict'
  | 'limit_reached'
  | 'uri_too_long'
  | 'unprocessable'
  | 'password_policy'
  | 'account_locked'
  | 'rate_limited'
  | 'request_header_too_large'
  | 'internal';

export const STATUS_OF: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  invalid_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  invalid_credentials: 401,
  totp_required: 401,
  invalid_totp: 401,
  session_expired: 401,
  csrf_failed: 403,
  forbidden: 403,
  training_required: 403,
  password_change_required: 403,
  two_factor_enrolment_required: 403,
  read_only_token: 403,
  reauthentication_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  limit_reached: 409,
  uri_too_long: 414,
  unprocessable: 422,
  password_policy: 422,
  account_locked: 429,
  rate_limited: 429,
  request_header_too_large: 431,
  internal: 500,
};

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: Record<string, string>; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return STATUS_OF[this.code];
  }
}

export const notFound = (what: string): DomainError => new DomainError('not_found', `${what} not found`);
