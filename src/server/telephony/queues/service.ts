import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { inScope, siteFilter } from '../../../core/access/policy';
import { type BusinessCalendar, nextChange, stateAt } from '../../../core/calendar/calendar';
import { DomainError, type IssueSpec, notFound } from '../../../core/errors';
import { decodeCursor, type Page, toPage } from '../../../core/pagination';
import { extensionProblem } from '../../../core/telephony/numbers';
import {
  checkQueueSettings,
  DEFAULT_QUEUE_SETTINGS,
  QUEUE_DESTINATION_PATHS,
  QUEUE_NUMBER_KINDS,
  type QueueDto,
  type QueueInput,
  type QueuePatch,
  type QueueSettings,
  type QueueStateDto,
  queueServiceAt,
} from '../../../core/telephony/queues';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import type { Ctx } from '../../http/context';
import { listInWords } from '../device-catalogue/service';
import { takeNumberOrRefuse } from '../numbers/held';
import * as numbers from '../numbers/repository';
import { assertNotReferenced } from '../references';
import { findSchedule } from '../schedules/repository';
import { lockSettings } from '../settings/repository';
import { resolveTarget } from '../targets';
import { existingExtensions } from '../user-features/repository';
import { presentQueue, queueAudit } from './presenter';
import * as repo from './repository';

export type QueueListQuery = {
  q?: string | undefined;
  siteId?: string | undefined;
  direction: 'asc' | 'desc';
  cursor?: string | undefined;
  limit: number;
};

export async function listQueues(
  ctx: Ctx,
  enterpriseId: string,
  query: QueueListQuery,
): Promise<Page<QueueDto>> {
  const rows = await repo.listQueues(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    siteId: query.siteId,
    q: query.q,
    direction: query.direction,
    cursor: decodeCursor(query.cursor, 'text'),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  return { items: page.items.map(presentQueue), nextCursor: page.nextCursor };
}

/** A queue the actor may see (its enterprise; a site admin: on one of its sites), else 404. */
export async function queueInScope(
  ctx: Ctx,
  db: Executor,
  id: string,
  options: { lock?: 'update' | 'share' } = {},
): Promise<repo.QueueRow> {
  const row = await repo.findQueue(db, id, options);
  if (row === null || !inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId }))
    throw notFound();
  return row;
}

async function viewOf(db: Executor, id: string): Promise<repo.QueueView> {
  const view = await repo.findQueueView(db, id);
  if (view === null) throw notFound();
  return view;
}

export async function getQueue(ctx: Ctx, id: string): Promise<QueueDto> {
  await queueInScope(ctx, ctx.db, id);
  return presentQueue(await viewOf(ctx.db, id));
}

/**
 * What a queue does at an instant (default now) by the schedule it follows: open, or closed or
 * holiday with the action, its destination and why (core's queueServiceAt over the calendar's
 * state), and when the schedule's state changes next. The schedule is read for the queue's reader
 * even when it would not see it in the schedules' list (an enterprise admin chose it).
 */
export async function queueState(
  ctx: Ctx,
  id: string,
  query: { at?: string | undefined; lang: 'nl' | 'en' },
): Promise<QueueStateDto> {
  const queue = await queueInScope(ctx, ctx.db, id);
  const at = query.at ? DateTime.fromISO(query.at, { setZone: true }) : DateTime.fromJSDate(ctx.now);
  const schedule = queue.scheduleId === null ? null : await findSchedule(ctx.db, queue.scheduleId);
  const calendar: BusinessCalendar | null = schedule && {
    timeZone: schedule.timeZone,
    weekly: schedule.weekly,
    publicHolidaysClosed: schedule.publicHolidaysClosed,
    closures: schedule.closures,
    openings: schedule.openings,
    recurringClosures: schedule.recurringClosures,
  };
  const service = queueServiceAt(queue, calendar && stateAt(calendar, at));
  const next = calendar && nextChange(calendar, at);
  const out = service.service === 'open' ? null : service;
  return {
    queueId: queue.id,
    at: at.toUTC().toISO() ?? '',
    scheduleId: queue.scheduleId,
    service: service.service,
    reason: service.reason,
    action: out?.action ?? null,
    destination: out?.destination ?? null,
    closedMessage: out?.closedMessage ?? false,
    asClosed: out?.asClosed ?? false,
    name: out?.name?.[query.lang] ?? null,
    names: out?.name ?? null,
    closureId: out?.closureId ?? null,
    holidayKey: out?.holidayKey ?? null,
    next: next
      ? {
          at: next.at.toUTC().toISO() ?? '',
          state: next.state.state,
          name: next.state.name?.[query.lang] ?? null,
        }
      : null,
  };
}

