import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { inScope, siteFilter } from '../../../core/access/policy';
import { stateAt } from '../../../core/calendar/calendar';
import { DomainError, type IssueSpec, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import type { CallRestrictions } from '../../../core/telephony/call-classes';
import {
  barredRouteNumbers,
  checkRoute,
  type IncomingRouteDto,
  type IncomingRouteInput,
  type IncomingRoutePatch,
  outsideNumbersOf,
  pointersOf,
  type RouteDecisionDto,
  type RouteDestinations,
  routeFor,
} from '../../../core/telephony/incoming-routes';
import { formatNational, type NumberKind } from '../../../core/telephony/numbers';
import { calendarOf } from '../../../core/telephony/schedules';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import type { Ctx } from '../../http/context';
import * as restrictions from '../call-restrictions/repository';
import { takeNumberOrRefuse } from '../numbers/held';
import * as numbers from '../numbers/repository';
import { findSchedule } from '../schedules/repository';
import { findSettings } from '../settings/repository';
import { type RegistryType, resolveTarget } from '../targets';
import { presentRoute, routeAudit } from './presenter';
import * as repo from './repository';

/**
 * Incoming routes of an enterprise (enterprise-wide, or of one of its sites): a number of the plan
 * and its destination per period of a schedule. The destinations are one document checked by core
 * (checkRoute), then against the enterprise: every user, group, queue and attendant must be the
 * enterprise's and in the caller's scope (the target registry), the schedule too (enterprise-wide
 * ones are every site admin's), and every named closure one of the schedule's. What a route points
 * at is indexed beside it (incoming_route_targets), so that removing a target is refused naming
 * the route; a schedule's closures a route uses are kept (assertClosuresKept).
 */

/** A route's number is a fixed one of the plan: geographic, 085/088 or 0800/090x, never a mobile. */
const ROUTE_NUMBER_KINDS: readonly NumberKind[] = ['geographic', 'non_geographic', 'freephone', 'premium'];

const assigneeOf = (id: string) => ({ type: 'incoming_route' as const, id });

/** The names of what the destinations point at, for the editor (only those in the reader's scope). */
async function namesOf(ctx: Ctx, db: Executor, row: repo.RouteView): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  const scope = { enterpriseId: row.enterpriseId, actor: ctx.actor };
  for (const target of pointersOf(row.destinations)) {
    if (names[target.id] !== undefined) continue;
    const found = await resolveTarget(db, scope, { type: target.type as RegistryType, id: target.id });
    if ('ok' in found) names[target.id] = found.ok.name;
  }
  return names;
}

async function viewOf(ctx: Ctx, db: Executor, id: string): Promise<repo.RouteView> {
  const row = await repo.findRouteView(db, id);
  if (row === null || !inScope(ctx.actor, row)) throw notFound();
  return row;
}

async function dtoOf(ctx: Ctx, db: Executor, id: string): Promise<IncomingRouteDto> {
  const row = await viewOf(ctx, db, id);
  return presentRoute(row, await namesOf(ctx, db, row));
}

