/** The few plain HTTP calls the bench makes besides the load itself. */

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${email}: HTTP ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0] as string);
  if (cookies.length === 0) throw new Error('login answered without a session cookie');
  return cookies.join('; ');
}

/** The user ids of one list page. */
export async function pageIds(url: string, headers: Record<string, string> = {}): Promise<string[]> {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
  if (!Array.isArray(body.items) || typeof body.nextCursor !== 'string') {
    throw new Error(`GET ${url}: not a page with a next cursor: ${JSON.stringify(body).slice(0, 200)}`);
  }
  return body.items.map((item) => item.id);
}

export function assertSameIds(what: string, actual: string[], expected: string[]): void {
  const same = actual.length === expected.length && actual.every((id, i) => id === expected[i]);
  if (!same) {
    throw new Error(
      `${what} returned other users than the server's repository: ` +
        `${actual.length} ids starting ${actual.slice(0, 3).join(', ')}; ` +
        `expected ${expected.length} starting ${expected.slice(0, 3).join(', ')}`,
    );
  }
}
