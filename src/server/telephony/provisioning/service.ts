import { randomUUID } from 'node:crypto';
import { isProviderRole } from '../../../core/access/roles';
import { PROFILE_NAMES, type Profile } from '../../../core/directory/profiles';
import { DomainError, type IssueSpec } from '../../../core/errors';
import { barredDestinations } from '../../../core/telephony/barred-destinations';
import { deviceProblems, formatMac } from '../../../core/telephony/devices';
import type { Feature } from '../../../core/telephony/feature-matrix';
import {
  BLF_HARD_LIMIT,
  checkUserFeatures,
  DEFAULT_AFTER_SECONDS,
  DEFAULT_SETTINGS,
  type UserFeatureSettings,
  type UserFeaturesInput,
} from '../../../core/telephony/features';
import { extensionProblem, formatNational } from '../../../core/telephony/numbers';
import { KINDS_FOR_ROLE, profileHasRole } from '../../../core/telephony/profile-numbers';
import {
  callerIdCell,
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
  USER_FEATURE_COLUMNS,
} from '../../../core/telephony/provisioning/sheets';
import { type AuditContext, auditEventsOf, recordChanges, recordEvents } from '../../audit/record';
import type { Db, Executor, Tx } from '../../db/client';
import { siteAudit } from '../../directory/sites/presenter';
import { userAudit } from '../../directory/users/presenter';
import * as restrictions from '../call-restrictions/repository';
import { type DeviceAuditRow, deviceAudit } from '../devices/presenter';
import { newCredentials, newSipUsername } from '../devices/sip-credentials';
import { findHuntGroup } from '../hunt-groups/repository';
import { numberAudit } from '../numbers/presenter';
import { lockProfile } from '../profiles/repository';
import { queueRolesOfChanges } from '../queue-agents/service';
import { lockSettings } from '../settings/repository';
import { auditViewOf, userFeaturesAudit } from '../user-features/presenter';
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
/** An import also makes SIP credentials (new device lines), in the registrar's realm. */
export type ImportCtx = Ctx & { sipRealm: string };

