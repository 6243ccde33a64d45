import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type CallRestrictions, DEFAULT_CALL_RESTRICTIONS } from '../../../core/telephony/call-classes';
import { enterpriseCallRestrictions, userCallRestrictions } from '../../db/schema';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string };
const issues = (res: { json(): { error: { issues: Issue[] } } }) =>
  res.json().error.issues.map((i) => [i.path, i.code]);

const ALL: CallRestrictions = {
  internal: true,
  nationalFixed: true,
  mobile: true,
  international: true,
  premium: true,
  service: true,
};
const NONE: CallRestrictions = {
  internal: false,
  nationalFixed: false,
  mobile: false,
  international: false,
  premium: false,
  service: false,
};

type Changes = Record<string, { from?: unknown; to?: unknown }>;
/** Replays a newest-first list of events from a start: every `from` must be what the one before left. */
function replay(start: Record<string, unknown>, events: { changes: Changes }[]): Record<string, unknown> {
  const state = { ...start };
  for (const { changes } of [...events].reverse()) {
    for (const [field, change] of Object.entries(changes)) {
      expect(state[field], field).toEqual(change.from);
      state[field] = change.to;
    }
  }
  return state;
}

const enterpriseUrl = (id: string) => `/api/enterprises/${id}/call-restrictions`;
const userUrl = (id: string) => `/api/users/${id}/call-restrictions`;

describe("an enterprise's default call restrictions", () => {
  it('bar premium-rate numbers until someone changes them', async () => {
    const tm = await s.as('enterprise_admin_b');
    const res = await tm.get(enterpriseUrl(s.w.enterprises.B.id));
    expect([res.statusCode, res.json()]).toEqual([
      200,
      { enterpriseId: s.w.enterprises.B.id, restrictions: DEFAULT_CALL_RESTRICTIONS },
    ]);
  });

  it('are set as a whole, audited under the enterprise, and followed by users that follow them', async () => {
    const tm = await s.as('enterprise_admin');
    const A = s.w.enterprises.A.id;
    const user = await fresh.user(s.t.database.db, A, s.w.sites.ams.id);
    const wanted = { ...DEFAULT_CALL_RESTRICTIONS, international: false };
    const res = await tm.put(enterpriseUrl(A), { restrictions: wanted });
    expect([res.statusCode, res.json()]).toEqual([200, { enterpriseId: A, restrictions: wanted }]);
    expect((await tm.get(enterpriseUrl(A))).json().restrictions).toEqual(wanted);
    expect((await tm.get(userUrl(user.id))).json()).toEqual({
      userId: user.id,
      enterpriseId: A,
      followsDefault: true,
      restrictions: wanted,
      enterpriseDefault: wanted,
    });
    const { items } = (await tm.get(`/api/audit-events?entityType=call_restrictions&entityId=${A}`)).json();
    expect(items[0].changes).toEqual({ international: { from: true, to: false } });
    await tm.put(enterpriseUrl(A), { restrictions: DEFAULT_CALL_RESTRICTIONS });
  });

  it.each<[string, unknown, string[][]]>([
    [
      'an unknown key',
      { restrictions: { ...DEFAULT_CALL_RESTRICTIONS, satellite: true } },
      [['restrictions.satellite', 'unrecognized_keys']],
    ],
    [
      'a string for a boolean',
      { restrictions: { ...DEFAULT_CALL_RESTRICTIONS, premium: 'true' } },
      [['restrictions.premium', 'invalid_type']],
    ],
    [
      'a missing key',
      { restrictions: { ...DEFAULT_CALL_RESTRICTIONS, mobile: undefined } },
      [['restrictions.mobile', 'required']],
    ],
    ['no set', {}, [['restrictions', 'required']]],
    [
      'a flat set',
      DEFAULT_CALL_RESTRICTIONS,
      [
        ['restrictions', 'required'],
        ...Object.keys(DEFAULT_CALL_RESTRICTIONS).map((k) => [k, 'unrecognized_keys']),
      ],
    ],
  ])('refuse %s with a field message and change nothing', async (_, body, expected) => {
    const tm = await s.as('enterprise_admin');
    const before = (await tm.get(enterpriseUrl(s.w.enterprises.A.id))).json();
    const res = await tm.put(enterpriseUrl(s.w.enterprises.A.id), body);
    expect(res.statusCode).toBe(400);
    expect(issues(res).map(([path]) => path)).toEqual(expected.map(([path]) => path));
    expect((await tm.get(enterpriseUrl(s.w.enterprises.A.id))).json()).toEqual(before);
  });

  it('are read, not changed, by a site administrator; another enterprise is not found', async () => {
    const site = await s.as('site_admin');
    expect((await site.get(enterpriseUrl(s.w.enterprises.A.id))).statusCode).toBe(200);
    expect((await site.put(enterpriseUrl(s.w.enterprises.A.id), { restrictions: ALL })).statusCode).toBe(403);
    const other = await s.as('enterprise_admin_b');
    expect((await other.get(enterpriseUrl(s.w.enterprises.A.id))).statusCode).toBe(404);
    expect((await other.put(enterpriseUrl(s.w.enterprises.A.id), { restrictions: ALL })).statusCode).toBe(
      404,
    );
  });

  it('of an enterprise that does not exist are not found, also for the provider', async () => {
    const admin = await s.as('provider_admin');
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await admin.get(enterpriseUrl(none))).statusCode).toBe(404);
    expect((await admin.put(enterpriseUrl(none), { restrictions: ALL })).statusCode).toBe(404);
    expect((await admin.post(`${enterpriseUrl(none)}/check`, { dialled: '112' })).statusCode).toBe(404);
  });

  it('end with one stored row whatever parallel changes arrive, each audited from the true before', async () => {
    const tm = await s.as('partner_admin_b');
    const B = s.w.enterprises.B.id;
    const sets = Array.from({ length: 8 }, (_, i) => ({ ...DEFAULT_CALL_RESTRICTIONS, mobile: i % 2 === 0 }));
    const answers = await Promise.all(sets.map((restrictions) => tm.put(enterpriseUrl(B), { restrictions })));
    expect(answers.map((a) => a.statusCode)).toEqual(sets.map(() => 200));
    const rows = await s.t.database.db
      .select()
      .from(enterpriseCallRestrictions)
      .where(eq(enterpriseCallRestrictions.enterpriseId, B));
    expect(rows).toHaveLength(1);
    const { items } = (await tm.get(`/api/audit-events?entityType=call_restrictions&entityId=${B}`)).json();
    expect(items).toHaveLength(8);
    const end = replay({ ...DEFAULT_CALL_RESTRICTIONS }, items);
    expect(rows[0]).toMatchObject(end);
  });
});

