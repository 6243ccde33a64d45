import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe('login', () => {
  it('logs in and reads /api/me', async () => {
    const agent = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const me = await agent.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().account.role).toBe('provider_admin');
  });
  it('refuses a wrong password', async () => {
    const res = await t.anonymous().post('/api/auth/login', { email: ADMIN_EMAIL, password: 'nope' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('invalid_credentials');
  });
});
