import { randomUUID } from 'node:crypto';
import type { QueueRole } from '../../../core/telephony/queues';
import { DEFAULT_QUEUE_SETTINGS } from '../../../core/telephony/queues';
import type { Executor } from '../../db/client';
import { queueAgents, queues } from '../../db/schema';

let next = 0;

/** Throw-away call centre queues (each with a name of its own) and their agents' links. */
export const queueFactories = {
  async queue(db: Executor, enterpriseId: string, siteId: string, options: { wrapUpSeconds?: number } = {}) {
    next += 1;
    const row = {
      id: randomUUID(),
      enterpriseId,
      siteId,
      name: `Wachtrij ${next} ${randomUUID().slice(0, 6)}`,
      ...DEFAULT_QUEUE_SETTINGS,
      wrapUpSeconds: options.wrapUpSeconds ?? DEFAULT_QUEUE_SETTINGS.wrapUpSeconds,
    };
    await db.insert(queues).values(row);
    return row;
  },
  async queueAgent(db: Executor, queueId: string, userId: string, role: QueueRole = 'agent') {
    next += 1;
    // Added one after another, in this order (the order of the queue's list).
    const row = {
      id: randomUUID(),
      queueId,
      userId,
      role,
      weight: 50,
      createdAt: new Date(Date.now() + next),
    };
    await db.insert(queueAgents).values(row);
    return row;
  },
};
