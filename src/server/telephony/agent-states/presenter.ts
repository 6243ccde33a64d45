import { auditShape } from '../../../core/audit/shape';
import type { AgentState, UnavailableReason } from '../../../core/telephony/agent-states';

/** An agent's state as the audit log keeps it: who (the user), from and to, with the reason. */
export type AgentStateAuditRow = {
  userId: string;
  enterpriseId: string;
  siteId: string | null;
  state: AgentState;
  reason: UnavailableReason | null;
  until: string | null;
  /** Where the change was made: a queue's board (its name) or the agent's own phone (null). */
  queueName: string | null;
};

export const agentStateAudit = auditShape<AgentStateAuditRow>()({
  entityType: 'agent_state',
  fields: ['state', 'reason', 'until', 'queueName'],
  locate: (s) => ({ entityId: s.userId, enterpriseId: s.enterpriseId, siteId: s.siteId }),
});
