import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { inScope, siteFilter } from '../../../core/access/policy';
import { calendarMonths, nextChange, stateAt } from '../../../core/calendar/calendar';
import { DomainError, type IssueSpec, notFound } from '../../../core/errors';
import type { Page } from '../../../core/pagination';
import {
  calendarOf,
  type ScheduleCalendarDto,
  type ScheduleDto,
  type ScheduleStateDto,
  type scheduleInputSchema,
  type schedulePatchSchema,
  scheduleProblems,
} from '../../../core/telephony/schedules';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import { sitesOfEnterprise } from '../../directory/sites/repository';
import type { Ctx } from '../../http/context';
import { assertClosuresKept } from '../incoming-routes/service';
import { assertNotReferenced } from '../references';
import { presentSchedule, scheduleAudit } from './presenter';
import * as repo from './repository';

export type Language = 'nl' | 'en';

export async function listSchedules(ctx: Ctx, enterpriseId: string): Promise<Page<ScheduleDto>> {
  const rows = await repo.listSchedules(ctx.db, enterpriseId, siteFilter(ctx.actor));
  return { items: rows.map(presentSchedule), nextCursor: null };
}

/** A schedule the actor may read: of its enterprise, and for a site admin enterprise-wide or of its sites. */
const readable = (ctx: Ctx, row: { enterpriseId: string; siteId: string | null }): boolean =>
  row.siteId === null
    ? ctx.actor.enterpriseIds === 'all' || ctx.actor.enterpriseIds.includes(row.enterpriseId)
    : inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId });

/** A schedule the actor may change: a site admin only those of its own sites. */
const writable = (ctx: Ctx, row: { enterpriseId: string; siteId: string | null }): boolean =>
  inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId });

async function viewOf(ctx: Ctx, db: Executor, id: string): Promise<ScheduleDto> {
  const row = await repo.findScheduleView(db, id);
  if (row === null || !readable(ctx, row)) throw notFound();
  return presentSchedule(row);
}

export const getSchedule = (ctx: Ctx, id: string): Promise<ScheduleDto> => viewOf(ctx, ctx.db, id);

type CalendarWrite = z.output<typeof scheduleInputSchema>;
type Stored = repo.StoredCalendar;

/** Closures and openings keep their ids; new ones get one. */
function withIds(input: Pick<CalendarWrite, 'closures' | 'openings' | 'recurringClosures'>): Stored {
  return {
    closures: input.closures.map((c) => ({
      ...c,
      id: c.id ?? randomUUID(),
      startTime: c.startTime ?? null,
      endTime: c.endTime ?? null,
    })),
    openings: input.openings.map((o) => ({ ...o, id: o.id ?? randomUUID() })),
    recurringClosures: input.recurringClosures.map((r) => ({ ...r, id: r.id ?? randomUUID() })),
  };
}

async function assertSchedule(
  ctx: Ctx,
  tx: Executor,
  enterpriseId: string,
  desired: CalendarWrite,
  beforeSiteId: string | null | undefined,
): Promise<void> {
  const fields: Record<string, IssueSpec> = { ...scheduleProblems(desired) };
  if (beforeSiteId === undefined || desired.siteId !== beforeSiteId) {
    if (desired.siteId === null) {
      if (!inScope(ctx.actor, { enterpriseId, siteId: null }))
        fields.siteId = 'schedule_site_enterprise_wide';
    } else if (!inScope(ctx.actor, { enterpriseId, siteId: desired.siteId }))
      fields.siteId = 'site_not_yours';
    else if ((await sitesOfEnterprise(tx, enterpriseId, [desired.siteId])).length === 0)
      fields.siteId = 'site_not_in_enterprise';
  }
  if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });
}

