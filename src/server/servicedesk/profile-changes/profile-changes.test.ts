import { describe, expect, it } from 'vitest';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
const issues = (res: { json(): { error: { issues: Issue[] } } }) =>
  res.json().error.issues.map((i) => [i.path, i.code]);

const request = (userId: string, profile?: string) => ({
  type: 'change',
  enterpriseId: s.w.enterprises.A.id,
  catalogueItem: 'profile-change',
  description: 'Graag een ander profiel',
  userId,
  ...(profile === undefined ? {} : { profile }),
});

async function acknowledged(userId: string, profile: string) {
  const tm = await s.as('enterprise_admin');
  const res = await tm.post('/api/tickets', request(userId, profile));
  expect(res.statusCode, res.body).toBe(201);
  const agent = await s.as('provider_agent');
  expect(
    (await agent.post(`/api/tickets/${res.json().id}/status`, { status: 'acknowledged' })).statusCode,
  ).toBe(200);
  return res.json().id as string;
}
const profileOf = async (userId: string) =>
  (await (await s.as('provider_admin')).get(`/api/users/${userId}`)).json().profile;
const countTickets = async () =>
  Number((await s.t.database.query('select count(*)::int as n from tickets'))[0]?.n ?? 0);

describe('requesting another profile', () => {
  it('validates the profile against those that exist and the user’s own, storing nothing', async () => {
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, 'vast');
    const before = await countTickets();
    const same = await tm.post('/api/tickets', request(user.id, 'vast'));
    expect([same.statusCode, issues(same)]).toEqual([422, [['profile', 'profile_unchanged']]]);
    const none = await tm.post('/api/tickets', request(user.id));
    expect([none.statusCode, issues(none)]).toEqual([422, [['profile', 'catalogue_item_needs_profile']]]);
    const gold = await tm.post('/api/tickets', request(user.id, 'gold'));
    expect([gold.statusCode, issues(gold).map(([p]) => p)]).toEqual([400, ['profile']]);
    const other = await tm.post('/api/tickets', request(s.w.users.uB.id, 'flex'));
    expect([other.statusCode, issues(other)]).toEqual([422, [['userId', 'user_not_in_enterprise']]]);
    const siteAdmin = await s.as('site_admin');
    const sister = await siteAdmin.post('/api/tickets', request(s.w.users.uUtr.id, 'flex'));
    expect([sister.statusCode, issues(sister)]).toEqual([422, [['userId', 'user_not_yours']]]);
    const hunt = await tm.post('/api/tickets', {
      type: 'change',
      enterpriseId: s.w.enterprises.A.id,
      catalogueItem: 'hunt-group-change',
      description: 'Extra lid',
      profile: 'flex',
    });
    expect([hunt.statusCode, issues(hunt)]).toEqual([422, [['profile', 'profile_not_asked']]]);
    expect(await countTickets()).toBe(before);
    // A customer still cannot change the profile directly.
    expect((await tm.patch(`/api/users/${user.id}`, { profile: 'flex' })).statusCode).toBe(422);
  });

  it('changes the user’s profile when the desk resolves the request, audited as a change of the user', async () => {
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, 'vast');
    const id = await acknowledged(user.id, 'flex');
    expect(await profileOf(user.id)).toBe('vast');
    const agent = await s.as('provider_agent');
    const done = await agent.post(`/api/tickets/${id}/status`, { status: 'resolved' });
    expect(done.statusCode, done.body).toBe(200);
    expect(await profileOf(user.id)).toBe('flex');
    const admin = await s.as('provider_admin');
    const log = (await admin.get(`/api/audit-events?entityId=${user.id}`)).json().items as {
      action: string;
      entityType: string;
      changes: Record<string, { from?: unknown; to?: unknown }>;
      actor: { email: string | null } | null;
    }[];
    const update = log.find((e) => e.entityType === 'user' && e.action === 'update');
    expect(update?.changes.profile).toEqual({ from: 'vast', to: 'flex' });
    expect(update?.actor?.email).toBe('agent@provider.test');
  });

  it('refuses the resolution with 409 naming what does not fit, keeping ticket and user as they were', async () => {
    const db = s.t.database.db;
    const user = await fresh.user(db, s.w.enterprises.A.id, s.w.sites.ams.id, 'vast');
    const group = await fresh.pickupGroup(db, s.w.enterprises.A.id, s.w.sites.ams.id);
    await fresh.pickupMember(db, group.id, user.id);
    const id = await acknowledged(user.id, 'mobiel');
    const agent = await s.as('provider_agent');
    const refused = await agent.post(`/api/tickets/${id}/status`, { status: 'resolved' });
    expect(refused.statusCode).toBe(409);
    const [issue] = refused.json().error.issues as Issue[];
    expect(issue).toMatchObject({ path: '', code: 'group_memberships' });
    expect(String(issue?.params.groups)).toContain(group.name);
    expect((await agent.get(`/api/tickets/${id}`)).json().status).toBe('acknowledged');
    expect(await profileOf(user.id)).toBe('vast');
    // A user with a portal login cannot become Mobiel either.
    const login = await acknowledged(s.w.users.uAms.id, 'mobiel');
    const withLogin = await agent.post(`/api/tickets/${login}/status`, { status: 'resolved' });
    expect([withLogin.statusCode, issues(withLogin)]).toEqual([409, [['', 'mobiel_with_login']]]);
  });

  it('changes the profile once when two resolutions race', async () => {
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, 'vast');
    const id = await acknowledged(user.id, 'combi');
    const agent = await s.as('provider_agent');
    const admin = await s.as('provider_admin');
    const answers = await Promise.all([
      agent.post(`/api/tickets/${id}/status`, { status: 'resolved' }),
      admin.post(`/api/tickets/${id}/status`, { status: 'resolved' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(await profileOf(user.id)).toBe('combi');
    const log = (await admin.get(`/api/audit-events?entityId=${user.id}`)).json().items as {
      action: string;
      entityType: string;
    }[];
    expect(log.filter((e) => e.entityType === 'user' && e.action === 'update')).toHaveLength(1);
  });
});
