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
    const code: ErrorCode = fe.statusCode === 404 ? 'not_found' : 'validation_failed';
    return { status: fe.statusCode, body: { error: { code, message: fe.message } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side' } } };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const { status, body, retryAfter } = toErrorBody(err);
    if (status >= 500) {
      req.log.error({ err }, 'request failed');
      body.error.message = `${body.error.message} (request ${req.id})`;
    } else {
      req.log.info({ code: body.error.code, status }, body.error.message);
    }
    if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
    if (body.error.code === 'session_expired') reply.clearCookie('centrale_session', { path: '/' });
    reply.code(status).type('application/json; charset=utf-8').send(body);
  });
}