export async function createSchedule(
  ctx: Ctx,
  enterpriseId: string,
  input: CalendarWrite,
): Promise<ScheduleDto> {
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await assertSchedule(ctx, tx, enterpriseId, input, undefined);
    await repo.insertSchedule(tx, {
      id,
      enterpriseId,
      siteId: input.siteId,
      name: input.name,
      timeZone: input.timeZone,
      weekly: input.weekly,
      publicHolidaysClosed: input.publicHolidaysClosed,
      ...withIds(input),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const after = await repo.findSchedule(tx, id);
    if (after) await recordChange(tx, ctx, scheduleAudit, { action: 'create', after });
  });
  return viewOf(ctx, ctx.db, id);
}

export async function updateSchedule(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof schedulePatchSchema>,
): Promise<ScheduleDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findSchedule(tx, id, { lock: true });
    if (before === null || !readable(ctx, before)) throw notFound();
    if (!writable(ctx, before)) throw new DomainError('forbidden');
    const desired: CalendarWrite = {
      name: patch.name ?? before.name,
      siteId: patch.siteId === undefined ? before.siteId : patch.siteId,
      timeZone: patch.timeZone ?? before.timeZone,
      weekly: patch.weekly ?? before.weekly,
      publicHolidaysClosed: patch.publicHolidaysClosed ?? before.publicHolidaysClosed,
      closures: patch.closures ?? before.closures,
      openings: patch.openings ?? before.openings,
      recurringClosures: patch.recurringClosures ?? before.recurringClosures,
    };
    await assertSchedule(ctx, tx, before.enterpriseId, desired, before.siteId);
    // A closure an incoming route gives a destination of its own stays (or the route is changed first).
    const keptIds = [...desired.closures, ...desired.recurringClosures].flatMap((c) => (c.id ? [c.id] : []));
    await assertClosuresKept(tx, id, new Set(keptIds));
    await repo.updateSchedule(tx, id, {
      name: desired.name,
      siteId: desired.siteId,
      timeZone: desired.timeZone,
      weekly: desired.weekly,
      publicHolidaysClosed: desired.publicHolidaysClosed,
      ...withIds(desired),
      updatedAt: ctx.now,
    });
    const after = await repo.findSchedule(tx, id);
    if (after) await recordChange(tx, ctx, scheduleAudit, { action: 'update', before, after });
  });
  return viewOf(ctx, ctx.db, id);
}

/** Removes a schedule nothing points at (routes, menus and queues will; 409 in_use with their names). */
export async function deleteSchedule(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findSchedule(tx, id, { lock: true });
    if (before === null || !readable(ctx, before)) throw notFound();
    if (!writable(ctx, before)) throw new DomainError('forbidden');
    await assertNotReferenced(tx, { type: 'schedule', id });
    await repo.deleteSchedule(tx, id);
    await recordChange(tx, ctx, scheduleAudit, { action: 'delete', before });
  });
}

export async function scheduleCalendar(
  ctx: Ctx,
  id: string,
  query: { from?: string | undefined; months: number },
): Promise<ScheduleCalendarDto> {
  const schedule = await viewOf(ctx, ctx.db, id);
  const from = query.from ?? DateTime.fromJSDate(ctx.now).setZone(schedule.timeZone).toFormat('yyyy-MM');
  return {
    scheduleId: id,
    timeZone: schedule.timeZone,
    months: calendarMonths(calendarOf(schedule), from, query.months),
  };
}

export async function scheduleState(
  ctx: Ctx,
  id: string,
  query: { at?: string | undefined; lang: Language },
): Promise<ScheduleStateDto> {
  const schedule = await viewOf(ctx, ctx.db, id);
  const calendar = calendarOf(schedule);
  const at = query.at ? DateTime.fromISO(query.at, { setZone: true }) : DateTime.fromJSDate(ctx.now);
  const state = stateAt(calendar, at);
  const next = nextChange(calendar, at);
  return {
    at: at.toUTC().toISO() ?? '',
    state: state.state,
    name: state.name?.[query.lang] ?? null,
    names: state.name ?? null,
    closureId: state.closureId ?? null,
    holidayKey: state.holidayKey ?? null,
    next: next
      ? {
          at: next.at.toUTC().toISO() ?? '',
          state: next.state.state,
          name: next.state.name?.[query.lang] ?? null,
        }
      : null,
  };
}
