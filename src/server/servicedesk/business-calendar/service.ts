import { DateTime } from 'luxon';
import type { WeeklyPeriod } from '../../../core/calendar/calendar';
import { DEFAULT_BUSINESS_HOURS, holidaysAhead, sortedHours } from '../../../core/calendar/provider';
import { fieldError, notFound } from '../../../core/errors';
import type {
  BusinessCalendarDto,
  BusinessClosureDto,
  BusinessClosureInput,
  BusinessHoursInput,
} from '../../../core/servicedesk/business-calendar';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { businessClosureAudit, businessHoursAudit, presentClosure } from './presenter';
import * as repo from './repository';

/** Today's local date in the installation's zone (YYYY-MM-DD). */
const todayOf = (ctx: Ctx): string =>
  DateTime.fromJSDate(ctx.now, { zone: ctx.services.config.timezone }).toISODate() ?? '';

/** The configuration as read on `db` (a write's own transaction sees its own change). */
async function viewOf(ctx: Ctx, db: Executor): Promise<BusinessCalendarDto> {
  const row = await repo.findCalendar(db);
  const closures = await repo.listClosures(db);
  const hours: WeeklyPeriod[] = sortedHours(row?.hours ?? DEFAULT_BUSINESS_HOURS);
  return {
    timeZone: ctx.services.config.timezone,
    hours,
    closures: closures.map(presentClosure),
    holidays: holidaysAhead(todayOf(ctx), closures).map((h) => ({
      date: h.date,
      key: h.key,
      name: h.name,
      kind: h.kind,
      closed: h.closed,
    })),
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export const getBusinessCalendar = (ctx: Ctx): Promise<BusinessCalendarDto> => viewOf(ctx, ctx.db);

/** The whole week replaced (checked whole by the schema), the version bumped, audited. */
export async function setHours(ctx: Ctx, input: BusinessHoursInput): Promise<BusinessCalendarDto> {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findCalendar(tx, { lock: true });
    const after = await repo.setHours(tx, sortedHours(input.hours), ctx.now);
    await recordChange(
      tx,
      ctx,
      businessHoursAudit,
      before === null ? { action: 'create', after } : { action: 'update', before, after },
    );
    return viewOf(ctx, tx);
  });
}

/**
 * A closure of a whole local date: today or later (422 `closure_date_past`), one per date (409
 * `closure_date_taken`). The version is bumped first, so parallel calendar writes queue.
 */
export async function addClosure(ctx: Ctx, input: BusinessClosureInput): Promise<BusinessClosureDto> {
  const today = todayOf(ctx);
  if (input.date < today)
    throw fieldError('unprocessable', 'date', { code: 'closure_date_past', params: { today } });
  return ctx.db.transaction(async (tx) => {
    await repo.bumpVersion(tx, ctx.now);
    const row = await repo.insertClosure(tx, { date: input.date, name: input.name, createdAt: ctx.now });
    if (row === null) throw fieldError('conflict', 'date', 'closure_date_taken');
    await recordChange(tx, ctx, businessClosureAudit, { action: 'create', after: row });
    return presentClosure(row);
  });
}

/** Removes the closure of a date (404 when there is none): the day is a working day again. */
export async function removeClosure(ctx: Ctx, date: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await repo.bumpVersion(tx, ctx.now);
    const before = await repo.deleteClosure(tx, date);
    if (before === null) throw notFound();
    await recordChange(tx, ctx, businessClosureAudit, { action: 'delete', before });
  });
}