type Record_ = Record<string, string | null>;
type Applied = { plan: PlanRow[]; errors: RowError[]; newSipLines?: number };
type Apply<N extends SheetName> = (
  tx: Tx,
  ctx: ImportCtx,
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

/**
 * A stored number's national form (an export's cells, a numbers row's key), each number read once
 * (libphonenumber's formatting is its slowest part).
 */
const nationalForms = new Map<string, string>();
const national = (e164: string | null): string | null => {
  if (e164 === null) return null;
  let out = nationalForms.get(e164);
  if (out === undefined) {
    if (nationalForms.size > 200_000) nationalForms.clear();
    out = formatNational(e164);
    nationalForms.set(e164, out);
  }
  return out;
};
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

/**
 * How a record writes a stored number: as the file does (`file`: its national form, for an export)
 * or as stored (`stored`: E.164). An import only compares the records of a row before and after,
 * and a number's stored form differs exactly when the number does: it reads no national forms.
 */
type NumberForm = 'file' | 'stored';
const numberIn = (form: NumberForm, e164: string | null): string | null =>
  form === 'file' ? national(e164) : e164;

/** A forwarding's destination as the file writes it: a number in its national form; empty is off. */
const destinationCell = (
  entry: { enabled: boolean; destination: string },
  form: NumberForm,
): string | null =>
  !entry.enabled || entry.destination === ''
    ? null
    : entry.destination.startsWith('+')
      ? (numberIn(form, entry.destination) ?? entry.destination)
      : entry.destination;

/** The cells of a user's features; one object a settings and form (most users share the defaults). */
const featureRecords: Record<NumberForm, WeakMap<UserFeatureSettings, Record_>> = {
  file: new WeakMap(),
  stored: new WeakMap(),
};
const featureRecord = (f: UserFeatureSettings, form: NumberForm): Record_ => {
  let out = featureRecords[form].get(f);
  if (out === undefined) {
    out = featureCells(f, form);
    featureRecords[form].set(f, out);
  }
  return out;
};

const featureCells = (f: UserFeatureSettings, form: NumberForm): Record_ => ({
  dnd: f.dnd ? 'yes' : 'no',
  forward_always: destinationCell(f.forwarding.always, form),
  forward_busy: destinationCell(f.forwarding.busy, form),
  forward_no_answer: destinationCell(f.forwarding.noAnswer, form),
  forward_no_answer_seconds: String(f.forwarding.noAnswer.afterSeconds ?? DEFAULT_AFTER_SECONDS),
  forward_unreachable: destinationCell(f.forwarding.unreachable, form),
  voicemail: f.voicemail.enabled ? 'on' : 'off',
  caller_id: callerIdCell(f.callerId),
});

const userRecord = (
  u: { name: string; email: string | null; profile: Profile },
  site: string | null,
  held: Held,
  features: UserFeatureSettings,
  form: NumberForm,
): Record_ => ({
  name: u.name,
  email: u.email,
  site,
  profile: PROFILE_NAMES[u.profile],
  extension: held.extension,
  number: numberIn(form, held.fixed?.number ?? null),
  mobile: numberIn(form, held.mobile?.number ?? null),
  ...featureRecord(features, form),
});

/** Where the feature rules name a field, the users sheet has a column. */
const FEATURE_COLUMN_OF: Readonly<Record<string, string>> = {
  dnd: 'dnd',
  'voicemail.enabled': 'voicemail',
  'forwarding.always.enabled': 'forward_always',
  'forwarding.always.destination': 'forward_always',
  'forwarding.busy.enabled': 'forward_busy',
  'forwarding.busy.destination': 'forward_busy',
  'forwarding.noAnswer.enabled': 'forward_no_answer',
  'forwarding.noAnswer.destination': 'forward_no_answer',
  'forwarding.noAnswer.afterSeconds': 'forward_no_answer_seconds',
  'forwarding.unreachable.enabled': 'forward_unreachable',
  'forwarding.unreachable.destination': 'forward_unreachable',
  callerId: 'caller_id',
};

type Forward = { enabled: boolean; destination: string };
/** A forwarding from its cell: left out, as it was; empty, off; else on to that destination. */
const forwardOf = (cell: string | undefined, current: Forward): Forward =>
  cell === undefined ? current : { enabled: cell !== '', destination: cell };

/** The features a users row asks for, on top of the user's current ones (columns left out stay). */
function featureInput(
  v: ParsedRow<'users'>['values'],
  current: UserFeatureSettings,
  blf: string[],
): UserFeaturesInput {
  const f = current.forwarding;
  return {
    ...current,
    dnd: v.dnd ?? current.dnd,
    forwarding: {
      always: forwardOf(v.forward_always, f.always),
      busy: forwardOf(v.forward_busy, f.busy),
      noAnswer: {
        ...forwardOf(v.forward_no_answer, f.noAnswer),
        afterSeconds:
          v.forward_no_answer_seconds === undefined
            ? f.noAnswer.afterSeconds
            : (v.forward_no_answer_seconds ?? DEFAULT_AFTER_SECONDS),
      },
      unreachable: forwardOf(v.forward_unreachable, f.unreachable),
    },
    voicemail: { ...current.voicemail, enabled: v.voicemail ?? current.voicemail.enabled },
    callerId: v.caller_id ?? current.callerId,
    blf,
  };
}

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
  const extensions = await repo.extensionsOf(tx, enterpriseId);
  for (const e of extensions) if (e.assigneeType === 'user') of(e.assigneeId).extension = e.extension;
  for (const n of await repo.numbersHeldBy(tx, userIds)) {
    if (n.assigneeId && (n.assigneeRole === 'fixed' || n.assigneeRole === 'mobile'))
      of(n.assigneeId)[n.assigneeRole] = n;
  }
  return { held, of, extensions };
}

/** The users sheet's number columns and the part each number plays for its user. */
const NUMBER_COLUMNS = [
  ['number', 'fixed'],
  ['mobile', 'mobile'],
] as const;