describe("a user's call restrictions", () => {
  it('follow the default, or are a whole set of the user’s own, and back', async () => {
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    expect((await tm.get(userUrl(user.id))).json()).toMatchObject({
      followsDefault: true,
      restrictions: DEFAULT_CALL_RESTRICTIONS,
    });
    const own = { ...ALL, international: false, premium: false };
    const set = await tm.put(userUrl(user.id), { followsDefault: false, restrictions: own });
    expect([set.statusCode, set.json()]).toEqual([
      200,
      {
        userId: user.id,
        enterpriseId: s.w.enterprises.A.id,
        followsDefault: false,
        restrictions: own,
        enterpriseDefault: DEFAULT_CALL_RESTRICTIONS,
      },
    ]);
    const back = await tm.put(userUrl(user.id), { followsDefault: true });
    expect(back.json()).toMatchObject({ followsDefault: true, restrictions: DEFAULT_CALL_RESTRICTIONS });
    const { items } = (
      await tm.get(`/api/audit-events?entityType=user_call_restrictions&entityId=${user.id}`)
    ).json();
    expect(items.map((e: { changes: unknown }) => e.changes)).toEqual([
      { followsDefault: { from: false, to: true }, international: { from: false, to: true } },
      { followsDefault: { from: true, to: false }, international: { from: true, to: false } },
    ]);
    expect(items[0].siteId).toBe(s.w.sites.ams.id);
  });

  it.each<[string, unknown, string]>([
    ['an own set without the set', { followsDefault: false }, 'restrictions'],
    ['a set beside following the default', { followsDefault: true, restrictions: ALL }, 'restrictions'],
    ['followsDefault as a string', { followsDefault: 'yes' }, 'followsDefault'],
    ['nothing', {}, 'followsDefault'],
    [
      'a number for a boolean',
      { followsDefault: false, restrictions: { ...ALL, internal: 1 } },
      'restrictions.internal',
    ],
    [
      'an unknown key in the set',
      { followsDefault: false, restrictions: { ...ALL, satellite: false } },
      'restrictions.satellite',
    ],
  ])('refuse %s and change nothing', async (_, body, path) => {
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const res = await tm.put(userUrl(user.id), body);
    expect(res.statusCode).toBe(400);
    expect(issues(res).map(([p]) => p)).toContain(path);
    expect((await tm.get(userUrl(user.id))).json().followsDefault).toBe(true);
  });

  it('are run by a site administrator for users of its own sites only', async () => {
    const site = await s.as('site_admin');
    const body = { followsDefault: false, restrictions: NONE };
    const ams = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    expect((await site.put(userUrl(ams.id), body)).statusCode).toBe(200);
    const utr = s.w.users.uUtr.id;
    expect((await site.get(userUrl(utr))).statusCode).toBe(404);
    expect((await site.put(userUrl(utr), body)).statusCode).toBe(404);
    const other = await s.as('enterprise_admin_b');
    expect((await other.get(userUrl(ams.id))).statusCode).toBe(404);
    expect((await other.put(userUrl(ams.id), { followsDefault: true })).statusCode).toBe(404);
    expect((await other.get(userUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
    const rows = await s.t.database.db
      .select()
      .from(userCallRestrictions)
      .where(eq(userCallRestrictions.userId, ams.id));
    expect(rows[0]).toMatchObject(NONE);
  });

  it('queue parallel changes of one user: every answer 200, one row, each event from the true before', async () => {
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const bodies = Array.from({ length: 8 }, (_, i) =>
      i % 3 === 0
        ? { followsDefault: true }
        : { followsDefault: false, restrictions: { ...ALL, mobile: i % 2 === 0 } },
    );
    const answers = await Promise.all(bodies.map((body) => tm.put(userUrl(user.id), body)));
    expect(answers.map((a) => a.statusCode)).toEqual(bodies.map(() => 200));
    const rows = await s.t.database.db
      .select()
      .from(userCallRestrictions)
      .where(eq(userCallRestrictions.userId, user.id));
    expect(rows.length).toBeLessThanOrEqual(1);
    const { items } = (
      await tm.get(`/api/audit-events?entityType=user_call_restrictions&entityId=${user.id}`)
    ).json();
    expect(items).toHaveLength(8);
    const end = replay({ followsDefault: true, ...DEFAULT_CALL_RESTRICTIONS }, items);
    expect(end.followsDefault).toBe(rows.length === 0);
    expect((await tm.get(userUrl(user.id))).json().followsDefault).toBe(rows.length === 0);
  });

  it('go with the user when it is removed', async () => {
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    await tm.put(userUrl(user.id), { followsDefault: false, restrictions: ALL });
    expect((await tm.delete(`/api/users/${user.id}`)).statusCode).toBe(204);
    const rows = await s.t.database.db
      .select()
      .from(userCallRestrictions)
      .where(eq(userCallRestrictions.userId, user.id));
    expect(rows).toEqual([]);
  });
});

describe('would this call be allowed', () => {
  const check = async (body: unknown, who: Parameters<typeof s.as>[0] = 'enterprise_admin') =>
    (await s.as(who)).post(`/api/enterprises/${s.w.enterprises.A.id}/call-restrictions/check`, body);

  it.each<[string, string, boolean, string]>([
    ['0900 123 4567', 'premium', false, 'barred'],
    ['0900-8844', 'service_shared', true, 'allowed'],
    ['112', 'emergency', true, 'emergency'],
    ['+31 20 123 4567', 'national_fixed', true, 'allowed'],
    ['06 12345678', 'mobile', true, 'allowed'],
    ['0044 20 7946 0000', 'international', true, 'allowed'],
    ['201', 'internal', true, 'allowed'],
    ['0123', 'unknown', false, 'unknown_number'],
  ])('by the default: %s is %s, allowed %s', async (dialled, cls, allowed, reason) => {
    const res = await check({ dialled });
    expect([res.statusCode, res.json()]).toEqual([
      200,
      expect.objectContaining({ dialled, class: cls, allowed, reason, decidedBy: 'enterprise' }),
    ]);
  });

  it("by a user's own set, 112 still allowed when all else is barred", async () => {
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    await tm.put(userUrl(user.id), { followsDefault: false, restrictions: NONE });
    expect((await check({ userId: user.id, dialled: '112' })).json()).toMatchObject({
      allowed: true,
      reason: 'emergency',
      decidedBy: 'user',
    });
    expect((await check({ userId: user.id, dialled: '020 123 4567' })).json()).toMatchObject({
      class: 'national_fixed',
      restrictions: ['nationalFixed'],
      barredBy: ['nationalFixed'],
      allowed: false,
      reason: 'barred',
    });
  });

  it("calls the enterprise's own numbers internal", async () => {
    const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id);
    const own = numbers[0]?.number ?? '';
    const res = await check({ dialled: `0${own.slice(3)}` });
    expect(res.json()).toMatchObject({ class: 'internal', number: own, allowed: true });
  });

  it('knows no user of another enterprise, or of another site for a site administrator', async () => {
    expect(issues(await check({ userId: s.w.users.uB.id, dialled: '112' }))).toEqual([
      ['userId', 'call_check_user_unknown'],
    ]);
    expect(issues(await check({ userId: s.w.users.uUtr.id, dialled: '112' }, 'site_admin'))).toEqual([
      ['userId', 'call_check_user_unknown'],
    ]);
    expect((await check({ userId: s.w.users.uAms.id, dialled: '112' }, 'site_admin')).statusCode).toBe(200);
  });

  it.each<[string, unknown, string]>([
    ['garbage', { dialled: "'; DROP TABLE users; --" }, 'dialled'],
    ['letters', { dialled: '0800-FLOWERS' }, 'dialled'],
    ['too long', { dialled: '0'.repeat(41) }, 'dialled'],
    ['empty', { dialled: '' }, 'dialled'],
    ['a number', { dialled: 112 }, 'dialled'],
    ['an unknown field', { dialled: '112', restrictions: ALL }, 'restrictions'],
    ['a user id that is no id', { dialled: '112', userId: 'me' }, 'userId'],
  ])('refuses %s with a field message', async (_, body, path) => {
    const res = await check(body);
    expect(res.statusCode).toBe(400);
    expect(issues(res).map(([p]) => p)).toContain(path);
  });
});
