import { randomUUID } from 'node:crypto';
import { inScope } from '../../../core/access/policy';
import { fieldError } from '../../../core/errors';
import type { ChecklistInput } from '../../../core/servicedesk/checklists';
import { recordChange } from '../../audit/record';
import type { Executor } from '../../db/client';
import type { Ctx } from '../../http/context';
import { checklistAudit } from './presenter';
import * as repo from './repository';

/**
 * Stores a checklist's answers on an incident, in the caller's transaction: the site must be one
 * the incident names (`path` is where the form holds it) and, for a site admin, its own.
 */
export async function attachChecklist(
  ctx: Ctx,
  tx: Executor,
  ticket: { id: string; enterpriseId: string },
  ticketSites: readonly string[],
  input: ChecklistInput,
  path: string,
): Promise<string> {
  if (!ticketSites.includes(input.siteId))
    throw fieldError('unprocessable', path, 'checklist_site_not_of_incident');
  if (!inScope(ctx.actor, { enterpriseId: ticket.enterpriseId, siteId: input.siteId }))
    throw fieldError('unprocessable', path, 'site_not_yours');
  const row = await repo.insertChecklist(tx, {
    id: randomUUID(),
    ticketId: ticket.id,
    checklistKey: input.checklist,
    checklistVersion: input.version,
    siteId: input.siteId,
    answers: input.answers,
    createdBy: ctx.actor.accountId,
    createdByName: ctx.actor.name,
    createdAt: ctx.now,
  });
  await recordChange(tx, ctx, checklistAudit, {
    action: 'create',
    after: { ...row, enterpriseId: ticket.enterpriseId },
  });
  return row.id;
}
