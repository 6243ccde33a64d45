import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { freshMac } from '../../testing/factories/telephony-devices';
import { fresh } from '../../testing/fresh';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
type Issue = { path: string; code: string; params: Record<string, unknown> };
type Res = { statusCode: number; json(): { error: { issues: Issue[] } } };
const issues = (res: Res) => res.json().error.issues.map((i) => [i.path, i.code]);
const devicesOf = (enterpriseId: string) => `/api/enterprises/${enterpriseId}/devices`;
const ICCID = '8931440301234567890';
const ICCID_OK = '89314403012345678905';

async function deskPhone(maxLines = 2) {
  return fresh.deviceModel(s.t.database.db, { kind: 'desk_phone', maxLines });
}

function deviceBody(modelId: string, extra: Record<string, unknown> = {}) {
  return {
    siteId: s.w.sites.ams.id,
    modelId,
    userId: s.w.users.uAms.id,
    mac: freshMac(),
    ownership: 'rented',
    ownershipDate: '2026-02-01',
    ...extra,
  };
}

describe('the device catalogue', () => {
  it('is kept by the provider and read by customers, refusing a duplicate model', async () => {
    const admin = await s.as('provider_admin');
    const created = await admin.post('/api/device-models', {
      vendor: 'Yealink',
      model: 'T31G',
      kind: 'desk_phone',
      maxLines: 2,
      description: 'Eenvoudig toestel',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ vendor: 'Yealink', model: 'T31G', active: true, deviceCount: 0 });
    const twice = await admin.post('/api/device-models', {
      vendor: 'yealink',
      model: 't31g',
      kind: 'ata',
      maxLines: 1,
    });
    expect([twice.statusCode, issues(twice)]).toEqual([409, [['model', 'device_model_taken']]]);
    const tm = await s.as('enterprise_admin');
    const list = (await tm.get('/api/device-models?q=t31')).json().items as { id: string }[];
    expect(list.map((m) => m.id)).toContain(created.json().id);
    expect(
      (await tm.post('/api/device-models', { vendor: 'X', model: 'Y', kind: 'ata', maxLines: 1 })).statusCode,
    ).toBe(403);
  });

  it('refuses bad input with field messages', async () => {
    const admin = await s.as('provider_admin');
    const res = await admin.post('/api/device-models', { vendor: '', model: 'Z', kind: 'fax', maxLines: 17 });
    expect(res.statusCode).toBe(400);
    expect(issues(res).map(([p]) => p)).toEqual(expect.arrayContaining(['vendor', 'kind', 'maxLines']));
  });

  it('keeps a model in use: not removed (naming its devices), kind and lines kept, deactivation allowed', async () => {
    const admin = await s.as('provider_admin');
    const model = await deskPhone(2);
    const tm = await s.as('enterprise_admin');
    const made = await tm.post(devicesOf(s.w.enterprises.A.id), {
      ...deviceBody(model.id, { label: 'Balie', userId: null }),
      lines: [{ userId: null }, { userId: null }],
    });
    expect(made.statusCode).toBe(201);
    const refused = await admin.delete(`/api/device-models/${model.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({
      code: 'device_model_in_use',
      params: { count: 1, devices: 'Balie' },
    });
    const kind = await admin.patch(`/api/device-models/${model.id}`, { kind: 'sim' });
    expect([kind.statusCode, issues(kind)]).toEqual([409, [['kind', 'device_model_kind_in_use']]]);
    const lines = await admin.patch(`/api/device-models/${model.id}`, { maxLines: 1 });
    expect([lines.statusCode, issues(lines)]).toEqual([409, [['maxLines', 'device_model_lines_in_use']]]);
    const off = await admin.patch(`/api/device-models/${model.id}`, { active: false });
    expect(off.json()).toMatchObject({ active: false, deviceCount: 1 });
    // An inactive model takes no new device, but its devices keep it.
    const another = await tm.post(devicesOf(s.w.enterprises.A.id), deviceBody(model.id));
    expect([another.statusCode, issues(another)]).toEqual([422, [['modelId', 'device_model_inactive']]]);
    expect((await tm.patch(`/api/devices/${made.json().id}`, { label: 'Balie 2' })).statusCode).toBe(200);
    expect((await tm.delete(`/api/devices/${made.json().id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/device-models/${model.id}`)).statusCode).toBe(204);
  });
});

describe('devices', () => {
  it('are created with a normalised MAC and a SIP password per line, shown once', async () => {
    const tm = await s.as('enterprise_admin');
    const model = await deskPhone(3);
    const res = await tm.post(devicesOf(s.w.enterprises.A.id), {
      ...deviceBody(model.id, { mac: '00-15-65-AB-CD-EF' }),
      lines: [{ userId: s.w.users.uAms.id }, { userId: s.w.users.uAms2.id }],
    });
    expect(res.statusCode).toBe(201);
    const device = res.json();
    expect(device).toMatchObject({
      mac: '001565abcdef',
      iccid: null,
      kind: 'desk_phone',
      siteId: s.w.sites.ams.id,
      userId: s.w.users.uAms.id,
      userName: 'Ams User',
      ownership: 'rented',
      ownershipDate: '2026-02-01',
    });
    expect(device.lines.map((l: { line: number; userId: string }) => [l.line, l.userId])).toEqual([
      [1, s.w.users.uAms.id],
      [2, s.w.users.uAms2.id],
    ]);
    expect(device.credentials).toHaveLength(2);
    for (const c of device.credentials) expect(c.password).toMatch(/^[A-Za-z0-9]{24}$/);
    const again = (await tm.get(`/api/devices/${device.id}`)).json();
    expect(again.credentials).toBeUndefined();
    expect(JSON.stringify(again)).not.toContain(device.credentials[0].password);
  });

  it('keep only the digests, which verify the password (MD5 and SHA-256), never the password', async () => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.post(devicesOf(s.w.enterprises.A.id), deviceBody((await deskPhone()).id));
    const { sipUsername, realm, password } = res.json().credentials[0];
    expect(realm).toBe('centrale');
    const [row] = await s.t.database.query<Record<string, unknown>>(
      'select * from device_lines where sip_username = $1',
      [sipUsername],
    );
    const a1 = `${sipUsername}:${realm}:${password}`;
    expect(row?.ha1_md5).toBe(createHash('md5').update(a1).digest('hex'));
    expect(row?.ha1_sha256).toBe(createHash('sha256').update(a1).digest('hex'));
    const everything = JSON.stringify(
      await s.t.database.query('select d.*, l.* from devices d join device_lines l on l.device_id = d.id'),
    );
    expect(everything).not.toContain(password);
    const audit = JSON.stringify(await s.t.database.query('select * from audit_events'));
    expect(audit).not.toContain(password);
    expect(audit).not.toContain(row?.ha1_md5 as string);
  });

  it('regenerate a line password: a new one, shown once, the old digest gone, audited without it', async () => {
    const siteAdmin = await s.as('site_admin');
    const created = (
      await siteAdmin.post(devicesOf(s.w.enterprises.A.id), deviceBody((await deskPhone()).id))
    ).json();
    const first = created.credentials[0];
    const res = await siteAdmin.post(`/api/devices/${created.id}/lines/1/credentials`);
    expect(res.statusCode).toBe(200);
    const next = res.json();
    expect(next).toMatchObject({ line: 1, sipUsername: first.sipUsername, realm: 'centrale' });
    expect(next.password).not.toBe(first.password);
    const [row] = await s.t.database.query<{ ha1_md5: string }>(
      'select ha1_md5 from device_lines where sip_username = $1',
      [first.sipUsername],
    );
    expect(row?.ha1_md5).toBe(
      createHash('md5').update(`${first.sipUsername}:centrale:${next.password}`).digest('hex'),
    );
    const events = await s.t.database.query<{ action: string; after: unknown }>(
      'select action, after from audit_events where entity_id = $1 order by at, id',
      [created.id],
    );
    expect(events.map((e) => e.action)).toEqual(['create', 'credentials_regenerated']);
    expect(JSON.stringify(events)).not.toContain(next.password);
    expect((await siteAdmin.post(`/api/devices/${created.id}/lines/2/credentials`)).statusCode).toBe(404);
  });

  it('take SIMs by ICCID (Luhn-checked, spaces allowed) and softphones by nothing', async () => {
    const tm = await s.as('enterprise_admin');
    const sim = await fresh.deviceModel(s.t.database.db, { kind: 'sim', maxLines: 1 });
    const soft = await fresh.deviceModel(s.t.database.db, { kind: 'softphone', maxLines: 1 });
    const base = { siteId: s.w.sites.ams.id, ownership: 'bought', ownershipDate: '2025-12-01' };
    const ok = await tm.post(devicesOf(s.w.enterprises.A.id), {
      ...base,
      modelId: sim.id,
      iccid: '8931 4403 0123 4567 8905',
    });
    expect([ok.statusCode, ok.json().iccid]).toEqual([201, ICCID_OK]);
    const luhn = await tm.post(devicesOf(s.w.enterprises.A.id), {
      ...base,
      modelId: sim.id,
      iccid: `${ICCID}1`,
    });
    expect([luhn.statusCode, issues(luhn)]).toEqual([400, [['iccid', 'iccid_checksum']]]);
    const twice = await tm.post(devicesOf(s.w.enterprises.A.id), {
      ...base,
      modelId: sim.id,
      iccid: ICCID_OK,
    });
    expect([twice.statusCode, issues(twice)]).toEqual([409, [['iccid', 'iccid_taken']]]);
    const macForSim = await tm.post(devicesOf(s.w.enterprises.A.id), {
      ...base,
      modelId: sim.id,
      mac: freshMac(),
    });
    expect([macForSim.statusCode, issues(macForSim)]).toEqual([
      422,
      [
        ['mac', 'mac_not_for_kind'],
        ['iccid', 'iccid_required'],
      ],
    ]);
    const softphone = await tm.post(devicesOf(s.w.enterprises.A.id), {
      ...base,
      modelId: soft.id,
      userId: s.w.users.uAms2.id,
    });
    expect([softphone.statusCode, softphone.json().mac, softphone.json().iccid]).toEqual([201, null, null]);
  });

  it.each([
    ['a malformed MAC', { mac: '00:11:22:33:44' }, 400, [['mac', 'mac_format']]],
    ['a multicast MAC', { mac: '01:00:5e:00:00:01' }, 400, [['mac', 'mac_multicast']]],
    ['the broadcast MAC', { mac: 'ff-ff-ff-ff-ff-ff' }, 400, [['mac', 'mac_broadcast']]],
    ['no MAC for a desk phone', { mac: null }, 422, [['mac', 'mac_required']]],
    ['an ICCID for a desk phone', { iccid: ICCID_OK }, 422, [['iccid', 'iccid_not_for_kind']]],
    [
      'an unknown model',
      { modelId: '00000000-0000-4000-8000-000000000000' },
      422,
      [['modelId', 'device_model_unknown']],
    ],
    ['an unknown field', { colour: 'black' }, 400, [['colour', 'unknown_field']]],
    ['a wrong ownership', { ownership: 'leased' }, 400, [['ownership', 'choice']]],
    ['no date', { ownershipDate: undefined }, 400, [['ownershipDate', 'required']]],
  ])('refuse %s', async (_what, change, status, expected) => {
    const tm = await s.as('enterprise_admin');
    const res = await tm.post(devicesOf(s.w.enterprises.A.id), deviceBody((await deskPhone()).id, change));
    expect([res.statusCode, issues(res)]).toEqual([status, expected]);
  });

  it('refuse more lines than the model has, and users of another enterprise', async () => {
    const tm = await s.as('enterprise_admin');
    const model = await deskPhone(1);
    const many = await tm.post(devicesOf(s.w.enterprises.A.id), {
      ...deviceBody(model.id),
      lines: [{ userId: null }, { userId: null }],
    });
    expect([many.statusCode, issues(many)]).toEqual([422, [['lines', 'device_lines_count']]]);
    expect(many.json().error.issues[0]?.params).toEqual({ max: 1 });
    const stranger = await tm.post(devicesOf(s.w.enterprises.A.id), {
      ...deviceBody(model.id, { userId: s.w.users.uB.id }),
      lines: [{ userId: s.w.users.uB.id }],
    });
    expect([stranger.statusCode, issues(stranger)]).toEqual([
      422,
      [
        ['userId', 'user_not_in_enterprise'],
        ['lines.0.userId', 'user_not_in_enterprise'],
      ],
    ]);
    const otherSite = await tm.post(
      devicesOf(s.w.enterprises.A.id),
      deviceBody(model.id, { siteId: s.w.sites.b1.id }),
    );
    expect([otherSite.statusCode, issues(otherSite)]).toEqual([422, [['siteId', 'site_not_in_enterprise']]]);
  });

  it('get one 201 for parallel creates of the same MAC, the rest a 409 with a field message', async () => {
    const tm = await s.as('enterprise_admin');
    const model = await deskPhone();
    const mac = freshMac();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        tm.post(devicesOf(s.w.enterprises.A.id), deviceBody(model.id, { mac, label: `Parallel ${i}` })),
      ),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(issues(r)).toEqual([['mac', 'mac_taken']]);
    const listed = (await tm.get(`${devicesOf(s.w.enterprises.A.id)}?q=${mac}`)).json().items;
    expect(listed).toHaveLength(1);
  });

  it('are listed with filters and keyset pages, found by any MAC notation', async () => {
    const tm = await s.as('enterprise_admin');
    const model = await deskPhone();
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.utr.id);
    for (const label of ['Lijst C', 'Lijst A', 'Lijst B']) {
      const res = await tm.post(
        devicesOf(s.w.enterprises.A.id),
        deviceBody(model.id, {
          label,
          userId: user.id,
          siteId: s.w.sites.utr.id,
        }),
      );
      expect(res.statusCode).toBe(201);
    }
    const base = `${devicesOf(s.w.enterprises.A.id)}?userId=${user.id}`;
    const first = (await tm.get(`${base}&limit=2`)).json();
    expect(first.items.map((d: { label: string }) => d.label)).toEqual(['Lijst A', 'Lijst B']);
    const second = (await tm.get(`${base}&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((d: { label: string }) => d.label)).toEqual(['Lijst C']);
    const desc = (await tm.get(`${base}&direction=desc`)).json();
    expect(desc.items.map((d: { label: string }) => d.label)).toEqual(['Lijst C', 'Lijst B', 'Lijst A']);
    const mac = first.items[0].mac as string;
    const colons = (mac.match(/../g) ?? []).join(':').toUpperCase();
    const found = (await tm.get(`${devicesOf(s.w.enterprises.A.id)}?q=${encodeURIComponent(colons)}`)).json();
    expect(found.items.map((d: { mac: string }) => d.mac)).toEqual([mac]);
    const kind = (await tm.get(`${devicesOf(s.w.enterprises.A.id)}?kind=sim&userId=${user.id}`)).json();
    expect(kind.items).toEqual([]);
    const site = (
      await tm.get(`${devicesOf(s.w.enterprises.A.id)}?siteId=${s.w.sites.ams.id}&userId=${user.id}`)
    ).json();
    expect(site.items).toEqual([]);
  });

  it('change: lines kept keep credentials, new lines get new ones, lines beyond go', async () => {
    const tm = await s.as('enterprise_admin');
    const model = await deskPhone(3);
    const created = (await tm.post(devicesOf(s.w.enterprises.A.id), deviceBody(model.id))).json();
    const grown = await tm.patch(`/api/devices/${created.id}`, {
      lines: [{ userId: s.w.users.uAms.id }, { userId: s.w.users.uAms3.id }],
    });
    expect(grown.statusCode).toBe(200);
    expect(grown.json().lines.map((l: { sipUsername: string }) => l.sipUsername)[0]).toBe(
      created.lines[0].sipUsername,
    );
    expect(grown.json().credentials.map((c: { line: number }) => c.line)).toEqual([2]);
    const moved = await tm.patch(`/api/devices/${created.id}`, {
      userId: s.w.users.uAms4.id,
      siteId: s.w.sites.utr.id,
      lines: [{ userId: s.w.users.uAms4.id }],
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ siteId: s.w.sites.utr.id, userId: s.w.users.uAms4.id });
    expect(moved.json().lines).toHaveLength(1);
    expect(moved.json().credentials).toBeUndefined();
    const mac = await tm.patch(`/api/devices/${created.id}`, { mac: '0015.65AB.0001' });
    expect(mac.json().mac).toBe('001565ab0001');
  });

  it('are a site admin’s on its own sites only', async () => {
    const siteAdmin = await s.as('site_admin');
    const model = await deskPhone();
    const utrecht = await fresh.device(s.t.database.db, s.w.enterprises.A.id, s.w.sites.utr.id, {
      modelId: model.id,
    });
    expect((await siteAdmin.get(`/api/devices/${utrecht.id}`)).statusCode).toBe(404);
    expect((await siteAdmin.patch(`/api/devices/${utrecht.id}`, { label: 'x' })).statusCode).toBe(404);
    expect((await siteAdmin.delete(`/api/devices/${utrecht.id}`)).statusCode).toBe(404);
    expect((await siteAdmin.post(`/api/devices/${utrecht.id}/lines/1/credentials`)).statusCode).toBe(404);
    const list = (await siteAdmin.get(`${devicesOf(s.w.enterprises.A.id)}?limit=200`)).json().items as {
      siteId: string;
    }[];
    expect(list.every((d) => d.siteId === s.w.sites.ams.id)).toBe(true);
    const onUtrecht = await siteAdmin.post(
      devicesOf(s.w.enterprises.A.id),
      deviceBody(model.id, { siteId: s.w.sites.utr.id, userId: null }),
    );
    expect([onUtrecht.statusCode, issues(onUtrecht)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    const utrUser = await siteAdmin.post(
      devicesOf(s.w.enterprises.A.id),
      deviceBody(model.id, { userId: s.w.users.uUtr.id }),
    );
    expect([utrUser.statusCode, issues(utrUser)]).toEqual([
      422,
      [
        ['userId', 'user_not_yours'],
        ['lines.0.userId', 'user_not_yours'],
      ],
    ]);
    const own = (await siteAdmin.post(devicesOf(s.w.enterprises.A.id), deviceBody(model.id))).json();
    const move = await siteAdmin.patch(`/api/devices/${own.id}`, { siteId: s.w.sites.utr.id });
    expect([move.statusCode, issues(move)]).toEqual([422, [['siteId', 'site_not_yours']]]);
    const otherEnterprise = await siteAdmin.patch(`/api/devices/${own.id}`, { siteId: s.w.sites.b1.id });
    expect([otherEnterprise.statusCode, issues(otherEnterprise)]).toEqual([
      422,
      [['siteId', 'site_not_yours']],
    ]);
  });

  it('keep their user and site from being removed, with the list of devices', async () => {
    const tm = await s.as('enterprise_admin');
    const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
    const model = await deskPhone(2);
    const lineOnly = (
      await tm.post(devicesOf(s.w.enterprises.A.id), {
        ...deviceBody(model.id, { userId: null, label: 'Gedeeld' }),
        lines: [{ userId: null }, { userId: user.id }],
      })
    ).json();
    const refused = await tm.delete(`/api/users/${user.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0]).toMatchObject({
      code: 'user_has_devices',
      params: { count: 1, devices: 'Gedeeld' },
    });
    const siteRes = await tm.post(`/api/enterprises/${s.w.enterprises.A.id}/sites`, {
      name: 'Toestellenlocatie',
      street: 'Straat 2',
      city: 'Leiden',
      postcode: '2311 AA',
      lineType: 'fibre',
      voiceChannels: 4,
      codec: 'g711',
    });
    expect(siteRes.statusCode).toBe(201);
    const site = siteRes.json();
    const onSite = (
      await tm.post(devicesOf(s.w.enterprises.A.id), deviceBody(model.id, { siteId: site.id, userId: null }))
    ).json();
    const siteRefused = await tm.delete(`/api/sites/${site.id}`);
    expect(siteRefused.statusCode).toBe(409);
    expect(siteRefused.json().error.issues[0]).toMatchObject({
      code: 'site_has_devices',
      params: { count: 1 },
    });
    expect((await tm.delete(`/api/devices/${onSite.id}`)).statusCode).toBe(204);
    expect((await tm.delete(`/api/sites/${site.id}`)).statusCode).toBe(204);
    expect((await tm.delete(`/api/devices/${lineOnly.id}`)).statusCode).toBe(204);
    expect((await tm.delete(`/api/users/${user.id}`)).statusCode).toBe(204);
  });

  it('never leave a device of a removed user, when the removal and a new device of the user race', async () => {
    const tm = await s.as('enterprise_admin');
    const model = await deskPhone();
    for (let round = 0; round < 3; round++) {
      const user = await fresh.user(s.t.database.db, s.w.enterprises.A.id, s.w.sites.ams.id);
      const [removed, created] = await Promise.all([
        tm.delete(`/api/users/${user.id}`),
        tm.post(devicesOf(s.w.enterprises.A.id), deviceBody(model.id, { userId: user.id })),
      ]);
      const outcome = [removed.statusCode, created.statusCode];
      expect([
        [204, 422],
        [409, 201],
      ]).toContainEqual(outcome);
      const dangling = await s.t.database.query(
        'select d.id from devices d left join users u on u.id = d.user_id where d.user_id is not null and u.id is null',
      );
      expect(dangling).toEqual([]);
    }
  });

  it('are audited without secrets, naming the model and the lines’ users', async () => {
    const tm = await s.as('enterprise_admin');
    const model = await deskPhone();
    const created = (
      await tm.post(devicesOf(s.w.enterprises.A.id), deviceBody(model.id, { label: 'Audit' }))
    ).json();
    const [event] = await s.t.database.query<{ after: Record<string, unknown>; site_id: string }>(
      "select after, site_id from audit_events where entity_id = $1 and action = 'create'",
      [created.id],
    );
    expect(event?.site_id).toBe(s.w.sites.ams.id);
    expect(event?.after).toMatchObject({
      label: 'Audit',
      model: `Testvendor ${model.model}`,
      lineUserIds: [s.w.users.uAms.id],
    });
    expect(Object.keys(event?.after ?? {})).not.toContain('ha1Md5');
  });
});
