/** An error answer of the API: `{ "error": { "code", "message", "fields"? } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; fields?: unknown } };

/** Reads an error body defensively: a proxy or a crash may answer with anything. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : status >= 500 ? 'internal' : 'unknown';
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const fields: Record<string, string> = {};
  if (error?.fields && typeof error.fields === 'object') {
    for (const [key, value] of Object.entries(error.fields as Record<string, unknown>)) {
      if (typeof value === 'string') fields[key] = value;
    }
  }
  return new ApiError(status, code, message, fields);
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;
