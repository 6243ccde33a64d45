import type { Actor } from '../../../core/access/actor';
import { inScope } from '../../../core/access/policy';
import { auditShape } from '../../../core/audit/shape';
import type { QueueAgentDto } from '../../../core/telephony/queues';
import type { QueueAgentView } from './repository';

export const presentQueueAgent = (actor: Actor, row: QueueAgentView): QueueAgentDto => ({
  id: row.id,
  queueId: row.queueId,
  userId: row.userId,
  userName: inScope(actor, { enterpriseId: row.enterpriseId, siteId: row.siteId }) ? row.userName : null,
  siteId: row.siteId,
  role: row.role,
  weight: row.weight,
  createdAt: row.createdAt.toISOString(),
});

/** What the audit log keeps of an agent's or supervisor's link to a queue (located on the queue's site). */
export type QueueAgentAuditRow = QueueAgentView & { queueSiteId: string; queueName: string };

export const queueAgentAudit = auditShape<QueueAgentAuditRow>()({
  entityType: 'queue_agent',
  fields: ['queueId', 'queueName', 'userId', 'role', 'weight'],
  locate: (a) => ({ entityId: a.id, enterpriseId: a.enterpriseId, siteId: a.queueSiteId }),
});
