import { auditShape } from '../../../core/audit/shape';
import type { StatusStepDto, TicketDto, TicketStatus } from '../../../core/servicedesk/tickets';
import type { StatusStepRow, TicketRow, TicketView } from './repository';

export function presentTicket(row: TicketView, nextStates: TicketStatus[]): TicketDto {
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    status: row.status,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    siteId: row.siteId,
    siteName: row.siteName,
    title: row.title,
    businessCritical: row.businessCritical,
    impact: row.impact,
    urgency: row.urgency,
    priority: row.priority,
    details: row.details,
    reportedByName: row.reportedByName,
    commentCount: row.commentCount,
    nextStates,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const presentStep = (row: StatusStepRow): StatusStepDto => ({
  from: row.fromStatus,
  to: row.toStatus,
  reason: row.reason,
  byName: row.byName,
  byRole: row.byRole,
  at: row.at.toISOString(),
});

/**
 * What the audit log keeps of a ticket: its number, type, status and priority, never the intake
 * form's free text (it may hold personal details; the ticket itself keeps them).
 */
export const ticketAudit = auditShape<TicketRow & { reason?: string | null }>()({
  entityType: 'ticket',
  fields: ['number', 'type', 'status', 'siteId', 'title', 'businessCritical', 'priority', 'reason'],
  locate: (t) => ({ entityId: t.id, enterpriseId: t.enterpriseId, siteId: t.siteId }),
});
