import { auditShape } from '../../../core/audit/shape';
import { checklistDefinition, type TicketChecklistDto } from '../../../core/servicedesk/checklists';
import type { TicketChecklistRow, TicketChecklistView } from './repository';

/** Stored answers with the steps of the version they were answered against. */
export function presentChecklist(row: TicketChecklistView): TicketChecklistDto {
  const definition = checklistDefinition(row.checklistKey, row.checklistVersion);
  if (definition === null)
    throw new Error(`checklist ${row.checklistKey} v${row.checklistVersion} is not among the definitions`);
  return {
    id: row.id,
    ticketId: row.ticketId,
    checklist: row.checklistKey,
    version: row.checklistVersion,
    definition: { ...definition, steps: [...definition.steps] },
    siteId: row.siteId,
    siteName: row.siteName,
    answers: row.answers,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit log keeps of a checklist: which one, for which ticket and site (the answers stay on the record). */
export const checklistAudit = auditShape<TicketChecklistRow & { enterpriseId: string }>()({
  entityType: 'ticket_checklist',
  fields: ['ticketId', 'checklistKey', 'checklistVersion', 'siteId'],
  locate: (c) => ({ entityId: c.id, enterpriseId: c.enterpriseId, siteId: c.siteId }),
});
