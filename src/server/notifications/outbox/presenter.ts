import { auditShape } from '../../../core/audit/shape';
import type { OutboxMessageDto } from '../../../core/notifications/outbox';
import type { OutboxRow } from './repository';

export const presentMessage = (row: OutboxRow): OutboxMessageDto => ({
  id: row.id,
  channel: row.channel,
  kind: row.kind,
  recipient: row.recipient,
  language: row.language,
  subject: row.subject,
  body: row.body,
  entityType: row.entityType,
  entityId: row.entityId,
  entityLabel: row.entityLabel,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
  lastError: row.lastError,
  sentAt: row.sentAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/**
 * What the audit log keeps of a message sent again by hand: its kind, state, attempts and what it
 * is about, never its recipient or text. The outbox is the provider's: located at the provider only.
 */
export const outboxAudit = auditShape<OutboxRow>()({
  entityType: 'outbox_message',
  fields: ['kind', 'state', 'attempts', 'entityLabel'],
  locate: (m) => ({ entityId: m.id, partnerId: null, enterpriseId: null, siteId: null }),
});
