import { randomUUID } from 'node:crypto';
import { canSeeEnterprise, inScope, siteFilter } from '../../../core/access/policy';
import { DomainError, fieldError, notFound } from '../../../core/errors';
import { decodeCursor, encodeCursor, type Page } from '../../../core/pagination';
import {
  type AnnouncedWorksDto,
  type AnnouncedWorksInput,
  announcedWorksInputSchema,
  monthsOf,
  spanProblem,
  type UnjustifiedReportDto,
  unjustifiedShare,
  yearSpan,
} from '../../../core/servicedesk/announced-works';
import type { TicketDetailDto } from '../../../core/servicedesk/tickets';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { getTicket, ticketInScope } from '../tickets/service';
import { assessmentAudit, presentWorks, worksAudit } from './presenter';
import * as repo from './repository';

export type WorksListQuery = {
  siteId?: string | undefined;
  /** Only the works that have not ended yet. */
  current?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
};

/** An enterprise's announced works, latest start first; a site admin sees those of its sites. */
export async function listWorks(
  ctx: Ctx,
  enterpriseId: string,
  query: WorksListQuery,
): Promise<Page<AnnouncedWorksDto>> {
  const cursor = decodeCursor(query.cursor, 'instant');
  const rows = await repo.listWorks(ctx.db, {
    enterpriseId,
    siteIds: siteFilter(ctx.actor),
    siteId: query.siteId,
    endsAfter: query.current ? ctx.now : undefined,
    before: cursor ? { startsAt: new Date(cursor.key), id: cursor.id } : undefined,
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(presentWorks),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ key: last.startsAt.toISOString(), id: last.id })
        : null,
  };
}

/** The works' site must be the enterprise's (id guessing is a field issue) and, for a site admin, its own. */
async function assertSite(ctx: Ctx, tx: Executor, enterpriseId: string, siteId: string): Promise<void> {
  if (!(await repo.lockSiteOfEnterprise(tx, enterpriseId, siteId)))
    throw fieldError('unprocessable', 'siteId', 'site_not_in_enterprise');
  if (!inScope(ctx.actor, { enterpriseId, siteId }))
    throw fieldError('unprocessable', 'siteId', 'site_not_yours');
}

function assertSpan(span: { startsAt: string; endsAt: string }): void {
  const problem = spanProblem(span);
  if (problem !== null) throw fieldError('validation_failed', 'endsAt', problem);
}

const columnsOf = (input: AnnouncedWorksInput) => ({
  siteId: input.siteId,
  kind: input.kind,
  description: input.description,
  startsAt: new Date(input.startsAt),
  endsAt: new Date(input.endsAt),
});

async function viewOf(db: Executor, id: string): Promise<AnnouncedWorksDto> {
  const view = await repo.findWorksView(db, id);
  if (view === null) throw notFound();
  return presentWorks(view);
}

export async function createWorks(
  ctx: Ctx,
  enterpriseId: string,
  input: AnnouncedWorksInput,
): Promise<AnnouncedWorksDto> {
  assertSpan(input);
  return ctx.db.transaction(async (tx) => {
    await assertSite(ctx, tx, enterpriseId, input.siteId);
    const row = await repo.insertWorks(tx, {
      id: randomUUID(),
      enterpriseId,
      ...columnsOf(input),
      createdBy: ctx.actor.accountId,
      createdByName: ctx.actor.name,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordChange(tx, ctx, worksAudit, { action: 'create', after: row });
    return viewOf(tx, row.id);
  });
}

/** The works, locked, when the actor may see them (404 otherwise, also for a sister site's). */
async function worksInScope(ctx: Ctx, tx: Executor, id: string) {
  const row = await repo.findWorks(tx, id, { lock: true });
  if (row === null || !inScope(ctx.actor, { enterpriseId: row.enterpriseId, siteId: row.siteId }))
    throw notFound();
  return row;
}

/** Some fields changed: the works as they would be are checked whole (the span spans two fields). */
export async function updateWorks(
  ctx: Ctx,
  id: string,
  patch: Partial<AnnouncedWorksInput>,
): Promise<AnnouncedWorksDto> {
  return ctx.db.transaction(async (tx) => {
    const before = await worksInScope(ctx, tx, id);
    const merged = announcedWorksInputSchema.parse({
      siteId: before.siteId,
      kind: before.kind,
      description: before.description,
      startsAt: before.startsAt.toISOString(),
      endsAt: before.endsAt.toISOString(),
      ...patch,
    });
    assertSpan(merged);
    if (merged.siteId !== before.siteId) await assertSite(ctx, tx, before.enterpriseId, merged.siteId);
    const after = await repo.updateWorks(tx, id, { ...columnsOf(merged), updatedAt: ctx.now });
    await recordChange(tx, ctx, worksAudit, { action: 'update', before, after });
    return viewOf(tx, id);
  });
}

/** Removing works keeps the mark of the incidents opened during them (they keep a copy). */
export async function deleteWorks(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await worksInScope(ctx, tx, id);
    await repo.deleteWorks(tx, id);
    await recordChange(tx, ctx, worksAudit, { action: 'delete', before });
  });
}

