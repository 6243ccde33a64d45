import { and, asc, count, desc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { OutboxState } from '../../../core/notifications/outbox';
import type { Executor } from '../../db/client';
import { containsText } from '../../db/keyset';
import { outboxMessages } from '../../db/schema';

export type OutboxRow = typeof outboxMessages.$inferSelect;
export type NewOutboxRow = typeof outboxMessages.$inferInsert;

export async function insertMessages(db: Executor, rows: NewOutboxRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(outboxMessages).values(rows);
}

/**
 * Claims up to `limit` messages for sending, in one statement: queued ones whose next attempt is
 * due and sending ones whose claim lapsed (their sender died), picked FOR UPDATE SKIP LOCKED so
 * parallel senders on any server take different rows and never wait for each other. Each claimed
 * row counts the attempt and is `sending` until `lockedUntil`.
 */
export async function claimDue(
  db: Executor,
  now: Date,
  limit: number,
  lockedUntil: Date,
): Promise<OutboxRow[]> {
  const due = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      or(
        and(eq(outboxMessages.state, 'queued'), lte(outboxMessages.nextAttemptAt, now)),
        and(eq(outboxMessages.state, 'sending'), lte(outboxMessages.lockedUntil, now)),
      ),
    )
    .orderBy(asc(outboxMessages.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(outboxMessages)
    .set({ state: 'sending', attempts: sql`${outboxMessages.attempts} + 1`, lockedUntil })
    .where(inArray(outboxMessages.id, due))
    .returning();
}

/**
 * The end of one attempt, only while the claim is still this sender's (same attempt count, still
 * sending): a sender whose claim lapsed and was taken over does not overwrite the other's result.
 */
export async function finishAttempt(
  db: Executor,
  claim: { id: string; attempts: number },
  outcome:
    | { state: 'sent'; sentAt: Date }
    | { state: 'queued'; nextAttemptAt: Date; lastError: string }
    | { state: 'failed'; lastError: string },
): Promise<boolean> {
  const rows = await db
    .update(outboxMessages)
    .set(
      outcome.state === 'sent'
        ? { state: 'sent', sentAt: outcome.sentAt, lockedUntil: null, nextAttemptAt: null, lastError: null }
        : outcome.state === 'queued'
          ? {
              state: 'queued',
              nextAttemptAt: outcome.nextAttemptAt,
              lockedUntil: null,
              lastError: outcome.lastError,
            }
          : { state: 'failed', nextAttemptAt: null, lockedUntil: null, lastError: outcome.lastError },
    )
    .where(
      and(
        eq(outboxMessages.id, claim.id),
        eq(outboxMessages.state, 'sending'),
        eq(outboxMessages.attempts, claim.attempts),
      ),
    )
    .returning({ id: outboxMessages.id });
  return rows.length === 1;
}

export async function findMessage(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<OutboxRow | null> {
  const query = db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** A failed message back in the queue, due now, with its attempts counted afresh. */
export async function requeue(db: Executor, id: string, now: Date): Promise<OutboxRow> {
  const [row] = await db
    .update(outboxMessages)
    .set({ state: 'queued', attempts: 0, nextAttemptAt: now, lockedUntil: null })
    .where(eq(outboxMessages.id, id))
    .returning();
  if (row === undefined) throw new Error(`outbox message ${id} vanished under its lock`);
  return row;
}

/** Newest first, by state and free text (recipient, subject, the entity's label). */
export async function listMessages(
  db: Executor,
  filter: {
    state?: OutboxState | undefined;
    q?: string | undefined;
    entityId?: string | undefined;
    before?: { createdAt: Date; id: string } | undefined;
    limit: number;
  },
): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outboxMessages)
    .where(
      and(
        filter.state ? eq(outboxMessages.state, filter.state) : undefined,
        filter.entityId ? eq(outboxMessages.entityId, filter.entityId) : undefined,
        containsText(
          [outboxMessages.recipient, outboxMessages.subject, outboxMessages.entityLabel],
          filter.q,
        ),
        filter.before
          ? or(
              lt(outboxMessages.createdAt, filter.before.createdAt),
              and(
                eq(outboxMessages.createdAt, filter.before.createdAt),
                lt(outboxMessages.id, filter.before.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(filter.limit + 1);
}

export async function countByState(db: Executor): Promise<Partial<Record<OutboxState, number>>> {
  const rows = await db
    .select({ state: outboxMessages.state, n: count() })
    .from(outboxMessages)
    .groupBy(outboxMessages.state);
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}
