import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, userBlfEntries, userFeatures } from '../../db/schema';
import { PASSWORD } from '../../testing/fixtures';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite({ CENTRALE_MAX_BLF_ENTRIES: '3' });
type Issue = { path: string; code: string; params: Record<string, unknown> };
const issues = (res: { json(): { error: { issues: Issue[] } } }) =>
  res.json().error.issues.map((i) => [i.path, i.code]);

const off = { enabled: false, destination: '' };
const settings = (over: Record<string, unknown> = {}) => ({
  language: 'nl',
  dnd: false,
  forwarding: { always: off, busy: off, noAnswer: { ...off, afterSeconds: 20 }, unreachable: off },
  voicemail: { enabled: true, copyToEmail: false, greeting: 'standard' },
  callerId: 'own_number',
  simultaneousRing: { enabled: false, numbers: [], notWhileOnCall: false },
  sequentialRing: { enabled: false, destinations: [], secondsEach: 20 },
  blf: [],
  ...over,
});
const forwarding = (over: Record<string, unknown>) => ({
  always: off,
  busy: off,
  noAnswer: { ...off, afterSeconds: 20 },
  unreachable: off,
  ...over,
});

let nextExtension = 510;

/** A fresh Amsterdam user of enterprise A with an extension (and a fixed number when asked). */
async function userWith(extension: string, profile: 'vast' | 'combi' | 'flex' | 'mobiel' = 'vast') {
  const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, profile);
  const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, {
    siteId: s.w.sites.ams.id,
  });
  const admin = await s.as('enterprise_admin');
  const res = await admin.put(`/api/users/${user.id}/numbers`, {
    extension,
    fixed: profile === 'mobiel' ? null : numbers[0]?.number,
    mobile: null,
  });
  expect(res.statusCode).toBe(200);
  return { user, fixed: numbers[0]?.number as string };
}

