import { diff, type Snapshot } from '../../core/audit/diff';
import type { AuditEventDto } from '../../core/audit/schemas';
import type { AuditRow } from './repository';

export const presentAuditEvent = (row: AuditRow): AuditEventDto => ({
  id: row.id,
  at: row.at.toISOString(),
  requestId: row.requestId,
  correlationId: row.correlationId,
  actor: row.actorId ? { id: row.actorId, email: row.actorEmail, role: row.actorRole } : null,
  tokenId: row.tokenId,
  partnerId: row.partnerId,
  enterpriseId: row.enterpriseId,
  siteId: row.siteId,
  entityType: row.entityType,
  entityId: row.entityId,
  action: row.action,
  changes: diff(row.before as Snapshot | null, row.after as Snapshot | null),
});
