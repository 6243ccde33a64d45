import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError,
  type DomainErrorOptions,
  type ErrorCode,
  type ErrorRow,
  fieldsOf,
  type Issue,
  type IssueCode,
} from '../../core/errors';
import { fromZodIssues } from '../../core/messages/zod-issues';

/**
 * One shape for every error (DESIGN §3):
 * { "error": { "code": "validation_failed", "message": "...", "fields": { "name": "is required" },
 *   "issues": [{ "path": "name", "code": "required", "params": {}, "message": "is required" }] } }
 * `code` and every issue's `code` are stable; `message` is English, for logs and API users; the
 * portal shows the text of each code in its own language. Stack traces and driver messages stay
 * in the log.
 */
export type ErrorBody = {
  error: {
    code: ErrorCode;
    message: string;
    fields?: Record<string, string>;
    issues: Issue[];
    rows?: ErrorRow[];
  };
};

/** Unique constraints, by name, as the field they protect and the issue to report on it. */
const UNIQUE_FIELDS: Record<string, [string, IssueCode]> = {
  accounts_email_uq: ['email', 'email_taken'],
  accounts_user_uq: ['userId', 'user_has_account'],
  partners_name_uq: ['name', 'partner_name_taken'],
  enterprises_name_uq: ['name', 'enterprise_name_taken'],
  enterprises_customer_number_uq: ['customerNumber', 'customer_number_taken'],
  sites_name_uq: ['name', 'site_name_taken'],
  users_email_uq: ['email', 'user_email_taken'],
  numbers_number_uq: ['first', 'block_overlaps'],
  device_models_name_uq: ['model', 'device_model_taken'],
  devices_mac_uq: ['mac', 'mac_taken'],
  devices_iccid_uq: ['iccid', 'iccid_taken'],
  queues_name_uq: ['name', 'queue_name_taken'],
  queue_agents_user_uq: ['userId', 'queue_agent_taken'],
  hunt_groups_name_uq: ['name', 'group_name_taken'],
  pickup_groups_name_uq: ['name', 'group_name_taken'],
  hunt_group_members_user_uq: ['userId', 'member_taken'],
  hunt_group_members_number_uq: ['externalNumber', 'member_taken'],
  pickup_group_members_pkey: ['userId', 'member_taken'],
  auto_attendants_name_uq: ['name', 'attendant_name_taken'],
  schedules_name_uq: ['name', 'schedule_name_taken'],
};

/** Path parameters longer than this (ids are 36 characters) are refused by the router: 414. */
export const MAX_PARAM_LENGTH = 500;

/** The code of a refusal that carries only an HTTP status. */
const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  431: 'request_header_too_large',
};

type PgErrorLike = { code?: string; constraint?: string };

function pgError(err: unknown): PgErrorLike | null {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const candidate = e as PgErrorLike;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
  }
  return null;
}

/** Where the request's input of a failed validation is, to tell a missing value from a wrong one. */
export type RequestInput = { body?: unknown; query?: unknown; params?: unknown; headers?: unknown };

type FastifyValidationIssue = {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
};

/** Fastify's validation error of a zod schema (fastify-type-provider-zod) back as zod issues. */
function validationIssues(validation: readonly FastifyValidationIssue[], input: unknown): Issue[] {
  const zodLike = validation.map((v) => ({
    ...(v.params ?? {}),
    code: v.keyword ?? 'custom',
    path: (v.instancePath ?? '').split('/').filter(Boolean),
    message: v.message ?? '',
  }));
  return fromZodIssues(zodLike, { input });
}

const body = (code: ErrorCode, options: DomainErrorOptions = {}): ErrorBody => {
  const e = new DomainError(code, options);
  return { error: { code, message: e.message, ...fieldsPart(e.issues), issues: [...e.issues] } };
};

function fieldsPart(issues: readonly Issue[]): { fields?: Record<string, string> } {
  const fields = fieldsOf(issues, '_');
  return fields ? { fields } : {};
}

/** The body limit of the request's route (the import route takes 20 MiB, every other 1 MiB). */
function limitOf(input: RequestInput): string {
  const bytes = (input as { routeOptions?: { bodyLimit?: number } }).routeOptions?.bodyLimit ?? 1024 * 1024;
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}