describe("a user's features", () => {
  it('start as the defaults, with what the profile includes', async () => {
    const admin = await s.as('enterprise_admin');
    const res = await admin.get(`/api/users/${s.w.users.uAms.id}/features`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      profile: 'vast',
      profileName: 'Vast',
      dnd: false,
      voicemail: { enabled: false, pinSet: false, greeting: 'standard' },
      callerId: 'own_number',
      blf: [],
    });
    expect(body.included).toContain('voicemail');
    expect(body.included).not.toContain('simultaneous_ring');
  });

  it('are set at once, destinations normalised, the PIN hashed and never shown or audited', async () => {
    const { user } = await userWith('301');
    await userWith('302');
    const admin = await s.as('enterprise_admin');
    const res = await admin.put(
      `/api/users/${user.id}/features`,
      settings({
        dnd: true,
        forwarding: forwarding({
          busy: { enabled: true, destination: '302' },
          noAnswer: { enabled: true, destination: 'voicemail', afterSeconds: 25 },
          unreachable: { enabled: true, destination: '0031 20 794 0099' },
        }),
        voicemail: { enabled: true, pin: '4826', copyToEmail: true, greeting: 'personal' },
        callerId: 'main_number',
        sequentialRing: { enabled: true, destinations: ['302', '06 1234 5678'], secondsEach: 15 },
        blf: [s.w.users.uAms2.id, s.w.users.uUtr.id],
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dnd: true,
      forwarding: {
        busy: { enabled: true, destination: '302' },
        noAnswer: { enabled: true, destination: 'voicemail', afterSeconds: 25 },
        unreachable: { enabled: true, destination: '+31207940099' },
      },
      voicemail: { enabled: true, pinSet: true, copyToEmail: true, greeting: 'personal' },
      callerId: 'main_number',
      sequentialRing: { enabled: true, destinations: ['302', '+31612345678'], secondsEach: 15 },
      blf: [s.w.users.uAms2.id, s.w.users.uUtr.id],
    });
    expect(res.body).not.toContain('4826');
    const [row] = await s.t.database.db.select().from(userFeatures).where(eq(userFeatures.userId, user.id));
    expect(row?.voicemailPinHash).toMatch(/^\$argon2id\$/);
    const events = await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    const event = events.find((e) => e.entityType === 'user_features');
    expect(event?.after).toMatchObject({ dnd: true, voicemail: { pin: 'changed' } });
    const logged = JSON.stringify(events);
    expect(logged).not.toContain('4826');
    expect(logged).not.toContain('argon2');

    // Left out, the PIN stays; null removes it.
    const kept = await admin.put(`/api/users/${user.id}/features`, settings());
    expect(kept.json().voicemail.pinSet).toBe(true);
    const removed = await admin.put(
      `/api/users/${user.id}/features`,
      settings({ voicemail: { enabled: true, pin: null, copyToEmail: false, greeting: 'standard' } }),
    );
    expect(removed.json().voicemail.pinSet).toBe(false);
  });

  it.each([
    ['its own extension', 'self', 'forward_to_self'],
    ['its own number', 'own', 'forward_to_self'],
    ['an extension the enterprise does not have', '399', 'extension_unknown'],
    ['an extension of the wrong length', '39', 'extension_length'],
    ['something that is no destination', 'my mobile', 'destination_format'],
  ])('refuse forwarding to %s', async (_name, destination, code) => {
    const ownExtension = String(nextExtension++);
    const { user, fixed } = await userWith(ownExtension);
    const target = destination === 'self' ? ownExtension : destination === 'own' ? fixed : destination;
    const admin = await s.as('enterprise_admin');
    const res = await admin.put(
      `/api/users/${user.id}/features`,
      settings({ forwarding: forwarding({ always: { enabled: true, destination: target } }) }),
    );
    expect([res.statusCode, issues(res)]).toEqual([422, [['forwarding.always.destination', code]]]);
  });

  it('refuse a no-answer time out of 5–120 seconds and unknown fields at the edge', async () => {
    const admin = await s.as('enterprise_admin');
    const url = `/api/users/${s.w.users.uAms.id}/features`;
    const late = await admin.put(
      url,
      settings({
        forwarding: forwarding({ noAnswer: { enabled: true, destination: 'voicemail', afterSeconds: 121 } }),
      }),
    );
    expect([late.statusCode, issues(late)]).toEqual([
      400,
      [['forwarding.noAnswer.afterSeconds', 'too_large']],
    ]);
    const extra = await admin.put(url, { ...settings(), profile: 'combi' });
    expect(extra.statusCode).toBe(400);
  });

  it('refuse what the profile does not include, naming the profile', async () => {
    const admin = await s.as('enterprise_admin');
    const res = await admin.put(
      `/api/users/${s.w.users.uAms.id}/features`,
      settings({ simultaneousRing: { enabled: true, numbers: ['06 1234 5678'], notWhileOnCall: true } }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.issues).toEqual([
      expect.objectContaining({
        path: 'simultaneousRing.enabled',
        code: 'feature_not_in_profile',
        params: { profile: 'Vast', feature: 'simultaneous_ring' },
        message: 'is not included in the Vast profile',
      }),
    ]);
    const mobiel = await admin.put(
      `/api/users/${s.w.users.uMobile.id}/features`,
      settings({ blf: [s.w.users.uAms.id] }),
    );
    expect(issues(mobiel)).toEqual([['blf', 'feature_not_in_profile']]);
  });

  it.each([
    ['1234', 'pin_sequential'],
    ['7777', 'pin_repeated'],
    ['12', 'pin_format'],
    ['12ab', 'pin_format'],
  ])('refuse the PIN %s', async (pin, code) => {
    const admin = await s.as('enterprise_admin');
    const res = await admin.put(
      `/api/users/${s.w.users.uAms.id}/features`,
      settings({ voicemail: { enabled: true, pin, copyToEmail: false, greeting: 'standard' } }),
    );
    expect([res.statusCode, issues(res)]).toEqual([422, [['voicemail.pin', code]]]);
  });

  it('keep the BLF list to other users of the enterprise, each once, at most the configured number', async () => {
    const admin = await s.as('enterprise_admin');
    const url = `/api/users/${s.w.users.uAms.id}/features`;
    const { uAms, uAms2, uAms3, uAms4, uB } = s.w.users;
    const res = await admin.put(url, settings({ blf: [uAms.id, uAms2.id, uAms2.id, uB.id] }));
    expect([res.statusCode, issues(res)]).toEqual([
      422,
      [
        ['blf', 'blf_too_many'],
        ['blf.0', 'blf_self'],
        ['blf.2', 'duplicate_entry'],
        ['blf.3', 'blf_unknown_user'],
      ],
    ]);
    expect((await admin.put(url, settings({ blf: [uAms2.id, uAms3.id, uAms4.id] }))).statusCode).toBe(200);
  });

  it('lose the BLF entries of a removed user, on either side', async () => {
    const db = s.t.database.db;
    const watched = await fresh.user(db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const admin = await s.as('enterprise_admin');
    const url = `/api/users/${s.w.users.uAms4.id}/features`;
    expect((await admin.put(url, settings({ blf: [watched.id, s.w.users.uAms.id] }))).statusCode).toBe(200);
    expect((await admin.delete(`/api/users/${watched.id}`)).statusCode).toBe(204);
    expect((await admin.get(url)).json().blf).toEqual([s.w.users.uAms.id]);
    const rows = await db.select().from(userBlfEntries).where(eq(userBlfEntries.watchedUserId, watched.id));
    expect(rows).toEqual([]);
  });

  it('are out of reach of a site admin for other sites, and of other enterprises', async () => {
    const site = await s.as('site_admin');
    expect((await site.get(`/api/users/${s.w.users.uUtr.id}/features`)).statusCode).toBe(404);
    expect((await site.put(`/api/users/${s.w.users.uUtr.id}/features`, settings())).statusCode).toBe(404);
    const other = await s.as('enterprise_admin_b');
    expect((await other.get(`/api/users/${s.w.users.uAms.id}/features`)).statusCode).toBe(404);
    expect((await other.put(`/api/users/${s.w.users.uAms.id}/features`, settings())).statusCode).toBe(404);
  });

  it('queue parallel changes of one user: each audit event starts where the one before ended', async () => {
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const admin = await s.as('enterprise_admin');
    const partner = await s.as('partner_admin');
    const url = `/api/users/${user.id}/features`;
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        (i % 2 ? admin : partner).put(
          url,
          settings({ dnd: i % 2 === 0, callerId: i > 2 ? 'anonymous' : 'main_number' }),
        ),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const events = (await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id)))
      .filter((e) => e.entityType === 'user_features')
      .sort((a, b) => Number(a.id) - Number(b.id));
    expect(events).toHaveLength(4);
    for (let i = 1; i < events.length; i++) expect(events[i]?.before).toEqual(events[i - 1]?.after);
  });
});

