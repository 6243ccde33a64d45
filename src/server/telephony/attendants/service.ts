import { randomUUID } from 'node:crypto';
import { inScope, siteFilter } from '../../../core/access/policy';
import { DomainError, type IssueSpec, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import {
  type AttendantDto,
  type AttendantInput,
  type AttendantMenus,
  type AttendantPatch,
  checkMenus,
  type MenuReference,
  type OperatorTarget,
} from '../../../core/telephony/attendants';
import { extensionProblem } from '../../../core/telephony/numbers';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import type { Ctx } from '../../http/context';
import { takeNumberOrRefuse } from '../numbers/held';
import * as numbers from '../numbers/repository';
import { assertNotReferenced } from '../references';
import { lockSettings } from '../settings/repository';
import { type RegistryType, resolveTarget, searchTargets } from '../targets';
import { type AttendantFull, attendantAudit, presentAttendant } from './presenter';
import * as repo from './repository';

/**
 * Auto attendants (keuzemenu's) of a site. Their menus are one document, checked by core
 * (checkMenus) and then against the enterprise: every user, group, queue, attendant and audio
 * file a key points at must be the enterprise's and in the caller's scope (the target registry),
 * every extension one of the enterprise's. What the menus point at is indexed beside the
 * attendant (auto_attendant_targets), so that removing a target is refused naming the attendant.
 */

const assigneeOf = (id: string) => ({ type: 'auto_attendant' as const, id });

async function fullOf(db: Executor, id: string): Promise<AttendantFull | null> {
  const view = await repo.findAttendantView(db, id);
  if (view === null) return null;
  const assignee = assigneeOf(id);
  const [extension, held] = await Promise.all([
    numbers.extensionOf(db, assignee),
    numbers.numbersOfAssignee(db, assignee),
  ]);
  return { ...view, extension, number: held.find((n) => n.assigneeRole === 'main')?.number ?? null };
}

/** The names of what the menus point at, for the editor (only those in the reader's scope). */
async function namesOf(ctx: Ctx, db: Executor, row: AttendantFull): Promise<Record<string, string>> {
  const check = checkMenus(row.menus, row.operator ?? null, { extensionLength: 0 });
  const names: Record<string, string> = {};
  const scope = { enterpriseId: row.enterpriseId, actor: ctx.actor };
  for (const ref of check.references) {
    if (names[ref.target.id] !== undefined) continue;
    const found = await resolveTarget(db, scope, ref.target);
    if ('ok' in found) names[ref.target.id] = found.ok.name;
  }
  return names;
}

async function viewOf(ctx: Ctx, db: Executor, id: string): Promise<AttendantDto> {
  const row = await fullOf(db, id);
  if (row === null || !inScope(ctx.actor, row)) throw notFound();
  return presentAttendant(row, await namesOf(ctx, db, row));
}

export async function listAttendants(
  ctx: Ctx,
  enterpriseId: string,
  query: { q?: string | undefined; siteId?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<AttendantDto>> {
  const rows = await repo.listAttendants(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    siteId: query.siteId,
    q: query.q,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  const items: AttendantDto[] = [];
  for (const row of page.items) {
    const full = await fullOf(ctx.db, row.id);
    if (full) items.push(presentAttendant(full, await namesOf(ctx, ctx.db, full)));
  }
  return { items, nextCursor: page.nextCursor };
}

export const getAttendant = (ctx: Ctx, id: string): Promise<AttendantDto> => viewOf(ctx, ctx.db, id);

async function attendantInScope(ctx: Ctx, db: Executor, id: string, options: { lock?: boolean } = {}) {
  const row = await repo.findAttendant(db, id, options);
  if (row === null || !inScope(ctx.actor, row)) throw notFound();
  return row;
}

type Desired = {
  siteId: string;
  extension: string | null;
  number: string | null;
  scheduleId: string | null;
  operator: OperatorTarget | null;
  menus: AttendantMenus;
};

type Checked = {
  menus: AttendantMenus;
  operator: OperatorTarget | null;
  targets: { type: string; id: string }[];
};

/** Extensions of the enterprise among `wanted` (an attendant's keys may dial only those). */
async function knownExtensions(
  db: Executor,
  enterpriseId: string,
  wanted: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const extension of new Set(wanted)) {
    if (await numbers.extensionExists(db, enterpriseId, extension)) found.add(extension);
  }
  return found;
}

/**
 * Every rule of an attendant at once, as field issues: its site (the enterprise's; a site
 * admin's own), its extension's form, its schedule and its menus (core's rules, then every
 * target through the registry). Nothing is written when any fails.
 */
async function assertAttendant(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  id: string,
  desired: Desired,
  before: { siteId: string; targets: ReadonlySet<string> } | null,
): Promise<Checked> {
  const fields: Record<string, IssueSpec> = {};
  if (before === null || desired.siteId !== before.siteId) {
    if (!inScope(ctx.actor, { enterpriseId, siteId: desired.siteId })) fields.siteId = 'site_not_yours';
    else if ((await sitesOfEnterprise(tx, enterpriseId, [desired.siteId])).length === 0)
      fields.siteId = 'site_not_in_enterprise';
  }
  const settings = await lockSettings(tx, enterpriseId, ctx.now);
  if (desired.extension !== null) {
    const problem = extensionProblem(desired.extension, settings.extensionLength);
    if (problem) fields.extension = { code: problem, params: { length: settings.extensionLength } };
  }
  const scope = { enterpriseId, actor: ctx.actor };
  const targets: { type: string; id: string }[] = [];
  if (desired.scheduleId !== null) {
    const found = await resolveTarget(tx, scope, { type: 'schedule', id: desired.scheduleId });
    const kept = before?.targets.has(`schedule:${desired.scheduleId}`) ?? false;
    if ('problem' in found && !(kept && found.problem === 'target_not_yours'))
      fields.scheduleId = found.problem;
    else targets.push({ type: 'schedule', id: desired.scheduleId });
  }
  const check = checkMenus(desired.menus, desired.operator, { extensionLength: settings.extensionLength });
  Object.assign(fields, check.problems);
  const check1 = async (ref: MenuReference) => {
    if (fields[ref.path] !== undefined) return;
    if (ref.target.type === 'auto_attendant' && ref.target.id === id) {
      fields[ref.path] = 'target_self';
      return;
    }
    const found = await resolveTarget(tx, scope, {
      type: ref.target.type as RegistryType,
      id: ref.target.id,
    });
    // What the attendant pointed at already may stay, even outside a site admin's sites (as a
    // device keeps a line's user): only new pointers must be in the caller's scope.
    const kept = before?.targets.has(`${ref.target.type}:${ref.target.id}`) ?? false;
    if ('problem' in found && !(kept && found.problem === 'target_not_yours'))
      fields[ref.path] = found.problem;
    else targets.push(ref.target);
  };
  for (const ref of check.references) await check1(ref);
  const known = await knownExtensions(
    tx,
    enterpriseId,
    check.extensions.map((e) => e.extension),
  );
  for (const e of check.extensions) if (!known.has(e.extension)) fields[e.path] = 'extension_unknown';
  if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });
  return { menus: check.menus, operator: check.operator, targets };
}

/** Takes the attendant's extension and number (compare-and-set: never twice), freeing the former ones. */
async function assignNumbers(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  id: string,
  desired: Desired,
  before: { extension: string | null; number: string | null } | null,
): Promise<void> {
  const assignee = assigneeOf(id);
  if (desired.number !== (before?.number ?? null)) {
    const fields: Record<string, IssueSpec> = {};
    let target: numbers.NumberRowLike | null = null;
    if (desired.number !== null) {
      const found = await numbers.findNumberByValue(tx, enterpriseId, desired.number);
      const visible =
        found !== null && inScope(ctx.actor, { enterpriseId, siteId: found.siteId }) ? found : null;
      if (visible === null) fields.number = 'number_not_in_plan';
      else if (visible.siteId !== null && visible.siteId !== desired.siteId)
        fields.number = 'number_other_site';
      else target = visible;
    }
    if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });
    await numbers.releaseNumbers(tx, assignee, ctx.now, ['main']);
    if (target) await takeNumberOrRefuse(tx, target.id, { ...assignee, role: 'main' }, ctx.now, 'number');
  }
  if (desired.extension !== (before?.extension ?? null)) {
    await numbers.removeExtension(tx, assignee);
    if (
      desired.extension !== null &&
      !(await numbers.claimExtension(tx, enterpriseId, desired.extension, assignee, ctx.now))
    )
      throw new DomainError('conflict', { fields: { extension: 'extension_taken' } });
  }
}

