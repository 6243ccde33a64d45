import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode } from '../../core/errors';

/**
 * One shape for every error (DESIGN §3):
 * { "error": { "code": "validation_failed", "message": "...", "fields": { "name": "is required" } } }
 * Stack traces and driver messages stay in the log.
 */
export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: Record<string, string> } };

/** Unique constraints, by name, as the field they protect and what to tell the client. */
const UNIQUE_FIELDS: Record<string, [string, string]> = {
  accounts_email_uq: ['email', 'is already used by another account'],
  accounts_user_uq: ['userId', 'already has a portal account'],
  partners_name_uq: ['name', 'a partner with this name exists'],
  enterprises_name_uq: ['name', 'an enterprise with this name exists'],
  enterprises_customer_number_uq: ['customerNumber', 'is already used by another enterprise'],
  sites_name_uq: ['name', 'a site with this name exists in this enterprise'],
  users_email_uq: ['email', 'is already used by another user of this enterprise'],
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

type ZodIssueLike = {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: { keys?: string[] };
};

function validationFields(issues: readonly ZodIssueLike[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = (issue.instancePath ?? '').split('/').filter(Boolean).join('.');
    if (issue.keyword === 'unrecognized_keys' && issue.params?.keys) {
      for (const key of issue.params.keys) fields[path ? `${path}.${key}` : key] = 'is not a known field';
      continue;
    }
    const field = path || '_';
    fields[field] ??= issue.message ?? 'is not valid';
  }
  return fields;
}

type PgErrorLike = { code?: string; constraint?: string };

function pgError(err: unknown): PgErrorLike | null {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const candidate = e as PgErrorLike;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
  }
  return null;
}

export function toErrorBody(err: unknown): { status: number; body: ErrorBody; retryAfter?: number } {
  if (err instanceof DomainError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.fields) body.error.fields = err.fields;
    return {
      status: err.status,
      body,
      ...(err.retryAfterSeconds ? { retryAfter: err.retryAfterSeconds } : {}),
    };
  }
  const fe = err as FastifyError & { validationContext?: string };
  if (Array.isArray(fe.validation)) {
    const where = fe.validationContext === 'querystring' ? 'query' : (fe.validationContext ?? 'request');
    return {
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: `The ${where} is not valid`,
          fields: validationFields(fe.validation as ZodIssueLike[]),
        },
      },
    };
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        body: { error: { code: 'invalid_json', message: 'The body is not valid JSON' } },
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        body: { error: { code: 'payload_too_large', message: 'The body is larger than the limit of 1 MiB' } },
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        body: { error: { code: 'unsupported_media_type', message: 'Send the body as application/json' } },
      };
    case 'FST_ERR_BAD_URL':
      return {
        status: 400,
        body: {
          error: { code: 'bad_request', message: 'The path is not valid: check its percent-encoding' },
        },
      };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        status: 414,
        body: {
          error: {
            code: 'uri_too_long',
            message: `A part of the path is longer than ${MAX_PARAM_LENGTH} characters`,
          },
        },
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        body: {
          error: { code: 'bad_request', message: 'The body does not have the size its Content-Length says' },
        },
      };
    default:
      break;
  }
  if (fe instanceof SyntaxError && fe.statusCode === 400) {
    return { status: 400, body: { error: { code: 'invalid_json', message: 'The body is not valid JSON' } } };
  }
  if (fe.statusCode === 429) {
    return {
      status: 429,
      body: { error: { code: 'rate_limited', message: 'Too many requests; wait a moment' } },
    };
  }
  const pgErr = pgError(err);
  if (pgErr?.code === '23505') {
    const known = pgErr.constraint ? UNIQUE_FIELDS[pgErr.constraint] : undefined;
    return {
      status: 409,
      body: {
        error: {
          code: 'conflict',
          message: 'This conflicts with an existing record',
          ...(known ? { fields: { [known[0]]: known[1] } } : {}),
        },
      },
    };
  }
  if (pgErr?.code === '23503') {
    return {
      status: 409,
      body: {
        error: {
          code: 'conflict',
          message: 'This record is still referred to, or refers to one that is gone',
        },
      },
    };
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Fastify's and its plugins' other refusals (the static files' 403, 412, 416...).
    const code = CODE_OF_STATUS[fe.statusCode] ?? 'bad_request';
    const message = STATUS_CODES[fe.statusCode] ?? 'The request is not valid';
    return { status: fe.statusCode, body: { error: { code, message } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side' } } };
}

/** Answers an error in the shape of DESIGN §3; 5xx are logged with their cause. */
export function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body, retryAfter } = toErrorBody(err);
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
        body: {
          error: {
            code: 'request_header_too_large',
            message: 'The path and headers are larger than the limit of 16 KiB',
          },
        },
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        body: { error: { code: 'request_timeout', message: 'The request did not arrive in time' } },
      };
    default:
      return {
        status: 400,
        body: { error: { code: 'bad_request', message: 'The request is not valid HTTP' } },
      };
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
