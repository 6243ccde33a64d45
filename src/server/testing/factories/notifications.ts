import { randomUUID } from 'node:crypto';
import type { OutboxState } from '../../../core/notifications/outbox';
import type { Executor } from '../../db/client';
import { findMessage, insertMessages } from '../../notifications/outbox/repository';

/** Throw-away outbox messages, in any state. */
export const notificationFactories = {
  async outboxMessage(db: Executor, state: OutboxState = 'failed') {
    const id = randomUUID();
    const now = new Date();
    await insertMessages(db, [
      {
        id,
        channel: 'email',
        kind: 'ticket_created',
        recipient: `someone-${id.slice(0, 8)}@example.test`,
        language: 'nl',
        subject: 'Test',
        body: 'Test\n',
        state,
        attempts: state === 'queued' ? 0 : 3,
        nextAttemptAt: state === 'queued' ? now : null,
        lastError: state === 'failed' ? '451 try again later' : null,
        sentAt: state === 'sent' ? now : null,
        createdAt: now,
      },
    ]);
    const row = await findMessage(db, id);
    if (row === null) throw new Error('outbox message not stored');
    return row;
  },
};
