import { describe, expect, it } from 'vitest';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);
const groupsOf = (enterpriseId: string) => `/api/enterprises/${enterpriseId}/hunt-groups`;
const pickupOf = (enterpriseId: string) => `/api/enterprises/${enterpriseId}/pickup-groups`;
let n = 0;
const name = (base: string) => `${base} ${++n}`;
/** A free extension of enterprise A (3 digits), different every call. */
let ext = 600;
const nextExtension = () => String(++ext);

async function group(extra: Record<string, unknown> = {}) {
  const tm = await s.as('enterprise_admin');
  const res = await tm.post(groupsOf(s.w.enterprises.A.id), {
    siteId: s.w.sites.ams.id,
    name: name('Groep'),
    ...extra,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; extension: string | null; number: string | null };
}

describe('hunt groups', () => {
  it('are created with an extension and a number of the plan, changed, listed and removed (numbers freed)', async () => {
    const tm = await s.as('enterprise_admin');
    const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, { size: 2 });
    const extension = nextExtension();
    const res = await tm.post(groupsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: 'Verkoop',
      extension,
      number: numbers[0]?.number,
      distribution: 'circular',
      huntAfterSeconds: 20,
      timeoutSeconds: 60,
      timeoutDestination: '06 1234 5678',
      busyAction: 'forward',
      busyDestination: '+31 20 123 4567',
      callWaiting: true,
      ringPattern: 'long_long',
    });
    expect(res.statusCode).toBe(201);
    const made = res.json();
    expect(made).toMatchObject({
      name: 'Verkoop',
      extension,
      number: numbers[0]?.number,
      distribution: 'circular',
      timeoutDestination: '+31612345678',
      busyDestination: '+31201234567',
      unreachableAction: 'busy_tone',
      unreachableDestination: null,
      callWaiting: true,
      ringPattern: 'long_long',
      memberCount: 0,
      siteName: 'Amsterdam',
    });
    const plan = (
      await tm.get(`/api/enterprises/${s.w.enterprises.A.id}/numbers?q=${numbers[0]?.number}`)
    ).json();
    expect(plan.items[0]).toMatchObject({
      state: 'assigned',
      assignee: { type: 'hunt_group', id: made.id, role: 'main', name: 'Verkoop' },
    });
    // The name is unique in the enterprise (any case).
    const twice = await tm.post(groupsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.utr.id,
      name: 'verkoop',
    });
    expect([twice.statusCode, issues(twice)]).toEqual([422, [['name', 'group_name_taken']]]);
    const changed = await tm.patch(`/api/hunt-groups/${made.id}`, {
      number: numbers[1]?.number,
      timeoutSeconds: null,
      distribution: 'weighted',
    });
    expect(changed.json()).toMatchObject({ number: numbers[1]?.number, timeoutSeconds: null, extension });
    const list = (await tm.get(`${groupsOf(s.w.enterprises.A.id)}?q=verk`)).json().items;
    expect(list.map((g: { id: string }) => g.id)).toEqual([made.id]);
    expect((await tm.delete(`/api/hunt-groups/${made.id}`)).statusCode).toBe(204);
    expect((await tm.get(`/api/hunt-groups/${made.id}`)).statusCode).toBe(404);
    const after = (await tm.get(`/api/enterprises/${s.w.enterprises.A.id}/numbers?state=free`)).json().items;
    expect(after.map((x: { number: string }) => x.number)).toEqual(
      expect.arrayContaining([numbers[0]?.number, numbers[1]?.number]),
    );
    // Its extension is free again.
    const again = await group({ extension });
    expect(again.extension).toBe(extension);
    const audit = await s.t.database.query(
      "select action from audit_events where entity_type = 'hunt_group' and entity_id = $1 order by id",
      [made.id],
    );
    expect(audit.map((r) => (r as { action: string }).action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses bad input with field messages, nothing stored', async () => {
    const tm = await s.as('enterprise_admin');
    const bad = await tm.post(groupsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: '',
      distribution: 'random',
      huntAfterSeconds: 2,
      ringPattern: 'disco',
    });
    expect(bad.statusCode).toBe(400);
    expect(issues(bad).map(([p]) => p)).toEqual(
      expect.arrayContaining(['name', 'distribution', 'huntAfterSeconds', 'ringPattern']),
    );
    const rules = await tm.post(groupsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name('Fout'),
      extension: '12',
      number: '+31 20 999 9999',
      huntAfterSeconds: 30,
      timeoutSeconds: 20,
      busyAction: 'forward',
      unreachableAction: 'forward',
      unreachableDestination: 'voicemail',
    });
    expect([rules.statusCode, issues(rules)]).toEqual([
      422,
      [
        ['extension', 'extension_length'],
        ['number', 'number_not_in_plan'],
        ['timeoutDestination', 'required'],
        ['busyDestination', 'required'],
        ['unreachableDestination', 'group_no_voicemail'],
        ['timeoutSeconds', 'timeout_before_hunt'],
      ],
    ]);
    const unknown = await tm.post(groupsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name('Fout'),
      busyAction: 'forward',
      busyDestination: '999',
    });
    expect(issues(unknown)).toEqual([['busyDestination', 'extension_unknown']]);
    const other = await tm.post(groupsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.b1.id,
      name: name('Fout'),
    });
    expect(issues(other)).toEqual([['siteId', 'site_not_in_enterprise']]);
    const rows = await s.t.database.query("select id from hunt_groups where name like 'Fout%'");
    expect(rows).toEqual([]);
  });

  it('keeps to the site admin its own sites, and another enterprise its own (404)', async () => {
    const site = await s.as('site_admin');
    const utr = await site.post(groupsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.utr.id,
      name: name('Utr'),
    });
    expect(issues(utr)).toEqual([['siteId', 'site_not_yours']]);
    const utrGroup = await fresh.huntGroup(s.t.database.db, s.w.enterprises.A.id, s.w.sites.utr.id);
    expect((await site.get(`/api/hunt-groups/${utrGroup.id}`)).statusCode).toBe(404);
    expect((await site.patch(`/api/hunt-groups/${utrGroup.id}`, { name: 'x' })).statusCode).toBe(404);
    const b = await s.as('enterprise_admin_b');
    expect((await b.get(`/api/hunt-groups/${utrGroup.id}`)).statusCode).toBe(404);
    expect((await b.delete(`/api/hunt-groups/${utrGroup.id}`)).statusCode).toBe(404);
  });

  it("keeps a group's number on the group's site", async () => {
    const tm = await s.as('enterprise_admin');
    const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, {
      size: 1,
      siteId: s.w.sites.ams.id,
    });
    const number = numbers[0]?.number;
    const onUtr = await tm.post(groupsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.utr.id,
      name: name('Utr'),
      number,
    });
    expect(issues(onUtr)).toEqual([['number', 'number_other_site']]);
    const g = await group({ number });
    const moved = await tm.patch(`/api/hunt-groups/${g.id}`, { siteId: s.w.sites.utr.id });
    expect([moved.statusCode, issues(moved)]).toEqual([422, [['number', 'number_other_site']]]);
    const plan = await tm.patch(`/api/numbers/${numbers[0]?.id}`, { siteId: s.w.sites.utr.id });
    expect([plan.statusCode, issues(plan)]).toEqual([422, [['siteId', 'number_other_site']]]);
    // Nor through the provisioning form's numbers sheet.
    const admin = await s.as('provider_admin');
    const sheet = await admin.post(
      `/api/enterprises/${s.w.enterprises.A.id}/imports?sheet=numbers`,
      `number,state,site,assignee,note\n${number},assigned,Utrecht,,\n`,
      { 'content-type': 'text/csv' },
    );
    expect(sheet.statusCode).toBe(422);
    expect(sheet.json().error.rows).toMatchObject([
      { sheet: 'numbers', column: 'site', code: 'number_other_site' },
    ]);
    const kept = await admin.post(
      `/api/enterprises/${s.w.enterprises.A.id}/imports?sheet=numbers`,
      `number,state,site,assignee,note\n${number},assigned,Amsterdam,,Verkoop\n`,
      { 'content-type': 'text/csv' },
    );
    expect(kept.statusCode).toBe(200);
    const mobile = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, { size: 1 });
    await s.t.database.query("update numbers set kind = 'mobile' where id = $1", [mobile.numbers[0]?.id]);
    const kind = await tm.patch(`/api/hunt-groups/${g.id}`, { number: mobile.numbers[0]?.number });
    expect(issues(kind)).toEqual([['number', 'number_kind_for_group']]);
  });

  it('keeps a site with groups from being removed, naming them', async () => {
    const admin = await s.as('provider_admin');
    const site = await fresh.site(s.t.database.db, s.w.enterprises.A.id);
    const g = await fresh.huntGroup(s.t.database.db, s.w.enterprises.A.id, site.id);
    const refused = await admin.delete(`/api/sites/${site.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({ code: 'in_use', params: { referrers: g.name } });
    expect((await admin.delete(`/api/hunt-groups/${g.id}`)).statusCode).toBe(204);
    const p = await fresh.pickupGroup(s.t.database.db, s.w.enterprises.A.id, site.id);
    expect((await admin.delete(`/api/sites/${site.id}`)).json().error.issues[0]).toMatchObject({
      code: 'in_use',
      params: { referrers: p.name },
    });
    expect((await admin.delete(`/api/pickup-groups/${p.id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/sites/${site.id}`)).statusCode).toBe(204);
  });

  it('gives one extension to one of two groups asking at once', async () => {
    const tm = await s.as('enterprise_admin');
    const extension = nextExtension();
    const results = await Promise.all(
      [1, 2, 3].map((i) =>
        tm.post(groupsOf(s.w.enterprises.A.id), {
          siteId: s.w.sites.ams.id,
          name: name(`Race ${i}`),
          extension,
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(issues(r)).toEqual([['extension', 'extension_taken']]);
    const held = await s.t.database.query('select assignee_id from extensions where extension = $1', [
      extension,
    ]);
    expect(held).toHaveLength(1);
    // An extension a user has is refused too.
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const userExt = nextExtension();
    expect(
      (await tm.put(`/api/users/${user.id}/numbers`, { extension: userExt, fixed: null, mobile: null }))
        .statusCode,
    ).toBe(200);
    const taken = await tm.post(groupsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: name('X'),
      extension: userExt,
    });
    expect([taken.statusCode, issues(taken)]).toEqual([409, [['extension', 'extension_taken']]]);
  });
});

describe('hunt group members', () => {
  it('are users and outside numbers in order, re-ordered in one request, logged in and out', async () => {
    const tm = await s.as('enterprise_admin');
    const g = await group();
    const url = `/api/hunt-groups/${g.id}/members`;
    const a = await tm.post(url, { userId: s.w.users.uAms.id });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({
      position: 1,
      kind: 'user',
      userName: 'Ams User',
      weight: 1,
      loggedIn: true,
    });
    const mobile = await tm.post(url, { externalNumber: '06 1234 5678', weight: 5 });
    expect(mobile.json()).toMatchObject({
      position: 2,
      kind: 'external',
      externalNumber: '+31612345678',
      userId: null,
    });
    const top = await tm.post(url, { userId: s.w.users.uUtr.id, position: 1 });
    expect(top.json().position).toBe(1);
    const ids = (await tm.get(url)).json().items.map((m: { id: string }) => m.id);
    expect(ids).toEqual([top.json().id, a.json().id, mobile.json().id]);
    const order = await tm.put(`${url}/order`, { memberIds: [mobile.json().id, top.json().id, a.json().id] });
    expect(order.statusCode).toBe(200);
    expect(order.json().items.map((m: { id: string; position: number }) => [m.id, m.position])).toEqual([
      [mobile.json().id, 1],
      [top.json().id, 2],
      [a.json().id, 3],
    ]);
    const partial = await tm.put(`${url}/order`, { memberIds: [mobile.json().id, top.json().id] });
    expect([partial.statusCode, issues(partial)]).toEqual([422, [['memberIds', 'order_members']]]);
    const dup = await tm.put(`${url}/order`, {
      memberIds: [mobile.json().id, mobile.json().id, a.json().id],
    });
    expect(issues(dup)).toEqual([['memberIds', 'order_duplicate']]);
    const off = await tm.patch(`/api/hunt-group-members/${a.json().id}`, { loggedIn: false, weight: 10 });
    expect(off.json()).toMatchObject({ loggedIn: false, weight: 10 });
    // An empty change changes nothing, and is no event.
    const same = await tm.patch(`/api/hunt-group-members/${a.json().id}`, {});
    expect([same.statusCode, same.json()]).toMatchObject([200, { loggedIn: false, weight: 10 }]);
    expect((await tm.get(`/api/hunt-groups/${g.id}`)).json()).toMatchObject({
      memberCount: 3,
      loggedInCount: 2,
    });
    expect((await tm.delete(`/api/hunt-group-members/${top.json().id}`)).statusCode).toBe(204);
    const left = (await tm.get(url))
      .json()
      .items.map((m: { id: string; position: number }) => [m.id, m.position]);
    expect(left).toEqual([
      [mobile.json().id, 1],
      [a.json().id, 2],
    ]);
    const audit = await s.t.database.query(
      "select entity_type, action from audit_events where entity_type like 'hunt_group_member%' and (entity_id = $1 or entity_id = $2) order by id",
      [g.id, a.json().id],
    );
    expect(audit).toEqual([
      { entity_type: 'hunt_group_member', action: 'create' },
      { entity_type: 'hunt_group_member_order', action: 'update' },
      { entity_type: 'hunt_group_member', action: 'update' },
    ]);
  });

  it('refuses members not in the enterprise, not allowed by their profile, twice, or bad numbers', async () => {
    const tm = await s.as('enterprise_admin');
    const g = await group();
    const url = `/api/hunt-groups/${g.id}/members`;
    const other = await tm.post(url, { userId: s.w.users.uB.id });
    expect([other.statusCode, issues(other)]).toEqual([422, [['userId', 'user_not_in_enterprise']]]);
    const nobody = await tm.post(url, { userId: crypto.randomUUID() });
    expect(issues(nobody)).toEqual([['userId', 'user_not_in_enterprise']]);
    // The provider takes hunt groups out of Mobiel: a Mobiel user cannot be a member then.
    const admin = await s.as('provider_admin');
    const mobiel = (await admin.get('/api/profiles'))
      .json()
      .profiles.find((p: { profile: string }) => p.profile === 'mobiel');
    const without = mobiel.features.filter((f: string) => f !== 'hunt_group');
    expect((await admin.put('/api/profiles/mobiel/features', { features: without })).statusCode).toBe(200);
    const mobileUser = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, 'mobiel');
    const refused = await tm.post(url, { userId: mobileUser.id });
    expect([refused.statusCode, issues(refused)]).toEqual([422, [['userId', 'member_not_in_profile']]]);
    expect((await admin.put('/api/profiles/mobiel/features', { features: mobiel.features })).statusCode).toBe(
      200,
    );
    const member = await tm.post(url, { userId: mobileUser.id });
    expect(member.statusCode).toBe(201);
    // ... and now the profile cannot lose it while the user is a member.
    const inUse = await admin.put('/api/profiles/mobiel/features', { features: without });
    expect([inUse.statusCode, issues(inUse)]).toEqual([
      409,
      [
        ['', 'feature_in_use'],
        ['features.hunt_group', 'feature_in_use'],
      ],
    ]);
    const twice = await tm.post(url, { userId: mobileUser.id });
    expect([twice.statusCode, issues(twice)]).toEqual([409, [['userId', 'member_taken']]]);
    const both = await tm.post(url, { userId: s.w.users.uAms.id, externalNumber: '0612345678' });
    expect([both.statusCode, issues(both)]).toEqual([400, [['userId', 'member_user_or_number']]]);
    const badNumber = await tm.post(url, { externalNumber: '12ab' });
    expect([badNumber.statusCode, issues(badNumber)]).toEqual([400, [['externalNumber', 'phone_number']]]);
    const weight = await tm.post(url, { externalNumber: '0612345679', weight: 0 });
    expect(weight.statusCode).toBe(400);
    expect((await tm.get(url)).json().items).toHaveLength(1);
    expect((await tm.delete(`/api/hunt-group-members/${member.json().id}`)).statusCode).toBe(204);
  });

  it("lets a site admin add only its own sites' users (or outside numbers)", async () => {
    const site = await s.as('site_admin');
    const g = await fresh.huntGroup(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const url = `/api/hunt-groups/${g.id}/members`;
    const utr = await site.post(url, { userId: s.w.users.uUtr.id });
    expect([utr.statusCode, issues(utr)]).toEqual([422, [['userId', 'user_not_yours']]]);
    expect((await site.post(url, { userId: s.w.users.uAms.id })).statusCode).toBe(201);
    expect((await site.post(url, { externalNumber: '+31 30 123 4567' })).statusCode).toBe(201);
  });

  it('adds the same user once of several parallel requests', async () => {
    const tm = await s.as('enterprise_admin');
    const g = await group();
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => tm.post(`/api/hunt-groups/${g.id}/members`, { userId: s.w.users.uAms3.id })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    const rows = await s.t.database.query('select id from hunt_group_members where hunt_group_id = $1', [
      g.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('keeps a member from being removed as a user, or losing the feature by a profile change', async () => {
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, 'combi');
    const g = await group();
    expect((await tm.post(`/api/hunt-groups/${g.id}/members`, { userId: user.id })).statusCode).toBe(201);
    const removed = await tm.delete(`/api/users/${user.id}`);
    expect(removed.statusCode).toBe(409);
    expect(removed.json().error.issues[0]).toMatchObject({ code: 'in_use', params: { count: 1 } });
    // Mobiel without hunt groups: the profile change is refused with the group's name.
    const admin = await s.as('provider_admin');
    const mobiel = (await admin.get('/api/profiles'))
      .json()
      .profiles.find((p: { profile: string }) => p.profile === 'mobiel');
    const without = mobiel.features.filter((f: string) => f !== 'hunt_group');
    expect((await admin.put('/api/profiles/mobiel/features', { features: without })).statusCode).toBe(200);
    const change = await admin.patch(`/api/users/${user.id}`, { profile: 'mobiel' });
    expect([change.statusCode, issues(change)]).toEqual([422, [['profile', 'group_memberships']]]);
    expect((await admin.put('/api/profiles/mobiel/features', { features: mobiel.features })).statusCode).toBe(
      200,
    );
  });
});

describe('my hunt groups', () => {
  it('lets a member log itself in and out of its own groups only, audited', async () => {
    const tm = await s.as('enterprise_admin');
    const g = await group();
    const other = await group();
    await tm.post(`/api/hunt-groups/${g.id}/members`, { userId: s.w.users.uAms.id });
    const me = await s.as('end_user');
    const mine = (await me.get('/api/me/hunt-groups')).json().items;
    expect(mine.filter((m: { huntGroupId: string }) => m.huntGroupId === g.id)).toMatchObject([
      { loggedIn: true },
    ]);
    const out = await me.put(`/api/me/hunt-groups/${g.id}/membership`, { loggedIn: false });
    expect(out.statusCode).toBe(200);
    expect(out.json().items.find((m: { huntGroupId: string }) => m.huntGroupId === g.id).loggedIn).toBe(
      false,
    );
    const notMine = await me.put(`/api/me/hunt-groups/${other.id}/membership`, { loggedIn: false });
    expect(notMine.statusCode).toBe(404);
    const bad = await me.put(`/api/me/hunt-groups/${g.id}/membership`, { loggedIn: 'no' });
    expect(bad.statusCode).toBe(400);
    const audit = await s.t.database.query(
      "select actor_email, before->>'loggedIn' as was, after->>'loggedIn' as now from audit_events where entity_type = 'hunt_group_member' and action = 'update' order by id desc limit 1",
    );
    expect(audit).toEqual([{ actor_email: s.w.accounts.end_user.email, was: 'true', now: 'false' }]);
  });
});

describe('call pickup groups', () => {
  it('hold users of the enterprise whose profile allows it, each in one group at most', async () => {
    const tm = await s.as('enterprise_admin');
    const made = await tm.post(pickupOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: 'Pick-up Amsterdam',
    });
    expect(made.statusCode).toBe(201);
    const second = await tm.post(pickupOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.utr.id,
      name: 'Pick-up Utrecht',
    });
    const id = made.json().id;
    const added = await tm.post(`/api/pickup-groups/${id}/members`, { userId: s.w.users.uAms4.id });
    expect(added.json().members).toEqual([
      { userId: s.w.users.uAms4.id, userName: 'Ams Receptionist', siteId: s.w.sites.ams.id },
    ]);
    const elsewhere = await tm.post(`/api/pickup-groups/${second.json().id}/members`, {
      userId: s.w.users.uAms4.id,
    });
    expect([elsewhere.statusCode, issues(elsewhere)]).toEqual([409, [['userId', 'pickup_member_elsewhere']]]);
    // Mobiel has no call pickup by default.
    const mobile = await tm.post(`/api/pickup-groups/${id}/members`, { userId: s.w.users.uMobile.id });
    expect([mobile.statusCode, issues(mobile)]).toEqual([422, [['userId', 'member_not_in_profile']]]);
    const foreign = await tm.post(`/api/pickup-groups/${id}/members`, { userId: s.w.users.uB.id });
    expect(issues(foreign)).toEqual([['userId', 'user_not_in_enterprise']]);
    const dup = await tm.post(pickupOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: 'PICK-UP AMSTERDAM',
    });
    expect(issues(dup)).toEqual([['name', 'group_name_taken']]);
    const userDelete = await tm.delete(`/api/users/${s.w.users.uAms4.id}`);
    expect(userDelete.statusCode).toBe(409);
    const out = await tm.delete(`/api/pickup-groups/${id}/members/${s.w.users.uAms4.id}`);
    expect(out.json().members).toEqual([]);
    expect((await tm.delete(`/api/pickup-groups/${id}/members/${s.w.users.uAms4.id}`)).statusCode).toBe(404);
    const renamed = await tm.patch(`/api/pickup-groups/${id}`, { name: 'Pick-up Centrum' });
    expect(renamed.json().name).toBe('Pick-up Centrum');
    expect((await tm.delete(`/api/pickup-groups/${id}`)).statusCode).toBe(204);
    const audit = await s.t.database.query(
      "select action from audit_events where entity_type = 'pickup_group' and entity_id = $1 order by id",
      [id],
    );
    expect(audit.map((r) => (r as { action: string }).action)).toEqual([
      'create',
      'update',
      'update',
      'update',
      'delete',
    ]);
  });

  it('adds a user to one of two groups asking at once', async () => {
    const tm = await s.as('enterprise_admin');
    const a = await fresh.pickupGroup(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const b = await fresh.pickupGroup(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const results = await Promise.all(
      [a, b, a, b].map((g) => tm.post(`/api/pickup-groups/${g.id}/members`, { userId: user.id })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const rows = await s.t.database.query(
      'select pickup_group_id from pickup_group_members where user_id = $1',
      [user.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('keeps to the site admin its own sites', async () => {
    const site = await s.as('site_admin');
    const utr = await fresh.pickupGroup(s.t.database.db, s.w.enterprises.A.id, s.w.sites.utr.id);
    expect((await site.get(`/api/pickup-groups/${utr.id}`)).statusCode).toBe(404);
    const ams = await fresh.pickupGroup(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const foreign = await site.post(`/api/pickup-groups/${ams.id}/members`, { userId: s.w.users.uUtr.id });
    expect(issues(foreign)).toEqual([['userId', 'user_not_yours']]);
  });
});
