import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { fresh } from '../testing/fresh';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/harness';
import { hashPassword } from './crypto';
import { totpCode } from './two-factor/totp';

/**
 * Issue 7, points 1, 2, 3 and 6: counting failures in one statement, second factors used once,
 * re-authentication counted as a login, and answers that tell nothing of who exists. Run on
 * PGlite and on PostgreSQL (DATABASE_URL), where the parallel requests really run in parallel.
 */
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(async () => t.close());

const login = (email: string, password: string, from = '198.51.100.1', totp?: string) =>
  t.anonymous(from).post('/api/auth/login', { email, password, ...(totp ? { totp } : {}) });

const statuses = (answers: { statusCode: number }[]) => answers.map((a) => a.statusCode);
const count = (answers: { statusCode: number }[], status: number) =>
  answers.filter((a) => a.statusCode === status).length;

describe('1. the lockout holds under a parallel burst', () => {
  it('19 wrong passwords and the right one at once: locked, and no login past the threshold', async () => {
    // An end user: threshold 10, as in the report.
    const email = w.accounts.agent.email;
    const burst = [
      ...Array.from({ length: 19 }, (_, i) => login(email, `wrong-${i}`, '198.51.100.10')),
      login(email, PASSWORD, '198.51.100.10'),
    ];
    const answers = await Promise.all(burst);
    expect(count(answers, 200)).toBeLessThanOrEqual(1);
    expect(count(answers, 401) + count(answers, 200)).toBeLessThanOrEqual(20);
    // However the burst interleaved, ten failures were counted in a row: the address is locked.
    const after = await login(email, PASSWORD, '198.51.100.10');
    expect(after.statusCode).toBe(429);
    expect(after.json().error.code).toBe('account_locked');
    const [row] = await t.database.query<{ failures: number }>(
      "select failures from login_throttles where scope = 'pair' and address = '198.51.100.10'",
    );
    expect(row?.failures).toBeGreaterThanOrEqual(10);
  });

  it('counts every failure of a burst: none is lost to a read-then-write', async () => {
    const email = 'nobody-burst@example.test';
    await Promise.all(Array.from({ length: 4 }, (_, i) => login(email, `x${i}`, '198.51.100.11')));
    const [row] = await t.database.query<{ failures: number }>(
      "select failures from login_throttles where scope = 'account' and subject <> '' order by last_failed_at desc limit 1",
    );
    expect(row?.failures).toBe(4);
  });
});

describe('2. second factors are single-use under concurrency', () => {
  const enrol = async (email: string) => {
    const agent = await t.login(email, PASSWORD, undefined, '198.51.100.20');
    const setup = await agent.post('/api/me/totp/setup', { password: PASSWORD });
    const secret: string = setup.json().secret;
    const enabled = await agent.post('/api/me/totp/enable', { code: await totpCode(secret, t.clock.now()) });
    expect(enabled.statusCode).toBe(200);
    return { secret, recovery: enabled.json().recoveryCodes as string[] };
  };

  it('one TOTP code sent by 8 parallel logins logs in once', async () => {
    const email = w.accounts.supervisor.email;
    const { secret } = await enrol(email);
    // The next time step, so that enrolment's own step does not refuse it.
    t.clock.advance(30_000);
    const code = await totpCode(secret, t.clock.now());
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login(email, PASSWORD, `198.51.100.${30 + i}`, code)),
    );
    expect(count(answers, 200)).toBe(1);
    expect(count(answers, 401)).toBe(7);
    for (const a of answers.filter((x) => x.statusCode === 401))
      expect(a.json().error.code).toBe('invalid_totp');
  });

  it('one recovery code sent by 8 parallel logins logs in once', async () => {
    const email = w.accounts.receptionist.email;
    const { recovery } = await enrol(email);
    const code = recovery[0] as string;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login(email, PASSWORD, `198.51.100.${40 + i}`, code)),
    );
    expect(count(answers, 200)).toBe(1);
    const [used] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from recovery_codes where account_id = $1 and used_at is not null',
      [w.accounts.receptionist.id],
    );
    expect(used?.n).toBe(1);
  });
});

