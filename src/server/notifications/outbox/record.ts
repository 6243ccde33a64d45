import { randomUUID } from 'node:crypto';
import type { OutboxEntityType, OutboxKind, RecipientLanguage } from '../../../core/notifications/outbox';
import type { Executor } from '../../db/client';
import * as repo from './repository';

/** One message to record: to whom, in which language, what it says and what caused it. */
export type OutgoingMessage = {
  kind: OutboxKind;
  recipient: string;
  language: RecipientLanguage;
  subject: string;
  body: string;
  entity?: { type: OutboxEntityType; id: string; label: string | null };
};

/**
 * Records messages in the outbox on the caller's transaction: they exist exactly when the change
 * that causes them commits, and the sender job sends them afterwards. Every module that sends
 * anything calls this, never a mailer.
 */
export async function queueMessages(
  tx: Executor,
  now: Date,
  messages: readonly OutgoingMessage[],
): Promise<void> {
  await repo.insertMessages(
    tx,
    messages.map((m) => ({
      id: randomUUID(),
      channel: 'email' as const,
      kind: m.kind,
      recipient: m.recipient,
      language: m.language,
      subject: m.subject,
      body: m.body,
      entityType: m.entity?.type ?? null,
      entityId: m.entity?.id ?? null,
      entityLabel: m.entity?.label ?? null,
      state: 'queued' as const,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
}