describe("a user's call restrictions decide its outside destinations", () => {
  const allAllowed = {
    internal: true,
    nationalFixed: true,
    mobile: true,
    international: true,
    premium: true,
    service: true,
  };

  it('refuse forwarding to a premium-rate number the default bars, and change nothing', async () => {
    const { user } = await userWith('331');
    const admin = await s.as('enterprise_admin');
    const url = `/api/users/${user.id}/features`;
    const premium = forwarding({ always: { enabled: true, destination: '0909 123 4567' } });
    const res = await admin.put(url, settings({ forwarding: premium }));
    expect(res.statusCode).toBe(422);
    expect(issues(res)).toEqual([['forwarding.always.destination', 'destination_barred']]);
    expect(res.json().error.issues[0].params).toMatchObject({ class: 'premium', barredBy: 'premium' });
    expect((await admin.get(url)).json().forwarding.always.enabled).toBe(false);
    // Switched off, the same destination is no call and may be kept.
    const kept = forwarding({ always: { enabled: false, destination: '0909 123 4567' } });
    expect((await admin.put(url, settings({ forwarding: kept }))).statusCode).toBe(200);
    // With a set of its own that allows premium rate, the user may forward there.
    const own = await admin.put(`/api/users/${user.id}/call-restrictions`, {
      followsDefault: false,
      restrictions: allAllowed,
    });
    expect(own.statusCode).toBe(200);
    expect((await admin.put(url, settings({ forwarding: premium }))).statusCode).toBe(200);
  });

  it("refuse ringing abroad for a user barred from it, but not the enterprise's own numbers", async () => {
    const { user } = await userWith('332', 'combi');
    const { fixed: colleague } = await userWith('333');
    const admin = await s.as('enterprise_admin');
    const own = await admin.put(`/api/users/${user.id}/call-restrictions`, {
      followsDefault: false,
      restrictions: { ...allAllowed, international: false, nationalFixed: false },
    });
    expect(own.statusCode).toBe(200);
    const res = await admin.put(
      `/api/users/${user.id}/features`,
      settings({
        forwarding: forwarding({ busy: { enabled: true, destination: colleague } }),
        simultaneousRing: {
          enabled: true,
          numbers: ['06 2345 6789', '+49 30 1234567'],
          notWhileOnCall: false,
        },
        sequentialRing: { enabled: true, destinations: ['333', '030 123 4567'], secondsEach: 15 },
      }),
    );
    expect(issues(res)).toEqual([
      ['simultaneousRing.numbers.1', 'destination_barred'],
      ['sequentialRing.destinations.1', 'destination_barred'],
    ]);
  });

  it('hold on My phone too', async () => {
    const me = await s.as('supervisor');
    const res = await me.put('/api/me/phone', {
      dnd: false,
      forwarding: forwarding({ unreachable: { enabled: true, destination: '0906 1234567' } }),
      voicemail: { greeting: 'standard' },
      simultaneousRing: { enabled: false, numbers: [], notWhileOnCall: false },
    });
    expect(issues(res)).toEqual([['forwarding.unreachable.destination', 'destination_barred']]);
  });
});

