import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '../../../core/access/actor';
import { canSeeEnterprise, inScope } from '../../../core/access/policy';
import { isProviderRole } from '../../../core/access/roles';
import { isoIn } from '../../../core/calendar/business';
import type { Profile } from '../../../core/directory/profiles';
import type { LineType } from '../../../core/directory/schemas';
import { DomainError, type IssueSpec, notFound } from '../../../core/errors';
import { decodeCursor, encodeCursor, type Page } from '../../../core/pagination';
import { costEstimate, leadTimeFor } from '../../../core/servicedesk/catalogue';
import { handleOf, type TicketCategory } from '../../../core/servicedesk/desks';
import { DEFAULT_SLA_TARGETS, leadTimeDue, targetDue } from '../../../core/servicedesk/due';
import {
  detailsOf,
  intakeTimeProblems,
  primarySite,
  sitesOfForm,
  type TicketInput,
} from '../../../core/servicedesk/intake';
import { profileRequestProblem } from '../../../core/servicedesk/profile-change';
import { lifecycleEvents, slaPolicyKey } from '../../../core/servicedesk/sla-policies';
import {
  type FlowContext,
  nextStates,
  priorityOf,
  type StatusStepDto,
  type statusChangeSchema,
  type TicketDetailDto,
  type TicketDto,
  type TicketSide,
  type TicketStatus,
  type TicketType,
  ticketNumber,
  transitionProblem,
  yearIn,
} from '../../../core/servicedesk/tickets';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { assessNewIncident } from '../announced-works/assess';
import type { CatalogueItemRow } from '../catalogue/repository';
import * as catalogue from '../catalogue/repository';
import { attachChecklist } from '../checklists/attach';
import { deskFor } from '../desks/service';
import { notifyTicketEvent } from '../notifications/service';
import { applyProfileChange } from '../profile-changes/apply';
import { slaCalendar } from '../sla/calendar';
import { presentClocks, recordSlaEvents, startClocks } from '../sla/clocks';
import { clocksOf } from '../sla/repository';
import { findPolicy } from '../sla-policies/repository';
import { presentStep, presentTicket, ticketAudit } from './presenter';
import * as repo from './repository';

export const sideOf = (actor: Actor): TicketSide => (isProviderRole(actor.role) ? 'provider' : 'customer');

const scopeOf = (actor: Actor): repo.TicketScope => ({
  enterpriseIds: actor.enterpriseIds === 'all' ? null : actor.enterpriseIds,
  siteIds: actor.siteIds === 'all' ? null : actor.siteIds,
  accountId: actor.accountId,
  internal: sideOf(actor) === 'provider',
});

/**
 * May the actor read this ticket? The provider every one; a partner admin those of its
 * enterprises; an enterprise admin its enterprise's; a site admin those naming one of its sites and
 * those it reported itself (an enterprise-wide incident of other sites is not its).
 */
export async function ticketVisible(
  ctx: Ctx,
  db: Executor,
  row: Pick<repo.TicketRow, 'id' | 'enterpriseId' | 'reportedBy'>,
): Promise<boolean> {
  if (!canSeeEnterprise(ctx.actor, row.enterpriseId)) return false;
  if (ctx.actor.siteIds === 'all' || row.reportedBy === ctx.actor.accountId) return true;
  const own = ctx.actor.siteIds;
  return (await repo.sitesOfTicket(db, row.id)).some((siteId) => own.includes(siteId));
}

/** The ticket, if the actor may read it (404 otherwise, so ids cannot be probed); `lock` holds it. */
export async function ticketInScope(ctx: Ctx, db: Executor, id: string, options: { lock?: boolean } = {}) {
  const row = await repo.findTicket(db, id, options);
  if (row === null || !(await ticketVisible(ctx, db, row))) throw notFound();
  return row;
}

const flowOf = (ctx: Ctx, resolvedAt: Date | null): FlowContext => ({
  side: sideOf(ctx.actor),
  resolvedAt,
  now: ctx.now,
  reopenDays: ctx.services.config.ticketReopenDays,
});

const present = (ctx: Ctx, row: repo.TicketView): TicketDto =>
  presentTicket(row, nextStates(row.status, flowOf(ctx, row.resolvedAt)), ctx.services.config.timezone);

