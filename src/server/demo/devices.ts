import { randomUUID } from 'node:crypto';
import { snapshot } from '../../core/audit/diff';
import type { Profile } from '../../core/directory/profiles';
import { type DeviceKind, luhnValid, type Ownership } from '../../core/telephony/devices';
import type { Tx } from '../db/client';
import type { auditEvents, users } from '../db/schema';
import { deviceLines, deviceModels, devices } from '../db/schema';
import { deviceModelAudit } from '../telephony/device-catalogue/presenter';
import { type DeviceAuditRow, deviceAudit } from '../telephony/devices/presenter';
import { newCredentials, newSipUsername } from '../telephony/devices/sip-credentials';
import { DEMO_SITES } from './demo-data';

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'name' | 'siteId' | 'profile'>;
type AuditRow = typeof auditEvents.$inferInsert;

/** The demo catalogue: real models, each with the MAC prefix (OUI) its vendor ships it with. */
export const DEMO_DEVICE_MODELS: {
  key: string;
  vendor: string;
  model: string;
  kind: DeviceKind;
  maxLines: number;
  description: string;
  oui: string | null;
}[] = [
  {
    key: 't54w',
    vendor: 'Yealink',
    model: 'T54W',
    kind: 'desk_phone',
    maxLines: 16,
    description: 'Bureautoestel met kleurenscherm, wifi en bluetooth',
    oui: '805ec0',
  },
  {
    key: 't46u',
    vendor: 'Yealink',
    model: 'T46U',
    kind: 'desk_phone',
    maxLines: 16,
    description: 'Bureautoestel met kleurenscherm en twee USB-poorten',
    oui: '249ad8',
  },
  {
    key: 'vvx450',
    vendor: 'Poly',
    model: 'VVX 450',
    kind: 'desk_phone',
    maxLines: 12,
    description: 'Bureautoestel voor intensieve bellers, 12 lijnen',
    oui: '64167f',
  },
  {
    key: 'w70b',
    vendor: 'Yealink',
    model: 'W70B',
    kind: 'dect_base',
    maxLines: 10,
    description: 'DECT-basisstation voor tot 10 handsets',
    oui: '805ec0',
  },
  {
    key: 'w56h',
    vendor: 'Yealink',
    model: 'W56H',
    kind: 'dect_handset',
    maxLines: 1,
    description: 'DECT-handset bij de W70B',
    oui: '805ec0',
  },
  {
    key: 'cp965',
    vendor: 'Yealink',
    model: 'CP965',
    kind: 'conference',
    maxLines: 1,
    description: 'Conferentietoestel voor grote vergaderruimtes',
    oui: '249ad8',
  },
  {
    key: 'ht802',
    vendor: 'Grandstream',
    model: 'HT802',
    kind: 'ata',
    maxLines: 2,
    description: 'Analoge adapter met 2 poorten (fax, deurintercom)',
    oui: '000b82',
  },
  {
    key: 'softphone',
    vendor: 'Centrale',
    model: 'Softphone',
    kind: 'softphone',
    maxLines: 1,
    description: 'De app voor computer en mobiel',
    oui: null,
  },
  {
    key: 'sim',
    vendor: 'Centrale',
    model: 'Simkaart',
    kind: 'sim',
    maxLines: 1,
    description: 'Simkaart voor mobiel bellen (Combi en Mobiel)',
    oui: null,
  },
];

/** A demo ICCID: 8931 44 and a serial, with its Luhn check digit. */
function demoIccid(serial: number): string {
  const base = `893144${String(serial).padStart(12, '0')}`;
  for (let d = 0; d < 10; d++) if (luhnValid(`${base}${d}`)) return `${base}${d}`;
  throw new Error('no Luhn digit');
}

/** How the demo names a user's device of a kind. */
const LABEL_OF: Partial<Record<DeviceKind, string>> = {
  desk_phone: 'Bureautoestel',
  sim: 'Simkaart',
  softphone: 'Softphone',
};

/** What each profile gets: Vast and Combi a desk phone (Combi a SIM too), Mobiel a SIM, Flex the softphone. */
const KIT: Record<Profile, string[]> = {
  vast: ['t46u'],
  combi: ['vvx450', 'sim'],
  mobiel: ['sim'],
  flex: ['softphone'],
};

/**
 * The demo's catalogue and devices: for most users what their profile calls with (every seventh
 * user has none yet), plus a DECT base with a handset on each site, a conference phone in
 * Amsterdam and an ATA in Maastricht; some rented, some bought. Lines get credentials whose
 * passwords nobody knows: an administrator gives a line a new one in the portal.
 */
