import { auditShape } from '../../../core/audit/shape';
import { isoIn } from '../../../core/calendar/business';
import type { StatusStepDto, TicketDto, TicketStatus } from '../../../core/servicedesk/tickets';
import type { StatusStepRow, TicketRow, TicketView } from './repository';

export function presentTicket(row: TicketView, nextStates: TicketStatus[], timeZone: string): TicketDto {
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
    category: row.category,
    desk:
      row.deskId === null
        ? null
        : {
            id: row.deskId,
            name: row.deskNameNl ?? '',
            names: { nl: row.deskNameNl ?? '', en: row.deskNameEn ?? '' },
          },
    catalogueItem: row.catalogueItemKey,
    dueAt: row.dueAt === null ? null : isoIn(timeZone, row.dueAt.getTime()),
    costEstimate:
      row.costEstimateCents === null ? null : { amount: row.costEstimateCents / 100, currency: 'EUR' },
    commentCount: row.commentCount,
    nextStates,
    ...assessmentOf(row),
    slaDueAt: row.slaDueAt === null ? null : isoIn(timeZone, row.slaDueAt.getTime()),
    slaWarnedAt: row.slaWarnedAt?.toISOString() ?? null,
    slaEscalatedAt: row.slaEscalatedAt?.toISOString() ?? null,
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
  fields: [
    'number',
    'type',
    'status',
    'siteId',
    'title',
    'businessCritical',
    'priority',
    'category',
    'deskId',
    'catalogueItemKey',
    'dueAt',
    'reason',
  ],
  locate: (t) => ({ entityId: t.id, enterpriseId: t.enterpriseId, siteId: t.siteId }),
});

/** An incident's assessment: opened during announced works (a copy of them), marked unjustified. */
function assessmentOf(row: TicketView): Pick<TicketDto, 'announcedWorks' | 'unjustified'> {
  const a = row.assessment;
  if (a === null) return { announcedWorks: null, unjustified: null };
  return {
    announcedWorks:
      a.duringAnnouncedWorks && a.announcedWorks ? { id: a.announcedWorksId, ...a.announcedWorks } : null,
    unjustified:
      a.unjustified && a.unjustifiedReason !== null && a.unjustifiedAt !== null
        ? { reason: a.unjustifiedReason, byName: a.unjustifiedByName, at: a.unjustifiedAt.toISOString() }
        : null,
  };
}