export type TicketListQuery = {
  enterpriseId?: string | undefined;
  type?: TicketType | undefined;
  status?: TicketStatus | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

/** Newest first; an enterprise outside the actor's scope is not found. */
export async function listTickets(ctx: Ctx, query: TicketListQuery): Promise<Page<TicketDto>> {
  if (query.enterpriseId !== undefined && !canSeeEnterprise(ctx.actor, query.enterpriseId)) throw notFound();
  const cursor = decodeCursor(query.cursor, 'instant');
  const rows = await repo.listTickets(ctx.db, scopeOf(ctx.actor), {
    enterpriseId: query.enterpriseId,
    type: query.type,
    status: query.status,
    q: query.q,
    before: cursor ? { createdAt: new Date(cursor.key), id: cursor.id } : undefined,
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => present(ctx, r)),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ key: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}

async function detailOf(ctx: Ctx, db: Executor, id: string): Promise<TicketDetailDto> {
  const view = await repo.findTicketView(db, id, sideOf(ctx.actor) === 'provider');
  if (view === null) throw notFound();
  const [steps, sites] = await Promise.all([repo.historyOf(db, id), repo.namedSitesOf(db, id)]);
  const history: StatusStepDto[] = steps.map(presentStep);
  const slaClocks = await presentClocks(ctx, db, view);
  return { ...present(ctx, view), history, sites, slaClocks };
}

export async function getTicket(ctx: Ctx, id: string): Promise<TicketDetailDto> {
  await ticketInScope(ctx, ctx.db, id);
  return detailOf(ctx, ctx.db, id);
}

/**
 * The form's sites: of the enterprise (id guessing of another's is a field issue, nothing told
 * about it) and, for a site admin, its own. Held FOR SHARE until the ticket commits.
 */
async function checkSites(
  ctx: Ctx,
  tx: Executor,
  input: TicketInput,
  fields: Record<string, IssueSpec>,
): Promise<Map<string, LineType>> {
  const named = sitesOfForm(input);
  const found = new Map(
    (
      await repo.lockSitesOfEnterprise(
        tx,
        input.enterpriseId,
        named.map((s) => s.siteId),
      )
    ).map((s) => [s.id, s.lineType]),
  );
  for (const { path, siteId } of named) {
    if (!found.has(siteId)) fields[path] = 'site_not_in_enterprise';
    else if (ctx.actor.siteIds !== 'all' && !ctx.actor.siteIds.includes(siteId))
      fields[path] = 'site_not_yours';
  }
  return found;
}

/** What a ticket comes to before it is sent: its due moment, desk, cost and what it counts them from. */
export type TicketPlan = {
  title: string;
  category: TicketCategory;
  item: CatalogueItemRow | null;
  dueAt: Date | null;
  /** A change whose item is "on request": no due date, the desk agrees one. */
  onRequest: boolean;
  desk: { id: string; name: { nl: string; en: string } } | null;
  costCents: number | null;
};

/**
 * Checks a form against the enterprise, the actor's scope and the change catalogue, and works out
 * its due moment on the provider's business calendar, its desk by the contact matrix and, for a
 * change request, the cost estimate by the tariff list — what the preview answers and the ticket
 * stores. Field issues (422) for what does not fit; the catalogue item, the sites and the user
 * it names are share-locked until the caller's transaction ends.
 */
async function planTicket(ctx: Ctx, tx: Executor, input: TicketInput, at: Date): Promise<TicketPlan> {
  if (!canSeeEnterprise(ctx.actor, input.enterpriseId)) throw notFound();
  const fields: Record<string, IssueSpec> = {};
  const lineTypes = await checkSites(ctx, tx, input, fields);
  let item: CatalogueItemRow | null = null;
  if (input.type === 'change') {
    item = await catalogue.findItem(tx, input.catalogueItem, { share: true });
    if (item === null || !item.active) fields.catalogueItem = 'catalogue_item_unknown';
    else {
      if (item.asks.includes('siteId') && input.siteId === undefined)
        fields.siteId = 'catalogue_item_needs_site';
      if (item.asks.includes('userId') && input.userId === undefined)
        fields.userId = 'catalogue_item_needs_user';
    }
    let currentProfile: Profile | null = null;
    if (input.userId !== undefined) {
      const user = await repo.lockUserOfEnterprise(tx, input.enterpriseId, input.userId);
      if (user === null) fields.userId = 'user_not_in_enterprise';
      else if (!inScope(ctx.actor, { enterpriseId: input.enterpriseId, siteId: user.siteId }))
        fields.userId = 'user_not_yours';
      else currentProfile = user.profile;
    }
    // A profile change names the profile the user is to get, another than its own (guide §3.3).
    const profileProblem = item === null ? null : profileRequestProblem(item, input.profile, currentProfile);
    if (profileProblem !== null) fields.profile = profileProblem;
  }
  if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });

  const calendar = await slaCalendar(ctx, tx);
  const category: TicketCategory = input.category ?? (item?.category === 'mobile' ? 'mobile' : 'fixed');
  let dueAt: Date | null;
  let costCents: number | null = null;
  if (item !== null) {
    const siteId = input.type === 'change' ? input.siteId : undefined;
    const lineType = siteId === undefined ? null : (lineTypes.get(siteId) ?? null);
    dueAt = leadTimeDue(calendar, at, leadTimeFor(item, lineType))?.toJSDate() ?? null;
    if (item.cost !== null) {
      const tariff = await catalogue.findTariff(tx, item.cost.tariffKey);
      const estimate =
        tariff === null
          ? null
          : costEstimate(item, new Map([[tariff.key, { amount: tariff.amountCents / 100 }]]));
      costCents = estimate === null ? null : Math.round(estimate.amount * 100);
    }
  } else {
    // The stored SLA policy of the type and priority (share-locked: an edit waits for this ticket).
    const priority = priorityOf(input);
    const policy = await findPolicy(tx, slaPolicyKey(input.type, priority), { share: true });
    dueAt = targetDue(calendar, at, policy ?? DEFAULT_SLA_TARGETS[priority])?.toJSDate() ?? null;
  }
  const handle = handleOf({ type: input.type, businessCritical: input.businessCritical, category });
  return {
    title: input.title ?? item?.nameNl ?? '',
    category,
    item,
    dueAt,
    onRequest: item !== null && dueAt === null,
    desk: await deskFor(ctx, tx, handle, at),
    costCents,
  };
}

