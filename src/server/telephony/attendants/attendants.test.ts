import { describe, expect, it } from 'vitest';
import { checkMenus, type Menu } from '../../../core/telephony/attendants';
import { mp3File, pngFile, wavFile } from '../../../core/telephony/audio-test-files';
import { audioFiles, autoAttendants } from '../../db/schema';
import { demoAttendantMenus } from '../../demo/attendants';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

// A small upload limit (20 KiB), so that "too large" needs no megabytes in the test.
const s = worldSuite({ CENTRALE_AUDIO_MAX_MIB: String(20 / 1024) });
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);
const attendantsOf = (enterpriseId: string) => `/api/enterprises/${enterpriseId}/auto-attendants`;
const audioOf = (enterpriseId: string) => `/api/enterprises/${enterpriseId}/audio`;
const BH = 'menus.businessHours.menus';

let counter = 0;
const uniqueName = (base: string) => `${base} ${++counter}`;

const menu = (id: string, keys: Menu['keys'] = {}, extra: Partial<Menu> = {}): Menu => ({
  id,
  name: id,
  greeting: { kind: 'text', text: `Dit is ${id}` },
  timeoutSeconds: 10,
  maxRepeats: 2,
  keys,
  timeoutAction: { kind: 'dial_by_name' },
  invalidAction: { kind: 'dial_by_extension' },
  ...extra,
});
const toUser = (id: string) => ({
  kind: 'transfer' as const,
  announce: false,
  target: { type: 'user' as const, id },
});
const body = (menus: Menu[], extra: Record<string, unknown> = {}) => ({
  siteId: s.w.sites.ams.id,
  name: uniqueName('Keuzemenu'),
  menus: { businessHours: { menus } },
  ...extra,
});

async function countRows() {
  const db = s.t.database.db;
  return {
    attendants: (await db.select().from(autoAttendants)).length,
    audio: (await db.select().from(audioFiles)).length,
  };
}