export async function createAttendant(
  ctx: Ctx,
  enterpriseId: string,
  input: AttendantInput,
): Promise<AttendantDto> {
  const id = randomUUID();
  const desired: Desired = {
    siteId: input.siteId,
    extension: input.extension,
    number: input.number,
    scheduleId: input.scheduleId,
    operator: input.operator,
    menus: input.menus,
  };
  await ctx.db.transaction(async (tx) => {
    const checked = await assertAttendant(ctx, tx, enterpriseId, id, desired, null);
    await repo.insertAttendant(tx, {
      id,
      enterpriseId,
      siteId: desired.siteId,
      name: input.name,
      scheduleId: desired.scheduleId,
      operator: checked.operator,
      menus: checked.menus,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repo.setTargets(tx, id, checked.targets);
    await assignNumbers(ctx, tx, enterpriseId, id, desired, null);
    const after = await fullOf(tx, id);
    if (after === null) throw notFound();
    await recordChange(tx, ctx, attendantAudit, { action: 'create', after });
  });
  return viewOf(ctx, ctx.db, id);
}

export async function updateAttendant(ctx: Ctx, id: string, patch: AttendantPatch): Promise<AttendantDto> {
  await ctx.db.transaction(async (tx) => {
    const row = await attendantInScope(ctx, tx, id, { lock: true });
    const before = await fullOf(tx, id);
    if (before === null) throw notFound();
    const desired: Desired = {
      siteId: patch.siteId ?? row.siteId,
      extension: patch.extension === undefined ? before.extension : patch.extension,
      number: patch.number === undefined ? before.number : patch.number,
      scheduleId: patch.scheduleId === undefined ? row.scheduleId : patch.scheduleId,
      operator: patch.operator === undefined ? (row.operator ?? null) : patch.operator,
      menus: patch.menus ?? row.menus,
    };
    const checked = await assertAttendant(ctx, tx, row.enterpriseId, id, desired, {
      siteId: row.siteId,
      targets: await repo.targetsOf(tx, id),
    });
    await repo.updateAttendant(tx, id, {
      siteId: desired.siteId,
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      scheduleId: desired.scheduleId,
      operator: checked.operator,
      menus: checked.menus,
      updatedAt: ctx.now,
    });
    await repo.setTargets(tx, id, checked.targets);
    await assignNumbers(ctx, tx, row.enterpriseId, id, desired, before);
    const after = await fullOf(tx, id);
    if (after === null) throw notFound();
    await recordChange(tx, ctx, attendantAudit, { action: 'update', before, after });
  });
  return viewOf(ctx, ctx.db, id);
}

/** Removes an attendant nothing points at; its extension and number go back to the plan. */
export async function deleteAttendant(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await attendantInScope(ctx, tx, id, { lock: true });
    await assertNotReferenced(tx, { type: 'auto_attendant', id });
    const before = await fullOf(tx, id);
    if (before === null) throw notFound();
    const assignee = assigneeOf(id);
    await numbers.releaseNumbers(tx, assignee, ctx.now);
    await numbers.removeExtension(tx, assignee);
    await repo.deleteAttendant(tx, id);
    await recordChange(tx, ctx, attendantAudit, { action: 'delete', before });
  });
}

/** What keeps a site from being removed: its attendants. */
export async function assertSiteHasNoAttendants(db: Executor, siteId: string): Promise<void> {
  const held = await repo.attendantsOfSite(db, siteId);
  if (held.length > 0) {
    throw new DomainError('conflict', {
      reason: {
        code: 'in_use',
        params: { count: held.length, referrers: held.map((a) => a.name).join(', ') },
      },
    });
  }
}

/** The picker's candidates of a type (users, attendants, audio; groups, queues and schedules once registered). */
export async function listTargets(
  ctx: Ctx,
  enterpriseId: string,
  query: { type: RegistryType; q?: string | undefined; limit: number },
) {
  const found = await searchTargets(
    ctx.db,
    { enterpriseId, actor: ctx.actor, siteIds: siteFilter(ctx.actor) },
    query.type,
    query.q,
    query.limit,
  );
  return {
    type: query.type,
    available: found.available,
    items: found.items.map((f) => ({ id: f.id, name: f.name, siteId: f.siteId })),
  };
}
