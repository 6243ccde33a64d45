import type { Credentials } from './accounts';
import { baseUrl } from './browser';

/** A direct API session for test set-up (ids to visit), not for what the tests check. */
export async function apiSession(account: Credentials) {
  const response = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (!response.ok) throw new Error(`login of ${account.email} failed: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown) => call<T>('POST', path, body),
    patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
  };
}

export type Named = { id: string; name: string };

/** The demo's two enterprises: Voorbeeld BV (with partner) and Bakkerij De Molen. */
export async function demoEnterprises(): Promise<{ voorbeeld: Named; bakkerij: Named }> {
  const { ACCOUNTS } = await import('./accounts');
  const admin = await apiSession(ACCOUNTS.providerAdmin);
  const { items } = await admin.get<{ items: Named[] }>('/api/enterprises?limit=200');
  const find = (name: string) => {
    const found = items.find((e) => e.name === name);
    if (!found) throw new Error(`demo enterprise ${name} missing`);
    return found;
  };
  return { voorbeeld: find('Voorbeeld BV'), bakkerij: find('Bakkerij De Molen') };
}
