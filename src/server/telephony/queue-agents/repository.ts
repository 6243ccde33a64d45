import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Profile } from '../../../core/directory/profiles';
import type { QueueRole } from '../../../core/telephony/queues';
import type { Executor } from '../../db/client';
import { queueAgents, queues, users } from '../../db/schema';
import type { Referrer, Target } from '../references';

export type QueueAgentRow = typeof queueAgents.$inferSelect;
export type QueueAgentView = QueueAgentRow & {
  userName: string;
  siteId: string | null;
  enterpriseId: string;
};

const viewColumns = {
  id: queueAgents.id,
  queueId: queueAgents.queueId,
  userId: queueAgents.userId,
  role: queueAgents.role,
  weight: queueAgents.weight,
  createdAt: queueAgents.createdAt,
  userName: users.name,
  siteId: users.siteId,
  enterpriseId: users.enterpriseId,
};

/** The agents and supervisors of a queue, in the order they were added. */
export async function agentsOf(db: Executor, queueId: string): Promise<QueueAgentView[]> {
  return db
    .select(viewColumns)
    .from(queueAgents)
    .innerJoin(users, eq(users.id, queueAgents.userId))
    .where(eq(queueAgents.queueId, queueId))
    .orderBy(asc(queueAgents.createdAt), asc(queueAgents.id));
}

export async function findAgentView(db: Executor, id: string): Promise<QueueAgentView | null> {
  const rows = await db
    .select(viewColumns)
    .from(queueAgents)
    .innerJoin(users, eq(users.id, queueAgents.userId))
    .where(eq(queueAgents.id, id))
    .limit(1);
  return rows[0] ?? null;
}

/** One link; `lock` holds it until the transaction ends. */
export async function findAgent(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const query = db.select().from(queueAgents).where(eq(queueAgents.id, id)).limit(1);
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0] ?? null;
}

export async function linkOf(db: Executor, queueId: string, userId: string): Promise<QueueAgentRow | null> {
  const rows = await db
    .select()
    .from(queueAgents)
    .where(and(eq(queueAgents.queueId, queueId), eq(queueAgents.userId, userId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertAgent(db: Executor, row: typeof queueAgents.$inferInsert): Promise<void> {
  await db.insert(queueAgents).values(row);
}

export async function updateAgent(db: Executor, id: string, values: { role?: QueueRole; weight?: number }) {
  if (Object.keys(values).length === 0) return;
  await db.update(queueAgents).set(values).where(eq(queueAgents.id, id));
}

export async function deleteAgent(db: Executor, id: string): Promise<void> {
  await db.delete(queueAgents).where(eq(queueAgents.id, id));
}

/** The queues a user is an agent or supervisor of, by name, with its role and their wrap-up times. */
export async function queuesOfUser(
  db: Executor,
  userId: string,
): Promise<
  { id: string; name: string; role: QueueRole; wrapUpSeconds: number; siteId: string; enterpriseId: string }[]
> {
  return db
    .select({
      id: queues.id,
      name: queues.name,
      role: queueAgents.role,
      wrapUpSeconds: queues.wrapUpSeconds,
      siteId: queues.siteId,
      enterpriseId: queues.enterpriseId,
    })
    .from(queueAgents)
    .innerJoin(queues, eq(queues.id, queueAgents.queueId))
    .where(eq(queueAgents.userId, userId))
    .orderBy(asc(queues.name), asc(queues.id));
}

/** The references registry's finder: the queues a user is an agent or supervisor of. */
export async function queueReferrers(db: Executor, target: Target): Promise<Referrer[]> {
  if (target.type !== 'user') return [];
  const rows = await db
    .select({ id: queues.id, name: queues.name })
    .from(queueAgents)
    .innerJoin(queues, eq(queues.id, queueAgents.queueId))
    .where(eq(queueAgents.userId, target.id));
  return rows.map((r) => ({ type: 'queue', id: r.id, name: r.name }));
}

/** How many users of a profile hold each role in some queue (what keeps a feature in the profile). */
export async function roleCountsOfProfile(db: Executor, profile: Profile): Promise<Map<QueueRole, number>> {
  const rows = await db
    .select({ role: queueAgents.role, n: sql<number>`count(distinct ${queueAgents.userId})::int` })
    .from(queueAgents)
    .innerJoin(users, eq(users.id, queueAgents.userId))
    .where(eq(users.profile, profile))
    .groupBy(queueAgents.role);
  return new Map(rows.map((r) => [r.role, r.n]));
}

/** Which of these users are agents or supervisors of the queue. */
export async function membersAmong(db: Executor, queueId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(queueAgents)
    .where(and(eq(queueAgents.queueId, queueId), inArray(queueAgents.userId, [...userIds])));
}