export async function listRoutes(
  ctx: Ctx,
  enterpriseId: string,
  query: { q?: string | undefined; siteId?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<IncomingRouteDto>> {
  const rows = await repo.listRoutes(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    siteId: query.siteId,
    q: query.q,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  const items: IncomingRouteDto[] = [];
  for (const row of page.items) items.push(presentRoute(row, await namesOf(ctx, ctx.db, row)));
  return { items, nextCursor: page.nextCursor };
}

export const getRoute = (ctx: Ctx, id: string): Promise<IncomingRouteDto> => dtoOf(ctx, ctx.db, id);

type Desired = {
  name: string;
  siteId: string | null;
  /** E.164. */
  number: string;
  scheduleId: string | null;
  destinations: RouteDestinations;
};

type Before = { siteId: string | null; number: string | null; targets: ReadonlySet<string> } | null;

type Checked = {
  destinations: RouteDestinations;
  targets: { type: string; id: string }[];
  numberRow: numbers.NumberRowLike | null;
};

/**
 * Every rule of a route at once, as field issues: its site (the enterprise's; a site admin: one of
 * its own, never enterprise-wide), its name (unique in the enterprise), its number (a fixed number
 * of the plan in the caller's scope, of the route's site when allocated to one), its schedule and
 * its destinations (core's rules, then every target through the registry). Nothing is written
 * when any fails.
 */
async function assertRoute(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  id: string,
  desired: Desired,
  before: Before,
): Promise<Checked> {
  const fields: Record<string, IssueSpec> = {};
  if (before === null || desired.siteId !== before.siteId) {
    if (desired.siteId === null) {
      if (!inScope(ctx.actor, { enterpriseId, siteId: null })) fields.siteId = 'route_site_enterprise_wide';
    } else if (!inScope(ctx.actor, { enterpriseId, siteId: desired.siteId }))
      fields.siteId = 'site_not_yours';
    else if ((await sitesOfEnterprise(tx, enterpriseId, [desired.siteId])).length === 0)
      fields.siteId = 'site_not_in_enterprise';
  }
  if (await repo.nameTaken(tx, enterpriseId, desired.name, before === null ? null : id))
    fields.name = 'route_name_taken';

  let numberRow: numbers.NumberRowLike | null = null;
  const changed = desired.number !== before?.number;
  if (changed || desired.siteId !== before?.siteId) {
    const found = await numbers.findNumberByValue(tx, enterpriseId, desired.number);
    // A site admin routes only numbers allocated to its sites; others of the plan it cannot see
    // (the route's own number it keeps, as it is).
    const visible =
      found !== null && (!changed || inScope(ctx.actor, { enterpriseId, siteId: found.siteId }))
        ? found
        : null;
    if (visible === null) fields.number = 'number_not_in_plan';
    else if (!ROUTE_NUMBER_KINDS.includes(visible.kind)) fields.number = 'route_number_kind';
    else if (visible.siteId !== null && desired.siteId !== null && visible.siteId !== desired.siteId)
      fields.number = 'number_other_site';
    else if (changed) numberRow = visible;
  }

  const scope = { enterpriseId, actor: ctx.actor };
  const targets: { type: string; id: string }[] = [];
  const kept = (type: string, targetId: string) => before?.targets.has(`${type}:${targetId}`) ?? false;
  let schedule: { closureIds: ReadonlySet<string> } | null = null;
  if (desired.scheduleId !== null) {
    const found = await resolveTarget(tx, scope, { type: 'schedule', id: desired.scheduleId });
    if (
      'problem' in found &&
      !(kept('schedule', desired.scheduleId) && found.problem === 'target_not_yours')
    ) {
      fields.scheduleId = found.problem;
      // The closures cannot be judged against a schedule that is not there.
      schedule = { closureIds: new Set(Object.keys(desired.destinations.closures)) };
    } else {
      const row = await findSchedule(tx, desired.scheduleId);
      schedule = {
        closureIds: new Set([...(row?.closures ?? []), ...(row?.recurringClosures ?? [])].map((c) => c.id)),
      };
    }
  }
  const check = checkRoute(desired.destinations, schedule, desired.number);
  Object.assign(fields, check.problems);
  for (const ref of check.references) {
    if (fields[ref.path] !== undefined) continue;
    const found = await resolveTarget(tx, scope, ref.target);
    // What the route pointed at already may stay, even outside a site admin's sites: only new
    // pointers must be in the caller's scope.
    if ('problem' in found && !(kept(ref.target.type, ref.target.id) && found.problem === 'target_not_yours'))
      fields[ref.path] = found.problem;
    else targets.push(ref.target);
  }
  const outside = outsideNumbersOf(check.destinations).filter((o) => fields[o.path] === undefined);
  if (outside.length > 0) {
    // Share-locked: a change of the enterprise's default checks the routes, after this.
    const [enterpriseDefault, settings, ownNumbers] = await Promise.all([
      restrictions.shareEnterpriseDefault(tx, enterpriseId, ctx.now),
      findSettings(tx, enterpriseId),
      restrictions.ownNumbersAmong(
        tx,
        enterpriseId,
        outside.map((o) => o.number),
      ),
    ]);
    Object.assign(
      fields,
      barredRouteNumbers(check.destinations, enterpriseDefault, {
        extensionLength: settings.extensionLength,
        ownNumbers,
      }),
    );
  }
  if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });
  return { destinations: check.destinations, targets, numberRow };
}

/** Takes the route's number (compare-and-set: of two claims one wins, 409 for the other), freeing the former one. */
async function takeRouteNumber(ctx: Ctx, tx: Executor, id: string, checked: Checked): Promise<void> {
  if (checked.numberRow === null) return;
  const assignee = assigneeOf(id);
  await numbers.releaseNumbers(tx, assignee, ctx.now);
  await takeNumberOrRefuse(tx, checked.numberRow.id, { ...assignee, role: 'main' }, ctx.now, 'number');
}

export async function createRoute(
  ctx: Ctx,
  enterpriseId: string,
  input: IncomingRouteInput,
): Promise<IncomingRouteDto> {
  const id = randomUUID();
  const desired: Desired = {
    name: input.name,
    siteId: input.siteId,
    number: input.number,
    scheduleId: input.scheduleId,
    destinations: input.destinations,
  };
  await ctx.db.transaction(async (tx) => {
    const checked = await assertRoute(ctx, tx, enterpriseId, id, desired, null);
    await repo.insertRoute(tx, {
      id,
      enterpriseId,
      siteId: desired.siteId,
      name: desired.name,
      scheduleId: desired.scheduleId,
      destinations: checked.destinations,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repo.setTargets(tx, id, checked.targets);
    await takeRouteNumber(ctx, tx, id, checked);
    await recordChange(tx, ctx, routeAudit, { action: 'create', after: await viewOf(ctx, tx, id) });
  });
  return dtoOf(ctx, ctx.db, id);
}

export async function updateRoute(
  ctx: Ctx,
  id: string,
  patch: IncomingRoutePatch,
): Promise<IncomingRouteDto> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findRoute(tx, id, { lock: true });
    if (row === null || !inScope(ctx.actor, row)) throw notFound();
    const before = await viewOf(ctx, tx, id);
    const desired: Desired = {
      name: patch.name ?? row.name,
      siteId: patch.siteId === undefined ? row.siteId : patch.siteId,
      number: patch.number ?? before.number ?? '',
      scheduleId: patch.scheduleId === undefined ? row.scheduleId : patch.scheduleId,
      destinations: patch.destinations ?? row.destinations,
    };
    const checked = await assertRoute(ctx, tx, row.enterpriseId, id, desired, {
      siteId: row.siteId,
      number: before.number,
      targets: await repo.targetsOf(tx, row),
    });
    await repo.updateRoute(tx, id, {
      name: desired.name,
      siteId: desired.siteId,
      scheduleId: desired.scheduleId,
      destinations: checked.destinations,
      updatedAt: ctx.now,
    });
    await repo.setTargets(tx, id, checked.targets);
    await takeRouteNumber(ctx, tx, id, checked);
    const after = await repo.findRouteView(tx, id);
    if (after === null) throw notFound();
    await recordChange(tx, ctx, routeAudit, { action: 'update', before, after });
  });
  return dtoOf(ctx, ctx.db, id);
}

