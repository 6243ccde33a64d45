import { auditShape } from '../../../core/audit/shape';
import {
  ATTACHMENT_CONTENT_TYPES,
  type AttachmentDto,
  downloadName,
} from '../../../core/servicedesk/attachments';
import type { AttachmentRow } from './repository';

export const presentAttachment = (row: AttachmentRow): AttachmentDto => ({
  id: row.id,
  ticketId: row.ticketId,
  name: downloadName(row.name, row.kind),
  kind: row.kind,
  contentType: ATTACHMENT_CONTENT_TYPES[row.kind],
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  visibility: row.visibility,
  authorName: row.authorName,
  authorRole: row.authorRole,
  createdAt: row.createdAt.toISOString(),
});

export type AttachmentAuditRow = AttachmentRow & {
  enterpriseId: string;
  siteId: string | null;
  number: string;
};

/**
 * What the audit log keeps of an attachment: its ticket, name, type, size and checksum, never the
 * bytes. Located as a comment is: an internal attachment at the provider only.
 */
export const attachmentAudit = auditShape<AttachmentAuditRow>()({
  entityType: 'ticket_attachment',
  fields: ['ticketId', 'number', 'visibility', 'name', 'kind', 'sizeBytes', 'sha256'],
  locate: (a) =>
    a.visibility === 'internal'
      ? { entityId: a.id, partnerId: null, enterpriseId: null, siteId: null }
      : { entityId: a.id, enterpriseId: a.enterpriseId, siteId: a.siteId },
});