/** The preview of a form: what it would come to if sent at `at`, storing nothing. */
export async function previewTicket(
  ctx: Ctx,
  input: TicketInput,
  at: Date,
): Promise<{
  dueAt: string | null;
  onRequest: boolean;
  desk: { id: string; name: string; names: { nl: string; en: string } } | null;
  costEstimate: { amount: number; currency: 'EUR' } | null;
  category: TicketCategory;
}> {
  const timeProblems = intakeTimeProblems(input, ctx.now);
  if (Object.keys(timeProblems).length > 0)
    throw new DomainError('validation_failed', { fields: timeProblems });
  const plan = await ctx.db.transaction((tx) => planTicket(ctx, tx, input, at));
  return {
    dueAt: plan.dueAt === null ? null : isoIn(ctx.services.config.timezone, plan.dueAt.getTime()),
    onRequest: plan.onRequest,
    desk: plan.desk === null ? null : { id: plan.desk.id, name: plan.desk.name.nl, names: plan.desk.name },
    costEstimate: plan.costCents === null ? null : { amount: plan.costCents / 100, currency: 'EUR' },
    category: plan.category,
  };
}

/** What a new ticket is, before `insertTicketIn` numbers it; `siteIds` are the sites it names. */
export type NewTicket = Pick<
  repo.TicketRow,
  | 'type'
  | 'enterpriseId'
  | 'siteId'
  | 'title'
  | 'businessCritical'
  | 'impact'
  | 'urgency'
  | 'priority'
  | 'details'
  | 'category'
  | 'deskId'
  | 'catalogueItemKey'
  | 'dueAt'
  | 'costEstimateCents'
> & { siteIds: readonly string[] };

/**
 * Inserts a new ticket (status new) in the caller's transaction: numbered per type and year, its
 * sites and first step, audited, and its receipt and the desk's message queued (also used by the
 * repairs, whose ticket is made with their own row).
 */
