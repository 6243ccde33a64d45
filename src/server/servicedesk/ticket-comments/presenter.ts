import { auditShape } from '../../../core/audit/shape';
import type { CommentDto } from '../../../core/servicedesk/tickets';
import type { CommentRow } from '../tickets/repository';

export const presentComment = (row: CommentRow): CommentDto => ({
  id: row.id,
  ticketId: row.ticketId,
  visibility: row.visibility,
  body: row.body,
  authorName: row.authorName,
  authorRole: row.authorRole,
  createdAt: row.createdAt.toISOString(),
});

export type CommentAuditRow = CommentRow & { enterpriseId: string; siteId: string | null; number: string };

/**
 * What the audit log keeps of a comment: the ticket and the visibility, never the text. A
 * customer-visible comment is located at its ticket's enterprise and site, so the customer reads
 * its record; an internal note is located at the provider only (no partner, enterprise or site),
 * so no customer scope of the audit log ever holds it.
 */
export const commentAudit = auditShape<CommentAuditRow>()({
  entityType: 'ticket_comment',
  fields: ['ticketId', 'number', 'visibility'],
  locate: (c) =>
    c.visibility === 'internal'
      ? { entityId: c.id, partnerId: null, enterpriseId: null, siteId: null }
      : { entityId: c.id, enterpriseId: c.enterpriseId, siteId: c.siteId },
});
