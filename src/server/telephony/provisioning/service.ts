import { randomUUID } from 'node:crypto';
import { isProviderRole } from '../../../core/access/roles';
import { PROFILE_NAMES, type Profile } from '../../../core/directory/profiles';
import { DomainError, type IssueSpec } from '../../../core/errors';
import { extensionProblem, formatNational } from '../../../core/telephony/numbers';
import { KINDS_FOR_ROLE, profileHasRole } from '../../../core/telephony/profile-numbers';
import {
  changedColumns,
  type ImportResult,
  type ParsedRow,
  type PlanRow,
  parseSheet,
  type RowError,
  rowError,
  SHEET_NAMES,
  type SheetName,
  toTable,
} from '../../../core/telephony/provisioning/sheets';
import { type AuditContext, recordChanges } from '../../audit/record';
import type { Db, Executor, Tx } from '../../db/client';
import { siteAudit } from '../../directory/sites/presenter';
import { userAudit } from '../../directory/users/presenter';
import { numberAudit } from '../numbers/presenter';
import { lockSettings } from '../settings/repository';
import { type UserNumbersView, userNumbersAudit } from '../user-numbers/presenter';
import { CSV_TYPE, readCsv, readXlsx, type Tables, writeCsv, writeXlsx, XLSX_TYPE } from './files';
import * as repo from './repository';

/**
 * The provisioning form (guide §2.3): sheets of sites, users (with their extension and numbers)
 * and numbers, imported all or nothing and exported in the same columns.
 *
 * An import reads the file, checks every row against the sheet's rules (core) and then against the
 * enterprise, in one transaction that holds the enterprise's telephony settings row (so imports,
 * and changes of a user's numbers, of one enterprise take turns) and the rows it changes. Every
 * sheet's valid rows are applied even when other rows are wrong, so that the rows after them are
 * checked against what the file would make; any error, or a dry run, rolls it all back.
 */

/**
 * Who imports: a request's actor, or null for the command line (the operator at the machine,
 * audited as the system, with the provider's rights).
 */
export type Ctx = AuditContext & { db: Db };

type Record_ = Record<string, string | null>;
type Applied = { plan: PlanRow[]; errors: RowError[] };
type Apply<N extends SheetName> = (
  tx: Tx,
  ctx: Ctx,
  enterpriseId: string,
  rows: ParsedRow<N>[],
) => Promise<Applied>;

class DryRun extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

const planRow = (
  sheet: SheetName,
  row: number,
  key: string,
  before: Record_ | null,
  after: Record_,
): PlanRow => {
  const changes = before === null ? Object.keys(after) : changedColumns(before, after);
  return {
    sheet,
    row,
    key,
    action: before === null ? 'create' : changes.length > 0 ? 'update' : 'unchanged',
    changes,
  };
};

const national = (e164: string | null) => (e164 === null ? null : formatNational(e164));
const lower = (s: string) => s.toLowerCase();

// Sites

const siteRecord = (s: repo.SiteRow): Record_ => ({
  name: s.name,
  street: s.street,
  city: s.city,
  postcode: s.postcode,
  line_type: s.lineType,
  voice_channels: String(s.voiceChannels),
  codec: s.codec,
});

const applySites: Apply<'sites'> = async (tx, ctx, enterpriseId, rows) => {
  const existing = new Map((await repo.sitesOf(tx, enterpriseId)).map((s) => [lower(s.name), s]));
  const plan: PlanRow[] = [];
  const creates: repo.SiteInsert[] = [];
  const updates: { before: repo.SiteRow; after: repo.SiteRow }[] = [];
  for (const { row, values: v } of rows) {
    const before = existing.get(lower(v.name)) ?? null;
    const fields = {
      name: v.name,
      street: v.street,
      city: v.city,
      postcode: v.postcode,
      lineType: v.line_type,
      voiceChannels: v.voice_channels,
      codec: v.codec,
    };
    const after = siteRecord({
      ...(before ?? { id: '', enterpriseId, createdAt: ctx.now, updatedAt: ctx.now }),
      ...fields,
    });
    const p = planRow('sites', row, v.name, before && siteRecord(before), after);
    plan.push(p);
    if (before === null)
      creates.push({ id: randomUUID(), enterpriseId, ...fields, createdAt: ctx.now, updatedAt: ctx.now });
    else if (p.action === 'update') {
      updates.push({
        before,
        after: await repo.updateSite(tx, before.id, { ...fields, updatedAt: ctx.now }),
      });
    }
  }
  const created = await repo.insertSites(tx, creates);
  await recordChanges(tx, ctx, siteAudit, [
    ...created.map((after) => ({ action: 'create' as const, after })),
    ...updates.map((u) => ({ action: 'update', ...u })),
  ]);
  return { plan, errors: [] };
};