describe('3. re-authentication is a login', () => {
  it('audits a wrong current password, counts it with failed logins, and ends the session at the threshold', async () => {
    // A partner admin: the strict policy, threshold 5.
    const email = w.accounts.partner_admin_b.email;
    const from = '198.51.100.50';
    for (let i = 0; i < 2; i++) expect((await login(email, `wrong-${i}`, from)).statusCode).toBe(401);
    const agent = await t.login(email, PASSWORD, undefined, from);
    const wrong = () => agent.post('/api/me/tokens', { name: 'x', access: 'read', password: 'not-mine' });
    // The success above started the count again: five wrong re-authentications lock.
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await wrong());
    expect(statuses(answers)).toEqual([403, 403, 403, 403, 429]);
    expect(answers[0]?.json().error.code).toBe('reauthentication_failed');
    expect(answers[4]?.json().error.code).toBe('account_locked');
    // The session has ended, and the right password no longer logs in from here.
    expect((await agent.get('/api/me')).statusCode).toBe(401);
    expect((await login(email, PASSWORD, from)).statusCode).toBe(429);
    const events = await t.database.query<{ action: string }>(
      "select action from audit_events where entity_id = $1 and action in ('reauthentication_failed', 'locked') order by id",
      [w.accounts.partner_admin_b.id],
    );
    expect(events.map((e) => e.action)).toEqual([...Array(5).fill('reauthentication_failed'), 'locked']);
  });

  it('counts failed logins towards the re-authentication’s threshold, across routes', async () => {
    const email = w.accounts.enterprise_admin_b.email;
    const from = '198.51.100.51';
    const agent = await t.login(email, PASSWORD, undefined, from);
    for (let i = 0; i < 3; i++) expect((await login(email, `wrong-${i}`, from)).statusCode).toBe(401);
    expect((await agent.post('/api/me/totp/setup', { password: 'nope' })).statusCode).toBe(403);
    const fifth = await agent.post('/api/me/recovery-codes', { password: 'nope' });
    expect([fifth.statusCode, fifth.json().error.code]).toEqual([429, 'account_locked']);
  });
});

describe('3. every route that asks the current password again', () => {
  // Each on an account of its own (a partner admin: the strict policy, threshold 5).
  const routes: [string, (tokenId: string) => [string, Record<string, unknown>]][] = [
    [
      'change the password',
      () => ['/api/me/password', { currentPassword: 'not-mine', newPassword: 'Another-Password-2026!' }],
    ],
    ['start two-factor', () => ['/api/me/totp/setup', { password: 'not-mine' }]],
    ['switch two-factor off', () => ['/api/me/totp/disable', { password: 'not-mine' }]],
    ['new recovery codes', () => ['/api/me/recovery-codes', { password: 'not-mine' }]],
    ['create an API token', () => ['/api/me/tokens', { name: 'x', access: 'read', password: 'not-mine' }]],
    ['revoke an API token', (tokenId) => [`/api/me/tokens/${tokenId}/revoke`, { password: 'not-mine' }]],
  ];

  it.each(routes)(
    '%s: counts a wrong one as a failed login, audits it, and ends the session at the threshold',
    async (name, route) => {
      const hash = await hashPassword(PASSWORD);
      const account = await fresh.account(
        t.database.db,
        'partner_admin',
        { partnerId: w.accounts.partner_admin_b.partnerId ?? undefined },
        hash,
      );
      await t.database.query('update accounts set password_changed_at = now() where id = $1', [account.id]);
      // An address of its own too, so that no other route's failures count here.
      const from = `198.51.100.${70 + routes.findIndex(([n]) => n === name)}`;
      const agent = await t.login(account.email, PASSWORD, undefined, from);
      const token = await agent.post('/api/me/tokens', { name: 'kept', access: 'read', password: PASSWORD });
      expect(token.statusCode).toBe(201);
      const [url, body] = route(token.json().token.id);
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await agent.post(url, body));
      expect(statuses(answers)).toEqual([403, 403, 403, 403, 429]);
      expect(answers[4]?.json().error.code).toBe('account_locked');
      expect((await agent.get('/api/me')).statusCode).toBe(401);
      expect((await login(account.email, PASSWORD, from)).statusCode).toBe(429);
      const events = await t.database.query<{ action: string }>(
        "select action from audit_events where entity_id = $1 and action in ('reauthentication_failed', 'locked') order by id",
        [account.id],
      );
      expect(events.map((e) => e.action)).toEqual([...Array(5).fill('reauthentication_failed'), 'locked']);
    },
  );
});

