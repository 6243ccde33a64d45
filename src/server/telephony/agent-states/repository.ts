import { eq, inArray } from 'drizzle-orm';
import type { StoredAgentState } from '../../../core/telephony/agent-states';
import type { Executor } from '../../db/client';
import { agentStates } from '../../db/schema';

export type AgentStateRow = typeof agentStates.$inferSelect;

/** The stored states of some users (those without a row never set one: available). */
export async function statesOf(db: Executor, userIds: readonly string[]): Promise<AgentStateRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(agentStates)
    .where(inArray(agentStates.userId, [...userIds]));
}

/**
 * A user's state row, locked until the transaction ends, so that two changes of one agent's state
 * queue up (none is lost, each audited from what the other left). A user without a row gets one
 * first (available, what it was), so that there is something to lock.
 */
export async function lockState(db: Executor, userId: string, now: Date): Promise<AgentStateRow> {
  await db
    .insert(agentStates)
    .values({ userId, state: 'available', reason: null, until: null, updatedAt: now })
    .onConflictDoNothing();
  const rows = await db.select().from(agentStates).where(eq(agentStates.userId, userId)).for('update');
  const row = rows[0];
  if (!row) throw new Error(`agent state of ${userId} vanished`);
  return row;
}

export async function saveState(
  db: Executor,
  userId: string,
  state: StoredAgentState,
  now: Date,
): Promise<void> {
  await db
    .update(agentStates)
    .set({ state: state.state, reason: state.reason, until: state.until, updatedAt: now })
    .where(eq(agentStates.userId, userId));
}