// Users

type Held = { extension: string | null; fixed: repo.NumberRow | null; mobile: repo.NumberRow | null };

const userRecord = (
  u: { name: string; email: string | null; profile: Profile },
  site: string | null,
  held: Held,
): Record_ => ({
  name: u.name,
  email: u.email,
  site,
  profile: PROFILE_NAMES[u.profile],
  extension: held.extension,
  number: national(held.fixed?.number ?? null),
  mobile: national(held.mobile?.number ?? null),
});

const numbersView = (
  user: { id: string; enterpriseId: string; siteId: string | null },
  held: Held,
): UserNumbersView => ({
  userId: user.id,
  enterpriseId: user.enterpriseId,
  siteId: user.siteId,
  extension: held.extension,
  fixed: held.fixed && { id: held.fixed.id, number: held.fixed.number },
  mobile: held.mobile && { id: held.mobile.id, number: held.mobile.number },
});

async function heldByUsers(tx: Executor, enterpriseId: string, userIds: readonly string[]) {
  const held = new Map<string, Held>();
  const of = (id: string) => {
    let h = held.get(id);
    if (h === undefined) {
      h = { extension: null, fixed: null, mobile: null };
      held.set(id, h);
    }
    return h;
  };
  for (const e of await repo.extensionsOf(tx, enterpriseId))
    if (e.assigneeType === 'user') of(e.assigneeId).extension = e.extension;
  for (const n of await repo.numbersHeldBy(tx, userIds)) {
    if (n.assigneeId && (n.assigneeRole === 'fixed' || n.assigneeRole === 'mobile'))
      of(n.assigneeId)[n.assigneeRole] = n;
  }
  return { held, of };
}

