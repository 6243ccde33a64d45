import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { type Agent, startTestApp, type TestApp } from '../testing/harness';

/**
 * Bad input per DESIGN §3: a clear 4xx with field messages, and nothing changed. Hostile strings
 * are stored verbatim and come back verbatim (the portal renders them as text).
 */
let t: TestApp;
let w: World;
let tm: Agent;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
});
afterAll(async () => t.close());

/** Row counts of every table the directory writes, and of the audit log. */
async function counts(): Promise<Record<string, number>> {
  const tables = [
    'partners',
    'enterprises',
    'sites',
    'users',
    'accounts',
    'audit_events',
    'training_records',
  ];
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await t.database.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    result[table] = row?.n ?? -1;
  }
  return result;
}

const validSite = {
  name: 'Den Haag',
  street: 'Spui 70',
  city: 'Den Haag',
  postcode: '2511 BT',
  lineType: 'fibre',
  voiceChannels: 12,
  codec: 'g711',
};

describe('bad input changes nothing and says what is wrong', () => {
  const sitesUrl = () => `/api/enterprises/${w.enterprises.A.id}/sites`;

  it.each([
    ['malformed JSON', '{"name": "Den Haag",', 400, 'invalid_json', undefined],
    ['an empty JSON body', '', 400, 'invalid_json', undefined],
    ['a JSON array', '[]', 400, 'validation_failed', undefined],
    [
      'wrong types',
      { ...validSite, voiceChannels: 'twelve', lineType: 42 },
      400,
      'validation_failed',
      ['voiceChannels', 'lineType'],
    ],
    ['an unknown field', { ...validSite, colour: 'blue' }, 400, 'validation_failed', ['colour']],
    ['a missing field', { ...validSite, name: undefined }, 400, 'validation_failed', ['name']],
    ['a blank name', { ...validSite, name: '   ' }, 400, 'validation_failed', ['name']],
    ['a bad postcode', { ...validSite, postcode: '0123 AB' }, 400, 'validation_failed', ['postcode']],
    [
      'a number out of range',
      { ...validSite, voiceChannels: 0 },
      400,
      'validation_failed',
      ['voiceChannels'],
    ],
    ['an unknown enum value', { ...validSite, codec: 'opus' }, 400, 'validation_failed', ['codec']],
    ['a prototype-poisoning key', '{"__proto__": {"admin": true}, "name": "x"}', 400, undefined, undefined],
  ] as const)('%s', async (_label, body, status, code, fields) => {
    const before = await counts();
    const res = await tm.post(sitesUrl(), body);
    expect(res.statusCode).toBe(status);
    const error = res.json().error;
    expect(typeof error.message).toBe('string');
    if (code) expect(error.code).toBe(code);
    for (const field of fields ?? []) expect(Object.keys(error.fields ?? {})).toContain(field);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const before = await counts();
    const res = await tm.post(sitesUrl(), { ...validSite, name: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(await counts()).toEqual(before);
  });

  it('refuses another content type with 415', async () => {
    const res = await tm.post(sitesUrl(), 'name=Den+Haag', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it.each([
    ['a non-UUID id in the path', () => '/api/sites/12345', 'siteId'],
    ['an SQL fragment as id', () => `/api/users/${encodeURIComponent("1' OR '1'='1")}`, 'userId'],
    ['a non-UUID enterprise id', () => '/api/enterprises/not-an-id/users', 'enterpriseId'],
  ])('%s is a 400 naming the parameter', async (_label, url, field) => {
    const res = await tm.get(url());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty(field);
  });

  it.each([
    ['limit out of range', '?limit=0', 'limit'],
    ['limit not a number', '?limit=ten', 'limit'],
    ['a forged cursor', '?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ['an unknown filter', '?colour=blue', 'colour'],
    ['an unknown sort', '?sort=salary', 'sort'],
  ])('query: %s', async (_label, query, field) => {
    const res = await tm.get(`/api/enterprises/${w.enterprises.A.id}/users${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty(field);
  });

  it('answers unknown API paths with JSON 404', async () => {
    const res = await tm.get('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('refuses a write without the CSRF token, and changes nothing', async () => {
    const before = await counts();
    const res = await tm.post(sitesUrl(), validSite, { 'x-csrf-token': 'wrong' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    expect(await counts()).toEqual(before);
  });
});

describe('hostile strings are stored and returned verbatim', () => {
  it.each([
    ['<script>alert(1)</script>'],
    ["' OR 1=1 --"],
    ['Robert"); DROP TABLE users; --'],
    ['名前 Ærø 🚀 \u202e'],
  ])('%s', async (name) => {
    const created = await tm.post(`/api/enterprises/${w.enterprises.A.id}/users`, {
      name,
      siteId: w.sites.ams.id,
      profile: 'vast',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const read = await tm.get(`/api/users/${id}`);
    expect(read.json().name).toBe(name);
    const listed = await tm.get(
      `/api/enterprises/${w.enterprises.A.id}/users?q=${encodeURIComponent(name.slice(0, 12))}`,
    );
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((u: { id: string }) => u.id)).toContain(id);
    // The JSON answer is what carries it: never HTML.
    expect(read.headers['content-type']).toMatch(/^application\/json/);
  });

  it('treats LIKE wildcards in a search as text', async () => {
    const all = (await tm.get(`/api/enterprises/${w.enterprises.A.id}/users?q=%25`)).json().items;
    expect(all).toEqual([]);
  });
});

/**
 * Issue 7, point 4: input that used to reach the database (or a Fastify default) and come back
 * as a 500 or in a foreign shape. Each answer is a 4xx in the error shape, naming the field.
 */
describe('no 5xx from any input', () => {
  const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  let admin: Agent;
  beforeAll(async () => {
    admin = await t.login('admin@example.com', 'Admin-Password-2026!');
  });

  function expectFieldError(res: { statusCode: number; json(): unknown }, field: string, status = 400) {
    expect(res.statusCode).toBe(status);
    const body = res.json() as { error: { code: string; message: string; fields?: Record<string, string> } };
    expect(body.error.code).toBe('validation_failed');
    expect(typeof body.error.message).toBe('string');
    expect(Object.keys(body.error.fields ?? {})).toContain(field);
  }

  it('refuses a NUL in the login e-mail before looking the account up', async () => {
    const before = await counts();
    const res = await t.anonymous().post('/api/auth/login', { email: 'tm@a.test\u0000', password: PASSWORD });
    expectFieldError(res, 'email');
    expect(res.json().error.fields.email).toBe('must not contain NUL characters');
    expect(await counts()).toEqual(before);
  });

  it('refuses a lone surrogate in a body string', async () => {
    const res = await tm.post(
      `/api/enterprises/${w.enterprises.A.id}/users`,
      `{"name":"x\\ud800","profile":"vast","siteId":"${w.sites.ams.id}"}`,
    );
    expectFieldError(res, 'name');
    expect(res.json().error.fields.name).toBe('must not contain unpaired surrogate characters');
  });

  it('refuses ?q=%00', async () => {
    expectFieldError(await tm.get(`/api/enterprises/${w.enterprises.A.id}/users?q=%00`), 'q');
  });

  it('refuses a NUL in a filter', async () => {
    expectFieldError(await admin.get('/api/audit-events?entityType=user%00'), 'entityType');
  });

  it('refuses a NUL in a body string, on the path of the value', async () => {
    const before = await counts();
    const res = await tm.post(`/api/enterprises/${w.enterprises.A.id}/sites`, {
      ...validSite,
      city: 'Den\u0000Haag',
    });
    expectFieldError(res, 'city');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a non-UUID id', b64url('["a","not-a-uuid"]')],
    ['a number too large for the sort key', b64url('[1e308,"1"]')],
    ['a number key on a list sorted by name', b64url(`[1,"${'3f2504e0-4f89-41d3-9a0c-0305e82c3301'}"]`)],
    ['a NUL in the key', b64url(`["a\\u0000","${'3f2504e0-4f89-41d3-9a0c-0305e82c3301'}"]`)],
  ])('refuses a forged cursor: %s', async (_label, cursor) => {
    expectFieldError(await tm.get(`/api/enterprises/${w.enterprises.A.id}/users?cursor=${cursor}`), 'cursor');
  });

  it.each([
    ['a text key', b64url('["a","1"]')],
    ['a number too large', b64url('[1e308,"1"]')],
    ['a fraction', b64url('[1.5,"1"]')],
  ])('refuses a forged audit cursor: %s', async (_label, cursor) => {
    expectFieldError(await admin.get(`/api/audit-events?cursor=${cursor}`), 'cursor');
  });

  it('refuses a forged training-record cursor whose key is not a time', async () => {
    expectFieldError(
      await admin.get(`/api/training-records?cursor=${b64url(`["a","${w.accounts.site_admin.id}"]`)}`),
      'cursor',
    );
  });

  it.each([
    ['from', 'from=0000-01-01T00:00:00Z'],
    ['from', 'from=0001-01-01T00:00:00%2B01:00'],
    ['to', 'to=0000-01-01T00:00:00.000Z'],
    ['to', 'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z'],
  ])('refuses an audit date range that is not real or not in order (%s): %s', async (field, query) => {
    expectFieldError(await admin.get(`/api/audit-events?${query}`), field);
  });

  it('refuses a completion date of year 0', async () => {
    const res = await admin.post('/api/training-records', {
      accountId: w.accounts.enterprise_admin_untrained.id,
      training: 'telecom_manager',
      completedOn: '0000-01-01',
    });
    expectFieldError(res, 'completedOn');
  });

  it('answers a path parameter over the router limit in the error shape', async () => {
    const res = await tm.get(`/api/sites/${'a'.repeat(2000)}`);
    expect(res.statusCode).toBe(414);
    expect(res.json().error.code).toBe('uri_too_long');
  });

  it('answers bad percent-encoding in the path in the error shape', async () => {
    const res = await tm.get('/api/sites/%zz');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers an unsupported method on a known path with 405 and Allow', async () => {
    const res = await tm.request('PUT', `/api/enterprises/${w.enterprises.A.id}/sites`, {});
    expect(res.statusCode).toBe(405);
    expect(res.json().error.code).toBe('method_not_allowed');
    expect(res.headers.allow).toBe('GET, HEAD, POST');
  });

  it('answers a parameter under the router limit with the field message', async () => {
    expectFieldError(await tm.get(`/api/sites/${'a'.repeat(400)}`), 'siteId');
  });

  it('answers a path with NUL on an unknown route with 404', async () => {
    const res = await tm.get('/api/no-such%00thing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

/** What Node's HTTP parser refuses never reaches Fastify's handlers: over a real socket. */
describe('malformed HTTP is answered in the error shape', () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });

  function raw(request: string): Promise<{ status: number; body: unknown }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
      });
      socket.on('error', reject);
      socket.on('close', () => {
        const [head = '', body = ''] = text.split('\r\n\r\n');
        resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
      });
    });
  }

  it.each([
    [
      'an over-long path',
      `GET /api/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      431,
      'request_header_too_large',
    ],
    [
      'a Content-Length that is not a number',
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
      400,
      'bad_request',
    ],
    ['an unknown method', 'BREW /api/health HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad_request'],
  ])('%s', async (_label, request, status, code) => {
    const res = await raw(request);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ error: { code, message: expect.any(String) } });
  });
});