export function toErrorBody(
  err: unknown,
  input: RequestInput = {},
): { status: number; body: ErrorBody; retryAfter?: number } {
  if (err instanceof DomainError) {
    const fields = fieldsOf(err.issues);
    return {
      status: err.status,
      body: {
        error: {
          code: err.code,
          message: err.message,
          ...(fields ? { fields } : {}),
          issues: [...err.issues],
          ...(err.rows ? { rows: [...err.rows] } : {}),
        },
      },
      ...(err.retryAfterSeconds ? { retryAfter: err.retryAfterSeconds } : {}),
    };
  }
  const fe = err as FastifyError & { validationContext?: string };
  if (Array.isArray(fe.validation)) {
    const context = fe.validationContext === 'querystring' ? 'query' : fe.validationContext;
    const source =
      context === 'body' || context === 'query' || context === 'params' || context === 'headers'
        ? input[context]
        : undefined;
    return {
      status: 400,
      body: body('validation_failed', {
        issues: validationIssues(fe.validation as FastifyValidationIssue[], source),
      }),
    };
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, body: body('invalid_json') };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: body('payload_too_large', { params: { limit: limitOf(input) } }) };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: body('unsupported_media_type') };
    case 'FST_ERR_BAD_URL':
      return { status: 400, body: body('bad_request', { reason: 'bad_path_encoding' }) };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        status: 414,
        body: body('uri_too_long', {
          reason: { code: 'path_part_too_long', params: { max: MAX_PARAM_LENGTH } },
        }),
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, body: body('bad_request', { reason: 'content_length_mismatch' }) };
    default:
      break;
  }
  if (fe instanceof SyntaxError && fe.statusCode === 400) return { status: 400, body: body('invalid_json') };
  if (fe.statusCode === 429) return { status: 429, body: body('rate_limited') };
  const pgErr = pgError(err);
  if (pgErr?.code === '23505') {
    const known = pgErr.constraint ? UNIQUE_FIELDS[pgErr.constraint] : undefined;
    return {
      status: 409,
      body: body('conflict', known ? { fields: { [known[0]]: known[1] } } : { reason: 'taken' }),
    };
  }
  if (pgErr?.code === '23503') return { status: 409, body: body('conflict', { reason: 'still_referred' }) };
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Fastify's and its plugins' other refusals (the static files' 403, 412, 416...).
    return { status: fe.statusCode, body: body(CODE_OF_STATUS[fe.statusCode] ?? 'bad_request') };
  }
  return { status: 500, body: body('internal') };
}

/** Answers an error in the shape of DESIGN §3; 5xx are logged with their cause. */
export function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body, retryAfter } = toErrorBody(err, req);
  if (status >= 500) {
    req.log.error({ err }, 'request failed');
    body.error.message = `${body.error.message} (request ${req.id})`;
  } else {
    req.log.info({ code: body.error.code, status }, body.error.message);
  }
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
  if (body.error.code === 'session_expired') reply.clearCookie('centrale_session', { path: '/' });
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, req: FastifyRequest, reply: FastifyReply) => sendError(err, req, reply));
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (a request line and headers over
 * 16 KiB, a malformed Content-Length, a request that is not HTTP, a client too slow to send
 * its request), answered in the same shape. Passed to Fastify as `clientErrorHandler`.
 */
export function clientErrorAnswer(err: { code?: string }): { status: number; body: ErrorBody } {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        body: body('request_header_too_large', {
          reason: { code: 'headers_too_large', params: { limit: '16 KiB' } },
        }),
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, body: body('request_timeout') };
    default:
      return { status: 400, body: body('bad_request', { reason: 'not_http' }) };
  }
}

export function handleClientError(
  this: FastifyInstance,
  err: Error & { code?: string },
  socket: Socket,
): void {
  // A reset connection has nobody left to answer (Fastify's default handler does the same).
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, body } = clientErrorAnswer(err);
  this.log.debug({ err }, 'client error');
  if (socket.writable) {
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(json)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(err);
}
