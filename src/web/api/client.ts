import { toApiError } from './api-error';
import { type QueryParams, queryString } from './query-string';

/**
 * The one way the portal talks to the API: JSON in and out, the session cookie sent by the
 * browser, and the CSRF token of the session on every unsafe request.
 */
let csrfToken: string | null = null;

export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** The session's CSRF token, for requests not made through `request` (an upload with progress). */
export const currentCsrfToken = (): string | null => csrfToken;

type AuthListener = (code: string) => void;
const authListeners = new Set<AuthListener>();

/** Called when the API says the session is gone or restricted, so the shell can react. */
export function onAuthProblem(listener: AuthListener): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

const AUTH_CODES = new Set([
  'session_expired',
  'unauthenticated',
  'password_change_required',
  'two_factor_enrolment_required',
]);

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const error = toApiError(response.status, parsed);
    const isAuthCall = path.startsWith('/api/auth/') || path === '/api/me';
    if (AUTH_CODES.has(error.code) && !isAuthCall) {
      for (const listener of authListeners) listener(error.code);
    }
    throw error;
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, params: QueryParams = {}) => request<T>('GET', `${path}${queryString(params)}`),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};