describe('a profile change by the provider', () => {
  it('is refused while the user has switched on what the new profile lacks, naming it', async () => {
    const admin = await s.as('enterprise_admin');
    const provider = await s.as('provider_admin');
    const combi = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, 'combi');
    const ring = { enabled: true, numbers: ['06 2345 6789'], notWhileOnCall: false };
    expect(
      (await admin.put(`/api/users/${combi.id}/features`, settings({ simultaneousRing: ring }))).statusCode,
    ).toBe(200);
    const refused = await provider.patch(`/api/users/${combi.id}`, { profile: 'vast' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.issues[0]).toMatchObject({
      path: 'profile',
      code: 'profile_features',
      params: { profile: 'Vast', features: 'simultaneous_ring' },
    });
    const offNow = settings({ simultaneousRing: { ...ring, enabled: false } });
    expect((await admin.put(`/api/users/${combi.id}/features`, offNow)).statusCode).toBe(200);
    expect((await provider.patch(`/api/users/${combi.id}`, { profile: 'vast' })).statusCode).toBe(200);
  });
});

describe('call restrictions made stricter', () => {
  const allAllowed = {
    internal: true,
    nationalFixed: true,
    mobile: true,
    international: true,
    premium: true,
    service: true,
  };
  const abroad = forwarding({ always: { enabled: true, destination: '+49 30 1234567' } });
  const defaultUrl = () => `/api/enterprises/${s.w.enterprises.A.id}/call-restrictions`;

  it("are not made stricter while they would bar a follower's forwarding, which the refusal names", async () => {
    const { user } = await userWith('334');
    const admin = await s.as('enterprise_admin');
    const url = `/api/users/${user.id}/features`;
    expect((await admin.put(url, settings({ forwarding: abroad }))).statusCode).toBe(200);
    const before = (await admin.get(defaultUrl())).json();
    const stricter = { ...before.restrictions, international: false };
    const refused = await admin.put(defaultUrl(), { restrictions: stricter });
    expect([refused.statusCode, issues(refused)]).toEqual([422, [['', 'restrictions_bar_forwardings']]]);
    expect(refused.json().error.issues[0].params).toMatchObject({ count: 1, users: user.name });
    expect((await admin.get(defaultUrl())).json().restrictions.international).toBe(true);
    // The forwarding switched off, the stricter default is taken (and the user follows it).
    expect((await admin.put(url, settings())).statusCode).toBe(200);
    expect((await admin.put(defaultUrl(), { restrictions: stricter })).statusCode).toBe(200);
    expect((await admin.put(url, settings({ forwarding: abroad }))).statusCode).toBe(422);
    expect((await admin.put(defaultUrl(), { restrictions: before.restrictions })).statusCode).toBe(200);
  });

  it("are not a user's own stricter set, nor the default again, while they would bar its forwarding", async () => {
    const { user } = await userWith('335');
    const admin = await s.as('enterprise_admin');
    const restrictionsUrl = `/api/users/${user.id}/call-restrictions`;
    const own = { followsDefault: false, restrictions: allAllowed };
    expect((await admin.put(restrictionsUrl, own)).statusCode).toBe(200);
    const premium = forwarding({ busy: { enabled: true, destination: '0909 123 4567' } });
    expect(
      (await admin.put(`/api/users/${user.id}/features`, settings({ forwarding: premium }))).statusCode,
    ).toBe(200);
    // The enterprise's default bars premium rate: following it again would bar the forwarding.
    const back = await admin.put(restrictionsUrl, { followsDefault: true });
    expect([back.statusCode, issues(back)]).toEqual([422, [['', 'restrictions_bar_forwardings']]]);
    const stricter = await admin.put(restrictionsUrl, {
      followsDefault: false,
      restrictions: { ...allAllowed, premium: false },
    });
    expect(stricter.statusCode).toBe(422);
    expect((await admin.get(restrictionsUrl)).json()).toMatchObject({ followsDefault: false });
    // A set that still allows it is fine.
    expect(
      (
        await admin.put(restrictionsUrl, {
          followsDefault: false,
          restrictions: { ...allAllowed, international: false },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('never end up barring a forwarding when the default and the forwarding change at once', async () => {
    const admin = await s.as('enterprise_admin');
    const partner = await s.as('partner_admin');
    const before = (await admin.get(defaultUrl())).json().restrictions;
    for (const round of [1, 2, 3, 4]) {
      const { user } = await userWith(String(335 + round));
      const [features, stricter] = await Promise.all([
        admin.put(`/api/users/${user.id}/features`, settings({ forwarding: abroad })),
        partner.put(defaultUrl(), { restrictions: { ...before, international: false } }),
      ]);
      const outcome = [features.statusCode, stricter.statusCode];
      expect([
        [200, 422],
        [422, 200],
      ]).toContainEqual(outcome);
      expect((await admin.put(defaultUrl(), { restrictions: before })).statusCode).toBe(200);
      expect((await admin.put(`/api/users/${user.id}/features`, settings())).statusCode).toBe(200);
    }
  });
});

describe('the profiles’ feature matrix', () => {
  it('is read by customers and changed by the provider only', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.get('/api/profiles');
    expect(res.statusCode).toBe(200);
    expect(res.json().profiles.map((p: { name: string }) => p.name)).toEqual([
      'Vast',
      'Combi',
      'Flex',
      'Mobiel',
    ]);
    expect((await tm.put('/api/profiles/vast/features', { features: [] })).statusCode).toBe(403);
  });

  it('refuses to take away a feature users of the profile use, with their count; then the users cannot switch it on', async () => {
    const provider = await s.as('provider_admin');
    const admin = await s.as('enterprise_admin');
    const combi = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id, 'combi');
    expect((await admin.put(`/api/users/${combi.id}/features`, settings())).statusCode).toBe(200);
    const current = (await provider.get('/api/profiles'))
      .json()
      .profiles.find((p: { profile: string }) => p.profile === 'combi').features as string[];
    const without = current.filter((f) => f !== 'voicemail');
    const refused = await provider.put('/api/profiles/combi/features', { features: without });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({
      code: 'feature_in_use',
      params: { feature: 'voicemail', count: 1 },
    });

    const offNow = settings({ voicemail: { enabled: false, copyToEmail: false, greeting: 'standard' } });
    expect((await admin.put(`/api/users/${combi.id}/features`, offNow)).statusCode).toBe(200);
    const done = await provider.put('/api/profiles/combi/features', { features: without });
    expect(done.statusCode).toBe(200);
    const again = await admin.put(`/api/users/${combi.id}/features`, settings());
    expect(issues(again)).toEqual([['voicemail.enabled', 'feature_not_in_profile']]);
    expect((await provider.put('/api/profiles/combi/features', { features: current })).statusCode).toBe(200);
  });

  it('refuses an unknown profile or feature', async () => {
    const provider = await s.as('provider_admin');
    expect((await provider.put('/api/profiles/premium/features', { features: [] })).statusCode).toBe(400);
    expect((await provider.put('/api/profiles/vast/features', { features: ['teleport'] })).statusCode).toBe(
      400,
    );
  });
});

describe('my phone', () => {
  const mine = (over: Record<string, unknown> = {}) => ({
    dnd: false,
    forwarding: forwarding({}),
    voicemail: { greeting: 'standard' },
    simultaneousRing: { enabled: false, numbers: [], notWhileOnCall: false },
    ...over,
  });

  it("shows the end user's own numbers and self-service features", async () => {
    const me = await s.as('supervisor');
    const res = await me.get('/api/me/phone');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      userId: s.w.users.uAms3.id,
      name: 'Ams Supervisor',
      profileName: 'Combi',
    });
    expect(res.json()).not.toHaveProperty('blf');
  });

  it('changes only what self-service may, keeping the rest', async () => {
    const admin = await s.as('enterprise_admin');
    const url = `/api/users/${s.w.users.uAms3.id}/features`;
    expect(
      (await admin.put(url, settings({ blf: [s.w.users.uAms.id], callerId: 'anonymous' }))).statusCode,
    ).toBe(200);
    const me = await s.as('supervisor');
    const res = await me.put(
      '/api/me/phone',
      mine({
        dnd: true,
        voicemail: { pin: '5093', greeting: 'name' },
        simultaneousRing: { enabled: true, numbers: ['06 2345 6789'], notWhileOnCall: true },
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dnd: true, voicemail: { pinSet: true, greeting: 'name' } });
    expect((await admin.get(url)).json()).toMatchObject({
      dnd: true,
      callerId: 'anonymous',
      blf: [s.w.users.uAms.id],
      simultaneousRing: { enabled: true, numbers: ['+31623456789'] },
    });
    const blf = await me.put('/api/me/phone', { ...mine(), blf: [] });
    expect(blf.statusCode).toBe(400);
  });

  it('refuses what the profile does not include', async () => {
    const me = await s.as('end_user');
    const res = await me.put(
      '/api/me/phone',
      mine({ simultaneousRing: { enabled: true, numbers: ['06 2345 6789'], notWhileOnCall: false } }),
    );
    expect(issues(res)).toEqual([['simultaneousRing.enabled', 'feature_not_in_profile']]);
  });

  it('is read with a read-only token, not changed with one', async () => {
    const me = await s.as('receptionist');
    const created = await me.post('/api/me/tokens', {
      name: 'wallboard',
      access: 'read',
      password: PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    const token = s.t.withToken(created.json().secret);
    expect((await token.get('/api/me/phone')).statusCode).toBe(200);
    const res = await token.put('/api/me/phone', mine());
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'read_only_token']);
  });

  it('is not there for an account without a user', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.get('/api/me/phone');
    expect([res.statusCode, res.json().error.issues[0].code]).toEqual([404, 'no_directory_user']);
  });
});
