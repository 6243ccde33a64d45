import { type AnyColumn, and, asc, eq, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { UserFeatureSettings } from '../../../core/telephony/features';
import { arrayLiteral, bulkInsert, bulkRows } from '../../db/bulk';
import type { Executor } from '../../db/client';
import {
  accounts,
  deviceLines,
  deviceModels,
  devices,
  enterprises,
  extensions,
  numbers,
  sites,
  userBlfEntries,
  userFeatures,
  users,
} from '../../db/schema';
import { settingsOf } from '../profiles/repository';

/**
 * The provisioning form's reads and bulk writes: whole sheets in a few statements each, so a
 * 10,000-row import is a handful of round trips (chunked below PostgreSQL's 65,535 parameters).
 */
export type SiteRow = typeof sites.$inferSelect;
export type SiteInsert = typeof sites.$inferInsert;
export type UserRow = typeof users.$inferSelect;
export type NumberRow = typeof numbers.$inferSelect;
export type ExtensionRow = typeof extensions.$inferSelect;

/**
 * `column = any($1)`: a list of values as one array parameter, however long. (`inArray` makes a
 * parameter a value, which Drizzle and the driver each walk: a tenth of a 10,000-row import.)
 */
const anyOf = (column: AnyColumn, values: readonly string[], type: 'uuid' | 'text'): SQL =>
  sql`${column} = any(${sql.param(arrayLiteral(values))}::${sql.raw(type)}[])`;

const chunks = <T>(rows: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};

export async function sitesOf(db: Executor, enterpriseId: string): Promise<SiteRow[]> {
  return db
    .select()
    .from(sites)
    .where(eq(sites.enterpriseId, enterpriseId))
    .orderBy(sql`lower(${sites.name})`, asc(sites.id));
}

export async function insertSites(db: Executor, rows: (typeof sites.$inferInsert)[]): Promise<SiteRow[]> {
  const out: SiteRow[] = [];
  for (const chunk of chunks(rows, 5000)) out.push(...(await db.insert(sites).values(chunk).returning()));
  return out;
}

export async function updateSite(db: Executor, id: string, values: Partial<typeof sites.$inferInsert>) {
  const [row] = await db.update(sites).set(values).where(eq(sites.id, id)).returning();
  if (!row) throw new Error(`site ${id} vanished during an import`);
  return row;
}

/** The enterprise's users, locked when asked (an import changes them). */
export async function usersOf(db: Executor, enterpriseId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(users)
    .where(eq(users.enterpriseId, enterpriseId))
    .orderBy(sql`lower(${users.name})`, sql`lower(${users.email})`, asc(users.email), asc(users.id));
  return options.lock ? query.for('update') : query;
}

/** One array a column: the rows go as a few parameters, unnested by the database (one statement). */
const arr = (values: readonly unknown[]) => sql.param(arrayLiteral(values));
const iso = (d: Date) => d.toISOString();

export async function insertUsers(db: Executor, rows: readonly UserRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(
    bulkInsert('users', [
      { name: 'id', type: 'uuid', values: rows.map((r) => r.id) },
      { name: 'enterprise_id', type: 'uuid', values: rows.map((r) => r.enterpriseId) },
      { name: 'site_id', type: 'uuid', values: rows.map((r) => r.siteId) },
      { name: 'name', type: 'text', values: rows.map((r) => r.name) },
      { name: 'email', type: 'text', values: rows.map((r) => r.email) },
      { name: 'profile', type: 'text', values: rows.map((r) => r.profile) },
      { name: 'created_at', type: 'timestamptz', values: rows.map((r) => iso(r.createdAt)) },
      { name: 'updated_at', type: 'timestamptz', values: rows.map((r) => iso(r.updatedAt)) },
    ]),
  );
}

/** Changes many users in one statement: `UPDATE … FROM unnest(…)`. */
export async function updateUsers(
  db: Executor,
  rows: readonly { id: string; name: string; siteId: string | null; profile: string; updatedAt: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update users as u set name = v.name, site_id = v.site_id, profile = v.profile, updated_at = v.updated_at
    from unnest(${arr(rows.map((r) => r.id))}::uuid[], ${arr(rows.map((r) => r.name))}::text[],
      ${arr(rows.map((r) => r.siteId))}::uuid[], ${arr(rows.map((r) => r.profile))}::text[],
      ${arr(rows.map((r) => iso(r.updatedAt)))}::timestamptz[]) as v(id, name, site_id, profile, updated_at)
    where u.id = v.id`);
}

/** The users (of these) that have a portal login. */
export async function usersWithAccounts(db: Executor, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const found = new Set<string>();
  const rows = await db
    .select({ userId: accounts.userId })
    .from(accounts)
    .where(and(isNotNull(accounts.userId), anyOf(accounts.userId, userIds, 'uuid')));
  for (const r of rows) if (r.userId) found.add(r.userId);
  return found;
}

export async function extensionsOf(db: Executor, enterpriseId: string): Promise<ExtensionRow[]> {
  return db.select().from(extensions).where(eq(extensions.enterpriseId, enterpriseId));
}

export async function removeExtensionsOf(db: Executor, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .delete(extensions)
    .where(and(eq(extensions.assigneeType, 'user'), anyOf(extensions.assigneeId, userIds, 'uuid')));
}

export async function insertExtensions(
  db: Executor,
  rows: (typeof extensions.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(
    bulkInsert('extensions', [
      { name: 'enterprise_id', type: 'uuid', values: rows.map((r) => r.enterpriseId) },
      { name: 'extension', type: 'text', values: rows.map((r) => r.extension) },
      { name: 'assignee_type', type: 'text', values: rows.map((r) => r.assigneeType) },
      { name: 'assignee_id', type: 'uuid', values: rows.map((r) => r.assigneeId) },
      { name: 'created_at', type: 'timestamptz', values: rows.map((r) => iso(r.createdAt ?? new Date())) },
    ]),
  );
}

/** A number row as `numbersOf` reads it: one JSON array, its columns in this order. */
type NumberJson = [
  string,
  string,
  string,
  string,
  NumberRow['kind'],
  string | null,
  NumberRow['state'],
  NumberRow['assigneeType'],
  string | null,
  NumberRow['assigneeRole'],
  string | null,
  string,
];

/**
 * The enterprise's numbers: all, or those with these values; locked when asked; ordered by number.
 * They come as one JSON document of rows (`json_agg`), not a row each: a bulk import reads
 * 10,000 numbers, and a driver reading 10,000 rows of twelve columns, field by field (PGlite's
 * protocol in JavaScript most of all), took longer than the database took to find and lock them.
 */
export async function numbersOf(
  db: Executor,
  enterpriseId: string,
  options: { values?: readonly string[]; lock?: boolean } = {},
): Promise<NumberRow[]> {
  const wanted = options.values;
  const result = await db.execute(sql`
    select coalesce(json_agg(json_build_array(n.id, n.enterprise_id, n.block_id, n.number, n.kind,
      n.site_id, n.state, n.assignee_type, n.assignee_id, n.assignee_role, n.note, n.updated_at)
      order by n.number), '[]') as rows
    from (select * from ${numbers} where ${numbers.enterpriseId} = ${enterpriseId}
      ${wanted ? sql`and ${anyOf(numbers.number, wanted, 'text')}` : sql``}
      ${options.lock ? sql`for update` : sql``}) as n`);
  const [first] = (result as unknown as { rows: { rows: NumberJson[] | string }[] }).rows;
  const raw = first?.rows ?? [];
  const list: NumberJson[] = typeof raw === 'string' ? JSON.parse(raw) : raw;
  return list.map((r) => ({
    id: r[0],
    enterpriseId: r[1],
    blockId: r[2],
    number: r[3],
    kind: r[4],
    siteId: r[5],
    state: r[6],
    assigneeType: r[7],
    assigneeId: r[8],
    assigneeRole: r[9],
    note: r[10],
    updatedAt: new Date(r[11]),
  }));
}

/** The numbers users hold (fixed and mobile), locked. */
export async function numbersHeldBy(db: Executor, userIds: readonly string[]): Promise<NumberRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(numbers)
    .where(and(eq(numbers.assigneeType, 'user'), anyOf(numbers.assigneeId, userIds, 'uuid')))
    .for('update');
}

/** Sets state, assignee, site and note of many numbers, in one statement. */
export async function writeNumbers(db: Executor, rows: readonly NumberRow[]): Promise<void> {
  if (rows.length === 0) return;
  const v = bulkRows([
    { name: 'id', type: 'uuid', values: rows.map((r) => r.id) },
    { name: 'state', type: 'text', values: rows.map((r) => r.state) },
    { name: 'assignee_type', type: 'text', values: rows.map((r) => r.assigneeType) },
    { name: 'assignee_id', type: 'uuid', values: rows.map((r) => r.assigneeId) },
    { name: 'assignee_role', type: 'text', values: rows.map((r) => r.assigneeRole) },
    { name: 'site_id', type: 'uuid', values: rows.map((r) => r.siteId) },
    { name: 'note', type: 'text', values: rows.map((r) => r.note) },
    { name: 'updated_at', type: 'timestamptz', values: rows.map((r) => iso(r.updatedAt)) },
  ]);
  await db.execute(sql`
    update numbers as n set state = ${v.expr('state')}, assignee_type = ${v.expr('assignee_type')},
      assignee_id = ${v.expr('assignee_id')}, assignee_role = ${v.expr('assignee_role')},
      site_id = ${v.expr('site_id')}, note = ${v.expr('note')}, updated_at = ${v.expr('updated_at')}
    from ${v.source}
    where n.id = ${v.expr('id')}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findEnterprise(db: Executor, idOrName: string) {
  const rows = await db
    .select({ id: enterprises.id, name: enterprises.name })
    .from(enterprises)
    .where(
      UUID.test(idOrName)
        ? eq(enterprises.id, idOrName)
        : sql`lower(${enterprises.name}) = lower(${idOrName})`,
    )
    .limit(2);
  return rows.length === 1 ? (rows[0] ?? null) : null;
}

// Devices

export type DeviceRow = typeof devices.$inferSelect;
export type DeviceModelRow = typeof deviceModels.$inferSelect;
export type DeviceLineInsert = typeof deviceLines.$inferInsert;

/** The whole catalogue (a few hundred models at most). */
export async function deviceModelsAll(db: Executor): Promise<DeviceModelRow[]> {
  return db
    .select()
    .from(deviceModels)
    .orderBy(sql`lower(${deviceModels.vendor})`, sql`lower(${deviceModels.model})`);
}

/** The enterprise's devices, locked when asked (an import changes them), in the export's order. */
export async function devicesOf(db: Executor, enterpriseId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(devices)
    .where(eq(devices.enterpriseId, enterpriseId))
    .orderBy(
      asc(devices.siteId),
      sql`coalesce(${devices.mac}, ${devices.iccid}, '')`,
      sql`coalesce(lower(${devices.label}), '')`,
      asc(devices.createdAt),
      asc(devices.id),
    );
  return options.lock ? query.for('update') : query;
}

/** The lines of an enterprise's devices (user and number only: the digests are not read). */
export async function deviceLinesOf(db: Executor, enterpriseId: string) {
  return db
    .select({ deviceId: deviceLines.deviceId, line: deviceLines.line, userId: deviceLines.userId })
    .from(deviceLines)
    .innerJoin(devices, eq(devices.id, deviceLines.deviceId))
    .where(eq(devices.enterpriseId, enterpriseId))
    .orderBy(asc(deviceLines.deviceId), asc(deviceLines.line));
}

/** Which of these MACs and ICCIDs belong to devices of other enterprises (unique over all). */
export async function identifiersElsewhere(
  db: Executor,
  enterpriseId: string,
  macs: readonly string[],
  iccids: readonly string[],
): Promise<Set<string>> {
  const wanted = [
    ...(macs.length > 0 ? [anyOf(devices.mac, [...macs], 'text')] : []),
    ...(iccids.length > 0 ? [anyOf(devices.iccid, [...iccids], 'text')] : []),
  ];
  if (wanted.length === 0) return new Set();
  const rows = await db
    .select({ mac: devices.mac, iccid: devices.iccid })
    .from(devices)
    .where(and(ne(devices.enterpriseId, enterpriseId), or(...wanted)));
  return new Set(rows.flatMap((r) => [r.mac, r.iccid]).filter((v): v is string => v !== null));
}

export async function insertDevices(db: Executor, rows: readonly DeviceRow[]): Promise<void> {
  for (const chunk of chunks(rows, 4000)) await db.insert(devices).values(chunk);
}

/** Changed devices in one statement. */
export async function updateDevices(db: Executor, rows: readonly DeviceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update devices d set site_id = v.site_id, user_id = v.user_id, model_id = v.model_id, mac = v.mac,
      iccid = v.iccid, label = v.label, ownership = v.ownership, ownership_date = v.ownership_date,
      updated_at = v.updated_at
    from unnest(${arr(rows.map((r) => r.id))}::uuid[], ${arr(rows.map((r) => r.siteId))}::uuid[],
      ${arr(rows.map((r) => r.userId))}::uuid[], ${arr(rows.map((r) => r.modelId))}::uuid[],
      ${arr(rows.map((r) => r.mac))}::text[], ${arr(rows.map((r) => r.iccid))}::text[],
      ${arr(rows.map((r) => r.label))}::text[], ${arr(rows.map((r) => r.ownership))}::text[],
      ${arr(rows.map((r) => r.ownershipDate))}::date[], ${arr(rows.map((r) => iso(r.updatedAt)))}::timestamptz[])
      as v(id, site_id, user_id, model_id, mac, iccid, label, ownership, ownership_date, updated_at)
    where d.id = v.id`);
}

export async function insertDeviceLines(db: Executor, rows: readonly DeviceLineInsert[]): Promise<void> {
  for (const chunk of chunks(rows, 5000)) await db.insert(deviceLines).values(chunk);
}

/** Lines kept whose user changes, in one statement. */
export async function setDeviceLineUsers(
  db: Executor,
  rows: readonly { deviceId: string; line: number; userId: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update device_lines l set user_id = v.user_id
    from unnest(${arr(rows.map((r) => r.deviceId))}::uuid[], ${arr(rows.map((r) => r.line))}::int[],
      ${arr(rows.map((r) => r.userId))}::uuid[]) as v(device_id, line, user_id)
    where l.device_id = v.device_id and l.line = v.line`);
}

/** Lines beyond each device's new count go, in one statement. */
export async function trimDeviceLines(
  db: Executor,
  rows: readonly { deviceId: string; lines: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    delete from device_lines l
    using unnest(${arr(rows.map((r) => r.deviceId))}::uuid[], ${arr(rows.map((r) => r.lines))}::int[])
      as v(device_id, lines)
    where l.device_id = v.device_id and l.line > v.lines`);
}

// Users' features

/** The stored features of some users (those without a row have the defaults). */
export async function featuresOfUsers(db: Executor, userIds: readonly string[]) {
  const out = new Map<string, { settings: UserFeatureSettings; pinSet: boolean }>();
  if (userIds.length === 0) return out;
  const rows = await db
    .select()
    .from(userFeatures)
    .where(anyOf(userFeatures.userId, userIds, 'uuid'));
  for (const r of rows) out.set(r.userId, { settings: settingsOf(r), pinSet: r.voicemailPinHash !== null });
  return out;
}

/** The BLF lists of some users, in order. */
export async function blfOfUsers(db: Executor, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .select()
    .from(userBlfEntries)
    .where(anyOf(userBlfEntries.userId, userIds, 'uuid'))
    .orderBy(asc(userBlfEntries.userId), asc(userBlfEntries.position));
  for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), r.watchedUserId]);
  return out;
}

/** Users' settings, created or replaced (the PIN is kept), a few thousand a statement. */
export async function saveFeatures(
  db: Executor,
  rows: readonly { userId: string; settings: UserFeatureSettings }[],
  now: Date,
): Promise<void> {
  for (const chunk of chunks(rows, 2000)) {
    await db
      .insert(userFeatures)
      .values(chunk.map((r) => ({ userId: r.userId, ...r.settings, updatedAt: now })))
      .onConflictDoUpdate({
        target: userFeatures.userId,
        set: {
          language: sql`excluded.language`,
          dnd: sql`excluded.dnd`,
          callerId: sql`excluded.caller_id`,
          forwarding: sql`excluded.forwarding`,
          voicemail: sql`excluded.voicemail`,
          simultaneousRing: sql`excluded.simultaneous_ring`,
          sequentialRing: sql`excluded.sequential_ring`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
}