type Desired = {
  siteId: string;
  name: string;
  extension: string | null;
  number: string | null;
} & QueueSettings;
type Before = {
  id: string;
  siteId: string;
  extension: string | null;
  number: string | null;
  scheduleId: string | null;
};

const settingsOf = (source: QueueSettings): QueueSettings => ({
  distribution: source.distribution,
  ringPattern: source.ringPattern,
  maxQueueLength: source.maxQueueLength,
  maxWaitSeconds: source.maxWaitSeconds,
  comfortMessage: source.comfortMessage,
  comfortIntervalSeconds: source.comfortIntervalSeconds,
  positionAnnouncements: source.positionAnnouncements,
  overflowAction: source.overflowAction,
  overflowAfterSeconds: source.overflowAfterSeconds,
  overflowDestination: source.overflowDestination,
  bouncedAfterRings: source.bouncedAfterRings,
  strandedAction: source.strandedAction,
  strandedDestination: source.strandedDestination,
  wrapUpSeconds: source.wrapUpSeconds,
  scheduleId: source.scheduleId,
  closedAction: source.closedAction,
  closedDestination: source.closedDestination,
  holidayAction: source.holidayAction,
  holidayDestination: source.holidayDestination,
  closedMessage: source.closedMessage,
});

/** What is given of the input over what there was (undefined: kept). */
function merged(base: Desired, input: QueuePatch): Desired {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(input)) if (v !== undefined) out[k] = v;
  return out as Desired;
}

/**
 * Every rule of a queue at once, as field issues: its site (of the enterprise; a site admin's
 * own), its name (unique in the enterprise), its extension (of the enterprise's length), its
 * number (a free number of the plan, not a mobile, on the queue's site when allocated to one), and
 * its schedule (the enterprise's; for a site admin enterprise-wide or of its own sites, unless the
 * queue followed it already), and the core rules between its settings (transfer destinations,
 * overflow's, stranded's and out of hours', that exist, never the queue itself). The enterprise's
 * telephony settings are locked, so that the extension length holds meanwhile; the schedule's row
 * is held FOR SHARE, so that it cannot be removed before the queue that follows it is written (a
 * removal that came first leaves no row: `target_unknown`).
 * Answers the settings to store and the plan number to take (when it changes).
 */
async function assertQueue(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  desired: Desired,
  before: Before | null,
): Promise<{ settings: QueueSettings; numberId: string | null }> {
  const fields: Record<string, IssueSpec> = {};
  if (before === null || desired.siteId !== before.siteId) {
    if (!inScope(ctx.actor, { enterpriseId, siteId: desired.siteId })) fields.siteId = 'site_not_yours';
    else if ((await sitesOfEnterprise(tx, enterpriseId, [desired.siteId])).length === 0)
      fields.siteId = 'site_not_in_enterprise';
  }
  if (desired.scheduleId !== null) {
    const found = await resolveTarget(
      tx,
      { enterpriseId, actor: ctx.actor },
      { type: 'schedule', id: desired.scheduleId },
    );
    const kept = before?.scheduleId === desired.scheduleId;
    if ('problem' in found && !(kept && found.problem === 'target_not_yours'))
      fields.scheduleId = found.problem;
  }
  const telephony = await lockSettings(tx, enterpriseId, ctx.now);
  if (desired.extension !== null && desired.extension !== before?.extension) {
    const problem = extensionProblem(desired.extension, telephony.extensionLength);
    if (problem) fields.extension = { code: problem, params: { length: telephony.extensionLength } };
  }
  let numberId: string | null = null;
  if (desired.number !== null) {
    const found = await numbers.findNumberByValue(tx, enterpriseId, desired.number);
    const visible =
      found !== null && inScope(ctx.actor, { enterpriseId: found.enterpriseId, siteId: found.siteId })
        ? found
        : null;
    const ours = visible?.assigneeType === 'queue' && visible.assigneeId === before?.id;
    if (visible === null) fields.number = 'number_not_in_plan';
    else if (!ours && !QUEUE_NUMBER_KINDS.includes(visible.kind)) fields.number = 'queue_number_kind';
    else if (visible.siteId !== null && visible.siteId !== desired.siteId)
      fields.number = 'number_other_site';
    else if (!ours) numberId = visible.id;
  }
  const check = checkQueueSettings(settingsOf(desired), {
    extensionLength: telephony.extensionLength,
    ownExtension: desired.extension,
    ownNumber: desired.number,
  });
  if (!check.ok) Object.assign(fields, check.fields);
  else {
    const known = await existingExtensions(tx, enterpriseId, check.extensions);
    for (const path of QUEUE_DESTINATION_PATHS) {
      const value = check.settings[path];
      if (value !== null && !value.startsWith('+') && !known.has(value)) fields[path] = 'extension_unknown';
    }
  }
  if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });
  if (await repo.queueNamed(tx, enterpriseId, desired.name, before?.id ?? null)) {
    throw new DomainError('conflict', { fields: { name: 'queue_name_taken' } });
  }
  return { settings: (check as { settings: QueueSettings }).settings, numberId };
}

