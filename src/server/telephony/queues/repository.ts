import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { TextCursor } from '../../../core/pagination';
import type { Executor } from '../../db/client';
import {
  afterCursor,
  containsText,
  keysetOrder,
  lowerOf,
  qualified,
  type SortDirection,
} from '../../db/keyset';
import { extensions, numbers, queueAgents, queues, schedules, sites } from '../../db/schema';
import type { Referrer, Target } from '../references';

export type QueueRow = typeof queues.$inferSelect;
export type QueueView = QueueRow & {
  siteName: string;
  extension: string | null;
  number: string | null;
  scheduleName: string | null;
  agentCount: number;
  supervisorCount: number;
};

const countOf = (role: 'agent' | 'supervisor') =>
  sql<number>`(select count(*)::int from ${queueAgents} where ${qualified(queueAgents.queueId)} = ${qualified(queues.id)} and ${qualified(queueAgents.role)} = ${role})`;

const viewColumns = () => ({
  ...getTableColumns(queues),
  siteName: sites.name,
  extension: sql<
    string | null
  >`(select ${qualified(extensions.extension)} from ${extensions} where ${qualified(extensions.assigneeType)} = 'queue' and ${qualified(extensions.assigneeId)} = ${qualified(queues.id)})`,
  number: sql<
    string | null
  >`(select ${qualified(numbers.number)} from ${numbers} where ${qualified(numbers.assigneeType)} = 'queue' and ${qualified(numbers.assigneeId)} = ${qualified(queues.id)} limit 1)`,
  scheduleName: sql<
    string | null
  >`(select ${qualified(schedules.name)} from ${schedules} where ${qualified(schedules.id)} = ${qualified(queues.scheduleId)})`,
  agentCount: countOf('agent'),
  supervisorCount: countOf('supervisor'),
});

const joined = (db: Executor) =>
  db.select(viewColumns()).from(queues).innerJoin(sites, eq(sites.id, queues.siteId));

export async function listQueues(
  db: Executor,
  filter: {
    enterpriseId: string;
    siteIds: readonly string[] | null;
    siteId?: string | undefined;
    q?: string | undefined;
    direction: SortDirection;
    cursor: TextCursor | undefined;
    limit: number;
  },
): Promise<QueueView[]> {
  if (filter.siteIds !== null && filter.siteIds.length === 0) return [];
  const key = lowerOf(queues.name);
  return joined(db)
    .where(
      and(
        eq(queues.enterpriseId, filter.enterpriseId),
        filter.siteIds === null ? undefined : inArray(queues.siteId, [...filter.siteIds]),
        filter.siteId ? eq(queues.siteId, filter.siteId) : undefined,
        containsText([queues.name], filter.q),
        afterCursor(key, queues.id, filter.cursor, filter.direction),
      ),
    )
    .orderBy(...keysetOrder(key, queues.id, filter.direction))
    .limit(filter.limit + 1);
}

export async function findQueueView(db: Executor, id: string): Promise<QueueView | null> {
  const rows = await joined(db).where(eq(queues.id, id)).limit(1);
  return rows[0] ?? null;
}

/** One queue; `lock` holds its row (and so its agents' changes) until the transaction ends. */
export async function findQueue(
  db: Executor,
  id: string,
  options: { lock?: 'update' | 'share' } = {},
): Promise<QueueRow | null> {
  const query = db.select().from(queues).where(eq(queues.id, id)).limit(1);
  const rows = await (options.lock ? query.for(options.lock) : query);
  return rows[0] ?? null;
}

export async function insertQueue(db: Executor, row: typeof queues.$inferInsert): Promise<void> {
  await db.insert(queues).values(row);
}

export async function updateQueue(db: Executor, id: string, values: Partial<typeof queues.$inferInsert>) {
  await db.update(queues).set(values).where(eq(queues.id, id));
}

export async function deleteQueue(db: Executor, id: string): Promise<void> {
  await db.delete(queues).where(eq(queues.id, id));
}

/** Another queue of the enterprise with this name (any case), for a clear refusal before the index's. */
export async function queueNamed(
  db: Executor,
  enterpriseId: string,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const rows = await db
    .select({ id: queues.id })
    .from(queues)
    .where(and(eq(queues.enterpriseId, enterpriseId), sql`lower(${queues.name}) = ${name.toLowerCase()}`))
    .limit(2);
  return rows.some((r) => r.id !== exceptId);
}

/** The queues on a site (what keeps the site from being removed). */
export async function queuesOfSite(db: Executor, siteId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: queues.id, name: queues.name })
    .from(queues)
    .where(eq(queues.siteId, siteId))
    .orderBy(asc(queues.name), asc(queues.id))
    .for('update');
}

/** The queues that follow a schedule (what keeps it from being removed). */
export async function queuesFollowing(db: Executor, target: Target): Promise<Referrer[]> {
  if (target.type !== 'schedule') return [];
  const rows = await db
    .select({ id: queues.id, name: queues.name })
    .from(queues)
    .where(eq(queues.scheduleId, target.id))
    .orderBy(asc(queues.name), asc(queues.id));
  return rows.map((r) => ({ type: 'queue', id: r.id, name: r.name }));
}
