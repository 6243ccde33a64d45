import { describe, expect, it } from 'vitest';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
const issues = (res: { json(): { error: { issues: Issue[] } } }) =>
  res.json().error.issues.map((i) => [i.path, i.code]);

describe('number blocks', () => {
  it('are given by the provider in any notation, every number free', async () => {
    const admin = await s.as('provider_admin');
    const res = await admin.post(`/api/enterprises/${s.w.enterprises.A.id}/number-blocks`, {
      first: '020 794 0000',
      size: 100,
      siteId: s.w.sites.ams.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      first: '+31207940000',
      last: '+31207940099',
      firstNational: '020 794 0000',
      lastNational: '020 794 0099',
      size: 100,
      kind: 'geographic',
      counts: { free: 100, assigned: 0, reserved: 0, porting: 0 },
    });
  });

  it('never overlap numbers of any plan, also when two are given at once', async () => {
    const admin = await s.as('provider_admin');
    const [a, b] = await Promise.all([
      admin.post(`/api/enterprises/${s.w.enterprises.A.id}/number-blocks`, {
        first: '030 123 4500',
        size: 50,
      }),
      admin.post(`/api/enterprises/${s.w.enterprises.B.id}/number-blocks`, {
        first: '030 123 4540',
        size: 20,
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(issues(loser)).toEqual([['first', 'block_overlaps']]);
  });

  it('refuse a block whose last number is no number of the same kind', async () => {
    const admin = await s.as('provider_admin');
    const res = await admin.post(`/api/enterprises/${s.w.enterprises.A.id}/number-blocks`, {
      first: '+31 20 999 9999',
      size: 2,
    });
    expect([res.statusCode, issues(res)]).toEqual([400, [['size', 'block_mixed']]]);
  });

  it('are taken back only while none of their numbers is assigned, and say which are', async () => {
    const admin = await s.as('provider_admin');
    const { block, numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, {
      size: 3,
      siteId: s.w.sites.ams.id,
    });
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    await tm.put(`/api/users/${user.id}/numbers`, {
      extension: null,
      fixed: numbers[1]?.number,
      mobile: null,
    });
    const refused = await admin.delete(`/api/number-blocks/${block.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({
      code: 'block_in_use',
      params: { count: 1, numbers: numbers[1]?.number },
    });
    await tm.put(`/api/users/${user.id}/numbers`, { extension: null, fixed: null, mobile: null });
    expect((await admin.delete(`/api/number-blocks/${block.id}`)).statusCode).toBe(204);
  });

  it('are taken back or assigned when both are asked at once, never an assigned number taken', async () => {
    const db = s.t.database.db;
    const admin = await s.as('provider_admin');
    const tm = await s.as('enterprise_admin');
    for (let round = 0; round < 12; round++) {
      const { block, numbers } = await fresh.numberBlock(db, s.w.enterprises.A.id, {
        size: 1,
        siteId: s.w.sites.ams.id,
      });
      const user = await fresh.user(db, s.w.enterprises.A.id, s.w.sites.ams.id);
      const [take, removal] = await Promise.all([
        tm.put(`/api/users/${user.id}/numbers`, { extension: null, fixed: numbers[0]?.number, mobile: null }),
        admin.delete(`/api/number-blocks/${block.id}`),
      ]);
      const held = (await tm.get(`/api/users/${user.id}/numbers`)).json().fixed;
      if (take.statusCode === 200) {
        expect([removal.statusCode, removal.json().error.issues[0].code]).toEqual([409, 'block_in_use']);
        expect(held).toMatchObject({ number: numbers[0]?.number });
        await tm.put(`/api/users/${user.id}/numbers`, { extension: null, fixed: null, mobile: null });
        expect((await admin.delete(`/api/number-blocks/${block.id}`)).statusCode).toBe(204);
      } else {
        expect([take.statusCode, issues(take), removal.statusCode, held]).toEqual([
          422,
          [['fixed', 'number_not_in_plan']],
          204,
          null,
        ]);
      }
    }
  });
});

describe('the numbers of a plan', () => {
  it('list the free ones and find one by any fragment or notation', async () => {
    const tm = await s.as('enterprise_admin');
    await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, { size: 5 });
    const base = `/api/enterprises/${s.w.enterprises.A.id}/numbers`;
    const free = (await tm.get(`${base}?state=free&limit=200`)).json().items as {
      state: string;
      number: string;
    }[];
    expect(free.length).toBeGreaterThan(0);
    expect(free.every((n) => n.state === 'free' && n.number.startsWith('+31'))).toBe(true);
    const target = free[0]?.number as string;
    const national = `0${target.slice(3, 5)} ${target.slice(5, 8)} ${target.slice(8)}`;
    for (const q of [target, national, `0031${target.slice(3)}`, target.slice(-5), national.slice(0, 7)]) {
      const found = (await tm.get(`${base}?q=${encodeURIComponent(q)}`)).json().items as { number: string }[];
      expect(
        found.map((n) => n.number),
        q,
      ).toContain(target);
    }
    expect((await tm.get(`${base}?q=geen`)).json().items).toEqual([]);
  });

  it('show a site admin only the numbers of its sites', async () => {
    await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, { size: 2, siteId: s.w.sites.utr.id });
    const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, {
      size: 2,
      siteId: s.w.sites.ams.id,
    });
    const siteAdmin = await s.as('site_admin');
    const seen = (await siteAdmin.get(`/api/enterprises/${s.w.enterprises.A.id}/numbers?limit=200`)).json()
      .items as {
      siteId: string;
    }[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n) => n.siteId === s.w.sites.ams.id)).toBe(true);
    const utrecht = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, {
      siteId: s.w.sites.utr.id,
    });
    expect((await siteAdmin.get(`/api/numbers/${utrecht.numbers[0]?.id}`)).statusCode).toBe(404);
    expect((await siteAdmin.get(`/api/numbers/${numbers[0]?.id}`)).statusCode).toBe(200);
  });

  it('are reserved and freed, but an assigned one only at its assignee', async () => {
    const tm = await s.as('enterprise_admin');
    const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, { size: 2 });
    const [one, two] = numbers;
    const reserved = await tm.patch(`/api/numbers/${one?.id}`, {
      state: 'reserved',
      note: 'Nieuwe receptie',
    });
    expect(reserved.json()).toMatchObject({ state: 'reserved', note: 'Nieuwe receptie', assignee: null });
    expect((await tm.patch(`/api/numbers/${one?.id}`, { state: 'free' })).json().state).toBe('free');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    await tm.put(`/api/users/${user.id}/numbers`, { extension: null, fixed: two?.number, mobile: null });
    const refused = await tm.patch(`/api/numbers/${two?.id}`, { state: 'reserved' });
    expect([refused.statusCode, issues(refused)]).toEqual([422, [['state', 'number_assigned']]]);
    const shown = (await tm.get(`/api/numbers/${two?.id}`)).json();
    expect(shown.assignee).toMatchObject({ type: 'user', id: user.id, role: 'fixed', name: user.name });
  });
});

describe('a user’s numbers and extension', () => {
  const put = async (
    userId: string,
    body: object,
    who: 'enterprise_admin' | 'site_admin' = 'enterprise_admin',
  ) =>
    (await s.as(who)).put(`/api/users/${userId}/numbers`, {
      extension: null,
      fixed: null,
      mobile: null,
      ...body,
    });

  it('follow the profile: Vast a fixed number and no mobile one, Combi both, Mobiel a mobile only', async () => {
    const db = s.t.database.db;
    const { numbers } = await fresh.numberBlock(db, s.w.enterprises.A.id, {
      size: 2,
      siteId: s.w.sites.ams.id,
    });
    const mobile = await (await s.as('provider_admin')).post(
      `/api/enterprises/${s.w.enterprises.A.id}/number-blocks`,
      {
        first: '06 41234567',
        size: 2,
      },
    );
    expect(mobile.statusCode).toBe(201);
    const vast = await put(s.w.users.uAms.id, { fixed: numbers[0]?.number, mobile: '06 41234567' });
    expect([vast.statusCode, vast.json().error.issues[0]]).toEqual([
      422,
      expect.objectContaining({ path: 'mobile', code: 'number_not_in_profile', params: { profile: 'Vast' } }),
    ]);
    const combi = await put(s.w.users.uAms3.id, {
      fixed: numbers[0]?.number,
      mobile: '+31 6 4123 4567',
      extension: '301',
    });
    expect(combi.statusCode).toBe(200);
    expect(combi.json()).toMatchObject({
      extension: '301',
      fixed: { number: numbers[0]?.number },
      mobile: { number: '+31641234567', national: '06 41234567' },
    });
    const mobiel = await put(s.w.users.uMobile.id, { fixed: numbers[1]?.number });
    expect(issues(mobiel)).toEqual([['fixed', 'number_not_in_profile']]);
  });

  it('keep a profile change by the provider from leaving a number the new profile does not hold', async () => {
    const db = s.t.database.db;
    const admin = await s.as('provider_admin');
    const { numbers } = await fresh.numberBlock(db, s.w.enterprises.A.id, { siteId: s.w.sites.ams.id });
    const user = await fresh.user(db, s.w.enterprises.A.id, s.w.sites.ams.id, 'combi');
    await admin.post(`/api/enterprises/${s.w.enterprises.A.id}/number-blocks`, {
      first: '06 4999 0001',
      size: 1,
    });
    expect((await put(user.id, { fixed: numbers[0]?.number, mobile: '06 4999 0001' })).statusCode).toBe(200);
    const refused = await admin.patch(`/api/users/${user.id}`, { profile: 'vast' });
    expect([refused.statusCode, refused.json().error.issues[0]]).toEqual([
      422,
      expect.objectContaining({
        path: 'profile',
        code: 'profile_numbers',
        params: { profile: 'Vast', numbers: '06 49990001' },
      }),
    ]);
    expect(issues(await admin.patch(`/api/users/${user.id}`, { profile: 'mobiel' }))).toEqual([
      ['profile', 'profile_numbers'],
    ]);
    await put(user.id, { fixed: numbers[0]?.number, mobile: null });
    expect((await admin.patch(`/api/users/${user.id}`, { profile: 'vast' })).statusCode).toBe(200);
  });

  it('move with their user to another site, out of the old site administrator’s hands', async () => {
    const db = s.t.database.db;
    const tm = await s.as('enterprise_admin');
    const { numbers } = await fresh.numberBlock(db, s.w.enterprises.A.id, { siteId: s.w.sites.ams.id });
    const user = await fresh.user(db, s.w.enterprises.A.id, s.w.sites.ams.id);
    await put(user.id, { fixed: numbers[0]?.number });
    expect((await tm.patch(`/api/users/${user.id}`, { siteId: s.w.sites.utr.id })).statusCode).toBe(200);
    const moved = (await tm.get(`/api/numbers/${numbers[0]?.id}`)).json();
    expect([moved.siteId, moved.state, moved.assignee.id]).toEqual([s.w.sites.utr.id, 'assigned', user.id]);
    expect((await (await s.as('site_admin')).get(`/api/numbers/${numbers[0]?.id}`)).statusCode).toBe(404);
    const { items } = (await tm.get(`/api/audit-events?entityType=number&entityId=${numbers[0]?.id}`)).json();
    expect(items[0].changes.siteId).toEqual({ from: s.w.sites.ams.id, to: s.w.sites.utr.id });
  });

  it('take only numbers of the enterprise’s own plan, of the right kind, on the user’s site', async () => {
    const db = s.t.database.db;
    const ofB = await fresh.numberBlock(db, s.w.enterprises.B.id);
    const utrecht = await fresh.numberBlock(db, s.w.enterprises.A.id, { siteId: s.w.sites.utr.id });
    const res = await put(s.w.users.uAms2.id, { fixed: ofB.numbers[0]?.number });
    expect(issues(res)).toEqual([['fixed', 'number_not_in_plan']]);
    expect(issues(await put(s.w.users.uAms2.id, { fixed: '020 123 4567' }))).toEqual([
      ['fixed', 'number_not_in_plan'],
    ]);
    expect(issues(await put(s.w.users.uAms2.id, { fixed: utrecht.numbers[0]?.number }))).toEqual([
      ['fixed', 'number_other_site'],
    ]);
    expect(issues(await put(s.w.users.uAms2.id, { fixed: 'not a number' }))).toEqual([
      ['fixed', 'phone_number'],
    ]);
  });

  it('give one number to one user only, also when two ask for it at once', async () => {
    const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, {
      siteId: s.w.sites.ams.id,
    });
    const [one, two] = await Promise.all(
      [1, 2].map(async () => {
        const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
        return put(user.id, { fixed: numbers[0]?.number });
      }),
    );
    expect([one?.statusCode, two?.statusCode].sort()).toEqual([200, 409]);
  });

  it('are either reserved or assigned when both are asked at once, never half of each', async () => {
    const db = s.t.database.db;
    const tm = await s.as('enterprise_admin');
    for (let round = 0; round < 25; round++) {
      const { numbers } = await fresh.numberBlock(db, s.w.enterprises.A.id, { siteId: s.w.sites.ams.id });
      const number = numbers[0];
      const user = await fresh.user(db, s.w.enterprises.A.id, s.w.sites.ams.id);
      const [reserve, take] = await Promise.all([
        tm.patch(`/api/numbers/${number?.id}`, { state: 'reserved' }),
        put(user.id, { fixed: number?.number }),
      ]);
      const shown = (await tm.get(`/api/numbers/${number?.id}`)).json();
      if (take.statusCode === 200) {
        expect([reserve.statusCode, shown.state]).toEqual([422, 'assigned']);
      } else {
        expect([reserve.statusCode, take.statusCode, shown.state]).toEqual([200, 409, 'reserved']);
      }
    }
  });

  it('give one extension to one user only, also when two ask for it at once', async () => {
    const [one, two] = await Promise.all(
      [1, 2].map(async () =>
        put((await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id)).id, {
          extension: '455',
        }),
      ),
    );
    expect([one?.statusCode, two?.statusCode].sort()).toEqual([200, 409]);
    const loser = one?.statusCode === 409 ? one : two;
    expect(loser && issues(loser)).toEqual([['extension', 'extension_taken']]);
  });

  it('refuse an extension of the wrong length or in the way of 112', async () => {
    const user = s.w.users.uUtr.id;
    expect(issues(await put(user, { extension: '12' }))).toEqual([['extension', 'extension_length']]);
    expect((await put(user, { extension: '12' })).json().error.issues[0].params).toEqual({ length: 3 });
    expect(issues(await put(user, { extension: '112' }))).toEqual([['extension', 'extension_reserved']]);
    expect(issues(await put(user, { extension: '0123' }))).toEqual([['extension', 'extension_length']]);
  });

  it('free what the user had when set to null, and are searched in the users list', async () => {
    const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, {
      siteId: s.w.sites.ams.id,
    });
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    await put(user.id, { fixed: numbers[0]?.number, extension: '777' });
    const tm = await s.as('enterprise_admin');
    const users = `/api/enterprises/${s.w.enterprises.A.id}/users`;
    const national = `0${numbers[0]?.number.slice(3, 5)} ${numbers[0]?.number.slice(5)}`;
    for (const q of [national, '777']) {
      expect(
        (await tm.get(`${users}?q=${encodeURIComponent(q)}`)).json().items.map((u: { id: string }) => u.id),
      ).toEqual([user.id]);
    }
    await put(user.id, {});
    expect((await tm.get(`/api/numbers/${numbers[0]?.id}`)).json()).toMatchObject({
      state: 'free',
      assignee: null,
    });
  });

  it('keep a user with numbers from being removed, with the list', async () => {
    const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, {
      siteId: s.w.sites.ams.id,
    });
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    await put(user.id, { fixed: numbers[0]?.number, extension: '778' });
    const res = await (await s.as('enterprise_admin')).delete(`/api/users/${user.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.issues[0].code).toBe('user_has_numbers');
    expect(res.json().error.issues[0].params.numbers).toContain('778');
  });

  it('are set by a site admin only with numbers of its sites', async () => {
    const unallocated = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id);
    const own = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, { siteId: s.w.sites.ams.id });
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    expect(issues(await put(user.id, { fixed: unallocated.numbers[0]?.number }, 'site_admin'))).toEqual([
      ['fixed', 'number_not_in_plan'],
    ]);
    expect((await put(user.id, { fixed: own.numbers[0]?.number }, 'site_admin')).statusCode).toBe(200);
    expect((await put(s.w.users.uUtr.id, {}, 'site_admin')).statusCode).toBe(404);
  });
});

describe('telephony settings', () => {
  it('change the extension length only while there are no extensions', async () => {
    const admin = await s.as('provider_admin');
    const url = `/api/enterprises/${s.w.enterprises.C.id}/telephony-settings`;
    expect((await admin.get(url)).json()).toMatchObject({ extensionLength: 3, extensionCount: 0 });
    expect((await admin.put(url, { extensionLength: 4 })).json()).toMatchObject({ extensionLength: 4 });
    const user = await fresh.user(s.t.database.db, s.w.enterprises.C.id, null);
    expect(
      (await admin.put(`/api/users/${user.id}/numbers`, { extension: '4001', fixed: null, mobile: null }))
        .statusCode,
    ).toBe(200);
    const refused = await admin.put(url, { extensionLength: 3 });
    expect([refused.statusCode, issues(refused)]).toEqual([
      422,
      [['extensionLength', 'extension_length_in_use']],
    ]);
    expect((await admin.put(url, { extensionLength: 7 })).statusCode).toBe(400);
  });
});
