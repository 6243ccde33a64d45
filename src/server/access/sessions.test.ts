import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../testing/harness';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(async () => t.close());

describe('login and sessions', () => {
  it('sets an HttpOnly SameSite=Lax cookie and returns the account with a CSRF token', async () => {
    const res = await t
      .anonymous()
      .post('/api/auth/login', { email: ADMIN_EMAIL.toUpperCase(), password: ADMIN_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'centrale_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.path).toBe('/');
    expect(res.json().account.role).toBe('provider_admin');
    expect(res.json().csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const unknown = await t
      .anonymous()
      .post('/api/auth/login', { email: 'ghost@example.test', password: 'x' });
    const wrong = await t
      .anonymous()
      .post('/api/auth/login', { email: w.accounts.end_user.email, password: 'x' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('issues a new session id at login and ends the old one', async () => {
    const agent = await t.login(w.accounts.supervisor.email, PASSWORD);
    const first = agent.cookie;
    await agent.post('/api/auth/login', { email: w.accounts.supervisor.email, password: PASSWORD });
    expect(agent.cookie).not.toBe(first);
    const stale = t.anonymous();
    stale.cookie = first;
    const res = await stale.get('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');
  });

  it('ends the session on the server at logout', async () => {
    const agent = await t.login(w.accounts.agent.email, PASSWORD);
    const cookie = agent.cookie;
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(204);
    const replay = t.anonymous();
    replay.cookie = cookie;
    expect((await replay.get('/api/me')).statusCode).toBe(401);
    const [row] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from sessions where account_id = $1',
      [w.accounts.agent.id],
    );
    expect(row?.n).toBe(0);
  });

  it('ends an idle session after 30 minutes', async () => {
    const agent = await t.login(w.accounts.receptionist.email, PASSWORD);
    t.clock.advanceMinutes(29);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(29);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    const res = await agent.get('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');
  });

  it('ends any session after 12 hours, however active', async () => {
    const agent = await t.login(w.accounts.end_user.email, PASSWORD);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      t.clock.advanceMinutes(20);
      expect((await agent.get('/api/me')).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(25);
    expect((await agent.get('/api/me')).statusCode).toBe(401);
  });

  it("answers with a request id of its own, whatever the caller sent (the caller's is its correlation id)", async () => {
    const given = await t.anonymous().get('/api/health', { 'x-request-id': 'trace-42' });
    expect(given.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const made = await t.anonymous().get('/api/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers['x-request-id']).not.toBe(given.headers['x-request-id']);
  });
});

describe('lockout', () => {
  it('locks after the threshold, refuses even the right password, and lifts after the lock time', async () => {
    const email = w.accounts.agent.email;
    const anon = t.anonymous();
    for (let i = 1; i < 10; i++) {
      const res = await anon.post('/api/auth/login', { email, password: `wrong-${i}` });
      expect(res.statusCode).toBe(401);
    }
    const tenth = await anon.post('/api/auth/login', { email, password: 'wrong-10' });
    expect(tenth.statusCode).toBe(429);
    expect(tenth.json().error.code).toBe('account_locked');
    expect(Number(tenth.headers['retry-after'])).toBeGreaterThan(14 * 60);
    const right = await anon.post('/api/auth/login', { email, password: PASSWORD });
    expect(right.statusCode).toBe(429);
    t.clock.advanceMinutes(16);
    expect((await anon.post('/api/auth/login', { email, password: PASSWORD })).statusCode).toBe(200);
    const events = await t.database.query<{ action: string }>(
      "select action from audit_events where entity_id = $1 and action in ('login_failed', 'locked') order by id",
      [w.accounts.agent.id],
    );
    expect(events.filter((e) => e.action === 'login_failed')).toHaveLength(10);
    expect(events.filter((e) => e.action === 'locked')).toHaveLength(1);
  });

  it('uses the stricter threshold of enterprise-level roles', async () => {
    const email = w.accounts.enterprise_admin_b.email;
    const anon = t.anonymous();
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await anon.post('/api/auth/login', { email, password: 'nope' })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });

  it('is lifted by an administrator', async () => {
    const email = w.accounts.end_user.email;
    const anon = t.anonymous();
    for (let i = 0; i < 10; i++) await anon.post('/api/auth/login', { email, password: 'nope' });
    expect((await anon.post('/api/auth/login', { email, password: PASSWORD })).statusCode).toBe(429);
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    const unlocked = await tm.post(`/api/accounts/${w.accounts.end_user.id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().lockedUntil).toBeNull();
    expect((await anon.post('/api/auth/login', { email, password: PASSWORD })).statusCode).toBe(200);
  });
});

describe('login rate limit', () => {
  it('answers 429 after the per-minute limit from one address', async () => {
    const limited = await startTestApp({ CENTRALE_LOGIN_RATE_LIMIT: '3' });
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) {
        answers.push(
          await limited.anonymous().post('/api/auth/login', { email: 'x@example.test', password: 'y' }),
        );
      }
      expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 429]);
      expect(answers[3]?.json().error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });

  it('limits a route that asks the current password again in the same way', async () => {
    const limited = await startTestApp({ CENTRALE_LOGIN_RATE_LIMIT: '3' });
    try {
      const world = await buildWorld(limited);
      const agent = await limited.login(world.accounts.end_user.email, PASSWORD);
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push(await agent.post('/api/me/totp/setup', { password: `nope-${i}` }));
      expect(answers.map((a) => a.statusCode)).toEqual([403, 403, 403, 429]);
      expect(answers[3]?.json().error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
