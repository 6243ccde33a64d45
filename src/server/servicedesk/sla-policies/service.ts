import { DomainError, notFound } from '../../../core/errors';
import {
  type SlaPolicyDto,
  type SlaPolicyPatch,
  slaPolicyProblems,
} from '../../../core/servicedesk/sla-policies';
import { recordChange } from '../../audit/record';
import type { Ctx } from '../../http/context';
import { rederiveTicket } from '../sla/clocks';
import { openTicketsOfPolicy } from '../sla/repository';
import { findTicket } from '../tickets/repository';
import { presentPolicy, slaPolicyAudit } from './presenter';
import * as repo from './repository';

export async function listPolicies(ctx: Ctx): Promise<{ items: SlaPolicyDto[]; nextCursor: null }> {
  return { items: (await repo.listPolicies(ctx.db)).map(presentPolicy), nextCursor: null };
}

export async function getPolicy(ctx: Ctx, key: string): Promise<SlaPolicyDto> {
  const row = await repo.findPolicy(ctx.db, key);
  if (row === null) throw notFound();
  return presentPolicy(row);
}

/**
 * A change of a policy (provider admin), on its locked row: the policy as it would be is checked
 * whole, and the clocks of the open tickets that follow it are derived again from their logs in the
 * same transaction (their pauses kept), so their due instants and the queue agree with it at once.
 */
export async function updatePolicy(ctx: Ctx, key: string, patch: SlaPolicyPatch): Promise<SlaPolicyDto> {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findPolicy(tx, key, { lock: true });
    if (before === null) throw notFound();
    const merged = {
      hours: patch.hours ?? before.hours,
      firstResponseMinutes: patch.firstResponseMinutes ?? before.firstResponseMinutes,
      resolutionMinutes: patch.resolutionMinutes ?? before.resolutionMinutes,
      warnShare: patch.warnShare ?? before.warnShare,
    };
    const fields = slaPolicyProblems(merged);
    if (Object.keys(fields).length > 0) throw new DomainError('unprocessable', { fields });
    const after = await repo.updatePolicy(tx, key, { ...merged, updatedAt: ctx.now });
    await recordChange(tx, ctx, slaPolicyAudit, { action: 'update', before, after });
    for (const ticketId of await openTicketsOfPolicy(tx, key)) {
      const ticket = await findTicket(tx, ticketId, { lock: true });
      if (ticket !== null) await rederiveTicket(ctx, tx, ticket);
    }
    return presentPolicy(after);
  });
}
