/** One issue of an error answer: `{ path, code, params, message }` (DESIGN §3). */
export type ApiIssue = {
  path: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
};

/** An error answer of the API: `{ "error": { "code", "message", "fields"?, "issues" } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ApiIssue[];

  constructor(status: number, code: string, message: string, issues: readonly ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }

  /** The reason for the request as a whole, if the answer gives one. */
  get reason(): ApiIssue | undefined {
    return this.issues.find((i) => i.path === '');
  }

  /** The issues of fields (path not empty). */
  get fieldIssues(): readonly ApiIssue[] {
    return this.issues.filter((i) => i.path !== '');
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; fields?: unknown; issues?: unknown } };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function readIssue(value: unknown): ApiIssue | null {
  if (!isRecord(value) || typeof value.path !== 'string' || typeof value.code !== 'string') return null;
  const params: Record<string, string | number> = {};
  if (isRecord(value.params)) {
    for (const [key, param] of Object.entries(value.params))
      if (typeof param === 'string' || typeof param === 'number') params[key] = param;
  }
  return {
    path: value.path,
    code: value.code,
    params,
    message: typeof value.message === 'string' ? value.message : '',
  };
}

/** Reads an error body defensively: a proxy or a crash may answer with anything. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : status >= 500 ? 'internal' : 'unknown';
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const issues: ApiIssue[] = [];
  if (Array.isArray(error?.issues)) {
    for (const raw of error.issues) {
      const issue = readIssue(raw);
      if (issue) issues.push(issue);
    }
  } else if (isRecord(error?.fields)) {
    // An older answer without issues: its field messages, untranslated.
    for (const [path, text] of Object.entries(error.fields))
      if (typeof text === 'string') issues.push({ path, code: '', params: {}, message: text });
  }
  return new ApiError(status, code, message, issues);
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;
