import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { fresh } from '../testing/fresh';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Agent, startTestApp, type TestApp } from '../testing/harness';

/** Issue 7, point 5: what a change of an account's state does to its password and its tokens. */
let t: TestApp;
let w: World;
let admin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  admin = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
});
afterAll(async () => t.close());

const newToken = async (agent: Agent, name: string) => {
  const res = await agent.post('/api/me/tokens', { name, access: 'read', password: PASSWORD });
  expect(res.statusCode).toBe(201);
  return res.json() as { token: { id: string }; secret: string };
};

describe('a role change to a role with a stricter password policy', () => {
  it('makes the account choose a new password (site admin → enterprise admin: four character classes)', async () => {
    const account = await t.login(w.accounts.site_admin.email, PASSWORD);
    expect((await account.get('/api/me')).json().account.passwordChangeRequired).toBe(false);
    const changed = await admin.patch(`/api/accounts/${w.accounts.site_admin.id}`, {
      role: 'enterprise_admin',
      siteIds: [],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(true);
    const next = await t.login(w.accounts.site_admin.email, PASSWORD);
    expect((await next.get('/api/me')).json().account.passwordChangeRequired).toBe(true);
    expect((await next.get(`/api/enterprises/${w.enterprises.A.id}/users`)).json().error.code).toBe(
      'password_change_required',
    );
  });

  it('does not when the new role’s rules are the same or looser', async () => {
    const login = await fresh.account(t.database.db, 'enterprise_admin', {
      enterpriseId: w.enterprises.C.id,
    });
    const changed = await admin.patch(`/api/accounts/${login.id}`, {
      role: 'site_admin',
      siteIds: [(await fresh.site(t.database.db, w.enterprises.C.id)).id],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
  });
});

describe('disabling an account', () => {
  it('revokes its API tokens for good: enabling it again does not revive them', async () => {
    const user = await t.login(w.accounts.agent.email, PASSWORD);
    const { secret } = await newToken(user, 'integration');
    expect((await t.withToken(secret).get('/api/me')).statusCode).toBe(200);
    const tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
    expect((await tm.patch(`/api/accounts/${w.accounts.agent.id}`, { status: 'disabled' })).statusCode).toBe(
      200,
    );
    expect((await t.withToken(secret).get('/api/me')).statusCode).toBe(401);
    expect((await tm.patch(`/api/accounts/${w.accounts.agent.id}`, { status: 'active' })).statusCode).toBe(
      200,
    );
    expect((await t.withToken(secret).get('/api/me')).statusCode).toBe(401);
    const again = await t.login(w.accounts.agent.email, PASSWORD);
    const tokens = (await again.get('/api/me/tokens')).json().items as {
      name: string;
      revokedAt: string | null;
    }[];
    expect(tokens.find((x) => x.name === 'integration')?.revokedAt).not.toBeNull();
  });
});

describe('changing one’s own password', () => {
  it('revokes the account’s tokens, except those it keeps, and says which it revoked', async () => {
    const user = await t.login(w.accounts.supervisor.email, PASSWORD);
    const kept = await newToken(user, 'kept');
    const dropped = await newToken(user, 'dropped');
    const res = await user.post('/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'Kalm-Paars-Huis-2026',
      keepTokenIds: [kept.token.id],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toStrictEqual({ revokedTokenIds: [dropped.token.id] });
    expect((await t.withToken(kept.secret).get('/api/me')).statusCode).toBe(200);
    expect((await t.withToken(dropped.secret).get('/api/me')).statusCode).toBe(401);
  });

  it('revokes all of them when it keeps none', async () => {
    const user = await t.login(w.accounts.receptionist.email, PASSWORD);
    const one = await newToken(user, 'one');
    const res = await user.post('/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'Groen-Blauw-Dak-2026',
    });
    expect(res.json().revokedTokenIds).toStrictEqual([one.token.id]);
    expect((await t.withToken(one.secret).get('/api/me')).statusCode).toBe(401);
  });

  it('cannot keep another account’s token (it is simply not revoked by this change)', async () => {
    const other = await t.login(w.accounts.end_user.email, PASSWORD);
    const theirs = await newToken(other, 'theirs');
    const user = await t.login(w.accounts.partner_admin.email, PASSWORD);
    const res = await user.post('/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'Rood-Geel-Raam-2026!',
      keepTokenIds: [theirs.token.id],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().revokedTokenIds).toStrictEqual([]);
    expect((await t.withToken(theirs.secret).get('/api/me')).statusCode).toBe(200);
  });
});