const applyUsers: Apply<'users'> = async (tx, ctx, enterpriseId, rows) => {
  const settings = await lockSettings(tx, enterpriseId, ctx.now);
  const sites = new Map((await repo.sitesOf(tx, enterpriseId)).map((s) => [lower(s.name), s]));
  const siteName = new Map([...sites.values()].map((s) => [s.id, s.name]));
  const users = await repo.usersOf(tx, enterpriseId, { lock: true });
  const byEmail = new Map(users.filter((u) => u.email !== null).map((u) => [u.email as string, u]));
  const { of, extensions } = await heldByUsers(
    tx,
    enterpriseId,
    users.map((u) => u.id),
  );
  // Every extension of the enterprise (users', groups', attendants', queues'), by who holds it.
  const extensionHolder = new Map<string, string>();
  for (const e of extensions) extensionHolder.set(e.extension, `${e.assigneeType}:${e.assigneeId}`);
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
  // A profile change must keep the feature of each queue role the user holds (as in the users' API).
  const queueRoles = await queueRolesOfChanges(
    tx,
    rows.flatMap((r) => {
      const u = byEmail.get(r.values.email);
      return u !== undefined && r.values.profile !== u.profile
        ? [{ userId: u.id, profile: r.values.profile }]
        : [];
    }),
    ctx.now,
  );
  const userIds = users.map((u) => u.id);
  const storedFeatures = await repo.featuresOfUsers(tx, userIds);
  const featuresOf = (id: string) => storedFeatures.get(id)?.settings ?? DEFAULT_SETTINGS;
  const withFeatures = rows.filter((r) => USER_FEATURE_COLUMNS.some((c) => r.values[c] !== undefined));
  const blfLists = withFeatures.length > 0 ? await repo.blfOfUsers(tx, userIds) : new Map<string, string[]>();
  // The profiles' lines of the matrix the rows' features are checked against, share-locked.
  const included = new Map<Profile, Feature[]>();
  for (const profile of new Set(withFeatures.map((r) => r.values.profile)))
    included.set(profile, await lockProfile(tx, profile, 'share', ctx.now));
  // Forwarding to an outside number is an outgoing call: each user's call restrictions decide it.
  const barring =
    withFeatures.length === 0
      ? null
      : {
          // Share-locked, as the features API does: a change of the default checks forwardings after.
          enterpriseDefault: await restrictions.shareEnterpriseDefault(tx, enterpriseId, ctx.now),
          own: await restrictions.usersOwnOf(tx, enterpriseId),
          ownNumbers: new Set((await repo.numbersOf(tx, enterpriseId)).map((n) => n.number)),
        };
  const allUserIds = new Set(userIds);
  const fileExtensions = rows.map((r) => r.values.extension).filter((e): e is string => e !== null);

  const errors: RowError[] = [];
  const out: PlanRow[] = [];
  const creates: repo.UserRow[] = [];
  const updates: { before: repo.UserRow; after: repo.UserRow }[] = [];
  const numberChanges: { user: repo.UserRow; before: Held; after: Held }[] = [];
  const featureChanges: {
    user: repo.UserRow;
    before: UserFeatureSettings;
    after: UserFeatureSettings;
    blf: string[];
  }[] = [];
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
    const lacking = before === null ? undefined : queueRoles.get(before.id);
    if (lacking !== undefined) fail('profile', lacking);
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
    for (const [column, role] of NUMBER_COLUMNS) {
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
    const currentFeatures = before ? featuresOf(before.id) : DEFAULT_SETTINGS;
    let features = currentFeatures;
    if (USER_FEATURE_COLUMNS.some((c) => v[c] !== undefined) && errors.length === count) {
      const blf = blfLists.get(id) ?? [];
      const checked = checkUserFeatures(featureInput(v, currentFeatures, blf), {
        profile: v.profile,
        included: included.get(v.profile) ?? [],
        extensionLength: settings.extensionLength,
        userId: id,
        ownExtension: now.extension,
        ownFixed: now.fixed?.number ?? null,
        ownMobile: now.mobile?.number ?? null,
        knownExtensions: new Set([...extensionHolder.keys(), ...fileExtensions]),
        enterpriseUsers: allUserIds,
        maxBlf: BLF_HARD_LIMIT,
      });
      const problems = checked.ok
        ? barring === null
          ? {}
          : barredDestinations(checked.settings, barring.own.get(id) ?? barring.enterpriseDefault, {
              extensionLength: settings.extensionLength,
              ownNumbers: barring.ownNumbers,
            })
        : checked.fields;
      for (const [path, spec] of Object.entries(problems)) fail(FEATURE_COLUMN_OF[path] ?? '', spec);
      if (checked.ok && Object.keys(problems).length === 0) features = checked.settings;
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
      before &&
        userRecord(
          before,
          before.siteId ? (siteName.get(before.siteId) ?? null) : null,
          was,
          currentFeatures,
          'stored',
        ),
      userRecord(after, site?.name ?? null, now, features, 'stored'),
    );
    out.push(p);
    if (p.action === 'unchanged') continue;
    // A new user without features set keeps the defaults, without a row of its own.
    if (
      features !== currentFeatures &&
      changedColumns(featureRecord(currentFeatures, 'stored'), featureRecord(features, 'stored')).length > 0
    )
      featureChanges.push({
        user: after,
        before: currentFeatures,
        after: features,
        blf: blfLists.get(id) ?? [],
      });
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
  // Extensions and numbers: what goes first, then what comes, so no unique index sees two at once.
  const changed = numberChanges.filter((c) => c.before.extension !== c.after.extension);
  const extensionRows = changed
    .filter((c) => c.after.extension !== null)
    .map((c) => ({
      enterpriseId,
      extension: c.after.extension as string,
      assigneeType: 'user' as const,
      assigneeId: c.user.id,
      createdAt: ctx.now,
    }));
  // The writes go to the database one after another; while it works on them (PostgreSQL is
  // another process), the audit records are made below, and go last, in one statement.
  const writing = (async () => {
    await repo.insertUsers(tx, creates);
    await repo.updateUsers(
      tx,
      updates.map((u) => u.after),
    );
    await repo.removeExtensionsOf(
      tx,
      changed.filter((c) => c.before.extension !== null).map((c) => c.user.id),
    );
    await repo.insertExtensions(tx, extensionRows);
    await repo.writeNumbers(tx, released);
    await repo.writeNumbers(tx, taken);
    await repo.saveFeatures(
      tx,
      featureChanges.map((c) => ({ userId: c.user.id, settings: c.after })),
      ctx.now,
    );
  })();
  // (Should making them fail, the writes are awaited all the same: never a promise left unheard.)
  const events = await recordsWhile(writing, () => userEventsOf());
  await recordEvents(tx, events);
  return { plan: out, errors };

  function userEventsOf() {
    const featureView = (c: (typeof featureChanges)[number], features: UserFeatureSettings) =>
      auditViewOf(
        {
          userId: c.user.id,
          enterpriseId,
          siteId: c.user.siteId,
          profile: c.user.profile,
          included: included.get(c.user.profile) ?? [],
          settings: features,
          pinSet: storedFeatures.get(c.user.id)?.pinSet ?? false,
          blf: c.blf,
        },
        storedFeatures.get(c.user.id)?.pinSet ? 'set' : 'none',
      );
    const events = [
      ...auditEventsOf(ctx, userAudit, [
        ...creates.map((after) => ({ action: 'create' as const, after })),
        ...updates.map((u) => ({ action: 'update', ...u })),
      ]),
      ...auditEventsOf(
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
      ),
      ...auditEventsOf(
        ctx,
        numberAudit,
        moved.map((m) => ({ action: 'update', ...m })),
      ),
      ...auditEventsOf(
        ctx,
        userFeaturesAudit,
        featureChanges.map((c) => ({
          action: 'update',
          before: featureView(c, c.before),
          after: featureView(c, c.after),
        })),
      ),
    ];
    return events;
  }
};

/** Makes a bulk's audit records while its writes run; answers them once the writes are done. */
async function recordsWhile<T>(writing: Promise<void>, make: () => T): Promise<T> {
  let made: T;
  try {
    made = make();
  } catch (err) {
    await writing.catch(() => undefined);
    throw err;
  }
  await writing;
  return made;
}

// Numbers

const numberRecord = (
  n: repo.NumberRow,
  site: string | null,
  assignee: string | null,
  form: NumberForm,
): Record_ => ({
  number: numberIn(form, n.number),
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
      else if (site !== null && before.assigneeType === 'hunt_group' && before.assigneeId !== null) {
        // A hunt group's number stays on the group's site.
        const group = await findHuntGroup(tx, before.assigneeId);
        if (group?.siteId !== site.id) fail('site', 'number_other_site');
      }
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
      national(v.number) ?? v.number,
      numberRecord(before, beforeSite, holderEmail, 'stored'),
      numberRecord(after, site?.name ?? null, holderEmail, 'stored'),
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

// Devices

const modelName = (m: { vendor: string; model: string }) => `${m.vendor} ${m.model}`;

const deviceRecord = (
  d: repo.DeviceRow,
  site: string | null,
  model: string | null,
  user: string | null,
  lines: number,
): Record_ => ({
  site,
  model,
  mac: d.mac === null ? null : formatMac(d.mac),
  iccid: d.iccid,
  label: d.label,
  user,
  ownership: d.ownership,
  ownership_date: d.ownershipDate,
  lines: String(lines),
});

/** A softphone has no identifier: it is known by its label and its user. */
const softphoneKey = (label: string | null, userId: string | null) =>
  `${(label ?? '').toLowerCase()}|${userId ?? ''}`;

/**
 * Devices by MAC, ICCID or (a softphone) label and user; the devices API's rules per row (core
 * `deviceProblems`, the model active for a new device or a change of model, the user one of the
 * enterprise's, a MAC or ICCID of no other enterprise's device). All lines are the device's
 * user's: kept lines that were the former user's go to the new one, lines beyond the count go,
 * new lines get new SIP credentials (digests only: their passwords are set in the portal).
 */
const applyDevices: Apply<'devices'> = async (tx, ctx, enterpriseId, rows) => {
  const sites = new Map((await repo.sitesOf(tx, enterpriseId)).map((s) => [lower(s.name), s]));
  const siteName = new Map([...sites.values()].map((s) => [s.id, s.name]));
  const models = await repo.deviceModelsAll(tx);
  const modelByName = new Map(models.map((m) => [lower(modelName(m)), m]));
  const modelById = new Map(models.map((m) => [m.id, m]));
  const users = await repo.usersOf(tx, enterpriseId, { lock: true });
  const userByEmail = new Map(users.filter((u) => u.email !== null).map((u) => [u.email as string, u]));
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  const existing = await repo.devicesOf(tx, enterpriseId, { lock: true });
  const linesOf = new Map<string, (string | null)[]>();
  for (const l of await repo.deviceLinesOf(tx, enterpriseId)) {
    const list = linesOf.get(l.deviceId) ?? [];
    list[l.line - 1] = l.userId;
    linesOf.set(l.deviceId, list);
  }
  const byIdentifier = new Map<string, repo.DeviceRow>();
  const bySoftphone = new Map<string, repo.DeviceRow>();
  for (const d of existing) {
    const id = d.mac ?? d.iccid;
    if (id !== null) byIdentifier.set(id, d);
    else bySoftphone.set(softphoneKey(d.label, d.userId), d);
  }
  const elsewhere = await repo.identifiersElsewhere(
    tx,
    enterpriseId,
    rows.map((r) => r.values.mac).filter((m): m is string => m !== null),
    rows.map((r) => r.values.iccid).filter((i): i is string => i !== null),
  );

  const errors: RowError[] = [];
  const plan: PlanRow[] = [];
  const creates: repo.DeviceRow[] = [];
  const updates: { before: repo.DeviceRow; after: repo.DeviceRow; lines: (string | null)[] }[] = [];
  const newLines: repo.DeviceLineInsert[] = [];
  const lineUsers: { deviceId: string; line: number; userId: string | null }[] = [];
  const trims: { deviceId: string; lines: number }[] = [];
  const audits: { before: DeviceAuditRow | null; after: DeviceAuditRow }[] = [];
  const softphoneRows = new Map<string, number>();
  for (const { row, values: v } of rows) {
    const fail = (column: string, spec: IssueSpec) => errors.push(rowError('devices', row, column, spec));
    const count = errors.length;
    const site = sites.get(lower(v.site)) ?? null;
    if (site === null) fail('site', 'site_unknown');
    const model = modelByName.get(lower(v.model)) ?? null;
    if (model === null) fail('model', 'device_model_unknown');
    const user = v.user === null ? null : (userByEmail.get(v.user) ?? null);
    if (v.user !== null && user === null) fail('user', 'user_unknown');
    const userId = user?.id ?? null;
    let before: repo.DeviceRow | null = null;
    if (v.mac !== null || v.iccid !== null) {
      before = byIdentifier.get((v.mac ?? v.iccid) as string) ?? null;
      if (v.mac !== null && elsewhere.has(v.mac)) fail('mac', 'mac_taken');
      if (v.iccid !== null && elsewhere.has(v.iccid)) fail('iccid', 'iccid_taken');
    } else {
      const key = softphoneKey(v.label, userId);
      const first = softphoneRows.get(key);
      if (first !== undefined) fail('label', { code: 'duplicate_in_file', params: { row: first } });
      else softphoneRows.set(key, row);
      before = bySoftphone.get(key) ?? null;
    }
    if (model !== null) {
      if (!model.active && (before === null || before.modelId !== model.id))
        fail('model', 'device_model_inactive');
      const problems = deviceProblems({
        kind: model.kind,
        maxLines: model.maxLines,
        mac: v.mac,
        iccid: v.iccid,
        lines: v.lines,
      });
      for (const [column, code] of Object.entries(problems))
        fail(column, code === 'device_lines_count' ? { code, params: { max: model.maxLines } } : code);
    }
    if (errors.length > count || site === null || model === null) continue;
    const id = before?.id ?? randomUUID();
    const after: repo.DeviceRow = {
      ...(before ?? { id, enterpriseId, createdAt: ctx.now }),
      siteId: site.id,
      userId,
      modelId: model.id,
      mac: v.mac,
      iccid: v.iccid,
      label: v.label,
      ownership: v.ownership,
      ownershipDate: v.ownership_date,
      updatedAt: ctx.now,
    };
    const was = before === null ? [] : (linesOf.get(before.id) ?? []);
    const lines = Array.from({ length: v.lines }, (_, i) =>
      i < was.length && was[i] !== before?.userId ? (was[i] ?? null) : userId,
    );
    const beforeModel = before && modelById.get(before.modelId);
    const p = planRow(
      'devices',
      row,
      v.mac !== null ? formatMac(v.mac) : (v.iccid ?? `${v.label ?? ''} ${v.user ?? ''}`.trim()),
      before &&
        deviceRecord(
          before,
          siteName.get(before.siteId) ?? null,
          beforeModel ? modelName(beforeModel) : null,
          before.userId ? (emailOf.get(before.userId) ?? null) : null,
          was.length,
        ),
      deviceRecord(after, site.name, modelName(model), user?.email ?? null, v.lines),
    );
    const linesChange = lines.some((u, i) => i < was.length && was[i] !== u);
    if (p.action === 'unchanged' && linesChange) {
      p.action = 'update';
      p.changes = ['user'];
    }
    plan.push(p);
    if (p.action === 'unchanged') continue;
    if (before === null) creates.push(after);
    else updates.push({ before, after, lines });
    for (const [i, u] of lines.entries()) {
      if (i >= was.length) {
        const sipUsername = newSipUsername();
        const { password: _shownNowhere, ...digests } = newCredentials(sipUsername, ctx.sipRealm);
        newLines.push({
          deviceId: id,
          line: i + 1,
          userId: u,
          sipUsername,
          ...digests,
          credentialsSetAt: ctx.now,
        });
      } else if (was[i] !== u) lineUsers.push({ deviceId: id, line: i + 1, userId: u });
    }
    if (was.length > lines.length) trims.push({ deviceId: id, lines: lines.length });
    audits.push({
      before: before && { ...before, model: beforeModel ? modelName(beforeModel) : '', lineUserIds: was },
      after: { ...after, model: modelName(model), lineUserIds: lines },
    });
    // Claimed here already, so that a later row of the file finds the device as this row leaves it.
    if (after.mac === null && after.iccid === null) bySoftphone.set(softphoneKey(after.label, userId), after);
  }
  await repo.insertDevices(tx, creates);
  await repo.updateDevices(
    tx,
    updates.map((u) => u.after),
  );
  await repo.trimDeviceLines(tx, trims);
  await repo.setDeviceLineUsers(tx, lineUsers);
  await repo.insertDeviceLines(tx, newLines);
  await recordChanges(
    tx,
    ctx,
    deviceAudit,
    audits.map((a) =>
      a.before === null
        ? { action: 'create' as const, after: a.after }
        : { action: 'update' as const, before: a.before, after: a.after },
    ),
  );
  return { plan, errors, newSipLines: newLines.length };
};

/** The registry's server side: how each sheet is applied and exported (devices: add one entry each). */
const APPLY: { [N in SheetName]: Apply<N> } = {
  sites: applySites,
  users: applyUsers,
  numbers: applyNumbers,
  devices: applyDevices,
};

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
    const features = await repo.featuresOfUsers(
      db,
      users.map((u) => u.id),
    );
    return users.map((u) =>
      userRecord(
        u,
        u.siteId ? (siteName.get(u.siteId) ?? null) : null,
        of(u.id),
        features.get(u.id)?.settings ?? DEFAULT_SETTINGS,
        'file',
      ),
    );
  },
  numbers: async (db, enterpriseId) => {
    const siteName = new Map((await repo.sitesOf(db, enterpriseId)).map((s) => [s.id, s.name]));
    const email = new Map((await repo.usersOf(db, enterpriseId)).map((u) => [u.id, u.email]));
    return (await repo.numbersOf(db, enterpriseId)).map((n) =>
      numberRecord(
        n,
        n.siteId ? (siteName.get(n.siteId) ?? null) : null,
        n.assigneeId ? (email.get(n.assigneeId) ?? null) : null,
        'file',
      ),
    );
  },
  devices: async (db, enterpriseId) => {
    const siteName = new Map((await repo.sitesOf(db, enterpriseId)).map((s) => [s.id, s.name]));
    const email = new Map((await repo.usersOf(db, enterpriseId)).map((u) => [u.id, u.email]));
    const models = new Map((await repo.deviceModelsAll(db)).map((m) => [m.id, modelName(m)]));
    const lineCount = new Map<string, number>();
    for (const l of await repo.deviceLinesOf(db, enterpriseId))
      lineCount.set(l.deviceId, Math.max(lineCount.get(l.deviceId) ?? 0, l.line));
    const records = (await repo.devicesOf(db, enterpriseId)).map((d) =>
      deviceRecord(
        d,
        siteName.get(d.siteId) ?? null,
        models.get(d.modelId) ?? null,
        d.userId ? (email.get(d.userId) ?? null) : null,
        lineCount.get(d.id) ?? 0,
      ),
    );
    // In an order that does not depend on ids: site, identifier, label, user.
    const sortKey = (r: Record_) =>
      [r.site, r.mac ?? r.iccid ?? '', r.label ?? '', r.user ?? ''].map((x) => (x ?? '').toLowerCase());
    return records.sort((a, b) => {
      const [x, y] = [sortKey(a), sortKey(b)];
      for (let i = 0; i < x.length; i++) {
        const c = (x[i] ?? '').localeCompare(y[i] ?? '');
        if (c !== 0) return c;
      }
      return 0;
    });
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
export async function importFile(
  ctx: ImportCtx,
  enterpriseId: string,
  input: ImportInput,
): Promise<ImportResult> {
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
      let newSipLines = 0;
      for (const { name, rows } of parsed) {
        const applied = await (APPLY[name] as Apply<SheetName>)(
          tx,
          ctx,
          enterpriseId,
          rows as ParsedRow<SheetName>[],
        );
        plan.push(...applied.plan);
        errors.push(...applied.errors);
        newSipLines += applied.newSipLines ?? 0;
      }
      if (errors.length > 0) {
        const order = (s: SheetName) => SHEET_NAMES.indexOf(s);
        errors.sort((a, b) => order(a.sheet) - order(b.sheet) || a.row - b.row);
        throw new DomainError('import_invalid', { rows: errors });
      }
      const counts = { create: 0, update: 0, unchanged: 0 };
      for (const p of plan) counts[p.action] += 1;
      const result: ImportResult = { dryRun: input.dryRun, newSipLines, counts, rows: plan };
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