describe('auto attendants', () => {
  it('keeps a menu tree with sub-menus, targets by name, an extension and a number of the plan', async () => {
    const tm = await s.as('enterprise_admin');
    const { numbers } = await fresh.numberBlock(s.t.database.db, s.w.enterprises.A.id, { size: 1 });
    const number = numbers[0]?.number ?? '';
    const res = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body(
        [
          menu(
            'root',
            {
              '1': toUser(s.w.users.uAms.id),
              '2': { kind: 'submenu', menuId: 'support' },
              '0': { kind: 'transfer', announce: true, target: { type: 'operator' } },
              '7': { kind: 'transfer', announce: false, target: { type: 'number', number: '06 1234 5678' } },
            },
            { timeoutAction: { kind: 'transfer', announce: false, target: { type: 'operator' } } },
          ),
          menu('support', { '1': toUser(s.w.users.uAms2.id), '9': { kind: 'back' } }),
        ],
        { name: 'Hoofdmenu', extension: '501', number, operator: { type: 'user', id: s.w.users.uAms4.id } },
      ),
    );
    expect(res.statusCode).toBe(201);
    const made = res.json();
    expect(made).toMatchObject({ name: 'Hoofdmenu', extension: '501', number, siteName: 'Amsterdam' });
    expect(made.menus.businessHours.menus[0].keys['7'].target.number).toBe('+31612345678');
    expect(made.targetNames).toMatchObject({
      [s.w.users.uAms.id]: 'Ams User',
      [s.w.users.uAms4.id]: 'Ams Receptionist',
    });
    const plan = (
      await tm.get(`/api/enterprises/${s.w.enterprises.A.id}/numbers?q=${encodeURIComponent(number)}`)
    ).json();
    expect(plan.items[0]).toMatchObject({
      assignee: { type: 'auto_attendant', id: made.id, name: 'Hoofdmenu', role: 'main' },
    });
    const list = (await tm.get(`${attendantsOf(s.w.enterprises.A.id)}?q=hoofd`)).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([made.id]);

    // Another attendant may dial its extension; a change keeps what it does not name.
    const second = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body([
        menu('root', {
          '5': { kind: 'transfer', announce: false, target: { type: 'extension', extension: '501' } },
        }),
      ]),
    );
    expect(second.statusCode).toBe(201);
    const renamed = await tm.patch(`/api/auto-attendants/${made.id}`, { name: 'Hoofdmenu 2' });
    expect(renamed.json()).toMatchObject({ name: 'Hoofdmenu 2', extension: '501', number });

    // The extension cannot be taken twice.
    const twice = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body([menu('root')], { extension: '501' }),
    );
    expect([twice.statusCode, issues(twice)]).toEqual([409, [['extension', 'extension_taken']]]);

    // Removal frees the number and the extension.
    expect((await tm.delete(`/api/auto-attendants/${made.id}`)).statusCode).toBe(204);
    const freed = (
      await tm.get(`/api/enterprises/${s.w.enterprises.A.id}/numbers?q=${encodeURIComponent(number)}`)
    ).json();
    expect(freed.items[0]).toMatchObject({ state: 'free', assignee: null });
    expect((await tm.get(`/api/auto-attendants/${made.id}`)).statusCode).toBe(404);
  });

  it.each<[string, () => Menu[], Record<string, unknown>, [string, string][]]>([
    [
      'a sub-menu cycle',
      () => [
        menu('root', { '2': { kind: 'submenu', menuId: 'support' } }),
        menu('support', { '1': { kind: 'submenu', menuId: 'root' } }),
      ],
      {},
      [[`${BH}.1.keys.1.menuId`, 'menu_cycle']],
    ],
    [
      'back in the root menu',
      () => [menu('root', { '9': { kind: 'back' } })],
      {},
      [[`${BH}.0.keys.9`, 'menu_back_in_root']],
    ],
    [
      "another enterprise's user (id guessing)",
      () => [menu('root', { '1': toUser(s.w.users.uB.id) })],
      {},
      [[`${BH}.0.keys.1.target.id`, 'target_unknown']],
    ],
    [
      "another enterprise's user's voicemail",
      () => [menu('root', { '1': { kind: 'voicemail', userId: s.w.users.uB.id } })],
      {},
      [[`${BH}.0.keys.1.userId`, 'target_unknown']],
    ],
    [
      'a hunt group (not registered on this branch)',
      () => [
        menu('root', {
          '1': { kind: 'transfer', announce: false, target: { type: 'hunt_group', id: s.w.users.uAms.id } },
        }),
      ],
      {},
      [[`${BH}.0.keys.1.target.id`, 'target_unknown']],
    ],
    [
      'a schedule that is not there',
      () => [menu('root')],
      { scheduleId: () => s.w.users.uAms.id },
      [['scheduleId', 'target_unknown']],
    ],
    [
      'an extension nobody has',
      () => [
        menu('root', {
          '1': { kind: 'transfer', announce: false, target: { type: 'extension', extension: '999' } },
        }),
      ],
      {},
      [[`${BH}.0.keys.1.target.extension`, 'extension_unknown']],
    ],
    [
      'the operator without one',
      () => [menu('root', { '0': { kind: 'transfer', announce: false, target: { type: 'operator' } } })],
      {},
      [[`${BH}.0.keys.0.target`, 'menu_operator_missing']],
    ],
    [
      'an operator of another enterprise',
      () => [menu('root')],
      { operator: () => ({ type: 'user', id: s.w.users.uB.id }) },
      [['operator.id', 'target_unknown']],
    ],
    [
      "another enterprise's audio as greeting",
      () => [
        menu('root', {}, { greeting: { kind: 'audio', audioId: '00000000-0000-4000-8000-000000000000' } }),
      ],
      {},
      [[`${BH}.0.greeting.audioId`, 'target_unknown']],
    ],
    [
      'an extension of the wrong length',
      () => [menu('root')],
      { extension: '12' },
      [['extension', 'extension_length']],
    ],
  ])('refuses %s with a field issue, storing nothing', async (_name, menus, extra, expected) => {
    const tm = await s.as('enterprise_admin');
    const before = await countRows();
    const resolved = Object.fromEntries(
      Object.entries(extra).map(([k, v]) => [k, typeof v === 'function' ? (v as () => unknown)() : v]),
    );
    const res = await tm.post(attendantsOf(s.w.enterprises.A.id), body(menus(), resolved));
    expect([res.statusCode, issues(res)]).toEqual([422, expected]);
    expect(await countRows()).toEqual(before);
  });

  it('refuses bad shapes at the edge (400)', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.post(attendantsOf(s.w.enterprises.A.id), {
      ...body([menu('root')]),
      menus: { businessHours: { menus: [{ ...menu('root'), keys: { A: { kind: 'repeat' } } }] } },
    });
    expect([res.statusCode, issues(res)]).toEqual([
      400,
      [['menus.businessHours.menus.0.keys.A', 'menu_key_unknown']],
    ]);
  });

  it('gives one of two parallel requests a name (409 for the other)', async () => {
    const tm = await s.as('enterprise_admin');
    const name = uniqueName('Gelijktijdig');
    const [a, b] = await Promise.all([
      tm.post(attendantsOf(s.w.enterprises.A.id), body([menu('root')], { name })),
      tm.post(attendantsOf(s.w.enterprises.A.id), body([menu('root')], { name: name.toUpperCase() })),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(issues(loser)).toEqual([['name', 'attendant_name_taken']]);
  });

  it("keeps a site admin to its own sites' attendants and targets", async () => {
    const site = await s.as('site_admin');
    const other = await fresh.attendant(s.t.database.db, s.w.enterprises.A.id, s.w.sites.utr.id);
    expect((await site.get(`/api/auto-attendants/${other.id}`)).statusCode).toBe(404);
    expect((await site.patch(`/api/auto-attendants/${other.id}`, { name: 'X' })).statusCode).toBe(404);
    expect((await site.delete(`/api/auto-attendants/${other.id}`)).statusCode).toBe(404);
    const onUtr = await site.post(
      attendantsOf(s.w.enterprises.A.id),
      body([menu('root')], { siteId: s.w.sites.utr.id }),
    );
    expect([onUtr.statusCode, issues(onUtr)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    const toUtr = await site.post(
      attendantsOf(s.w.enterprises.A.id),
      body([
        menu('root', {
          '1': toUser(s.w.users.uUtr.id),
          '2': { kind: 'transfer', announce: false, target: { type: 'auto_attendant', id: other.id } },
          '3': { kind: 'transfer', announce: false, target: { type: 'number', number: '+44 20 7946 0958' } },
        }),
      ]),
    );
    expect([toUtr.statusCode, issues(toUtr)]).toEqual([
      422,
      [
        [`${BH}.0.keys.1.target.id`, 'target_not_yours'],
        [`${BH}.0.keys.2.target.id`, 'target_not_yours'],
      ],
    ]);
    // What an enterprise admin pointed at on another site stays when the site admin changes the attendant.
    const tm = await s.as('enterprise_admin');
    const mixed = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body([menu('root', { '1': toUser(s.w.users.uUtr.id) })]),
    );
    expect(mixed.statusCode).toBe(201);
    expect(mixed.json().targetNames[s.w.users.uUtr.id]).toBe(s.w.users.uUtr.name);
    const seen = (await site.get(`/api/auto-attendants/${mixed.json().id}`)).json();
    expect(seen.targetNames[s.w.users.uUtr.id]).toBeUndefined();
    const kept = await site.patch(`/api/auto-attendants/${mixed.json().id}`, { name: uniqueName('Gemengd') });
    expect([kept.statusCode, kept.statusCode === 200 ? [] : issues(kept)]).toEqual([200, []]);
    const utrUser = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.utr.id);
    const added = await site.patch(`/api/auto-attendants/${mixed.json().id}`, {
      menus: {
        businessHours: { menus: [menu('root', { '1': toUser(s.w.users.uUtr.id), '2': toUser(utrUser.id) })] },
      },
    });
    expect([added.statusCode, issues(added)]).toEqual([
      422,
      [[`${BH}.0.keys.2.target.id`, 'target_not_yours']],
    ]);
    const list = (await site.get(attendantsOf(s.w.enterprises.A.id))).json();
    expect(list.items.every((a: { siteId: string }) => a.siteId === s.w.sites.ams.id)).toBe(true);
    expect((await (await s.as('enterprise_admin')).get(`/api/auto-attendants/${other.id}`)).statusCode).toBe(
      200,
    );
    expect((await (await s.as('provider_admin')).get(attendantsOf(s.w.enterprises.B.id))).statusCode).toBe(
      200,
    );
  });

  it('refuses to remove what a menu points at, naming the attendant', async () => {
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const target = await fresh.attendant(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const name = uniqueName('Wijzer');
    const made = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body(
        [
          menu('root', {
            '1': toUser(user.id),
            '2': { kind: 'transfer', announce: false, target: { type: 'auto_attendant', id: target.id } },
          }),
        ],
        { name },
      ),
    );
    expect(made.statusCode).toBe(201);
    const userGone = await tm.delete(`/api/users/${user.id}`);
    expect(userGone.statusCode).toBe(409);
    expect(userGone.json().error.issues[0]).toMatchObject({
      code: 'in_use',
      params: { count: 1, referrers: name },
    });
    const attendantGone = await tm.delete(`/api/auto-attendants/${target.id}`);
    expect(attendantGone.statusCode).toBe(409);
    expect(attendantGone.json().error.issues[0]).toMatchObject({
      code: 'in_use',
      params: { referrers: name },
    });
    // Once the menu no longer points at them, both can go.
    expect(
      (
        await tm.patch(`/api/auto-attendants/${made.json().id}`, {
          menus: { businessHours: { menus: [menu('root')] } },
        })
      ).statusCode,
    ).toBe(200);
    expect((await tm.delete(`/api/users/${user.id}`)).statusCode).toBe(204);
    expect((await tm.delete(`/api/auto-attendants/${target.id}`)).statusCode).toBe(204);
    // An attendant may not transfer to itself.
    const self = await tm.patch(`/api/auto-attendants/${made.json().id}`, {
      menus: {
        businessHours: {
          menus: [
            menu('root', {
              '1': {
                kind: 'transfer',
                announce: false,
                target: { type: 'auto_attendant', id: made.json().id },
              },
            }),
          ],
        },
      },
    });
    expect([self.statusCode, issues(self)]).toEqual([422, [[`${BH}.0.keys.1.target.id`, 'target_self']]]);
  });

  it('never leaves a key pointing at a user removed at the same time', async () => {
    const tm = await s.as('enterprise_admin');
    for (let round = 0; round < 3; round++) {
      const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
      const [made, gone] = await Promise.all([
        tm.post(attendantsOf(s.w.enterprises.A.id), body([menu('root', { '1': toUser(user.id) })])),
        tm.delete(`/api/users/${user.id}`),
      ]);
      // Either the menu was first (the user stays, 409) or the removal (the menu is refused, 422).
      expect([
        [201, 409],
        [422, 204],
      ]).toContainEqual([made.statusCode, gone.statusCode]);
    }
  });

  it('refuses to remove a site with an attendant', async () => {
    const tm = await s.as('enterprise_admin');
    const site = await fresh.site(s.t.database.db, s.w.enterprises.A.id);
    const a = await fresh.attendant(s.t.database.db, s.w.enterprises.A.id, site.id);
    const res = await tm.delete(`/api/sites/${site.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.issues[0]).toMatchObject({ code: 'in_use', params: { referrers: a.name } });
  });

  it('transfers to hunt groups and queues, which are then not removed while a key points at them', async () => {
    const tm = await s.as('enterprise_admin');
    const db = s.t.database.db;
    const group = await fresh.huntGroup(db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const queue = await fresh.queue(db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const other = await fresh.huntGroup(db, s.w.enterprises.B.id, s.w.sites.b1.id);
    const to = (type: 'hunt_group' | 'queue', id: string) => ({
      kind: 'transfer' as const,
      announce: false,
      target: { type, id },
    });
    const made = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body([menu('root', { '1': to('hunt_group', group.id), '2': to('queue', queue.id) })]),
    );
    expect(made.statusCode).toBe(201);
    const guessed = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body([menu('root', { '1': to('hunt_group', other.id) })]),
    );
    expect([guessed.statusCode, issues(guessed)]).toEqual([
      422,
      [[`${BH}.0.keys.1.target.id`, 'target_unknown']],
    ]);
    for (const url of [`/api/hunt-groups/${group.id}`, `/api/queues/${queue.id}`]) {
      const refused = await tm.delete(url);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.issues[0]).toMatchObject({
        code: 'in_use',
        params: { referrers: made.json().name },
      });
    }
    expect((await tm.delete(`/api/auto-attendants/${made.json().id}`)).statusCode).toBe(204);
    expect((await tm.delete(`/api/hunt-groups/${group.id}`)).statusCode).toBe(204);
  });

  it('chooses its menus by a schedule, which is then not removed while the attendant uses it', async () => {
    const tm = await s.as('enterprise_admin');
    const week = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:30', end: '17:30' }));
    const schedule = await tm.post(`/api/enterprises/${s.w.enterprises.A.id}/schedules`, {
      name: uniqueName('Kantoortijden'),
      weekly: week,
    });
    expect(schedule.statusCode).toBe(201);
    const other = await (await s.as('enterprise_admin_b')).post(
      `/api/enterprises/${s.w.enterprises.B.id}/schedules`,
      {
        name: uniqueName('Elders'),
        weekly: week,
      },
    );
    const guessed = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body([menu('root', { '1': toUser(s.w.users.uAms.id) })], { scheduleId: other.json().id }),
    );
    expect([guessed.statusCode, issues(guessed)]).toEqual([422, [['scheduleId', 'target_unknown']]]);
    const made = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body([menu('root', { '1': toUser(s.w.users.uAms.id) })], { scheduleId: schedule.json().id }),
    );
    expect([made.statusCode, made.json().scheduleId]).toEqual([201, schedule.json().id]);
    const refused = await tm.delete(`/api/schedules/${schedule.json().id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({
      code: 'in_use',
      params: { referrers: made.json().name },
    });
    expect((await tm.delete(`/api/auto-attendants/${made.json().id}`)).statusCode).toBe(204);
    expect((await tm.delete(`/api/schedules/${schedule.json().id}`)).statusCode).toBe(204);
  });

  it('offers targets for the pickers, and says which kinds are not there yet', async () => {
    const site = await s.as('site_admin');
    const users = (await site.get(`/api/enterprises/${s.w.enterprises.A.id}/targets?type=user&q=ams`)).json();
    expect(users.available).toBe(true);
    expect(users.items.length).toBeGreaterThan(0);
    expect(users.items.every((u: { siteId: string }) => u.siteId === s.w.sites.ams.id)).toBe(true);
    const groups = (
      await site.get(`/api/enterprises/${s.w.enterprises.A.id}/targets?type=hunt_group`)
    ).json();
    expect(groups.available).toBe(true);
    expect(groups.items.every((g: { siteId: string }) => g.siteId === s.w.sites.ams.id)).toBe(true);
    const schedules = (
      await site.get(`/api/enterprises/${s.w.enterprises.A.id}/targets?type=schedule`)
    ).json();
    expect(schedules.available).toBe(true);
    expect((await site.get(`/api/enterprises/${s.w.enterprises.B.id}/targets?type=user`)).statusCode).toBe(
      404,
    );
  });
});

describe('audio', () => {
  const upload = async (
    who: 'enterprise_admin' | 'site_admin',
    bytes: Uint8Array,
    query: string,
    type = 'audio/wav',
  ) =>
    (await s.as(who)).post(`${audioOf(s.w.enterprises.A.id)}?${query}`, Buffer.from(bytes), {
      'content-type': type,
    });

  it('takes a WAV or an MP3, judged by content, and gives it back for the player', async () => {
    const wav = await upload('enterprise_admin', wavFile({ ms: 1500, tag: 7 }), 'name=Welkom');
    expect(wav.statusCode).toBe(201);
    expect(wav.json()).toMatchObject({
      name: 'Welkom',
      format: 'wav',
      codec: 'mulaw',
      durationMs: 1500,
      contentType: 'audio/wav',
      siteId: null,
    });
    const mp3 = await upload(
      'site_admin',
      mp3File({ frames: 20 }),
      `name=Wacht&siteId=${s.w.sites.ams.id}`,
      'application/octet-stream',
    );
    expect(mp3.statusCode).toBe(201);
    expect(mp3.json()).toMatchObject({ format: 'mp3', siteId: s.w.sites.ams.id });
    const tm = await s.as('enterprise_admin');
    const content = await tm.get(`/api/audio/${wav.json().id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('audio/wav');
    expect(content.headers['content-disposition']).toContain('Welkom.wav');
    expect(content.rawPayload.equals(Buffer.from(wavFile({ ms: 1500, tag: 7 })))).toBe(true);
    const list = (await (await s.as('site_admin')).get(audioOf(s.w.enterprises.A.id))).json();
    expect(list.items.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['Welkom', 'Wacht']),
    );
    expect((await (await s.as('provider_admin')).get(`/api/audio/${wav.json().id}/content`)).statusCode).toBe(
      200,
    );
  });

  it.each<[string, Uint8Array, string, number, [string, string][]]>([
    ['an image renamed .wav', pngFile(), 'audio/wav', 422, [['file', 'audio_is_image']]],
    [
      'text that is not audio',
      new TextEncoder().encode('Welkom bij Voorbeeld BV'),
      'audio/mpeg',
      422,
      [['file', 'audio_not_audio']],
    ],
    ['an ADPCM WAV', wavFile({ tag: 2 }), 'audio/wav', 422, [['file', 'audio_wav_codec']]],
    ['an empty file', new Uint8Array(), 'audio/wav', 422, [['file', 'audio_empty']]],
  ])('refuses %s, storing nothing', async (_name, bytes, type, status, expected) => {
    const before = await countRows();
    const res = await upload('enterprise_admin', bytes, 'name=Fout.wav', type);
    expect([res.statusCode, issues(res)]).toEqual([status, expected]);
    expect(await countRows()).toEqual(before);
  });

  it('refuses a file above the limit (413), an unknown type (415) and a site admin without its site', async () => {
    const before = await countRows();
    const big = await upload('enterprise_admin', wavFile({ ms: 2000 }), 'name=Groot');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const type = await upload('enterprise_admin', wavFile({ ms: 100 }), 'name=X', 'image/png');
    expect(type.statusCode).toBe(415);
    const site = await upload('site_admin', wavFile({ ms: 100 }), 'name=X');
    expect([site.statusCode, issues(site)]).toEqual([422, [['siteId', 'audio_site_required']]]);
    expect(await countRows()).toEqual(before);
  });

  it('keeps audio a menu uses, and keeps enterprises apart', async () => {
    const tm = await s.as('enterprise_admin');
    const made = await upload('enterprise_admin', wavFile({ ms: 300 }), 'name=Aankondiging');
    const audioId = made.json().id;
    const name = uniqueName('Met geluid');
    const attendant = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body(
        [
          menu(
            'root',
            { '3': { kind: 'announcement', greeting: { kind: 'audio', audioId } } },
            { greeting: { kind: 'audio', audioId } },
          ),
        ],
        { name },
      ),
    );
    expect(attendant.statusCode).toBe(201);
    expect(attendant.json().targetNames[audioId]).toBe('Aankondiging');
    const refused = await tm.delete(`/api/audio/${audioId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({ code: 'in_use', params: { referrers: name } });
    // Another enterprise's audio cannot be used, nor seen.
    const bAudio = await fresh.audio(s.t.database.db, s.w.enterprises.B.id, null);
    const guessed = await tm.post(
      attendantsOf(s.w.enterprises.A.id),
      body([menu('root', {}, { greeting: { kind: 'audio', audioId: bAudio.id } })]),
    );
    expect([guessed.statusCode, issues(guessed)]).toEqual([
      422,
      [[`${BH}.0.greeting.audioId`, 'target_unknown']],
    ]);
    expect((await tm.get(`/api/audio/${bAudio.id}/content`)).statusCode).toBe(404);
    expect((await tm.delete(`/api/audio/${bAudio.id}`)).statusCode).toBe(404);
    // A site admin reads the enterprise's audio but cannot remove it.
    const site = await s.as('site_admin');
    const unused = await fresh.audio(s.t.database.db, s.w.enterprises.A.id, null);
    expect((await site.get(`/api/audio/${unused.id}`)).statusCode).toBe(200);
    expect((await site.delete(`/api/audio/${unused.id}`)).statusCode).toBe(403);
    expect((await tm.delete(`/api/audio/${unused.id}`)).statusCode).toBe(204);
  });
});

describe('the demo attendant', () => {
  it("passes the attendants' rules and the API", async () => {
    const db = s.t.database.db;
    const verkoop = await fresh.huntGroup(db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const support = await fresh.queue(db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const operator = { type: 'user' as const, id: s.w.users.uAms4.id };
    const menus = demoAttendantMenus({
      verkoop: { type: 'hunt_group', id: verkoop.id },
      support: { type: 'queue', id: support.id },
      invoices: { type: 'user', id: s.w.users.uAms3.id },
      voicemailUserId: s.w.users.uAms4.id,
    });
    expect(checkMenus(menus, operator, { extensionLength: 3 }).problems).toEqual({});
    const tm = await s.as('enterprise_admin');
    const res = await tm.post(attendantsOf(s.w.enterprises.A.id), {
      siteId: s.w.sites.ams.id,
      name: uniqueName('Demo'),
      operator,
      menus,
    });
    expect(res.statusCode).toBe(201);
  });
});
