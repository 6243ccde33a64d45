import { randomBytes } from 'node:crypto';
import { count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { formatMac } from '../../../core/telephony/devices';
import { auditEvents, deviceLines, devices } from '../../db/schema';
import { fresh } from '../../testing/fresh';
import type { Agent } from '../../testing/harness';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();
const DEVICES = 'site,model,mac,iccid,label,user,ownership,ownership_date,lines';
const USERS = 'name,email,site,profile,extension,number,mobile';
const ICCID_OK = '89314403012345678905';

type Row = { sheet: string; row: number; column: string; code: string };
const rowsOf = (res: { json(): unknown }) =>
  (res.json() as { error: { rows: Row[] } }).error.rows.map((r) => [r.row, r.column, r.code]);
/** A unicast, locally administered MAC no other test has. */
const randomMac = () => `02${randomBytes(5).toString('hex')}`;

function post(agent: Agent, enterpriseId: string, body: string, sheet: string, dryRun = false) {
  return agent.post(
    `/api/enterprises/${enterpriseId}/imports?sheet=${sheet}${dryRun ? '&dryRun=true' : ''}`,
    body,
    { 'content-type': 'text/csv' },
  );
}

/** An empty enterprise with a site Zwolle and two users, and two catalogue models of its own. */
async function setUp() {
  const db = s.t.database.db;
  const enterprise = await fresh.enterprise(db, s.t.providerId);
  const admin = await s.as('provider_admin');
  await post(
    admin,
    enterprise.id,
    [
      'name,street,city,postcode,line_type,voice_channels,codec',
      'Zwolle,Markt 1,Zwolle,8011 AA,fibre,10,g711',
    ].join('\n'),
    'sites',
  );
  const users = await post(
    admin,
    enterprise.id,
    [USERS, 'Jan,jan@example.nl,Zwolle,Vast,,,', 'Els,els@example.nl,Zwolle,Combi,,,'].join('\n'),
    'users',
  );
  expect(users.statusCode).toBe(200);
  const phone = await fresh.deviceModel(db, { kind: 'desk_phone', maxLines: 3 });
  const sim = await fresh.deviceModel(db, { kind: 'sim', maxLines: 1 });
  const soft = await fresh.deviceModel(db, { kind: 'softphone', maxLines: 2 });
  const old = await fresh.deviceModel(db, { kind: 'desk_phone', active: false });
  const name = (m: { vendor: string; model: string }) => `${m.vendor} ${m.model}`;
  return { enterprise, admin, phone: name(phone), sim: name(sim), soft: name(soft), old: name(old) };
}

async function devicesOf(enterpriseId: string) {
  const db = s.t.database.db;
  const rows = await db.select().from(devices).where(eq(devices.enterpriseId, enterpriseId));
  const lines = rows.length
    ? await db
        .select()
        .from(deviceLines)
        .where(
          inArray(
            deviceLines.deviceId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return { rows, lines };
}

const exportOf = async (agent: Agent, enterpriseId: string) =>
  (await agent.get(`/api/enterprises/${enterpriseId}/export?sheet=devices&format=csv`)).body;

describe('the devices sheet', () => {
  it('creates devices by MAC, ICCID and (softphones) label and user, with SIP digests only, audited; a re-import changes nothing', async () => {
    const { enterprise, admin, phone, sim, soft } = await setUp();
    const mac = randomMac();
    const dotted = `${mac.slice(0, 4)}.${mac.slice(4, 8)}.${mac.slice(8)}`.toUpperCase();
    const file = [
      DEVICES,
      `Zwolle,${phone.toUpperCase()},${dotted},,Balie,jan@example.nl,huur,2026-02-01,2`,
      `zwolle,${sim},,${ICCID_OK.replace(/(\d{4})/g, '$1 ').trim()},,els@example.nl,koop,2026-03-01,1`,
      `Zwolle,${soft},,,Laptop,els@example.nl,rented,2026-03-02,1`,
    ].join('\n');
    const dry = await post(admin, enterprise.id, file, 'devices', true);
    expect([dry.statusCode, dry.json()]).toMatchObject([
      200,
      { dryRun: true, newSipLines: 4, counts: { create: 3, update: 0, unchanged: 0 } },
    ]);
    expect((await devicesOf(enterprise.id)).rows).toHaveLength(0);

    const res = await post(admin, enterprise.id, file, 'devices');
    expect([res.statusCode, res.json()]).toMatchObject([200, { newSipLines: 4, counts: { create: 3 } }]);
    expect(res.body).not.toMatch(/password/i);
    const { rows, lines } = await devicesOf(enterprise.id);
    expect(rows.map((r) => [r.mac, r.iccid, r.ownership]).sort()).toEqual(
      [
        [mac, null, 'rented'],
        [null, ICCID_OK, 'bought'],
        [null, null, 'rented'],
      ].sort(),
    );
    expect(lines).toHaveLength(4);
    for (const l of lines) {
      expect(l.ha1Md5).toMatch(/^[0-9a-f]{32}$/);
      expect(l.realm).toBe('centrale');
    }
    const db = s.t.database.db;
    const audits = await db.select().from(auditEvents).where(eq(auditEvents.enterpriseId, enterprise.id));
    const deviceAudits = audits.filter((a) => a.entityType === 'device');
    expect(deviceAudits).toHaveLength(3);
    expect(JSON.stringify(deviceAudits)).not.toMatch(/ha1|password/i);

    const exported = await exportOf(admin, enterprise.id);
    const body = exported.replace(/^\uFEFF/, '').split('\r\n');
    expect(body[0]).toBe(DEVICES);
    expect(body).toContain(`Zwolle,${phone},${formatMac(mac)},,Balie,jan@example.nl,rented,2026-02-01,2`);
    expect(body).toContain(`Zwolle,${sim},,${ICCID_OK},,els@example.nl,bought,2026-03-01,1`);
    expect(body).toContain(`Zwolle,${soft},,,Laptop,els@example.nl,rented,2026-03-02,1`);

    const again = await post(admin, enterprise.id, exported, 'devices');
    expect([again.statusCode, again.json()]).toMatchObject([
      200,
      { newSipLines: 0, counts: { create: 0, update: 0, unchanged: 3 } },
    ]);
  });

  it('updates a device found by its MAC: new user, more and fewer lines; kept lines keep their credentials', async () => {
    const { enterprise, admin, phone } = await setUp();
    const mac = randomMac();
    const row = (user: string, lines: number) =>
      [DEVICES, `Zwolle,${phone},${mac},,Balie,${user},huur,2026-02-01,${lines}`].join('\n');
    expect((await post(admin, enterprise.id, row('jan@example.nl', 2), 'devices')).statusCode).toBe(200);
    const first = await devicesOf(enterprise.id);
    const more = await post(admin, enterprise.id, row('els@example.nl', 3), 'devices');
    expect([more.statusCode, more.json()]).toMatchObject([
      200,
      { newSipLines: 1, counts: { update: 1 }, rows: [{ action: 'update', changes: ['user', 'lines'] }] },
    ]);
    const second = await devicesOf(enterprise.id);
    expect(second.rows).toHaveLength(1);
    const els = second.rows[0]?.userId;
    const byLine = (ls: typeof first.lines) => [...ls].sort((a, b) => a.line - b.line);
    expect(byLine(second.lines).map((l) => [l.line, l.userId])).toEqual([
      [1, els],
      [2, els],
      [3, els],
    ]);
    expect(
      byLine(second.lines)
        .slice(0, 2)
        .map((l) => l.sipUsername),
    ).toEqual(byLine(first.lines).map((l) => l.sipUsername));
    const fewer = await post(admin, enterprise.id, row('els@example.nl', 1), 'devices');
    expect([fewer.statusCode, fewer.json()]).toMatchObject([200, { newSipLines: 0, counts: { update: 1 } }]);
    expect((await devicesOf(enterprise.id)).lines).toHaveLength(1);
  });

  it('reports every bad row by row and column, as the devices API would, and changes nothing', async () => {
    const { enterprise, admin, phone, sim, old } = await setUp();
    const db = s.t.database.db;
    const other = await fresh.enterprise(db, s.t.providerId);
    const otherSite = await fresh.site(db, other.id);
    const taken = await fresh.device(db, other.id, otherSite.id);
    const mac = randomMac();
    const file = [
      DEVICES,
      `Zwolle,${phone},${mac},,,jan@example.nl,huur,2026-02-01,1`,
      `Zwolle,${phone},${mac.toUpperCase()},,,,huur,2026-02-01,1`,
      `Zwolle,${phone},ff:ff:ff:ff:ff:ff,,,,huur,2026-02-01,1`,
      `Zwolle,${sim},,8931440301234567890,,,huur,2026-02-01,1`,
      `Zwolle,${sim},${randomMac()},,,,huur,2026-02-01,1`,
      `Zwolle,${phone},${randomMac()},,,,huur,2026-02-01,4`,
      `Zwolle,Nokia 3310,${randomMac()},,,,huur,2026-02-01,1`,
      `Zwolle,${old},${randomMac()},,,,huur,2026-02-01,1`,
      `Zwolle,${phone},${randomMac()},,,nobody@example.nl,huur,2026-02-01,1`,
      `Kampen,${phone},${randomMac()},,,,lease,01-02-2026,1`,
      `Zwolle,${phone},${taken.mac},,,,huur,2026-02-01,1`,
    ].join('\n');
    const res = await post(admin, enterprise.id, file, 'devices');
    expect(res.statusCode).toBe(422);
    expect(rowsOf(res)).toEqual([
      [3, 'mac', 'duplicate_in_file'],
      [4, 'mac', 'mac_broadcast'],
      [5, 'iccid', 'iccid_checksum'],
      [6, 'mac', 'mac_not_for_kind'],
      [6, 'iccid', 'iccid_required'],
      [7, 'lines', 'device_lines_count'],
      [8, 'model', 'device_model_unknown'],
      [9, 'model', 'device_model_inactive'],
      [10, 'user', 'user_unknown'],
      [11, 'ownership', 'ownership_unknown'],
      [11, 'ownership_date', 'date_format'],
      [12, 'mac', 'mac_taken'],
    ]);
    expect((await devicesOf(enterprise.id)).rows).toHaveLength(0);
    const [a] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityType, 'device'));
    const dry = await post(admin, enterprise.id, file.split('\n').slice(0, 2).join('\n'), 'devices', true);
    expect(dry.statusCode).toBe(200);
    const [b] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityType, 'device'));
    expect(b?.n).toBe(a?.n);
  });

  it('round-trips: export → import into an empty enterprise → export gives the same file', async () => {
    const from = await setUp();
    const file = [
      DEVICES,
      `Zwolle,${from.phone},${randomMac()},,Balie,jan@example.nl,huur,2026-02-01,3`,
      `Zwolle,${from.phone},${randomMac()},,"Gang, boven",,koop,2025-12-31,1`,
      `Zwolle,${from.soft},,,Laptop,els@example.nl,huur,2026-03-02,2`,
      `Zwolle,${from.soft},,,Laptop,jan@example.nl,huur,2026-03-02,1`,
    ].join('\n');
    expect((await post(from.admin, from.enterprise.id, file, 'devices')).statusCode).toBe(200);
    const exported = await exportOf(from.admin, from.enterprise.id);
    // A MAC is unique over all enterprises: the devices move, as when a customer changes accounts.
    await s.t.database.db.delete(devices).where(eq(devices.enterpriseId, from.enterprise.id));
    const to = await setUp();
    const res = await post(to.admin, to.enterprise.id, exported, 'devices');
    expect([res.statusCode, res.json()]).toMatchObject([200, { newSipLines: 7, counts: { create: 4 } }]);
    expect(await exportOf(to.admin, to.enterprise.id)).toBe(exported);
  });

  it('is in the template and the workbook, after the other sheets', async () => {
    const admin = await s.as('enterprise_admin');
    const res = await admin.get(
      `/api/enterprises/${s.w.enterprises.A.id}/import-template?sheet=devices&format=csv`,
    );
    expect(res.body).toBe(`\uFEFF${DEVICES}\r\n`);
  });
});