/** Gives the queue its extension and number as desired, each taken in one statement (409 when gone). */
async function assignNumbers(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  id: string,
  desired: Desired,
  before: Before | null,
  numberId: string | null,
): Promise<void> {
  const assignee = { type: 'queue' as const, id };
  if (desired.number !== (before?.number ?? null)) {
    await numbers.releaseNumbers(tx, assignee, ctx.now);
    if (numberId !== null)
      await takeNumberOrRefuse(tx, numberId, { ...assignee, role: 'main' }, ctx.now, 'number');
  }
  if (desired.extension !== (before?.extension ?? null)) {
    await numbers.removeExtension(tx, assignee);
    if (
      desired.extension !== null &&
      !(await numbers.claimExtension(tx, enterpriseId, desired.extension, assignee, ctx.now))
    ) {
      throw new DomainError('conflict', { fields: { extension: 'extension_taken' } });
    }
  }
}

export async function createQueue(ctx: Ctx, enterpriseId: string, input: QueueInput): Promise<QueueDto> {
  const id = randomUUID();
  const desired = merged(
    { siteId: input.siteId, name: input.name, extension: null, number: null, ...DEFAULT_QUEUE_SETTINGS },
    input,
  );
  await ctx.db.transaction(async (tx) => {
    const { settings, numberId } = await assertQueue(ctx, tx, enterpriseId, desired, null);
    await repo.insertQueue(tx, {
      id,
      enterpriseId,
      siteId: desired.siteId,
      name: desired.name,
      ...settings,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await assignNumbers(ctx, tx, enterpriseId, id, desired, null, numberId);
    await recordChange(tx, ctx, queueAudit, { action: 'create', after: await viewOf(tx, id) });
  });
  return presentQueue(await viewOf(ctx.db, id));
}

/** A change of a queue: what is given replaces what it had; the rules decide on the whole result. */
export async function updateQueue(ctx: Ctx, id: string, patch: QueuePatch): Promise<QueueDto> {
  await ctx.db.transaction(async (tx) => {
    const row = await queueInScope(ctx, tx, id, { lock: 'update' });
    const before = await viewOf(tx, id);
    const desired = merged(
      {
        siteId: before.siteId,
        name: before.name,
        extension: before.extension,
        number: before.number,
        ...settingsOf(before),
      },
      patch,
    );
    const { settings, numberId } = await assertQueue(ctx, tx, row.enterpriseId, desired, before);
    await repo.updateQueue(tx, id, {
      siteId: desired.siteId,
      name: desired.name,
      ...settings,
      updatedAt: ctx.now,
    });
    await assignNumbers(ctx, tx, row.enterpriseId, id, desired, before, numberId);
    await recordChange(tx, ctx, queueAudit, { action: 'update', before, after: await viewOf(tx, id) });
  });
  return presentQueue(await viewOf(ctx.db, id));
}

/**
 * Removes a queue with its agents' links, freeing its extension and number; refused while a menu,
 * route or anything else points at it (the queue's row is locked first, so no new reference
 * slips in).
 */
export async function deleteQueue(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await queueInScope(ctx, tx, id, { lock: 'update' });
    await assertNotReferenced(tx, { type: 'queue', id });
    const before = await viewOf(tx, id);
    const assignee = { type: 'queue' as const, id };
    await numbers.releaseNumbers(tx, assignee, ctx.now);
    await numbers.removeExtension(tx, assignee);
    await repo.deleteQueue(tx, id);
    await recordChange(tx, ctx, queueAudit, { action: 'delete', before });
  });
}

/** What keeps a site from being removed: its queues, by name. */
export async function assertSiteHasNoQueues(db: Executor, siteId: string): Promise<void> {
  const held = await repo.queuesOfSite(db, siteId);
  if (held.length > 0) {
    throw new DomainError('conflict', {
      reason: {
        code: 'site_has_queues',
        params: {
          count: held.length,
          queues: listInWords(
            held.length,
            held.slice(0, 10).map((q) => q.name),
          ),
        },
      },
    });
  }
}
