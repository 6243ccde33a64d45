import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { type Agent, startTestApp, type TestApp } from '../testing/harness';
import { totpCode } from './two-factor/totp';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(async () => t.close());

describe('password changes', () => {
  it.each([
    ['too short for the strict policy', 'Sh0rt!pass', 'at least 12 characters'],
    ['missing character classes', 'alllowercaseletters', 'at least 4 of'],
    ['containing the login name', 'Partner@p1.test-2026', 'login name'],
    ['the current password reversed', [...PASSWORD].reverse().join(''), 'reversed'],
    ['the current password', PASSWORD, 'differ from the current'],
  ])('refuses a new password %s', async (_label, newPassword, message) => {
    const agent = await t.login(w.accounts.partner_admin.email, PASSWORD);
    const res = await agent.post('/api/me/password', { currentPassword: PASSWORD, newPassword });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('password_policy');
    expect(res.json().error.fields.newPassword).toContain(message);
  });

  it('asks the current password again', async () => {
    const agent = await t.login(w.accounts.partner_admin.email, PASSWORD);
    const res = await agent.post('/api/me/password', {
      currentPassword: 'not-it',
      newPassword: 'Brand-New-Passw0rd!',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.fields).toHaveProperty('currentPassword');
  });

  it('changes it, ends the other sessions, and refuses reuse of recent passwords', async () => {
    const email = w.accounts.partner_admin_b.email;
    const other = await t.login(email, PASSWORD);
    const agent = await t.login(email, PASSWORD);
    const first = 'First-New-Passw0rd!';
    expect(
      (await agent.post('/api/me/password', { currentPassword: PASSWORD, newPassword: first })).statusCode,
    ).toBe(200);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    expect((await other.get('/api/me')).statusCode).toBe(401);
    const second = 'Second-New-Passw0rd!';
    expect(
      (await agent.post('/api/me/password', { currentPassword: first, newPassword: second })).statusCode,
    ).toBe(200);
    const back = await agent.post('/api/me/password', { currentPassword: second, newPassword: PASSWORD });
    expect(back.statusCode).toBe(422);
    expect(back.json().error.fields.newPassword).toContain('last 10 passwords');
    expect((await t.anonymous().post('/api/auth/login', { email, password: second })).statusCode).toBe(200);
  });

  it('forces a change after an administrator reset, and allows nothing else meanwhile', async () => {
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    const reset = await tm.post(`/api/accounts/${w.accounts.receptionist.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const temporary: string = reset.json().temporaryPassword;
    expect(
      (
        await t
          .anonymous()
          .post('/api/auth/login', { email: w.accounts.receptionist.email, password: PASSWORD })
      ).statusCode,
    ).toBe(401);
    const agent = await t.login(w.accounts.receptionist.email, temporary);
    const me = (await agent.get('/api/me')).json();
    expect(me.account.passwordChangeRequired).toBe(true);
    const blocked = await agent.post('/api/me/recovery-codes', { password: temporary });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    // Its tokens it may see: the change revokes those it does not keep.
    expect((await agent.get('/api/me/tokens')).statusCode).toBe(200);
    expect(
      (
        await agent.post('/api/me/password', {
          currentPassword: temporary,
          newPassword: 'Receptie-Nieuw-2026',
        })
      ).statusCode,
    ).toBe(200);
    expect((await agent.get('/api/me')).json().account.passwordChangeRequired).toBe(false);
    expect((await agent.get('/api/me/tokens')).statusCode).toBe(200);
  });

  it('requires a change once the password is older than the rotation period', async () => {
    const early = await t.login(w.accounts.provider_agent.email, PASSWORD);
    expect((await early.get('/api/partners')).statusCode).toBe(200);
    const ninetyOneDays = 91 * 86_400_000;
    t.clock.advance(ninetyOneDays);
    try {
      const late = await t.login(w.accounts.provider_agent.email, PASSWORD);
      expect((await late.get('/api/me')).json().account.passwordChangeRequired).toBe(true);
      const denied = await late.get('/api/partners');
      expect(denied.statusCode).toBe(403);
      expect(denied.json().error.code).toBe('password_change_required');
    } finally {
      t.clock.advance(-ninetyOneDays);
    }
  });
});

describe('two-factor authentication', () => {
  let agent: Agent;
  let secret: string;
  const email = () => w.accounts.site_admin.email;

  it('enrols: password asked again, QR code, confirmation code, ten recovery codes', async () => {
    agent = await t.login(email(), PASSWORD);
    expect((await agent.post('/api/me/totp/setup', { password: 'wrong' })).statusCode).toBe(403);
    const setup = await agent.post('/api/me/totp/setup', { password: PASSWORD });
    expect(setup.statusCode).toBe(200);
    secret = setup.json().secret;
    expect(setup.json().otpauthUrl).toMatch(/^otpauth:\/\/totp\/Centrale:site%40a\.test\?/);
    expect(setup.json().qrSvg).toMatch(/^<svg/);
    const [stored] = await t.database.query<{ totp_secret: string }>(
      'select totp_secret from accounts where id = $1',
      [w.accounts.site_admin.id],
    );
    expect(stored?.totp_secret).toMatch(/^v1\./);
    expect(stored?.totp_secret).not.toContain(secret);
    expect((await agent.post('/api/me/totp/enable', { code: '000000' })).statusCode).toBe(401);
    const enabled = await agent.post('/api/me/totp/enable', { code: await totpCode(secret, t.clock.now()) });
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json().recoveryCodes).toHaveLength(10);
    recovery = enabled.json().recoveryCodes;
  });

  let recovery: string[] = [];

  it('then asks for a code at login, and refuses a replayed one', async () => {
    const anon = t.anonymous();
    const first = await anon.post('/api/auth/login', { email: email(), password: PASSWORD });
    expect(first.statusCode).toBe(401);
    expect(first.json().error.code).toBe('totp_required');
    t.clock.advance(60_000);
    const code = await totpCode(secret, t.clock.now());
    expect(
      (await anon.post('/api/auth/login', { email: email(), password: PASSWORD, totp: code })).statusCode,
    ).toBe(200);
    const replay = await t
      .anonymous()
      .post('/api/auth/login', { email: email(), password: PASSWORD, totp: code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('invalid_totp');
  });

  it('accepts each recovery code once', async () => {
    const code = recovery[0] as string;
    expect(
      (
        await t
          .anonymous()
          .post('/api/auth/login', { email: email(), password: PASSWORD, totp: code.toUpperCase() })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.anonymous().post('/api/auth/login', { email: email(), password: PASSWORD, totp: code }))
        .statusCode,
    ).toBe(401);
  });

  it('can be reset by an administrator (lost phone)', async () => {
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    // A site admin's account is not a user login: the Telecom Manager manages it.
    const res = await tm.post(`/api/accounts/${w.accounts.site_admin.id}/reset-two-factor`);
    expect(res.statusCode).toBe(200);
    expect(res.json().totpEnabled).toBe(false);
    expect(
      (await t.anonymous().post('/api/auth/login', { email: email(), password: PASSWORD })).statusCode,
    ).toBe(200);
  });

  it('is demanded at login when the role requires it', async () => {
    const admin = await t.login('admin@example.com', 'Admin-Password-2026!');
    const policies = (await admin.get('/api/security-policies')).json().items;
    expect(policies).toHaveLength(9);
    const current = policies.find((p: { role: string }) => p.role === 'supervisor').policy;
    expect(
      (await admin.put('/api/security-policies/supervisor', { ...current, twoFactorRequired: true }))
        .statusCode,
    ).toBe(200);
    const agent2 = await t.login(w.accounts.supervisor.email, PASSWORD);
    const me = (await agent2.get('/api/me')).json().account;
    expect(me.twoFactorEnrolmentRequired).toBe(true);
    const blocked = await agent2.post('/api/me/recovery-codes', { password: PASSWORD });
    expect(blocked.json().error.code).toBe('two_factor_enrolment_required');
    expect((await agent2.post('/api/me/totp/setup', { password: PASSWORD })).statusCode).toBe(200);
    expect(
      (await admin.put('/api/security-policies/supervisor', { ...current, twoFactorRequired: false }))
        .statusCode,
    ).toBe(200);
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, used as bearer, and record their last use', async () => {
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    const created = await tm.post('/api/me/tokens', {
      name: 'provisioning script',
      access: 'read_write',
      password: PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    const secret: string = created.json().secret;
    expect(secret).toMatch(/^ctr_/);
    const [row] = await t.database.query<{ token_hash: string }>(
      'select token_hash from api_tokens where id = $1',
      [created.json().token.id],
    );
    expect(row?.token_hash).not.toContain(secret);
    const bot = t.withToken(secret);
    const list = await bot.get(`/api/enterprises/${w.enterprises.A.id}/users`);
    expect(list.statusCode).toBe(200);
    const write = await bot.post(`/api/enterprises/${w.enterprises.A.id}/users`, {
      name: 'Via token',
      siteId: w.sites.utr.id,
      profile: 'vast',
    });
    expect(write.statusCode).toBe(201);
    const tokens = (await tm.get('/api/me/tokens')).json().items;
    expect(tokens[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(tokens)).not.toContain(secret);
    // A token keeps the account's scope.
    expect((await bot.get(`/api/enterprises/${w.enterprises.B.id}/users`)).statusCode).toBe(404);
    // Credentials are for sessions only.
    expect((await bot.get('/api/me/tokens')).statusCode).toBe(403);
  });

  it('limited to reading refuse writes', async () => {
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    const secret = (
      await tm.post('/api/me/tokens', { name: 'reporting', access: 'read', password: PASSWORD })
    ).json().secret;
    const bot = t.withToken(secret);
    expect((await bot.get(`/api/enterprises/${w.enterprises.A.id}/sites`)).statusCode).toBe(200);
    const write = await bot.patch(`/api/sites/${w.sites.ams.id}`, { voiceChannels: 99 });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('read_only_token');
  });

  it('stop working when revoked or expired', async () => {
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    const a = (
      await tm.post('/api/me/tokens', { name: 'short', access: 'read', password: PASSWORD, expiresInDays: 1 })
    ).json();
    const b = (
      await tm.post('/api/me/tokens', { name: 'revoked', access: 'read', password: PASSWORD })
    ).json();
    expect((await t.withToken(b.secret).get('/api/me')).statusCode).toBe(200);
    expect((await tm.post(`/api/me/tokens/${b.token.id}/revoke`, { password: PASSWORD })).statusCode).toBe(
      204,
    );
    expect((await t.withToken(b.secret).get('/api/me')).statusCode).toBe(401);
    expect((await t.withToken(a.secret).get('/api/me')).statusCode).toBe(200);
    t.clock.advance(86_400_000 + 1000);
    expect((await t.withToken(a.secret).get('/api/me')).statusCode).toBe(401);
    expect((await t.withToken('ctr_forged').get('/api/me')).statusCode).toBe(401);
  });

  it('are revoked when an administrator resets the password', async () => {
    const user = await t.login(w.accounts.end_user.email, PASSWORD);
    const secret = (
      await user.post('/api/me/tokens', { name: 'mine', access: 'read', password: PASSWORD })
    ).json().secret;
    expect((await t.withToken(secret).get('/api/me')).statusCode).toBe(200);
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    expect((await tm.post(`/api/accounts/${w.accounts.end_user.id}/reset-password`)).statusCode).toBe(200);
    expect((await t.withToken(secret).get('/api/me')).statusCode).toBe(401);
  });
});
