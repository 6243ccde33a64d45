import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../core/access/roles';
import { SecretBox } from '../access/crypto';
import { buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import { bootstrap } from '../demo/bootstrap';
import { freshDatabase, type TestDatabase } from './test-database';

/** A clock that tests move forward (idle timeouts, lockouts, password expiry). */
export class TestClock {
  #offsetMs = 0;
  #frozenAt: number | null = null;
  now = (): Date => new Date((this.#frozenAt ?? Date.now()) + this.#offsetMs);
  advance(ms: number): void {
    this.#offsetMs += ms;
  }
  /** Stops the clock at its current moment (until `unfreeze`), so two requests see the same now. */
  freeze(): void {
    this.#frozenAt ??= Date.now();
  }
  unfreeze(): void {
    if (this.#frozenAt === null) return;
    this.#offsetMs -= Date.now() - this.#frozenAt;
    this.#frozenAt = null;
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  clock: TestClock;
  config: Config;
  providerId: string;
  close(): Promise<void>;
  /** A client without credentials (from 127.0.0.1, or the address given). */
  anonymous(remoteAddress?: string): Agent;
  /** Logs in and returns a client holding the session cookie and CSRF token (from `from`, if given). */
  login(email: string, password: string, totp?: string, from?: string): Promise<Agent>;
  /** A client sending a bearer token. */
  withToken(token: string): Agent;
};

export const TEST_SECRET_KEY = `${'0'.repeat(63)}1`;
export const ADMIN_EMAIL = 'admin@example.com';
export const ADMIN_PASSWORD = 'Admin-Password-2026!';

export async function startTestApp(
  env: Record<string, string> = {},
  /** `validateResponses: false`: answer as `serve` does (the benchmarks), without checking each response. */
  options: { validateResponses?: boolean } = {},
): Promise<TestApp> {
  const database = await freshDatabase();
  const clock = new TestClock();
  const config = loadConfig({
    DATA_DIR: database.name,
    CENTRALE_LOGIN_RATE_LIMIT: '1000',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const { providerId } = await bootstrap(database, {
    providerName: 'Test Telecom',
    timezone: config.timezone,
    adminEmail: ADMIN_EMAIL,
    adminPassword: ADMIN_PASSWORD,
    now: clock.now(),
  });
  const app = await buildApp(
    { database, config, secrets: new SecretBox(TEST_SECRET_KEY), clock: clock.now, providerId },
    // No built portal: API tests answer the same whether or not `npm run build:web` has run (the
    // portal's catch-all route would otherwise change what an unknown path matches).
    {
      logger: false,
      validateResponses: options.validateResponses ?? true,
      webDir: path.join(database.name, 'no-portal'),
    },
  );
  await app.ready();
  const harness: TestApp = {
    app,
    database,
    clock,
    config,
    providerId,
    close: async () => {
      await app.close();
      await database.close();
    },
    anonymous: (remoteAddress) => new Agent(app, null, remoteAddress),
    login: async (email, password, totp, from) => {
      const agent = new Agent(app, null, from);
      const res = await agent.post('/api/auth/login', { email, password, ...(totp ? { totp } : {}) });
      if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
      return agent;
    },
    withToken: (token) => new Agent(app, token),
  };
  return harness;
}

type Body = unknown;

/** An HTTP client over app.inject: keeps the session cookie and sends the CSRF token. */
export class Agent {
  cookie: string | null = null;
  csrfToken: string | null = null;
  readonly #app: FastifyInstance;
  readonly #token: string | null;
  readonly #remoteAddress: string | undefined;

  constructor(app: FastifyInstance, token: string | null = null, remoteAddress?: string) {
    this.#app = app;
    this.#token = token;
    this.#remoteAddress = remoteAddress;
  }

  get = (url: string, headers: Record<string, string> = {}) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: Body, headers: Record<string, string> = {}) =>
    this.request('POST', url, body, headers);
  patch = (url: string, body?: Body, headers: Record<string, string> = {}) =>
    this.request('PATCH', url, body, headers);
  put = (url: string, body?: Body, headers: Record<string, string> = {}) =>
    this.request('PUT', url, body, headers);
  delete = (url: string, headers: Record<string, string> = {}) =>
    this.request('DELETE', url, undefined, headers);

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: Body,
    extra: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    let payload: string | Buffer | undefined;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    }
    const res = await this.#app.inject({
      method,
      url,
      headers: { ...headers, ...extra },
      ...(this.#remoteAddress !== undefined ? { remoteAddress: this.#remoteAddress } : {}),
      ...(payload !== undefined ? { payload } : {}),
    });
    const setCookie = res.cookies.find((c) => c.name === 'centrale_session');
    if (setCookie) this.cookie = setCookie.value ? `centrale_session=${setCookie.value}` : null;
    if (res.statusCode === 200 && res.headers['content-type']?.toString().includes('json')) {
      const json = res.json() as { csrfToken?: unknown };
      if (typeof json === 'object' && json !== null && typeof json.csrfToken === 'string')
        this.csrfToken = json.csrfToken;
    }
    return res;
  }
}

export type { Role };