// Incidents during announced works, and unjustified ones

/**
 * The desk marks an incident as unjustified (caused by the customer), with its reason, or takes
 * the mark away (`reason` null); on the locked ticket row, audited as its own change.
 */
export async function markUnjustified(
  ctx: Ctx,
  tx: Executor,
  ticket: { id: string; type: string; number: string; enterpriseId: string; siteId: string | null },
  reason: string | null,
): Promise<void> {
  if (ticket.type !== 'incident') throw new DomainError('conflict', { reason: 'unjustified_incidents_only' });
  const before = await repo.findAssessment(tx, ticket.id);
  const after = await repo.upsertUnjustified(tx, ticket.id, {
    unjustified: reason !== null,
    unjustifiedReason: reason,
    unjustifiedBy: reason === null ? null : ctx.actor.accountId,
    unjustifiedByName: reason === null ? null : ctx.actor.name,
    unjustifiedAt: reason === null ? null : ctx.now,
    updatedAt: ctx.now,
  });
  const where = { enterpriseId: ticket.enterpriseId, siteId: ticket.siteId, number: ticket.number };
  await recordChange(tx, ctx, assessmentAudit, {
    action: reason === null ? 'unjustified_undone' : 'unjustified',
    before: { ...(before ?? { ...after, unjustified: false, unjustifiedReason: null }), ...where },
    after: { ...after, ...where },
  });
}

/** The yearly report of an enterprise's incidents: how many, how many unjustified, per month, flagged. */
export async function unjustifiedReport(
  ctx: Ctx,
  enterpriseId: string,
  year: number,
): Promise<UnjustifiedReportDto> {
  if (!canSeeEnterprise(ctx.actor, enterpriseId)) throw notFound();
  const name = await repo.enterpriseName(ctx.db, enterpriseId);
  if (name === null) throw notFound();
  const { timezone, unjustifiedThresholdPercent } = ctx.services.config;
  const rows = await repo.countIncidentsByMonth(ctx.db, enterpriseId, yearSpan(year, timezone), timezone);
  const total = (key: 'incidents' | 'unjustified' | 'duringWorks') => rows.reduce((n, r) => n + r[key], 0);
  const counts = { incidents: total('incidents'), unjustified: total('unjustified') };
  return {
    enterpriseId,
    enterpriseName: name,
    year,
    ...counts,
    ...unjustifiedShare(counts, unjustifiedThresholdPercent),
    thresholdPercent: unjustifiedThresholdPercent,
    duringAnnouncedWorks: total('duringWorks'),
    months: monthsOf(rows),
  };
}

/** `POST|DELETE /api/tickets/:id/unjustified`: the mark set or taken away, the ticket answered. */
export async function setUnjustified(
  ctx: Ctx,
  ticketId: string,
  reason: string | null,
): Promise<TicketDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const ticket = await ticketInScope(ctx, tx, ticketId, { lock: true });
    await markUnjustified(ctx, tx, ticket, reason);
  });
  return getTicket(ctx, ticketId);
}
