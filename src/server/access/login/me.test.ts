import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY_POLICIES } from '../../../core/access/password-policy';
import { buildWorld, PASSWORD, type World } from '../../testing/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
let w: World;
let admin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  admin = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
});
afterAll(async () => t.close());

describe('the password rules in GET /api/me', () => {
  it("are the rules of the account's role", async () => {
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    expect((await tm.get('/api/me')).json().account.passwordRules).toEqual({
      minLength: 12,
      requiredClasses: 4,
      historyCount: 10,
    });
    const user = await t.login(w.accounts.end_user.email, PASSWORD);
    expect((await user.get('/api/me')).json().account.passwordRules).toEqual({
      minLength: 10,
      requiredClasses: 3,
      historyCount: 3,
    });
  });

  it("follow the provider's changes to the policy, also in the login's answer", async () => {
    const put = await admin.put('/api/security-policies/end_user', {
      ...DEFAULT_SECURITY_POLICIES.end_user,
      minLength: 14,
      historyCount: 6,
    });
    expect(put.statusCode).toBe(200);
    const login = await t
      .anonymous()
      .post('/api/auth/login', { email: w.accounts.end_user.email, password: PASSWORD });
    expect(login.json().account.passwordRules).toEqual({
      minLength: 14,
      requiredClasses: 3,
      historyCount: 6,
    });
  });
});
