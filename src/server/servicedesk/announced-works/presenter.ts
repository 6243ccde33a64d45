import { auditShape } from '../../../core/audit/shape';
import type { AnnouncedWorksDto } from '../../../core/servicedesk/announced-works';
import type { AnnouncedWorksRow, AnnouncedWorksView, AssessmentRow } from './repository';

export const presentWorks = (row: AnnouncedWorksView): AnnouncedWorksDto => ({
  id: row.id,
  enterpriseId: row.enterpriseId,
  siteId: row.siteId,
  siteName: row.siteName,
  kind: row.kind,
  description: row.description,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  createdByName: row.createdByName,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** What the audit log keeps of announced works: the site, kind and span (the description is free text). */
export const worksAudit = auditShape<AnnouncedWorksRow>()({
  entityType: 'announced_works',
  fields: ['siteId', 'kind', 'startsAt', 'endsAt'],
  locate: (w) => ({ entityId: w.id, enterpriseId: w.enterpriseId, siteId: w.siteId }),
});

/** The unjustified mark of an incident, in the audit log as its own change of the ticket's assessment. */
export const assessmentAudit = auditShape<
  AssessmentRow & { enterpriseId: string; siteId: string | null; number: string }
>()({
  entityType: 'ticket_assessment',
  fields: ['number', 'unjustified', 'unjustifiedReason', 'duringAnnouncedWorks'],
  locate: (a) => ({ entityId: a.ticketId, enterpriseId: a.enterpriseId, siteId: a.siteId }),
});