const applyUsers: Apply<'users'> = async (tx, ctx, enterpriseId, rows) => {
  const settings = await lockSettings(tx, enterpriseId, ctx.now);
  const sites = new Map((await repo.sitesOf(tx, enterpriseId)).map((s) => [lower(s.name), s]));
  const siteName = new Map([...sites.values()].map((s) => [s.id, s.name]));
  const users = await repo.usersOf(tx, enterpriseId, { lock: true });
  const byEmail = new Map(users.filter((u) => u.email !== null).map((u) => [u.email as string, u]));
  const { of } = await heldByUsers(
    tx,
    enterpriseId,
    users.map((u) => u.id),
  );
  const extensionHolder = new Map<string, string>();
  for (const e of await repo.extensionsOf(tx, enterpriseId))
    extensionHolder.set(e.extension, `${e.assigneeType}:${e.assigneeId}`);
  const wantedNumbers = rows
    .flatMap((r) => [r.values.number, r.values.mobile])
    .filter((n): n is string => n !== null);
  const plan = new Map(
    (await repo.numbersOf(tx, enterpriseId, { values: wantedNumbers, lock: true })).map((n) => [n.number, n]),
  );
  const profileChanges = rows
    .map((r) => ({ r, u: byEmail.get(r.values.email) }))
    .filter(({ r, u }) => u !== undefined && r.values.profile === 'mobiel' && u.profile !== 'mobiel')
    .map(({ u }) => (u as repo.UserRow).id);
  const withLogin = await repo.usersWithAccounts(tx, profileChanges);

  const errors: RowError[] = [];
  const out: PlanRow[] = [];
  const creates: repo.UserRow[] = [];
  const updates: { before: repo.UserRow; after: repo.UserRow }[] = [];
  const numberChanges: { user: repo.UserRow; before: Held; after: Held }[] = [];
  for (const { row, values: v } of rows) {
    const fail = (column: string, spec: IssueSpec) => errors.push(rowError('users', row, column, spec));
    const count = errors.length;
    const before = byEmail.get(v.email) ?? null;
    const site = v.site === null ? null : (sites.get(lower(v.site)) ?? null);
    if (v.site !== null && site === null) fail('site', 'site_unknown');
    if (
      before !== null &&
      before.profile !== v.profile &&
      ctx.actor !== null &&
      !isProviderRole(ctx.actor.role)
    ) {
      fail('profile', 'profile_change_request');
    }
    if (before !== null && withLogin.has(before.id)) fail('profile', 'user_has_login_no_mobiel');
    const id = before?.id ?? randomUUID();
    const siteId = site?.id ?? null;
    if (v.extension !== null) {
      const problem = extensionProblem(v.extension, settings.extensionLength);
      const holder = extensionHolder.get(v.extension);
      if (problem) fail('extension', { code: problem, params: { length: settings.extensionLength } });
      else if (holder !== undefined && holder !== `user:${id}`) fail('extension', 'extension_taken');
    }
    const was: Held = before ? of(before.id) : { extension: null, fixed: null, mobile: null };
    const now: Held = { extension: v.extension, fixed: null, mobile: null };
    for (const [column, role] of [
      ['number', 'fixed'],
      ['mobile', 'mobile'],
    ] as const) {
      const value = v[column];
      if (value === null) continue;
      const found = plan.get(value);
      const mine = found?.assigneeType === 'user' && found.assigneeId === id && found.assigneeRole === role;
      if (!profileHasRole(v.profile, role))
        fail(column, { code: 'number_not_in_profile', params: { profile: PROFILE_NAMES[v.profile] } });
      else if (found === undefined) fail(column, 'number_not_in_plan');
      else if (!KINDS_FOR_ROLE[role].includes(found.kind))
        fail(column, { code: 'number_kind_for_role', params: { kind: role } });
      else if (!mine && found.state !== 'free') fail(column, 'number_taken');
      else if (!mine && found.siteId !== null && found.siteId !== siteId) fail(column, 'number_other_site');
      else now[role] = found;
    }
    if (errors.length > count) continue;
    const after: repo.UserRow = {
      ...(before ?? { id, enterpriseId, createdAt: ctx.now, email: v.email }),
      name: v.name,
      siteId,
      profile: v.profile,
      updatedAt: ctx.now,
    };
    const p = planRow(
      'users',
      row,
      v.email,
      before && userRecord(before, before.siteId ? (siteName.get(before.siteId) ?? null) : null, was),
      userRecord(after, site?.name ?? null, now),
    );
    out.push(p);
    if (p.action === 'unchanged') continue;
    if (before === null) creates.push(after);
    else if (
      before.name !== after.name ||
      before.siteId !== after.siteId ||
      before.profile !== after.profile
    ) {
      updates.push({ before, after });
    }
    // Claimed here already, so a later row of the file finds them taken.
    if (was.extension !== null) extensionHolder.delete(was.extension);
    if (now.extension !== null) extensionHolder.set(now.extension, `user:${id}`);
    for (const n of [now.fixed, now.mobile]) {
      if (n) plan.set(n.number, { ...n, state: 'assigned', assigneeType: 'user', assigneeId: id });
    }
    if (
      was.extension !== now.extension ||
      was.fixed?.id !== now.fixed?.id ||
      was.mobile?.id !== now.mobile?.id ||
      before?.siteId !== siteId
    ) {
      numberChanges.push({ user: after, before: was, after: now });
    }
  }

  await repo.insertUsers(tx, creates);
  await repo.updateUsers(
    tx,
    updates.map((u) => u.after),
  );
  // Extensions and numbers: what goes first, then what comes, so no unique index sees two at once.
  const changed = numberChanges.filter((c) => c.before.extension !== c.after.extension);
  await repo.removeExtensionsOf(
    tx,
    changed.map((c) => c.user.id),
  );
  await repo.insertExtensions(
    tx,
    changed
      .filter((c) => c.after.extension !== null)
      .map((c) => ({
        enterpriseId,
        extension: c.after.extension as string,
        assigneeType: 'user' as const,
        assigneeId: c.user.id,
        createdAt: ctx.now,
      })),
  );
  const released: repo.NumberRow[] = [];
  const taken: repo.NumberRow[] = [];
  const moved: { before: repo.NumberRow; after: repo.NumberRow }[] = [];
  for (const c of numberChanges) {
    for (const role of ['fixed', 'mobile'] as const) {
      const was = c.before[role];
      const now = c.after[role];
      if (was && was.id !== now?.id) {
        released.push({
          ...was,
          state: 'free',
          assigneeType: null,
          assigneeId: null,
          assigneeRole: null,
          updatedAt: ctx.now,
        });
      }
      if (now && now.id !== was?.id) {
        taken.push({
          ...now,
          state: 'assigned',
          assigneeType: 'user',
          assigneeId: c.user.id,
          assigneeRole: role,
          updatedAt: ctx.now,
        });
      } else if (now && was && now.siteId !== null && now.siteId !== c.user.siteId) {
        // A user moved to another site takes its numbers along (as users' own moves do).
        const after = { ...now, siteId: c.user.siteId, updatedAt: ctx.now };
        taken.push(after);
        moved.push({ before: now, after });
      }
    }
  }
  await repo.writeNumbers(tx, released);
  await repo.writeNumbers(tx, taken);

  await recordChanges(tx, ctx, userAudit, [
    ...creates.map((after) => ({ action: 'create' as const, after })),
    ...updates.map((u) => ({ action: 'update', ...u })),
  ]);
  await recordChanges(
    tx,
    ctx,
    userNumbersAudit,
    numberChanges
      .filter(
        (c) =>
          c.before.extension !== c.after.extension ||
          c.before.fixed?.id !== c.after.fixed?.id ||
          c.before.mobile?.id !== c.after.mobile?.id,
      )
      .map((c) => ({
        action: 'update',
        before: numbersView(c.user, c.before),
        after: numbersView(c.user, c.after),
      })),
  );
  await recordChanges(
    tx,
    ctx,
    numberAudit,
    moved.map((m) => ({ action: 'update', ...m })),
  );
  return { plan: out, errors };
};

