import {
  type ErrorCode,
  errorCodeText,
  type IssueCode,
  isIssueCode,
  issueText,
  type Params,
} from './messages';

/**
 * Domain errors: raised by rules and use cases, turned into HTTP answers at the edge.
 *
 * An error has a stable `code` (what kind of refusal, and so its HTTP status) and `issues`, each
 * with a stable code of its own and parameters: a root issue (path "") says why the request as a
 * whole was refused ("site_in_use" with the counts), field issues say what is wrong with which
 * input (path "forwarding.busy.destination"). Every code has Dutch and English text in
 * src/core/messages; `message` is the English text, for logs and API users.
 */
export type { ErrorCode, IssueCode, Params };

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
  import_invalid: 422,
  password_policy: 422,
  account_locked: 429,
  rate_limited: 429,
  request_header_too_large: 431,
  internal: 500,
  service_unavailable: 503,
};

/** One thing wrong, as it crosses the API: `{ path, code, params, message }`. */
export type Issue = { path: string; code: IssueCode; params: Params; message: string };

/** An issue as code, or code with parameters. */
export type IssueSpec = IssueCode | { code: IssueCode; params?: Params | undefined };

const specOf = (spec: IssueSpec): { code: IssueCode; params: Params } =>
  typeof spec === 'string' ? { code: spec, params: {} } : { code: spec.code, params: spec.params ?? {} };

export function makeIssue(path: string, spec: IssueSpec): Issue {
  const { code, params } = specOf(spec);
  return { path, code, params, message: issueText(code, params) };
}

export type DomainErrorOptions = {
  /** Why the request as a whole is refused (a root issue, path ""). */
  reason?: IssueSpec | undefined;
  /** What is wrong with which input: path → issue (or several, e.g. password rules). */
  fields?: Record<string, IssueSpec | readonly IssueSpec[]> | undefined;
  /** Issues already made (e.g. from zod). */
  issues?: readonly Issue[] | undefined;
  /** Parameters of the error code's own text (e.g. a size limit). */
  params?: Params | undefined;
  retryAfterSeconds?: number | undefined;
  /** The rows of an import that are wrong (`import_invalid`): sheet, row as a spreadsheet numbers it, column. */
  rows?: readonly ErrorRow[] | undefined;
};

/** One wrong row (or cell) of an imported file. */
export type ErrorRow = {
  sheet: string;
  row: number;
  column: string;
  code: string;
  params: Params;
  message: string;
};

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  readonly params: Params;
  readonly retryAfterSeconds: number | undefined;
  readonly rows: readonly ErrorRow[] | undefined;

  constructor(code: ErrorCode, options: DomainErrorOptions = {}) {
    const issues: Issue[] = [];
    if (options.reason !== undefined) issues.push(makeIssue('', options.reason));
    for (const [path, specs] of Object.entries(options.fields ?? {})) {
      const list: readonly IssueSpec[] = Array.isArray(specs) ? specs : [specs as IssueSpec];
      for (const spec of list) issues.push(makeIssue(path, spec));
    }
    issues.push(...(options.issues ?? []));
    const root = issues.find((i) => i.path === '');
    super(root?.message ?? errorCodeText(code, options.params ?? {}));
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
    this.params = options.params ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.rows = options.rows;
  }

  get status(): number {
    return STATUS_OF[this.code];
  }

  /** The field issues as `{ path: message }` (several on one path joined by "; "), or undefined. */
  get fields(): Record<string, string> | undefined {
    return fieldsOf(this.issues);
  }
}

/**
 * `error.fields` of the wire format, kept for clients that read it: the messages per path (a root
 * issue from a schema appears as "_"; the error's own reason does not).
 */
export function fieldsOf(
  issues: readonly Issue[],
  rootKey: string | null = null,
): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path === '' ? rootKey : issue.path;
    if (key === null) continue;
    fields[key] = fields[key] === undefined ? issue.message : `${fields[key]}; ${issue.message}`;
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** A refusal of one input: `fieldError('unprocessable', 'siteId', 'site_not_yours')`. */
export const fieldError = (code: ErrorCode, path: string, spec: IssueSpec, reason?: IssueSpec): DomainError =>
  new DomainError(code, { reason, fields: { [path]: spec } });

/** "Not found", also for what exists outside the actor's scope, so ids cannot be probed. */
export const notFound = (): DomainError => new DomainError('not_found');

export { isIssueCode };
