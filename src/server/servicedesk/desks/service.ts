import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DomainError, notFound } from '../../../core/errors';
import {
  DESK_HANDLES,
  type DeskDto,
  type DeskHandle,
  type DeskInput,
  deskInputSchema,
  type deskPatchSchema,
  routeToDesk,
} from '../../../core/servicedesk/desks';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { inOfficeHours } from '../office-hours';
import { deskAudit, deskColumns, deskInputOf, presentDesk } from './presenter';
import * as repo from './repository';

export async function listDesks(ctx: Ctx): Promise<{ items: DeskDto[]; nextCursor: null }> {
  const office = await inOfficeHours(ctx, ctx.db, ctx.now);
  return {
    items: (await repo.listDesks(ctx.db)).map((d) => presentDesk(d, ctx.actor.role, office)),
    nextCursor: null,
  };
}

export async function getDesk(ctx: Ctx, id: string): Promise<DeskDto> {
  const row = await repo.findDesk(ctx.db, id);
  if (row === null) throw notFound();
  return presentDesk(row, ctx.actor.role, await inOfficeHours(ctx, ctx.db, ctx.now));
}

export async function createDesk(ctx: Ctx, input: DeskInput): Promise<DeskDto> {
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertDesk(tx, {
      id: randomUUID(),
      ...deskColumns(input),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordChange(tx, ctx, deskAudit, { action: 'create', after: inserted });
    return inserted;
  });
  return presentDesk(row, ctx.actor.role, await inOfficeHours(ctx, ctx.db, ctx.now));
}

export async function updateDesk(
  ctx: Ctx,
  id: string,
  patch: z.output<typeof deskPatchSchema>,
): Promise<DeskDto> {
  const row = await ctx.db.transaction(async (tx) => {
    const before = await repo.findDesk(tx, id, { lock: true });
    if (before === null) throw notFound();
    const merged = deskInputSchema.parse({ ...deskInputOf(before), ...patch });
    const after = await repo.updateDesk(tx, id, { ...deskColumns(merged), updatedAt: ctx.now });
    await recordChange(tx, ctx, deskAudit, { action: 'update', before, after });
    return after;
  });
  return presentDesk(row, ctx.actor.role, await inOfficeHours(ctx, ctx.db, ctx.now));
}

/** Refused (409) while tickets were routed to it: they keep their desk. */
export async function deleteDesk(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findDesk(tx, id, { lock: true });
    if (before === null) throw notFound();
    const count = await repo.ticketCountOf(tx, id);
    if (count > 0)
      throw new DomainError('conflict', { reason: { code: 'desk_has_tickets', params: { count } } });
    await repo.deleteDesk(tx, id);
    await recordChange(tx, ctx, deskAudit, { action: 'delete', before });
  });
}

/**
 * The "Contact" page: at a moment (now by default), whether it is office hours, every desk with
 * whether it answers, and per row of the contact matrix the desk to call.
 */
export async function contactAt(
  ctx: Ctx,
  at: Date,
): Promise<{
  at: string;
  inOfficeHours: boolean;
  desks: DeskDto[];
  callNow: { handle: DeskHandle; deskId: string | null }[];
}> {
  const office = await inOfficeHours(ctx, ctx.db, at);
  const rows = await repo.listDesks(ctx.db);
  return {
    at: at.toISOString(),
    inOfficeHours: office,
    desks: rows.map((d) => presentDesk(d, ctx.actor.role, office)),
    callNow: DESK_HANDLES.map((handle) => ({
      handle,
      deskId: routeToDesk(rows, handle, office)?.id ?? null,
    })),
  };
}

/** The desk a new ticket goes to (routed on the desks as they are in the ticket's transaction). */
export async function deskFor(
  ctx: Ctx,
  db: Executor,
  handle: DeskHandle,
  at: Date,
): Promise<{ id: string; name: { nl: string; en: string } } | null> {
  const desk = routeToDesk(await repo.listDesks(db), handle, await inOfficeHours(ctx, db, at));
  return desk === null ? null : { id: desk.id, name: { nl: desk.nameNl, en: desk.nameEn } };
}