// Numbers

const numberRecord = (n: repo.NumberRow, site: string | null, assignee: string | null): Record_ => ({
  number: formatNational(n.number),
  state: n.state,
  site,
  assignee,
  note: n.note,
});

const applyNumbers: Apply<'numbers'> = async (tx, ctx, enterpriseId, rows) => {
  const sites = new Map((await repo.sitesOf(tx, enterpriseId)).map((s) => [lower(s.name), s]));
  const siteName = new Map([...sites.values()].map((s) => [s.id, s.name]));
  const users = await repo.usersOf(tx, enterpriseId);
  const userById = new Map(users.map((u) => [u.id, u]));
  const found = new Map(
    (await repo.numbersOf(tx, enterpriseId, { values: rows.map((r) => r.values.number), lock: true })).map(
      (n) => [n.number, n],
    ),
  );
  const errors: RowError[] = [];
  const plan: PlanRow[] = [];
  const changes: { before: repo.NumberRow; after: repo.NumberRow }[] = [];
  for (const { row, values: v } of rows) {
    const fail = (column: string, spec: IssueSpec) => errors.push(rowError('numbers', row, column, spec));
    const count = errors.length;
    const before = found.get(v.number);
    const site = v.site === null ? null : (sites.get(lower(v.site)) ?? null);
    if (v.site !== null && site === null) fail('site', 'site_unknown');
    if (before === undefined) {
      fail('number', 'number_not_in_plan');
      continue;
    }
    const holder =
      before.assigneeType === 'user' && before.assigneeId ? (userById.get(before.assigneeId) ?? null) : null;
    const holderEmail = holder?.email ?? null;
    if (before.state === 'assigned') {
      if (v.state !== 'assigned') fail('state', 'number_assigned');
      else if (v.assignee !== holderEmail) fail('assignee', 'number_assign_on_users');
      else if (site !== null && holder !== null && holder.siteId !== site.id)
        fail('site', 'number_other_site');
    } else if (v.state === 'assigned' || v.assignee !== null) {
      fail(v.state === 'assigned' ? 'state' : 'assignee', 'number_assign_on_users');
    }
    if (errors.length > count) continue;
    const after: repo.NumberRow = {
      ...before,
      state: v.state,
      siteId: site?.id ?? null,
      note: v.note,
      updatedAt: ctx.now,
    };
    const beforeSite = before.siteId ? (siteName.get(before.siteId) ?? null) : null;
    const p = planRow(
      'numbers',
      row,
      formatNational(v.number),
      numberRecord(before, beforeSite, holderEmail),
      numberRecord(after, site?.name ?? null, holderEmail),
    );
    plan.push(p);
    if (p.action === 'update') changes.push({ before, after });
  }
  await repo.writeNumbers(
    tx,
    changes.map((c) => c.after),
  );
  await recordChanges(
    tx,
    ctx,
    numberAudit,
    changes.map((c) => ({ action: 'update', ...c })),
  );
  return { plan, errors };
};

/** The registry's server side: how each sheet is applied and exported (devices: add one entry each). */
const APPLY: { [N in SheetName]: Apply<N> } = { sites: applySites, users: applyUsers, numbers: applyNumbers };

const EXPORT: Record<SheetName, (db: Executor, enterpriseId: string) => Promise<Record_[]>> = {
  sites: async (db, enterpriseId) => (await repo.sitesOf(db, enterpriseId)).map(siteRecord),
  users: async (db, enterpriseId) => {
    const users = await repo.usersOf(db, enterpriseId);
    const siteName = new Map((await repo.sitesOf(db, enterpriseId)).map((s) => [s.id, s.name]));
    const { of } = await heldByUsers(
      db,
      enterpriseId,
      users.map((u) => u.id),
    );
    return users.map((u) => userRecord(u, u.siteId ? (siteName.get(u.siteId) ?? null) : null, of(u.id)));
  },
  numbers: async (db, enterpriseId) => {
    const siteName = new Map((await repo.sitesOf(db, enterpriseId)).map((s) => [s.id, s.name]));
    const email = new Map((await repo.usersOf(db, enterpriseId)).map((u) => [u.id, u.email]));
    return (await repo.numbersOf(db, enterpriseId)).map((n) =>
      numberRecord(
        n,
        n.siteId ? (siteName.get(n.siteId) ?? null) : null,
        n.assigneeId ? (email.get(n.assigneeId) ?? null) : null,
      ),
    );
  },
};