/** Removes a route; its number goes back to the plan, free (nothing points at a route). */
export async function deleteRoute(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findRoute(tx, id, { lock: true });
    if (row === null || !inScope(ctx.actor, row)) throw notFound();
    const before = await viewOf(ctx, tx, id);
    await numbers.releaseNumbers(tx, assigneeOf(id), ctx.now);
    await repo.deleteRoute(tx, id);
    await recordChange(tx, ctx, routeAudit, { action: 'delete', before });
  });
}

/** Which destination applies at an instant (default now), and why: the schedule's state by name. */
export async function routeAt(
  ctx: Ctx,
  id: string,
  query: { at?: string | undefined; lang: 'nl' | 'en' },
): Promise<RouteDecisionDto> {
  const route = await dtoOf(ctx, ctx.db, id);
  const at = query.at ? DateTime.fromISO(query.at, { setZone: true }) : DateTime.fromJSDate(ctx.now);
  const schedule = route.scheduleId === null ? null : await findSchedule(ctx.db, route.scheduleId);
  const decision = routeFor(route.destinations, schedule === null ? null : stateAt(calendarOf(schedule), at));
  const d = decision.destination;
  const targetId = d.type === 'number' ? null : d.type === 'voicemail' ? d.userId : d.id;
  return {
    at: at.toUTC().toISO() ?? '',
    state: decision.state,
    name: decision.name?.[query.lang] ?? null,
    names: decision.name,
    closureId: decision.closureId,
    holidayKey: decision.holidayKey,
    entry: decision.entry,
    fallback: decision.fallback,
    destination: d,
    destinationName:
      d.type === 'number' ? formatNational(d.number) : (route.targetNames[targetId ?? ''] ?? null),
  };
}