export async function seedDemoDevices(
  tx: Tx,
  c: { enterpriseId: string; siteIds: Map<string, string>; userRows: UserRow[]; realm: string; now: Date },
): Promise<AuditRow[]> {
  const audit: AuditRow[] = [];
  const models = new Map<string, (typeof DEMO_DEVICE_MODELS)[number] & { id: string }>();
  for (const spec of DEMO_DEVICE_MODELS) {
    const row = {
      id: randomUUID(),
      vendor: spec.vendor,
      model: spec.model,
      kind: spec.kind,
      maxLines: spec.maxLines,
      description: spec.description,
      active: true,
      createdAt: c.now,
      updatedAt: c.now,
    };
    await tx.insert(deviceModels).values(row);
    models.set(spec.key, { ...spec, id: row.id });
    audit.push({
      at: c.now,
      entityType: deviceModelAudit.entityType,
      entityId: row.id,
      action: 'create',
      after: snapshot(row, deviceModelAudit.fields),
    });
  }
  let serial = 0;
  const deviceRows: (typeof devices.$inferInsert)[] = [];
  const lineRows: (typeof deviceLines.$inferInsert)[] = [];
  const add = (
    key: string,
    siteId: string,
    userId: string | null,
    label: string | null,
    lineUsers: (string | null)[],
  ) => {
    const model = models.get(key);
    if (!model) throw new Error(`no demo model ${key}`);
    serial += 1;
    const ownership: Ownership = serial % 3 === 0 ? 'bought' : 'rented';
    const month = String((serial % 12) + 1).padStart(2, '0');
    const row = {
      id: randomUUID(),
      enterpriseId: c.enterpriseId,
      siteId,
      userId,
      modelId: model.id,
      mac: model.oui ? `${model.oui}${(0x100000 + serial * 37).toString(16).slice(-6)}` : null,
      iccid: model.kind === 'sim' ? demoIccid(1000 + serial) : null,
      label,
      ownership,
      ownershipDate: `${serial % 2 === 0 ? 2025 : 2024}-${month}-01`,
      createdAt: c.now,
      updatedAt: c.now,
    };
    deviceRows.push(row);
    for (const [i, lineUser] of lineUsers.entries()) {
      const sipUsername = newSipUsername();
      const { password: _unknown, ...digests } = newCredentials(sipUsername, c.realm);
      lineRows.push({
        deviceId: row.id,
        line: i + 1,
        userId: lineUser,
        sipUsername,
        ...digests,
        credentialsSetAt: c.now,
      });
    }
    const auditRow: DeviceAuditRow = {
      ...row,
      model: `${model.vendor} ${model.model}`,
      lineUserIds: lineUsers,
    };
    audit.push({
      at: c.now,
      entityType: deviceAudit.entityType,
      entityId: row.id,
      action: 'create',
      enterpriseId: c.enterpriseId,
      siteId,
      after: snapshot(auditRow, deviceAudit.fields),
    });
  };
  for (const [i, user] of c.userRows.entries()) {
    if (user.siteId === null || i % 7 === 6) continue;
    for (const kit of KIT[user.profile]) {
      // Half the Vast users have the wifi model.
      const key = kit === 't46u' && i % 2 === 0 ? 't54w' : kit;
      const kind = models.get(key)?.kind ?? 'desk_phone';
      add(key, user.siteId, user.id, `${LABEL_OF[kind] ?? 'Toestel'} ${user.name}`, [user.id]);
    }
  }
  for (const [siteKey, siteId] of c.siteIds) {
    const site = DEMO_SITES.find((s) => s.key === siteKey)?.name ?? siteKey;
    add('w70b', siteId, null, `DECT-basis ${site}`, [null]);
    add('w56h', siteId, null, `Handset receptie ${site}`, [null]);
    if (siteKey === 'ams') add('cp965', siteId, null, 'Vergaderzaal Amstel', [null]);
    if (siteKey === 'mst') add('ht802', siteId, null, 'Fax en deurintercom', [null, null]);
  }
  for (let i = 0; i < deviceRows.length; i += 200)
    await tx.insert(devices).values(deviceRows.slice(i, i + 200));
  for (let i = 0; i < lineRows.length; i += 200)
    await tx.insert(deviceLines).values(lineRows.slice(i, i + 200));
  return audit;
}
