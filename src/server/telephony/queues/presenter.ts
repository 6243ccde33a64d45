import { auditShape } from '../../../core/audit/shape';
import type { QueueDto } from '../../../core/telephony/queues';
import type { QueueView } from './repository';

export const presentQueue = (row: QueueView): QueueDto => ({
  id: row.id,
  enterpriseId: row.enterpriseId,
  siteId: row.siteId,
  siteName: row.siteName,
  name: row.name,
  extension: row.extension,
  number: row.number,
  distribution: row.distribution,
  ringPattern: row.ringPattern,
  maxQueueLength: row.maxQueueLength,
  maxWaitSeconds: row.maxWaitSeconds,
  comfortMessage: row.comfortMessage,
  comfortIntervalSeconds: row.comfortIntervalSeconds,
  positionAnnouncements: row.positionAnnouncements,
  overflowAction: row.overflowAction,
  overflowAfterSeconds: row.overflowAfterSeconds,
  overflowDestination: row.overflowDestination,
  bouncedAfterRings: row.bouncedAfterRings,
  strandedAction: row.strandedAction,
  strandedDestination: row.strandedDestination,
  wrapUpSeconds: row.wrapUpSeconds,
  agentCount: row.agentCount,
  supervisorCount: row.supervisorCount,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** What the audit log keeps of a queue: every setting, its extension and number. */
export const queueAudit = auditShape<QueueView>()({
  entityType: 'queue',
  fields: [
    'name',
    'siteId',
    'extension',
    'number',
    'distribution',
    'ringPattern',
    'maxQueueLength',
    'maxWaitSeconds',
    'comfortMessage',
    'comfortIntervalSeconds',
    'positionAnnouncements',
    'overflowAction',
    'overflowAfterSeconds',
    'overflowDestination',
    'bouncedAfterRings',
    'strandedAction',
    'strandedDestination',
    'wrapUpSeconds',
  ],
  locate: (q) => ({ entityId: q.id, enterpriseId: q.enterpriseId, siteId: q.siteId }),
});