export type ImportInput = {
  contentType: string;
  body: Buffer;
  sheet: SheetName | undefined;
  dryRun: boolean;
};

async function tablesOf(input: ImportInput): Promise<{ tables: Tables; errors: RowError[] }> {
  if (input.contentType === XLSX_TYPE) {
    const all = await readXlsx(input.body);
    if (input.sheet === undefined) return { tables: all, errors: [] };
    const table = all[input.sheet];
    if (table === undefined) throw new DomainError('unprocessable', { reason: 'import_no_sheet' });
    return { tables: { [input.sheet]: table }, errors: [] };
  }
  if (input.sheet === undefined)
    throw new DomainError('validation_failed', { fields: { sheet: 'import_sheet_required' } });
  const read = readCsv(input.body, input.sheet);
  if ('errors' in read) return { tables: {}, errors: read.errors };
  return { tables: { [input.sheet]: read.table }, errors: [] };
}

/**
 * Imports a file: every sheet in it, all or nothing. A dry run does the same work and rolls it
 * back, so it answers exactly what the import would change. Every wrong row is reported
 * (`import_invalid`, 422), and nothing changes.
 */
export async function importFile(ctx: Ctx, enterpriseId: string, input: ImportInput): Promise<ImportResult> {
  const { tables, errors } = await tablesOf(input);
  const parsed = SHEET_NAMES.filter((n) => tables[n] !== undefined).map((name) => {
    const result = parseSheet(name, tables[name] ?? []);
    errors.push(...result.errors);
    return { name, rows: result.rows };
  });
  try {
    return await ctx.db.transaction(async (tx) => {
      // Imports (and a user's number changes) of one enterprise take turns on its settings row.
      await lockSettings(tx, enterpriseId, ctx.now);
      const plan: PlanRow[] = [];
      for (const { name, rows } of parsed) {
        const applied = await (APPLY[name] as Apply<SheetName>)(
          tx,
          ctx,
          enterpriseId,
          rows as ParsedRow<SheetName>[],
        );
        plan.push(...applied.plan);
        errors.push(...applied.errors);
      }
      if (errors.length > 0) {
        const order = (s: SheetName) => SHEET_NAMES.indexOf(s);
        errors.sort((a, b) => order(a.sheet) - order(b.sheet) || a.row - b.row);
        throw new DomainError('import_invalid', { rows: errors });
      }
      const counts = { create: 0, update: 0, unchanged: 0 };
      for (const p of plan) counts[p.action] += 1;
      const result: ImportResult = { dryRun: input.dryRun, counts, rows: plan };
      // A dry run rolls back what it did: it answers exactly what the import would change.
      if (input.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (err) {
    if (err instanceof DryRun) return err.result;
    throw err;
  }
}

/** An enterprise by its id or (case-insensitive) name, for the command line. */
export async function findEnterprise(db: Db, idOrName: string): Promise<{ id: string; name: string } | null> {
  return repo.findEnterprise(db, idOrName);
}

export async function exportSheet(
  ctx: Ctx,
  enterpriseId: string,
  sheet: SheetName | undefined,
  format: 'csv' | 'xlsx',
  options: { template?: boolean } = {},
): Promise<{ contentType: string; body: string | Buffer; filename: string }> {
  const names = sheet ? [sheet] : [...SHEET_NAMES];
  const sheets = await Promise.all(
    names.map(async (name) => ({
      name,
      table: toTable(name, options.template ? [] : await EXPORT[name](ctx.db, enterpriseId)),
    })),
  );
  const base = options.template ? 'template' : 'export';
  if (format === 'csv') {
    const [first] = sheets;
    if (!first) throw new Error('no sheet to export');
    return {
      contentType: `${CSV_TYPE}; charset=utf-8`,
      body: writeCsv(first.table),
      filename: `${base}-${first.name}.csv`,
    };
  }
  return {
    contentType: XLSX_TYPE,
    body: await writeXlsx(sheets),
    filename: `${base}${sheet ? `-${sheet}` : ''}.xlsx`,
  };
}