/**
 * A schedule's change keeps the closures routes give a destination of their own: refused (409
 * `in_use`, naming the routes) when one of those is dropped. Call it in the schedule's
 * transaction after locking its row (a route's write holds the schedule FOR SHARE).
 */
export async function assertClosuresKept(
  db: Executor,
  scheduleId: string,
  keptIds: ReadonlySet<string>,
): Promise<void> {
  const using = (await repo.closuresInUse(db, scheduleId)).filter((r) =>
    r.closureIds.some((c) => !keptIds.has(c)),
  );
  if (using.length === 0) return;
  throw new DomainError('conflict', {
    reason: {
      code: 'in_use',
      params: { count: using.length, referrers: using.map((r) => r.name).join(', ') },
    },
  });
}

/**
 * A change of the enterprise's call restrictions keeps the routes' outside destinations callable:
 * refused (422 `restrictions_bar_routes`, naming the routes) when one would be barred. Call it in
 * the change's transaction, after locking the enterprise's default.
 */
export async function assertRoutesAllowed(
  tx: Executor,
  enterpriseId: string,
  next: CallRestrictions,
): Promise<void> {
  const routes = (await repo.routesOfEnterprise(tx, enterpriseId)).filter(
    (r) => outsideNumbersOf(r.destinations).length > 0,
  );
  if (routes.length === 0) return;
  const [settings, ownNumbers] = await Promise.all([
    findSettings(tx, enterpriseId),
    restrictions.ownNumbersAmong(
      tx,
      enterpriseId,
      routes.flatMap((r) => outsideNumbersOf(r.destinations).map((o) => o.number)),
    ),
  ]);
  const barred = routes.filter(
    (r) =>
      Object.keys(
        barredRouteNumbers(r.destinations, next, { extensionLength: settings.extensionLength, ownNumbers }),
      ).length > 0,
  );
  if (barred.length === 0) return;
  throw new DomainError('unprocessable', {
    reason: {
      code: 'restrictions_bar_routes',
      params: { count: barred.length, routes: barred.map((r) => r.name).join(', ') },
    },
  });
}

/** What keeps a site from being removed: its incoming routes. */
export async function assertSiteHasNoIncomingRoutes(db: Executor, siteId: string): Promise<void> {
  const held = await repo.routesOfSite(db, siteId);
  if (held.length > 0) {
    throw new DomainError('conflict', {
      reason: {
        code: 'in_use',
        params: { count: held.length, referrers: held.map((r) => r.name).join(', ') },
      },
    });
  }
}