export async function insertTicketIn(ctx: Ctx, tx: Executor, ticket: NewTicket): Promise<repo.TicketRow> {
  const { siteIds, ...fields } = ticket;
  const id = randomUUID();
  const year = yearIn(ctx.now, ctx.services.config.timezone);
  const sequence = await repo.takeSequence(tx, fields.type, year);
  const row: repo.TicketRow = {
    ...fields,
    id,
    number: ticketNumber(fields.type, year, sequence),
    status: 'new',
    reportedBy: ctx.actor.accountId,
    reportedByName: ctx.actor.name,
    resolvedAt: null,
    slaDueAt: null,
    slaWarnedAt: null,
    slaEscalatedAt: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await repo.insertTicket(tx, row, siteIds, stepOf(ctx, id, null, 'new', null));
  // The SLA clocks start with the ticket, by the policy of its type and priority.
  await startClocks(ctx, tx, row);
  await recordChange(tx, ctx, ticketAudit, { action: 'create', after: row });
  await notifyTicketEvent(ctx, tx, row, { kind: 'ticket_created' });
  return row;
}

/** A new ticket (status new), numbered per type and year in its own transaction. */
export async function createTicket(ctx: Ctx, input: TicketInput): Promise<TicketDetailDto> {
  if (!canSeeEnterprise(ctx.actor, input.enterpriseId)) throw notFound();
  const timeProblems = intakeTimeProblems(input, ctx.now);
  if (Object.keys(timeProblems).length > 0)
    throw new DomainError('validation_failed', { fields: timeProblems });
  const id = await ctx.db.transaction(async (tx) => {
    const plan = await planTicket(ctx, tx, input, ctx.now);
    const row = await insertTicketIn(ctx, tx, {
      type: input.type,
      enterpriseId: input.enterpriseId,
      siteId: primarySite(input),
      title: plan.title,
      businessCritical: input.businessCritical,
      impact: input.impact,
      urgency: input.urgency,
      priority: priorityOf(input),
      details: detailsOf(input),
      category: plan.category,
      deskId: plan.desk?.id ?? null,
      catalogueItemKey: plan.item?.key ?? null,
      dueAt: plan.dueAt,
      costEstimateCents: plan.costCents,
      siteIds: sitesOfForm(input).map((s) => s.siteId),
    });
    // Customer-announced works: an incident opened during them is marked so (guide §3.2.4).
    await assessNewIncident(
      tx,
      row,
      sitesOfForm(input).map((s) => s.siteId),
    );
    // A line outage's checklist (appendix 3), answered in the incident form.
    if (input.type === 'incident' && input.checklist !== undefined)
      await attachChecklist(ctx, tx, row, input.where.siteIds, input.checklist, 'checklist.siteId');
    return row.id;
  });
  return detailOf(ctx, ctx.db, id);
}

const stepOf = (
  ctx: Ctx,
  ticketId: string,
  from: TicketStatus | null,
  to: TicketStatus,
  reason: string | null,
) => ({
  id: randomUUID(),
  ticketId,
  fromStatus: from,
  toStatus: to,
  reason,
  byAccountId: ctx.actor.accountId,
  byName: ctx.actor.name,
  byRole: ctx.actor.role,
  at: ctx.now,
});

/**
 * One step of the flow, on the locked row: of two parallel changes from the same state the second
 * sees the first's result and is refused (409) unless the flow allows it from there.
 */
export async function changeStatus(
  ctx: Ctx,
  id: string,
  input: z.output<typeof statusChangeSchema>,
): Promise<TicketDetailDto> {
  await ctx.db.transaction(async (tx) => {
    const before = await ticketInScope(ctx, tx, id, { lock: true });
    const problem = transitionProblem(before.status, input.status, flowOf(ctx, before.resolvedAt));
    if (problem !== null) {
      throw new DomainError('conflict', {
        reason:
          problem.allowed.length === 0
            ? {
                code: before.status === 'closed' ? 'ticket_status_final' : 'ticket_status_desk_only',
                params: { from: before.status, to: input.status },
              }
            : {
                code: 'ticket_status_not_allowed',
                params: { from: before.status, to: input.status, allowed: problem.allowed.join(', ') },
              },
      });
    }
    // Resolving a profile change request changes the user's profile, in this transaction.
    if (input.status === 'resolved') await applyProfileChange(ctx, tx, before);
    // Resolving stamps the moment the reopen period counts from; closing and reopening keep it.
    const resolvedAt = input.status === 'resolved' ? ctx.now : before.resolvedAt;
    const after = await repo.updateStatus(
      tx,
      id,
      { status: input.status, resolvedAt, updatedAt: ctx.now },
      stepOf(ctx, id, before.status, input.status, input.reason ?? null),
    );
    // The clocks follow the step: the desk's first response, a pause while waiting for the customer...
    const resolutionClock = (await clocksOf(tx, id)).find((c) => c.clock === 'resolution');
    await recordSlaEvents(
      ctx,
      tx,
      after,
      lifecycleEvents(
        before.status,
        input.status,
        sideOf(ctx.actor) === 'provider',
        ctx.now,
        resolutionClock?.pausedReason ?? null,
      ),
    );
    await recordChange(tx, ctx, ticketAudit, {
      action: 'status',
      before,
      after: { ...after, reason: input.reason ?? null },
    });
    await notifyTicketEvent(ctx, tx, after, {
      kind: 'ticket_status_changed',
      from: before.status,
      to: input.status,
      reason: input.reason ?? null,
      by: ctx.actor.name,
    });
  });
  return detailOf(ctx, ctx.db, id);
}

/** Refuses to remove a site while a ticket names it (the tickets keep their history). */
export async function assertSiteHasNoTickets(db: Executor, siteId: string): Promise<void> {
  const count = await repo.countTicketsOfSite(db, siteId);
  if (count === 0) return;
  const numbers = await repo.ticketsOfSite(db, siteId);
  throw new DomainError('conflict', {
    reason: { code: 'site_has_tickets', params: { count, tickets: numbers.join(', ') } },
  });
}