describe('6. answers tell nothing of who exists', () => {
  it('locks an unknown e-mail exactly as a known one of the strict policy', async () => {
    const run = async (email: string, from: string) => {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await login(email, 'wrong', from));
      return answers.map((a) => [a.statusCode, a.json().error.code]);
    };
    const known = await run(w.accounts.partner_admin.email, '198.51.100.60');
    const unknown = await run('no-such-person@example.test', '198.51.100.61');
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toEqual([429, 'account_locked']);
  });

  it('treats two spellings of one e-mail as one', async () => {
    const spellings = [
      'SOME.one@example.test',
      ' Some.One@Example.TEST',
      'some.ONE@EXAMPLE.test ',
      'Some.One@example.test',
    ];
    for (const spelling of spellings) await login(spelling, 'wrong', '198.51.100.62');
    expect((await login('some.one@example.test', 'wrong', '198.51.100.62')).statusCode).toBe(429);
  });

  it('does not let a stranger lock the provider admin out', async () => {
    for (let i = 0; i < 8; i++) await login(ADMIN_EMAIL, `guess-${i}`, '203.0.113.66');
    expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD, '203.0.113.66')).statusCode).toBe(429);
    // The administrator, from the office, logs in.
    expect((await login(ADMIN_EMAIL, ADMIN_PASSWORD, '192.0.2.200')).statusCode).toBe(200);
  });

  it('slows a guesser of one account from many addresses, not the owner at a familiar address', async () => {
    const email = w.accounts.end_user.email; // threshold 10: slowed down from 20 failures
    expect((await login(email, PASSWORD, '192.0.2.201')).statusCode).toBe(200);
    for (let i = 0; i < 20; i++) await login(email, `guess-${i}`, `203.0.113.${100 + i}`);
    const stranger = await login(email, PASSWORD, '203.0.113.250');
    expect(stranger.statusCode).toBe(429);
    expect(stranger.json().error.code).toBe('rate_limited');
    expect(Number(stranger.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect((await login(email, PASSWORD, '192.0.2.201')).statusCode).toBe(200);
    // A wait, not a lock: a minute later the right password works from anywhere.
    t.clock.advanceMinutes(2);
    expect((await login(email, PASSWORD, '203.0.113.251')).statusCode).toBe(200);
  });

  it('slows one address trying many accounts', async () => {
    const from = '203.0.113.77';
    for (let i = 0; i < 30; i++) await login(`sprayed-${i}@example.test`, 'Winter2026!', from);
    const next = await login(w.accounts.enterprise_admin.email, PASSWORD, from);
    expect(next.statusCode).toBe(429);
    expect(next.json().error.code).toBe('rate_limited');
    expect((await login(w.accounts.enterprise_admin.email, PASSWORD, '192.0.2.202')).statusCode).toBe(200);
  });

  it('makes an unknown e-mail cost the same writes as a known one (an audit event each)', async () => {
    const before = await t.database.query<{ n: number }>('select count(*)::int as n from audit_events');
    await login('ghost@example.test', 'wrong', '198.51.100.90');
    await login(w.accounts.end_user.email, 'wrong', '198.51.100.91');
    const after = await t.database.query<{ n: number }>('select count(*)::int as n from audit_events');
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(2);
  });

  it('shows an account as locked in the directory, and an administrator lifts every lock of it', async () => {
    const email = w.accounts.site_admin.email;
    for (let i = 0; i < 5; i++) await login(email, 'wrong', '198.51.100.95');
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD, undefined, '192.0.2.203');
    const shown = await tm.get(`/api/accounts/${w.accounts.site_admin.id}`);
    expect(Date.parse(shown.json().lockedUntil)).toBeGreaterThan(t.clock.now().getTime());
    const unlocked = await tm.post(`/api/accounts/${w.accounts.site_admin.id}/unlock`);
    expect(unlocked.json().lockedUntil).toBeNull();
    expect((await login(email, PASSWORD, '198.51.100.95')).statusCode).toBe(200);
  });
});
